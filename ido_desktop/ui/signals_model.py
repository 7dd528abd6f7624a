"""Table models of the signals page: signals per organisation and kind, and candidate notes.

A rising trend is shown as a symbol and a word ("▲ stijgend") in bold type; its colour only
adds to that, never carries it alone.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ido_desktop.domain.partners import fold
from ido_desktop.domain.signals import MAX_SHEET_NOTES, ExampleNote, SignalRow
from ido_desktop.ui.list_model import RIGHT, HeaderedTableModel, ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("SignalsModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex
RISING_COLOUR = "#a33a00"


def rising_text() -> str:
    return translate("SignalsModel", "▲ stijgend")


class SignalsColumn(IntEnum):
    ORGANISATION = 0
    KIND = 1
    COUNT = 2
    THIS_MONTH = 3
    PREVIOUS = 4
    TREND = 5


class SignalsModel(ListTableModel):
    """Rows are ``SignalRow``s: window count and trend of one organisation and kind."""

    columns = SignalsColumn
    right_aligned = frozenset(
        {SignalsColumn.COUNT, SignalsColumn.THIS_MONTH, SignalsColumn.PREVIOUS}
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SignalRow] = []
        self.month_label = ""  # e.g. "november 2026": the month the trend is about

    def set_rows(self, rows: list[SignalRow], month_label: str = "") -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.month_label = month_label
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SignalsColumn) - 1)

    def rows(self) -> list[SignalRow]:
        return list(self._rows)

    def header_texts(self) -> dict[Any, str]:
        return {
            SignalsColumn.ORGANISATION: translate("SignalsModel", "Organisatie"),
            SignalsColumn.KIND: translate("SignalsModel", "Soort knelpunt"),
            SignalsColumn.COUNT: translate("SignalsModel", "Signalen"),
            SignalsColumn.THIS_MONTH: self.month_label or translate("SignalsModel", "Deze maand"),
            SignalsColumn.PREVIOUS: translate("SignalsModel", "3 maanden ervoor"),
            SignalsColumn.TREND: translate("SignalsModel", "Trend"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            SignalsColumn.COUNT: translate("SignalsModel", "Signalen in de gekozen periode"),
            SignalsColumn.THIS_MONTH: translate(
                "SignalsModel", "Signalen in de maand van de einddatum, tot en met die dag"
            ),
            SignalsColumn.PREVIOUS: translate(
                "SignalsModel", "Signalen in de drie volledige maanden daarvoor, oudste eerst"
            ),
            SignalsColumn.TREND: translate(
                "SignalsModel",
                "Stijgend: deze maand minstens 5 signalen en minstens anderhalf keer het "
                "gemiddelde van de drie maanden ervoor",
            ),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = SignalsColumn(index.column())
        rising = row.trend.rising
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == SignalsColumn.TREND:
                return translate("SignalsModel", "stijgend") if rising else ""
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return f"{row.organisation}/{row.kind}"
        if column == SignalsColumn.TREND and rising:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(RISING_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(
                    "SignalsModel", "{this} signalen deze maand; daarvoor {previous}"
                ).format(this=row.trend.this_month, previous=_previous(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SignalsColumn.COUNT,
            SignalsColumn.THIS_MONTH,
            SignalsColumn.PREVIOUS,
        ):
            return RIGHT
        return None

    def _display(self, row: SignalRow, column: SignalsColumn) -> str:
        if column == SignalsColumn.ORGANISATION:
            return row.organisation_label
        if column == SignalsColumn.KIND:
            return row.kind_label
        if column == SignalsColumn.COUNT:
            return str(row.count)
        if column == SignalsColumn.THIS_MONTH:
            return str(row.trend.this_month)
        if column == SignalsColumn.PREVIOUS:
            return _previous(row)
        return rising_text() if row.trend.rising else ""

    def _sort_value(self, row: SignalRow, column: SignalsColumn) -> Any:
        if column == SignalsColumn.COUNT:
            return row.count
        if column == SignalsColumn.THIS_MONTH:
            return row.trend.this_month
        if column == SignalsColumn.PREVIOUS:
            return sum(row.trend.previous_three)
        if column == SignalsColumn.TREND:
            return 1 if row.trend.rising else 0
        return fold(self._display(row, column))


def _previous(row: SignalRow) -> str:
    return " · ".join(str(n) for n in row.trend.previous_three)


class NotesColumn(IntEnum):
    CHOSEN = 0
    DATE = 1
    KIND = 2
    NOTE = 3


class NotesModel(HeaderedTableModel):
    """Candidate example notes; the clerk ticks the ones to quote (at most ten)."""

    columns = NotesColumn

    choice_changed = Signal(int)  # number of notes now chosen
    choice_refused = Signal()  # a tick beyond the maximum

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._notes: list[ExampleNote] = []
        self._labels: dict[str, str] = {}
        self._chosen: set[str] = set()

    def set_notes(self, notes: list[ExampleNote], kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._labels = dict(kind_labels)
        self._chosen = set()
        self.endResetModel()
        self.choice_changed.emit(0)

    def notes(self) -> list[ExampleNote]:
        return list(self._notes)

    def chosen_ids(self) -> list[str]:
        """The chosen notes' ids, in list order (newest first)."""
        return [n.id for n in self._notes if n.id in self._chosen]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NotesColumn)

    def header_texts(self) -> dict[Any, str]:
        return {
            NotesColumn.CHOSEN: translate("SignalsModel", "Opnemen"),
            NotesColumn.DATE: translate("SignalsModel", "Datum"),
            NotesColumn.KIND: translate("SignalsModel", "Soort knelpunt"),
            NotesColumn.NOTE: translate("SignalsModel", "Notitie"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            NotesColumn.DATE: translate(
                "SignalsModel", "Alleen voor u: op het feedbackblad staat alleen de maand"
            )
        }

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == NotesColumn.CHOSEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        column = NotesColumn(index.column())
        chosen = note.id in self._chosen
        if role == Qt.ItemDataRole.CheckStateRole and column == NotesColumn.CHOSEN:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NotesColumn.CHOSEN:
                if role == Qt.ItemDataRole.DisplayRole:
                    return ""
                return (
                    translate("SignalsModel", "gekozen")
                    if chosen
                    else translate("SignalsModel", "niet gekozen")
                )
            return self._display(note, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NotesColumn.NOTE:
            return note.note
        if role == SORT_ROLE:
            if column == NotesColumn.CHOSEN:
                return 1 if chosen else 0
            if column == NotesColumn.DATE:
                return note.consult_date.toordinal()
            return fold(self._display(note, column))
        if role == ROW_ROLE:
            return note
        if role == ID_ROLE:
            return note.id
        return None

    def setData(self, index: _AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != NotesColumn.CHOSEN
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        note = self._notes[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked and note.id not in self._chosen and len(self._chosen) >= MAX_SHEET_NOTES:
            self.choice_refused.emit()
            return False
        if checked:
            self._chosen.add(note.id)
        else:
            self._chosen.discard(note.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit(len(self._chosen))
        return True

    def _display(self, note: ExampleNote, column: NotesColumn) -> str:
        if column == NotesColumn.DATE:
            return note.consult_date.strftime("%d-%m-%Y")
        if column == NotesColumn.KIND:
            return self._labels.get(note.kind, note.kind)
        return note.note

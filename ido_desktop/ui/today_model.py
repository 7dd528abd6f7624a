"""Table model of the consultations registered today on this laptop."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ido_desktop.domain.model import ConsultRow
from ido_desktop.domain.partners import fold
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.vocab import DurationBand, PartOfDay
from ido_desktop.ui import labels
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("TodayModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex
_DURATIONS = list(DurationBand)
_PARTS = list(PartOfDay)


class TodayColumn(IntEnum):
    TIME = 0
    WHEN = 1
    ORGANISATIONS = 2
    TOPICS = 3
    RESULTS = 4
    QUESTIONS = 5
    REFERRALS = 6
    DURATION = 7


def short_duration(band: DurationBand) -> str:
    """A duration band short enough for a table cell."""
    return {
        DurationBand.UNDER_10: translate("TodayModel", "< 10 min"),
        DurationBand.FROM_10_TO_20: translate("TodayModel", "10–20 min"),
        DurationBand.FROM_20_TO_30: translate("TodayModel", "20–30 min"),
        DurationBand.FROM_30_TO_60: translate("TodayModel", "30–60 min"),
        DurationBand.OVER_60: translate("TodayModel", "> 60 min"),
    }[band]


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class TodayModel(ListTableModel):
    """Rows are ``ConsultRow``s, newest first as the service gives them."""

    columns = TodayColumn

    def __init__(self, catalog: ReferenceCatalog, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._locale = locale_for(language)
        self._rows: list[ConsultRow] = []
        self._today: date | None = None

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: list[ConsultRow], today: date) -> None:
        """Replace all rows; ``today`` decides which consult dates count as backdated."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_of(self, consult_id: str) -> int:
        """The row number of a consult id, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == consult_id:
                return number
        return -1

    # -- Qt model interface ----------------------------------------------------------------

    def header_texts(self) -> dict[Any, str]:
        return {
            TodayColumn.TIME: translate("TodayModel", "Tijd"),
            TodayColumn.WHEN: translate("TodayModel", "Dagdeel"),
            TodayColumn.ORGANISATIONS: translate("TodayModel", "Organisatie"),
            TodayColumn.TOPICS: translate("TodayModel", "Onderwerp"),
            TodayColumn.RESULTS: translate("TodayModel", "Resultaat"),
            TodayColumn.QUESTIONS: translate("TodayModel", "Vragen"),
            TodayColumn.REFERRALS: translate("TodayModel", "Doorverw."),
            TodayColumn.DURATION: translate("TodayModel", "Duur"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            TodayColumn.TIME: translate("TodayModel", "Tijdstip van registreren"),
            TodayColumn.WHEN: translate(
                "TodayModel", "Dagdeel van het consult; met datum als het nagekomen is"
            ),
            TodayColumn.REFERRALS: translate("TodayModel", "Aantal doorverwijzingen"),
            TodayColumn.DURATION: translate("TodayModel", "Duur van het consult"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = TodayColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            TodayColumn.QUESTIONS,
            TodayColumn.REFERRALS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def is_backdated(self, row: ConsultRow) -> bool:
        return self._today is not None and row.consult_date != self._today

    def time_text(self, row: ConsultRow) -> str:
        """Local HH:MM at which the consult was registered."""
        return row.registered_at.astimezone().strftime("%H:%M")

    def _labels(self, kind: str, codes: tuple[str, ...]) -> str:
        unique = dict.fromkeys(codes)
        return ", ".join(self._catalog.label(kind, code, self._language) for code in unique)

    def _display(self, row: ConsultRow, column: TodayColumn) -> str:
        if column == TodayColumn.TIME:
            return self.time_text(row)
        if column == TodayColumn.WHEN:
            part = labels.part_of_day(row.part_of_day)
            if not self.is_backdated(row):
                return part
            day = QDate(row.consult_date.year, row.consult_date.month, row.consult_date.day)
            return f"{self._locale.toString(day, 'ddd d MMM')} · {part}"
        if column == TodayColumn.ORGANISATIONS:
            return self._labels("organisations", row.organisations)
        if column == TodayColumn.TOPICS:
            return self._labels("topics", row.topics)
        if column == TodayColumn.RESULTS:
            return self._labels("results", row.results)
        if column == TodayColumn.QUESTIONS:
            return str(row.question_count)
        if column == TodayColumn.REFERRALS:
            return str(row.referral_count) if row.referral_count else "–"
        return short_duration(row.duration_band)

    def _sort_value(self, row: ConsultRow, column: TodayColumn) -> Any:
        if column == TodayColumn.TIME:
            return row.registered_at.timestamp()
        if column == TodayColumn.WHEN:
            return row.consult_date.toordinal() * 10 + _PARTS.index(row.part_of_day)
        if column == TodayColumn.QUESTIONS:
            return row.question_count
        if column == TodayColumn.REFERRALS:
            return row.referral_count
        if column == TodayColumn.DURATION:
            return _DURATIONS.index(row.duration_band)
        return fold(self._display(row, column))

    def _tooltip(self, row: ConsultRow, column: TodayColumn) -> str | None:
        if column == TodayColumn.WHEN and self.is_backdated(row):
            return translate("TodayModel", "Nagekomen registratie: consult van {date}").format(
                date=row.consult_date.strftime("%d-%m-%Y")
            )
        if column == TodayColumn.DURATION:
            return labels.duration_band(row.duration_band)
        if column in (TodayColumn.ORGANISATIONS, TodayColumn.TOPICS, TodayColumn.RESULTS):
            return self._display(row, column) or None
        return None

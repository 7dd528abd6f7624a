"""Table model of the import station: one row per file and what became of it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ido_desktop.domain.partners import fold
from ido_desktop.domain.sync_model import ImportFileResult
from ido_desktop.messages import message
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("ImportModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex
_ORDER = {"refused": 0, "imported": 1, "known": 2}
_COLOURS = {"imported": "#1e6b34", "known": "#5f6368", "refused": "#b3261e"}


class ImportColumn(IntEnum):
    FILE = 0
    LAPTOP = 1
    SEQUENCE = 2
    RESULT = 3
    APPLIED = 4
    UNCHANGED = 5
    CONFLICTS = 6
    DETAILS = 7


_NUMBERS = (
    ImportColumn.SEQUENCE,
    ImportColumn.APPLIED,
    ImportColumn.UNCHANGED,
    ImportColumn.CONFLICTS,
)


def result_text(result: str) -> str:
    """The outcome with a text marker, so it never depends on colour alone."""
    return {
        "imported": translate("ImportModel", "✔ Ingelezen"),
        "known": translate("ImportModel", "= Al bekend"),
        "refused": translate("ImportModel", "✖ Geweigerd"),
    }.get(result, result)


class ImportModel(ListTableModel):
    """Rows are ``ImportFileResult``s in the order the files were read."""

    columns = ImportColumn

    def __init__(self, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[ImportFileResult] = []

    # -- data in ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def add_result(self, result: ImportFileResult) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(result)
        self.endInsertRows()

    def results(self) -> list[ImportFileResult]:
        return list(self._rows)

    def refusal_text(self, row: ImportFileResult) -> str:
        """Why a file was refused, and where it was kept; empty for other rows."""
        if row.result != "refused" or not row.error_code:
            return ""
        text = message(row.error_code, row.error_params, lang=self._language)
        if row.quarantine_path:
            text += "\n" + translate("ImportModel", "Quarantaine: {folder}").format(
                folder=row.quarantine_path
            )
        return text

    # -- Qt model interface ----------------------------------------------------------------

    def header_texts(self) -> dict[Any, str]:
        return {
            ImportColumn.FILE: translate("ImportModel", "Bestand"),
            ImportColumn.LAPTOP: translate("ImportModel", "Laptop"),
            ImportColumn.SEQUENCE: translate("ImportModel", "Nr."),
            ImportColumn.RESULT: translate("ImportModel", "Resultaat"),
            ImportColumn.APPLIED: translate("ImportModel", "Toegepast"),
            ImportColumn.UNCHANGED: translate("ImportModel", "Ongewijzigd"),
            ImportColumn.CONFLICTS: translate("ImportModel", "Conflicten"),
            ImportColumn.DETAILS: translate("ImportModel", "Toelichting"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            ImportColumn.SEQUENCE: translate(
                "ImportModel", "Volgnummer van het synchronisatiebestand van deze laptop"
            ),
            ImportColumn.APPLIED: translate("ImportModel", "Nieuwe of bijgewerkte records"),
            ImportColumn.UNCHANGED: translate(
                "ImportModel", "Records die de backoffice al precies zo had"
            ),
            ImportColumn.CONFLICTS: translate(
                "ImportModel", "Records met dezelfde revisie maar andere inhoud: nakijken"
            ),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ImportColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.file_name
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (ImportColumn.DETAILS, ImportColumn.RESULT) and row.result == "refused":
                return self.refusal_text(row)
            if column == ImportColumn.FILE:
                return row.file_name
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == ImportColumn.RESULT:
            return QBrush(QColor(_COLOURS.get(row.result, "#1f1f1f")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _display(self, row: ImportFileResult, column: ImportColumn) -> str:
        if column == ImportColumn.FILE:
            return row.file_name
        if column == ImportColumn.LAPTOP:
            return row.device_name or "–"
        if column == ImportColumn.SEQUENCE:
            return str(row.sequence) if row.sequence is not None else "–"
        if column == ImportColumn.RESULT:
            return result_text(row.result)
        if row.result == "refused":
            if column == ImportColumn.DETAILS:
                return message(row.error_code or "", row.error_params, lang=self._language)
            return "–"
        if column == ImportColumn.APPLIED:
            return str(row.applied)
        if column == ImportColumn.UNCHANGED:
            return str(row.unchanged)
        if column == ImportColumn.CONFLICTS:
            return str(row.conflicts)
        if row.result == "known":
            return translate("ImportModel", "Dit bestand was al ingelezen; er is niets veranderd.")
        if row.conflicts:
            return translate("ImportModel", "Ingelezen; {n} conflicten om na te kijken.").format(
                n=row.conflicts
            )
        return translate("ImportModel", "Ingelezen.")

    def _sort_value(self, row: ImportFileResult, column: ImportColumn) -> Any:
        if column == ImportColumn.SEQUENCE:
            return row.sequence if row.sequence is not None else -1
        if column == ImportColumn.RESULT:
            return _ORDER.get(row.result, 9)
        if column == ImportColumn.APPLIED:
            return row.applied
        if column == ImportColumn.UNCHANGED:
            return row.unchanged
        if column == ImportColumn.CONFLICTS:
            return row.conflicts
        return fold(self._display(row, column))

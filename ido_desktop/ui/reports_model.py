"""The reports page's table: one line per group, the totals line last, exact numbers.

Columns are the report's dimensions (labels) followed by the fixed measure columns of
:class:`MeasureColumn`. ``SORT_ROLE`` gives raw values (numbers, folded text, or the position in
the report's own order for time and age); :class:`ReportProxy` keeps the totals line last
whichever way the user sorts.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ido_desktop.domain.report import ReportRow, ReportTable
from ido_desktop.domain.report_labels import format_cell
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE

#: True for the totals line (the proxy keeps it last).
TOTAL_ROLE: int = SORT_ROLE + 100

AnyIndex = QModelIndex | QPersistentModelIndex


class MeasureColumn(IntEnum):
    """The measure columns, counted from the first column after the dimensions."""

    CONSULTATIONS = 0
    QUESTIONS = 1
    REFERRED = 2
    REFERRED_SHARE = 3
    WARM = 4
    WARM_SHARE = 5


SHARES = (MeasureColumn.REFERRED_SHARE, MeasureColumn.WARM_SHARE)


class ReportModel(QAbstractTableModel):
    """A built :class:`ReportTable` (exact numbers) as a table."""

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._table: ReportTable | None = None
        self._rows: list[ReportRow] = []

    # --- content --------------------------------------------------------------------------

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = [*table.rows, table.totals] if table is not None else []
        self.endResetModel()

    @property
    def table(self) -> ReportTable | None:
        return self._table

    @property
    def label_columns(self) -> int:
        """Columns before the measures: one per dimension (one "Periode" without)."""
        if self._table is None:
            return 0
        return len(self._table.columns) - len(MeasureColumn)

    def measure_column(self, column: int) -> MeasureColumn | None:
        offset = column - self.label_columns
        return MeasureColumn(offset) if 0 <= offset < len(MeasureColumn) else None

    def is_total(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows) - 1

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._table.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._table.columns[section]
            if self.measure_column(section) is not None and " " in text:
                return text.replace(" ", "\n", 1)  # "Vragen\ndoorverwezen": narrow columns
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._table.columns[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.measure_column(section) is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row_number, column = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column < self.columnCount()):
            return None
        row = self._rows[row_number]
        measure = self.measure_column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if measure is None:
                return row.labels[column] if column < len(row.labels) else ""
            value = row.values()[measure]
            return format_cell(value, self._language, share_cell=measure in SHARES)
        if role == SORT_ROLE:
            if measure is None:
                dimension = self._table.spec.dimensions[column] if self._table.spec.by else None
                if dimension is not None and dimension.ordinal:
                    return row_number
                return (row.labels[column] if column < len(row.labels) else "").casefold()
            value = row.values()[measure]
            return -1.0 if value is None or isinstance(value, str) else float(value)
        if role == ROW_ROLE:
            return row
        if role == TOTAL_ROLE:
            return self.is_total(row_number)
        if role == Qt.ItemDataRole.TextAlignmentRole and measure is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row_number):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Dubbelklik of Enter: toon de consulten van deze regel")
        return None


class ReportProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and keeps the totals line last in both directions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left.data(TOTAL_ROLE):
            return descending
        if right.data(TOTAL_ROLE):
            return not descending
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

"""Bases of the table models: column headers from a column enum, and rows from a plain list.

A model names its column enum in ``columns`` and gives ``header_texts`` (and ``header_tips``
where a header needs explaining); ``headerData`` is the same for all of them.
``ListTableModel`` adds the row and column counts of a model over ``self._rows``, a list of
frozen rows; such a model adds only ``data``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HeaderedTableModel(QAbstractTableModel):
    columns: ClassVar[type[IntEnum]]
    right_aligned: ClassVar[frozenset[int]] = frozenset()  # columns of numbers

    def header_texts(self) -> dict[Any, str]:
        """The (translated) header text of every column."""
        raise NotImplementedError

    def header_tips(self) -> dict[Any, str]:
        """Tooltips for the headers that need one."""
        return {}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return RIGHT
        return None


class ListTableModel(HeaderedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

"""Table model of partners from the offline directory (sociale kaart)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ido_desktop.domain.partners import fold, localized
from ido_desktop.domain.reference import ReferenceCatalog, RefItem
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("PartnerModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex


class PartnerColumn(IntEnum):
    NAME = 0
    CATEGORY = 1
    HELPS_WITH = 2
    PHONE = 3


def placeholder_note() -> str:
    """Shown wherever a partner's phone number is only an example."""
    return translate("PartnerModel", "(voorbeeldnummer — echte nummer nog invullen)")


class PartnerModel(ListTableModel):
    """Rows are partner ``RefItem``s in the order the search ranked them."""

    columns = PartnerColumn

    def __init__(self, catalog: ReferenceCatalog, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._rows: list[RefItem] = []

    def set_rows(self, rows: list[RefItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def partner_at(self, row: int) -> RefItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        for number, item in enumerate(self._rows):
            if item.code == code:
                return number
        return -1

    def header_texts(self) -> dict[Any, str]:
        return {
            PartnerColumn.NAME: translate("PartnerModel", "Naam"),
            PartnerColumn.CATEGORY: translate("PartnerModel", "Categorie"),
            PartnerColumn.HELPS_WITH: translate("PartnerModel", "Helpt met"),
            PartnerColumn.PHONE: translate("PartnerModel", "Telefoon"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = PartnerColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == SORT_ROLE:
            if column == PartnerColumn.PHONE:
                return str(item.get("phone") or "")
            return fold(self._display(item, column))
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.code
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PartnerColumn.PHONE and item.get("phone_is_placeholder"):
                return placeholder_note()
            if column == PartnerColumn.HELPS_WITH:
                return self._display(item, column)
            return None
        is_placeholder = column == PartnerColumn.PHONE and item.get("phone_is_placeholder")
        if role == Qt.ItemDataRole.FontRole and is_placeholder:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_placeholder:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, item: RefItem, column: PartnerColumn) -> str:
        if column == PartnerColumn.NAME:
            return item.label(self._language)
        if column == PartnerColumn.CATEGORY:
            return self._catalog.label("partner_categories", item.get("category"), self._language)
        if column == PartnerColumn.HELPS_WITH:
            return localized(item, "helps_with", self._language)
        phone = str(item.get("phone") or "")
        return f"{phone} *" if phone and item.get("phone_is_placeholder") else phone

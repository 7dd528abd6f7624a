"""Table model of one reference list in the back-office editors: name, two details, status.

Rows are ``RefItem``s in the list's order (the order laptops show); the editor filters them
before handing them over, so the model holds what is shown.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ido_desktop.domain.reference import ReferenceCatalog, RefItem
from ido_desktop.domain.reference_fields import choice_label
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

translate = QCoreApplication.translate
_AnyIndex = QModelIndex | QPersistentModelIndex


class ReferenceColumn(IntEnum):
    LABEL = 0
    DETAIL = 1
    EXTRA = 2
    STATUS = 3
    CODE = 4


def detail_headers(kind: str) -> tuple[str, str]:
    """The headers of the two detail columns of a kind."""
    if kind == "partners":
        return translate("ReferenceModel", "Categorie"), translate("ReferenceModel", "Telefoon")
    if kind == "locations":
        return translate("ReferenceModel", "Soort"), translate("ReferenceModel", "Adres")
    if kind == "courses":
        return translate("ReferenceModel", "Engels"), translate("ReferenceModel", "Aanbieder")
    if kind in ("topics", "organisations"):
        return translate("ReferenceModel", "Engels"), translate("ReferenceModel", "Domein")
    return translate("ReferenceModel", "Engels"), ""


class ReferenceModel(ListTableModel):
    columns = ReferenceColumn

    def __init__(self, kind: str, catalog: ReferenceCatalog, language: str, parent=None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._catalog = catalog
        self._language = language
        self._rows: list[RefItem] = []

    def set_rows(self, rows: list[RefItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RefItem]:
        return list(self._rows)

    def row_of(self, code: str) -> int:
        for index, item in enumerate(self._rows):
            if item.code == code:
                return index
        return -1

    def header_texts(self) -> dict[Any, str]:
        detail, extra = detail_headers(self._kind)
        return {
            ReferenceColumn.LABEL: translate("ReferenceModel", "Naam"),
            ReferenceColumn.DETAIL: detail,
            ReferenceColumn.EXTRA: extra,
            ReferenceColumn.STATUS: translate("ReferenceModel", "Status"),
            ReferenceColumn.CODE: translate("ReferenceModel", "Code"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = ReferenceColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == SORT_ROLE:
            return index.row()
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.code
        if role == Qt.ItemDataRole.ForegroundRole and item.retired:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole and column == ReferenceColumn.EXTRA:
            return self._display(item, column) or None
        return None

    def _display(self, item: RefItem, column: ReferenceColumn) -> str:
        if column == ReferenceColumn.LABEL:
            return item.label(self._language)
        if column == ReferenceColumn.CODE:
            return item.code
        if column == ReferenceColumn.STATUS:
            if item.retired:
                return translate("ReferenceModel", "✖ Vervallen")
            if self._kind == "locations" and item.get("is_central"):
                return translate("ReferenceModel", "✔ Centrale bibliotheek")
            if self._kind == "partners" and item.get("phone_is_placeholder"):
                return translate("ReferenceModel", "✔ In gebruik (voorlopig nummer)")
            return translate("ReferenceModel", "✔ In gebruik")
        kind = self._kind
        if kind == "partners":
            if column == ReferenceColumn.DETAIL:
                return self._catalog.label(
                    "partner_categories", item.get("category"), self._language
                )
            phone = str(item.get("phone") or "")
            return f"{phone} *" if phone and item.get("phone_is_placeholder") else phone
        if kind == "locations":
            if column == ReferenceColumn.DETAIL:
                words = choice_label("type", item.get("type"), self._language)
                popup = item.get("popup_type")
                return (
                    f"{words}: {choice_label('popup_type', popup, self._language)}"
                    if popup
                    else words
                )
            return str(item.get("address") or "")
        if column == ReferenceColumn.DETAIL:
            return item.en
        if kind == "courses":
            return str(item.get("provider") or "")
        if kind in ("topics", "organisations"):
            return choice_label("domain", item.get("domain"), self._language)
        return ""

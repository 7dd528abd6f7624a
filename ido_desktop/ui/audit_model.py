"""Table model of the audit log, newest first, filled a page at a time as the view scrolls."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ido_desktop.domain.audit import AuditAction, AuditRow
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("AuditModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[AuditRow]]  # (offset, limit) -> rows
PAGE = 200


class AuditColumn(IntEnum):
    AT = 0
    ACTOR = 1
    ACTION = 2
    SUBJECT = 3
    DETAILS = 4


def action_label(code: str) -> str:
    """Words for an action code; an unknown (newer) code shows as itself."""
    labels: dict[str, str] = {
        AuditAction.RECORD_CORRECTED: translate("AuditModel", "Registratie gecorrigeerd"),
        AuditAction.DEVICE_TRUSTED: translate("AuditModel", "Laptop ingeschreven"),
        AuditAction.DEVICE_REVOKED: translate("AuditModel", "Laptop ingetrokken"),
        AuditAction.DEVICE_RENAMED: translate("AuditModel", "Laptop hernoemd"),
        AuditAction.PAIRING_WRITTEN: translate("AuditModel", "Koppelbestand gemaakt"),
        AuditAction.SYNC_IMPORTED: translate("AuditModel", "Synchronisatiebestand ingelezen"),
        AuditAction.SYNC_REFUSED: translate("AuditModel", "Synchronisatiebestand geweigerd"),
        AuditAction.SETTING_CHANGED: translate("AuditModel", "Instelling gewijzigd"),
        AuditAction.RETENTION_APPLIED: translate("AuditModel", "Oude gegevens opgeschoond"),
        AuditAction.STORE_RESTORED: translate("AuditModel", "Reservekopie teruggezet"),
        AuditAction.REFERENCE_ADDED: translate("AuditModel", "Referentiegegeven toegevoegd"),
        AuditAction.REFERENCE_CHANGED: translate("AuditModel", "Referentiegegeven gewijzigd"),
        AuditAction.REFERENCE_RETIRED: translate("AuditModel", "Referentiegegeven vervallen"),
        AuditAction.REFERENCE_RESTORED: translate("AuditModel", "Weer in gebruik"),
        AuditAction.REFERENCE_IMPORTED: translate("AuditModel", "Referentielijst ingelezen"),
        AuditAction.REFERENCE_SHIPPED: translate("AuditModel", "Lijst bijgewerkt door update"),
    }
    return labels.get(code, code)


def details_summary(action: str, details: Mapping[str, Any]) -> str:
    """A short sentence of what the entry's details say; the tooltip shows all of them."""
    d = {k: ("–" if v is None else v) for k, v in details.items()}
    try:
        if action == AuditAction.RECORD_CORRECTED:
            return translate("AuditModel", "Gewijzigd: {fields}").format(
                fields=", ".join(d.get("fields", []))
            )
        if action in (AuditAction.DEVICE_TRUSTED, AuditAction.DEVICE_REVOKED):
            return translate("AuditModel", "{name} (sleutel-id {key_id})").format(**d)
        if action == AuditAction.DEVICE_RENAMED:
            return translate("AuditModel", "{old_name} → {name}").format(**d)
        if action == AuditAction.PAIRING_WRITTEN:
            return translate("AuditModel", "Versie {config_version}, bestand {file}").format(**d)
        if action == AuditAction.SYNC_IMPORTED:
            return translate(
                "AuditModel",
                "{file} van {name}: {applied} verwerkt, {unchanged} ongewijzigd, "
                "{conflicts} conflicten",
            ).format(**d)
        if action == AuditAction.SYNC_REFUSED:
            return translate("AuditModel", "{file}: geweigerd ({error_code})").format(**d)
        if action == AuditAction.SETTING_CHANGED:
            return translate("AuditModel", "{key}: {old} → {new}").format(**d)
        if action in (
            AuditAction.REFERENCE_ADDED,
            AuditAction.REFERENCE_CHANGED,
            AuditAction.REFERENCE_RETIRED,
            AuditAction.REFERENCE_RESTORED,
        ):
            changes: Mapping[str, Any] = details["changes"]
            fields = sorted({f for item in changes.values() for f in item})
            return translate("AuditModel", "{kind} {code}, versie {version}: {fields}").format(
                kind=d["kind"], code=d["code"], version=d["version"], fields=", ".join(fields)
            )
        if action == AuditAction.REFERENCE_IMPORTED:
            return translate(
                "AuditModel",
                "{kind} uit {file}: {added} nieuw, {changed} gewijzigd, {retired} vervallen",
            ).format(**d)
        if action == AuditAction.REFERENCE_SHIPPED:
            return translate(
                "AuditModel", "{kind}: {added_n} nieuw, {changed_n} gewijzigd (versie {version})"
            ).format(added_n=len(d["added"]), changed_n=len(d["changed"]), **d)
    except (KeyError, IndexError, TypeError):
        pass
    return details_json(details)


def details_json(details: Mapping[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def when(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class AuditModel(ListTableModel):
    """Rows are ``AuditRow``s in the service's order (newest first); not sortable by the view,
    so what is loaded is always the top of the whole filtered log."""

    columns = AuditColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._fetch: Fetch | None = None
        self._total = 0

    # -- data in ---------------------------------------------------------------------------

    def set_source(self, fetch: Fetch, total: int) -> None:
        """Start over with ``total`` entries, the first page fetched at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._total = total
        self._rows = fetch(0, PAGE) if total else []
        self.endResetModel()

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def total(self) -> int:
        return self._total

    # -- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: _AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = self._fetch(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)  # entries went away: none do, but do not loop
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- Qt model interface ----------------------------------------------------------------

    def header_texts(self) -> dict[Any, str]:
        return {
            AuditColumn.AT: translate("AuditModel", "Tijdstip"),
            AuditColumn.ACTOR: translate("AuditModel", "Door"),
            AuditColumn.ACTION: translate("AuditModel", "Actie"),
            AuditColumn.SUBJECT: translate("AuditModel", "Onderwerp"),
            AuditColumn.DETAILS: translate("AuditModel", "Details"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return row.at.timestamp() if column == AuditColumn.AT else self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AuditColumn.ACTION:
                return row.action
            if column == AuditColumn.DETAILS:
                return details_json(row.details)
        return None

    def _display(self, row: AuditRow, column: AuditColumn) -> str:
        if column == AuditColumn.AT:
            return when(row)
        if column == AuditColumn.ACTOR:
            return row.actor
        if column == AuditColumn.ACTION:
            return action_label(row.action)
        if column == AuditColumn.SUBJECT:
            return row.subject
        return details_summary(row.action, row.details)

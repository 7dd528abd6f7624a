"""Table model of the enrolled laptops: keys, last sync file, gaps, revoked or not."""

from __future__ import annotations

from datetime import datetime
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
from ido_desktop.domain.sync_model import EnrolledDeviceInfo
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# Called as translate("DevicesModel", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex


class DevicesColumn(IntEnum):
    NAME = 0
    KEY_ID = 1
    FINGERPRINT = 2
    ENROLLED = 3
    LAST_SEQUENCE = 4
    LAST_IMPORT = 5
    MISSING = 6
    STATUS = 7
    CONFIG = 8


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M") if moment else "–"


def short_fingerprint(fingerprint: str) -> str:
    """The first and last groups, enough to tell keys apart in a table."""
    groups = fingerprint.split()
    if len(groups) <= 4:
        return fingerprint
    return f"{' '.join(groups[:2])} … {' '.join(groups[-2:])}"


def missing_text(missing: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in missing) if missing else "–"


class DevicesModel(ListTableModel):
    """Rows are ``EnrolledDeviceInfo``s as the enrolment service lists them."""

    columns = DevicesColumn

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EnrolledDeviceInfo] = []
        self._latest_config = 0

    def set_latest_config(self, version: int) -> None:
        """The newest configuration written: laptops on an older one are marked."""
        self._latest_config = version

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: list[EnrolledDeviceInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[EnrolledDeviceInfo]:
        return list(self._rows)

    # -- Qt model interface ----------------------------------------------------------------

    def header_texts(self) -> dict[Any, str]:
        return {
            DevicesColumn.NAME: translate("DevicesModel", "Naam"),
            DevicesColumn.KEY_ID: translate("DevicesModel", "Sleutel-id"),
            DevicesColumn.FINGERPRINT: translate("DevicesModel", "Vingerafdruk"),
            DevicesColumn.ENROLLED: translate("DevicesModel", "Ingeschreven"),
            DevicesColumn.LAST_SEQUENCE: translate("DevicesModel", "Laatste nr."),
            DevicesColumn.LAST_IMPORT: translate("DevicesModel", "Laatst ingelezen"),
            DevicesColumn.MISSING: translate("DevicesModel", "Ontbreekt"),
            DevicesColumn.STATUS: translate("DevicesModel", "Status"),
            DevicesColumn.CONFIG: translate("DevicesModel", "Configuratie"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            DevicesColumn.LAST_SEQUENCE: translate(
                "DevicesModel", "Hoogste volgnummer dat van deze laptop is ingelezen"
            ),
            DevicesColumn.MISSING: translate(
                "DevicesModel", "Volgnummers van synchronisatiebestanden die nooit aankwamen"
            ),
            DevicesColumn.CONFIG: translate(
                "DevicesModel", "De configuratie van de laptop, volgens zijn laatste bestand"
            ),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = DevicesColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.key_id
        if role == Qt.ItemDataRole.ToolTipRole and column == DevicesColumn.FINGERPRINT:
            return row.fingerprint
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == DevicesColumn.STATUS and row.revoked_at is not None)
            or (column == DevicesColumn.MISSING and row.missing_sequences)
            or (column == DevicesColumn.CONFIG and self._outdated(row))
        ):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DevicesColumn.LAST_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _outdated(self, row: EnrolledDeviceInfo) -> bool:
        return row.config_version is not None and row.config_version < self._latest_config

    def _display(self, row: EnrolledDeviceInfo, column: DevicesColumn) -> str:
        if column == DevicesColumn.NAME:
            return row.name
        if column == DevicesColumn.KEY_ID:
            return row.key_id
        if column == DevicesColumn.FINGERPRINT:
            return short_fingerprint(row.fingerprint)
        if column == DevicesColumn.ENROLLED:
            return _when(row.enrolled_at)
        if column == DevicesColumn.LAST_SEQUENCE:
            return str(row.last_sequence) if row.last_sequence else "–"
        if column == DevicesColumn.LAST_IMPORT:
            return _when(row.last_import_at)
        if column == DevicesColumn.MISSING:
            if not row.missing_sequences:
                return "–"
            return "⚠ " + missing_text(row.missing_sequences)
        if column == DevicesColumn.CONFIG:
            if row.config_version is None:
                return "–"
            if self._outdated(row):
                return translate("DevicesModel", "⚠ versie {n} (nieuwste: {latest})").format(
                    n=row.config_version, latest=self._latest_config
                )
            return translate("DevicesModel", "versie {n}").format(n=row.config_version)
        if row.revoked_at is not None:
            return translate("DevicesModel", "✖ Ingetrokken op {date}").format(
                date=row.revoked_at.astimezone().strftime("%d-%m-%Y")
            )
        return translate("DevicesModel", "✔ Actief")

    def _sort_value(self, row: EnrolledDeviceInfo, column: DevicesColumn) -> Any:
        if column == DevicesColumn.ENROLLED:
            return row.enrolled_at.timestamp()
        if column == DevicesColumn.LAST_SEQUENCE:
            return row.last_sequence
        if column == DevicesColumn.LAST_IMPORT:
            return row.last_import_at.timestamp() if row.last_import_at else 0.0
        if column == DevicesColumn.MISSING:
            return len(row.missing_sequences)
        if column == DevicesColumn.STATUS:
            return 1 if row.revoked_at is not None else 0
        if column == DevicesColumn.CONFIG:
            return row.config_version if row.config_version is not None else -1
        return fold(self._display(row, column))


def gap_warnings(devices: list[EnrolledDeviceInfo]) -> list[str]:
    """One sentence per missing sync file: "Synchronisatiebestand 7 van Laptop 03 ontbreekt"."""
    lines = []
    for device in devices:
        for sequence in device.missing_sequences:
            lines.append(
                translate("DevicesModel", "Synchronisatiebestand {n} van {name} ontbreekt.").format(
                    n=sequence, name=device.name
                )
            )
    return lines

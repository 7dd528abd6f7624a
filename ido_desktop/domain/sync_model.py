"""What the sync services hand to the UI and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PairingOffer:
    """A configuration file, read and verified, before it is applied."""

    backoffice_name: str
    key_id: str
    fingerprint: str
    config_version: int
    first_pairing: bool
    reference_kinds: int


@dataclass(frozen=True)
class SyncStatus:
    """Laptop: what the back office does not hold yet."""

    paired: bool
    backoffice_name: str | None
    unsent: int  # changed since the last sync file
    unacknowledged: int  # not yet confirmed by a receipt
    last_sequence: int
    last_export_at: datetime | None
    last_receipt_at: datetime | None


@dataclass(frozen=True)
class ExportResult:
    path: str
    sequence: int
    records: int
    seconds: float


@dataclass(frozen=True)
class ReceiptResult:
    device_id: str
    received_through_clock: int
    purged: int
    still_unacknowledged: int


@dataclass(frozen=True)
class ImportFileResult:
    """One line of the import station: a file and what became of it."""

    file_name: str
    result: str  # imported | known | refused
    error_code: str | None = None
    error_params: dict[str, object] | None = None
    device_name: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    quarantine_path: str | None = None


@dataclass(frozen=True)
class EnrolledDeviceInfo:
    key_id: str
    name: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    device_id: str | None
    last_sequence: int
    last_import_at: datetime | None
    missing_sequences: tuple[int, ...]
    config_version: int | None = None  # reported in its last sync file (format version 2)


@dataclass(frozen=True)
class ImportLogEntry:
    """One line of the import log: every file ever offered, and what became of it."""

    file_name: str
    file_sha256: str
    imported_at: datetime
    result: str
    error_code: str | None
    device_id: str | None
    sequence: int | None
    applied: int
    unchanged: int
    conflicts: int
    quarantine_path: str | None

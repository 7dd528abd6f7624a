"""The back office's audit log: who changed what by hand, and when (issue 5, item 3).

Every back-office function that changes data appends one entry, in the same transaction as the
change, with a stable action code. Entries hold codes, ids, counts and file names, never personal
data, and are never changed or removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

MAX_ACTOR = 80  # AuditLog.actor
MAX_SUBJECT = 80  # AuditLog.subject


class AuditAction(StrEnum):
    """The stable action codes. Add new ones here; never rename one."""

    RECORD_CORRECTED = "record.corrected"
    DEVICE_TRUSTED = "device.trusted"
    DEVICE_REVOKED = "device.revoked"
    DEVICE_RENAMED = "device.renamed"
    PAIRING_WRITTEN = "pairing.written"
    SYNC_IMPORTED = "sync.imported"
    SYNC_REFUSED = "sync.refused"
    SETTING_CHANGED = "setting.changed"
    RETENTION_APPLIED = "retention.applied"
    STORE_RESTORED = "store.restored"
    REFERENCE_ADDED = "reference.added"
    REFERENCE_CHANGED = "reference.changed"
    REFERENCE_RETIRED = "reference.retired"
    REFERENCE_RESTORED = "reference.restored"
    REFERENCE_IMPORTED = "reference.imported"
    REFERENCE_SHIPPED = "reference.shipped"  # a program update's shipped lists were merged


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show. Empty fields do not filter.

    ``date_from`` and ``date_to`` are local calendar days, both included. ``text`` is looked
    for in the subject, ignoring case.
    """

    date_from: date | None = None
    date_to: date | None = None
    action: str | None = None
    actor: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditRow:
    """One entry of the audit log, as the log page and the export show it."""

    id: int
    at: datetime  # aware UTC
    actor: str
    action: str  # an AuditAction value (or a code of a newer version)
    subject: str  # e.g. "consult:<id>", "device:<key id>", "setting:language"
    details: Mapping[str, Any] = field(default_factory=dict)


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (the column's size), marking the cut with '…'."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"

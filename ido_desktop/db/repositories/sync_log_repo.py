"""Export log (laptop) and import log (back office)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ido_desktop.db.models import ExportLog, ImportLog


def last_export(session: Session) -> ExportLog | None:
    return session.scalars(select(ExportLog).order_by(ExportLog.sequence.desc())).first()


def known_import(session: Session, file_sha256: str) -> ImportLog | None:
    """An earlier successful import of exactly these bytes (a repeat or a renamed copy)."""
    return session.scalars(
        select(ImportLog).where(
            ImportLog.file_sha256 == file_sha256, ImportLog.result.in_(("imported", "known"))
        )
    ).first()


def sequences_seen(session: Session, device_id: str) -> set[int]:
    return set(
        session.scalars(
            select(ImportLog.sequence).where(
                ImportLog.device_id == device_id,
                ImportLog.result.in_(("imported", "known")),
                ImportLog.sequence.is_not(None),
            )
        )
    )


def recent_imports(session: Session, limit: int = 500) -> list[ImportLog]:
    return list(session.scalars(select(ImportLog).order_by(ImportLog.id.desc()).limit(limit)))

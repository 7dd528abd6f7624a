"""The audit log's queries. Append-only: there is an ``add`` and reads, nothing else.

``db/models.py`` also refuses any UPDATE or DELETE of ``audit_log`` that goes through
SQLAlchemy, so a code path that tries fails loudly instead of rewriting history.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from ido_desktop.db.models import AuditLog, Device
from ido_desktop.domain.audit import MAX_ACTOR, MAX_SUBJECT, AuditRow, clip
from ido_desktop.domain.records import AuditEntry


def local_actor(session: Session) -> str:
    """The name of this install: who acts when a service is not told otherwise."""
    name = session.scalar(select(Device.name).where(Device.is_local.is_(True)))
    return name or "?"


def is_backoffice(session: Session) -> bool:
    role = session.scalar(select(Device.role).where(Device.is_local.is_(True)))
    return role == "backoffice"


def add(
    session: Session,
    actor: str | None,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    at: datetime | None = None,
) -> None:
    """Append one entry (``actor`` None: this install's name). Never commits."""
    session.execute(
        insert(AuditLog).values(
            at=at or datetime.now(UTC),
            actor=clip(actor if actor is not None else local_actor(session), MAX_ACTOR) or "?",
            action=action,
            subject=clip(subject, MAX_SUBJECT),
            details=dict(details),
        )
    )


def entries_for(session: Session, subject: str) -> list[AuditEntry]:
    """Every entry about ``subject``, oldest first."""
    return [
        AuditEntry(a.at, a.actor, a.action, a.subject, dict(a.details))
        for a in session.scalars(
            select(AuditLog).where(AuditLog.subject == subject).order_by(AuditLog.id)
        )
    ]


def _conditions(
    start: datetime | None,
    end: datetime | None,
    action: str | None,
    actor: str | None,
    text: str | None,
) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if start is not None:
        terms.append(AuditLog.at >= start)
    if end is not None:
        terms.append(AuditLog.at < end)
    if action:
        terms.append(AuditLog.action == action)
    if actor:
        terms.append(AuditLog.actor == actor)
    if text and text.strip():
        terms.append(AuditLog.subject.icontains(text.strip(), autoescape=True))
    return terms


def find(
    session: Session,
    start: datetime | None = None,
    end: datetime | None = None,
    action: str | None = None,
    actor: str | None = None,
    text: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[AuditRow]:
    """Entries in ``[start, end)`` that pass the other filters, newest first."""
    stmt = (
        select(AuditLog)
        .where(*_conditions(start, end, action, actor, text))
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        AuditRow(a.id, a.at, a.actor, a.action, a.subject, dict(a.details))
        for a in session.scalars(stmt)
    ]


def count(
    session: Session,
    start: datetime | None = None,
    end: datetime | None = None,
    action: str | None = None,
    actor: str | None = None,
    text: str | None = None,
) -> int:
    stmt = (
        select(func.count())
        .select_from(AuditLog)
        .where(*_conditions(start, end, action, actor, text))
    )
    return int(session.scalar(stmt) or 0)


def actions(session: Session) -> list[str]:
    """The action codes in the log."""
    return list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def actors(session: Session) -> list[str]:
    """The actors in the log."""
    return list(session.scalars(select(AuditLog.actor).distinct().order_by(AuditLog.actor)))

"""Small key/value settings of this install (language, retention, ...)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ido_desktop.db.models import Setting


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value

"""Spreekuren (consultation sessions) of this device."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ido_desktop.db.models import Spreekuur


def current_open(session: Session, device_id: str) -> Spreekuur | None:
    return session.scalars(
        select(Spreekuur)
        .where(
            Spreekuur.device_id == device_id,
            Spreekuur.ended_at.is_(None),
            Spreekuur.deleted.is_(False),
        )
        .order_by(Spreekuur.started_at.desc())
    ).first()


def get(session: Session, spreekuur_id: str) -> Spreekuur | None:
    return session.get(Spreekuur, spreekuur_id)

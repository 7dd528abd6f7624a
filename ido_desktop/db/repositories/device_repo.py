"""This install's device row and its monotonic clock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ido_desktop.db.models import Device


def get_local(session: Session) -> Device | None:
    return session.scalars(select(Device).where(Device.is_local.is_(True))).first()


def add_local(session: Session, device_id: str, role: str, name: str, now: datetime) -> Device:
    device = Device(id=device_id, role=role, name=name, is_local=True, created_at=now, clock=0)
    session.add(device)
    session.flush()
    return device


def tick(session: Session, device_id: str) -> int:
    """Advance the device clock by one and return the new value."""
    value = session.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(clock=Device.clock + 1)
        .returning(Device.clock)
    ).scalar_one()
    return int(value)

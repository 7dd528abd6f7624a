"""Back office: the laptops whose keys are enrolled."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ido_desktop.db.models import EnrolledDevice


def get(session: Session, key_id: str) -> EnrolledDevice | None:
    return session.get(EnrolledDevice, key_id)


def by_device_id(session: Session, device_id: str) -> EnrolledDevice | None:
    return session.scalars(
        select(EnrolledDevice).where(EnrolledDevice.device_id == device_id)
    ).first()


def all_devices(session: Session) -> list[EnrolledDevice]:
    return list(session.scalars(select(EnrolledDevice).order_by(EnrolledDevice.name)))

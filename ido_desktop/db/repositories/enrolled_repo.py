"""Back office: the laptops whose keys are enrolled."""

from __future__ import annotations

from sqlalchemy import select, update
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


def lock(session: Session, key_id: str) -> EnrolledDevice | None:
    """The enrolled laptop, its row locked until the transaction ends (SELECT ... FOR UPDATE).

    Imports of one laptop's files take this lock first, so they run one after the other even
    from several processes, and read only what the one before committed. PostgreSQL locks the
    row. SQLite ignores FOR UPDATE; there a no-op UPDATE first takes its single write lock
    (waiting up to busy_timeout), which serialises the whole transaction the same way.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            update(EnrolledDevice)
            .where(EnrolledDevice.key_id == key_id)
            .values(key_id=EnrolledDevice.key_id)
        )
    return session.scalars(
        select(EnrolledDevice)
        .where(EnrolledDevice.key_id == key_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()

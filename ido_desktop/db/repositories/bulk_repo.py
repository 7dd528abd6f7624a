"""Bulk inserts for generated data: Core executemany, bypassing the ORM unit of work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from ido_desktop.db.models import Base, Device

CHUNK = 20_000


def insert_rows(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    target = Base.metadata.tables[table]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(target), list(rows[start : start + CHUNK]))


def reserve_clock(session: Session, device_id: str, count: int) -> int:
    """Advance the device clock by ``count``; returns the first reserved value."""
    new_value = session.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(clock=Device.clock + count)
        .returning(Device.clock)
    ).scalar_one()
    return int(new_value) - count + 1

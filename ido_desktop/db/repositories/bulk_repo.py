"""Bulk inserts for generated data: Core executemany, bypassing the ORM unit of work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, update
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


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``, in chunks.

    On SQLite each value goes through its column type's own bind processor once and the rows go
    to the DB-API cursor's ``executemany``: the stored values are exactly those of
    ``session.execute(insert(table), rows)``, without SQLAlchemy's per-row parameter handling,
    which took about a third of an import's CPU time (docs/performance.md). Other databases, and
    rows with differing keys, take that ordinary path.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = rows[0].keys()
    compiled = None
    if dialect.name == "sqlite" and all(row.keys() == keys for row in rows):
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = list(compiled.positiontup or ()) if compiled is not None else []
    if compiled is None or set(order) != set(keys) or compiled.effective_returning:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), list(rows[start : start + CHUNK]))
        return
    plan = [
        (name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in order
    ]
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        params = [
            tuple(row[name] if process is None else process(row[name]) for name, process in plan)
            for row in rows[start : start + CHUNK]
        ]
        connection.exec_driver_sql(sql, params)

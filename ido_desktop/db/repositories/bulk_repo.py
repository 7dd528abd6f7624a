"""Bulk inserts for generated data: Core executemany, bypassing the ORM unit of work."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Date, Table, Text, bindparam, cast, insert, type_coerce, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from ido_desktop.db.models import Base, Device, UTCDateTime

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


def insert_many(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    encoded: Collection[str] = (),
) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``, in chunks.

    On SQLite each value goes through its column type's own bind processor once and the rows go
    to the DB-API cursor's ``executemany``: the stored values are exactly those of
    ``session.execute(insert(table), rows)``, without SQLAlchemy's per-row parameter handling,
    which took about a third of an import's CPU time (docs/performance.md). Other databases, and
    rows with differing keys, take that ordinary path.

    ``encoded`` names JSON columns whose values are already JSON text: stored as given, not
    encoded again (on PostgreSQL cast to the column's type, which keeps a ``json`` text as is).
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
        _insert_ordinary(session, table, rows, encoded)
        return
    # The values of a row in statement order with one C call; then only the columns whose type
    # converts its values (timestamps, dates, booleans, JSON) get a Python call per value.
    processors = [
        (index, process)
        for index, name in enumerate(order)
        if name not in encoded
        and (process := _bind_processor(table.c[name], dialect)) is not None
    ]
    values_of = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        if processors:
            params: list[Any] = []
            for row in rows[start : start + CHUNK]:
                values = list(values_of(row))
                for index, process in processors:
                    values[index] = process(values[index])
                params.append(tuple(values))
        else:
            params = [values_of(row) for row in rows[start : start + CHUNK]]
        connection.exec_driver_sql(sql, params)


def _insert_ordinary(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], encoded: Collection[str]
) -> None:
    statement = insert(table)
    if encoded:
        sqlite = session.get_bind().dialect.name == "sqlite"
        statement = statement.values(
            {
                name: (
                    type_coerce(bindparam(f"{name}__encoded"), Text())
                    if sqlite
                    else cast(bindparam(f"{name}__encoded", type_=Text()), table.c[name].type)
                )
                for name in encoded
            }
        )
        rows = [
            {f"{k}__encoded" if k in encoded else k: value for k, value in row.items()}
            for row in rows
        ]
    for start in range(0, len(rows), CHUNK):
        session.execute(statement, list(rows[start : start + CHUNK]))


_SQLITE_DATETIME = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_SQLITE_DATE = "%(year)04d-%(month)02d-%(day)02d"


def _bind_processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's bind processor on SQLite; for the UTC timestamps and the dates of the
    default storage format an equivalent one with one C call instead of several Python ones
    (``tests/db/test_bulk_insert.py`` compares them)."""
    impl = column.type.dialect_impl(dialect)
    process = impl.bind_processor(dialect)
    if isinstance(column.type, UTCDateTime):
        if getattr(impl, "_storage_format", None) == _SQLITE_DATETIME:
            return _utc_text_processor(process)
    elif isinstance(impl, Date) and getattr(impl, "_storage_format", None) == _SQLITE_DATE:
        return _date_text_processor(process)
    return process


def _utc_text_processor(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    assert process is not None

    def to_text(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        # None, naive (refused) or anything else: as the type itself does it.
        return process(value)

    return to_text


def _date_text_processor(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    assert process is not None

    def to_text(value: Any) -> Any:
        return value.isoformat() if type(value) is date else process(value)

    return to_text

"""bulk_repo.insert_many stores exactly what SQLAlchemy's own insert stores (it bypasses its
per-row parameter handling on SQLite for speed; see docs/performance.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, text
from sqlalchemy.dialects import sqlite

from ido_desktop.db.models import Base
from ido_desktop.db.repositories.bulk_repo import _bind_processor, _insert_ordinary, insert_many

WHEN = datetime(2026, 3, 29, 0, 30, 5, 120, tzinfo=UTC)
AMSTERDAM = timezone(timedelta(hours=2))


def _spreekuur(services, record_id: str, **changes) -> dict:
    row = {
        "id": record_id,
        "device_id": services.device.device_id,
        "revision": 3,
        "created_at": WHEN,
        "updated_at": WHEN.astimezone(AMSTERDAM),  # stored as UTC either way
        "updated_clock": 7,
        "deleted": False,
        "location_code": "centrale_bibliotheek",
        "staff_code": "MW07",
        "started_at": WHEN,
        "ended_at": None,
    }
    row.update(changes)
    return row


def _revision(record_id: str) -> dict:
    return {
        "kind": "consult",
        "record_id": record_id,
        "revision": 2,
        "device_id": "device-1",
        "source": "import",
        "import_id": None,
        "recorded_at": WHEN,
        "data": {"kind": "consult", "note": "Brief samen gelezen – één keer", "n": [1, 2.5, None]},
    }


def _stored(services, table: str, record_column: str, record_id: str) -> tuple:
    with services.store.engine.connect() as conn:
        columns = [c.name for c in Base.metadata.tables[table].columns if c.name != "id"]
        values = ", ".join(f"{c}, typeof({c})" for c in columns if c != record_column)
        return tuple(
            conn.execute(
                text(f"SELECT {values} FROM {table} WHERE {record_column} = :r"),  # noqa: S608
                {"r": record_id},
            ).one()
        )


def test_insert_many_stores_the_same_values_as_sqlalchemy(services):
    spreekuur = Base.metadata.tables["spreekuur"]
    revisions = Base.metadata.tables["record_revision"]
    with services.store.session_factory.begin() as session:
        session.execute(insert(spreekuur), [_spreekuur(services, "a" * 36)])
        insert_many(session, spreekuur, [_spreekuur(services, "b" * 36, ended_at=WHEN)])
        insert_many(session, spreekuur, [_spreekuur(services, "c" * 36)])
        session.execute(insert(revisions), [_revision("a" * 36)])
        insert_many(session, revisions, [_revision("c" * 36)])

    assert _stored(services, "spreekuur", "id", "a" * 36) == _stored(
        services, "spreekuur", "id", "c" * 36
    )
    assert _stored(services, "record_revision", "record_id", "a" * 36) == _stored(
        services, "record_revision", "record_id", "c" * 36
    )
    ended = _stored(services, "spreekuur", "id", "b" * 36)
    assert ended != _stored(services, "spreekuur", "id", "a" * 36)  # ended_at differs, not NULL


def test_insert_many_reads_back_as_the_orm_wrote_it(services):
    spreekuur = Base.metadata.tables["spreekuur"]
    with services.store.session_factory.begin() as session:
        insert_many(session, spreekuur, [_spreekuur(services, "d" * 36)])
    with services.store.session_factory() as session:
        row = session.execute(spreekuur.select().where(spreekuur.c.id == "d" * 36)).one()
    assert row.updated_at == WHEN
    assert row.updated_at.tzinfo is not None
    assert row.deleted is False
    assert row.ended_at is None


def test_rows_without_a_defaulted_column_take_the_ordinary_path(services):
    """SQLAlchemy fills a column's Python-side default; insert_many leaves that to it."""
    spreekuur = Base.metadata.tables["spreekuur"]
    rows = [_spreekuur(services, "e" * 36), _spreekuur(services, "f" * 36)]
    for row in rows:
        del row["deleted"]
    with services.store.session_factory.begin() as session:
        insert_many(session, spreekuur, rows)
        insert_many(session, spreekuur, [])  # nothing to do
    with services.store.session_factory() as session:
        stored = session.execute(
            spreekuur.select().where(spreekuur.c.id.in_(["e" * 36, "f" * 36]))
        ).all()
    assert [r.deleted for r in stored] == [False, False]


@pytest.mark.parametrize(
    "value",
    [
        None,
        WHEN,
        WHEN.replace(microsecond=0),
        WHEN.astimezone(AMSTERDAM),
        datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5))),
        datetime.fromisoformat("2026-01-15T12:00:00.5Z"),
    ],
)
def test_the_fast_timestamp_bind_is_the_types_own(value):
    dialect = sqlite.dialect()
    column = Base.metadata.tables["spreekuur"].c.started_at
    own = column.type.dialect_impl(dialect).bind_processor(dialect)
    assert own is not None
    assert _bind_processor(column, dialect)(value) == own(value)


def test_the_fast_binds_refuse_what_the_types_refuse():
    dialect = sqlite.dialect()
    column = Base.metadata.tables["spreekuur"].c.started_at
    with pytest.raises(ValueError, match="naive"):
        _bind_processor(column, dialect)(datetime(2026, 1, 1))
    day = Base.metadata.tables["consult"].c.consult_date
    own = day.type.dialect_impl(dialect).bind_processor(dialect)
    assert own is not None
    for value in (None, date(2026, 2, 28), date(7, 1, 9)):
        assert _bind_processor(day, dialect)(value) == own(value)


def test_encoded_json_is_stored_as_given(services):
    """Pre-encoded JSON text (an import's canonical line) is stored as it is, not re-encoded;
    on the fast path and on the ordinary one (PostgreSQL's, and rows with differing keys)."""
    revisions = Base.metadata.tables["record_revision"]
    line = '{"kind":"consult","note":"één keer"}'
    rows = [{**_revision(c * 36), "data": line} for c in "ghi"]
    with services.store.session_factory.begin() as session:
        insert_many(session, revisions, rows[:1], encoded=("data",))
        _insert_ordinary(session, revisions, rows[1:], encoded=("data",))
    with services.store.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT record_id, data, typeof(data) FROM record_revision ORDER BY record_id")
        ).all()
    assert [tuple(r) for r in stored] == [
        ("g" * 36, line, "text"),
        ("h" * 36, line, "text"),
        ("i" * 36, line, "text"),
    ]

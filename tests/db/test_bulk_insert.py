"""bulk_repo.insert_many stores exactly what SQLAlchemy's own insert stores (it bypasses its
per-row parameter handling on SQLite for speed; see docs/performance.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import insert, text

from ido_desktop.db.models import Base
from ido_desktop.db.repositories.bulk_repo import insert_many

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

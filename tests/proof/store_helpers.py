"""Helpers of the proof tests: look into a store, reopen it, make its disk full or read-only."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, text

from ido_desktop.app import Services
from ido_desktop.db import backups
from ido_desktop.domain.errors import StoreError
from tests.proof.forkserver import draft


def integrity(services: Services) -> str:
    with services.store.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar())


def stored_consults(services: Services) -> tuple[set[str], int]:
    """Ids of the stored consultations, and how many of them lack their questions."""
    with services.store.engine.connect() as conn:
        ids = set(conn.execute(text("SELECT id FROM consult")).scalars())
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM consult c WHERE NOT EXISTS "
                "(SELECT 1 FROM vraag v WHERE v.consult_id = c.id)"
            )
        ).scalar_one()
    return ids, int(orphans)


def take_daily_backup(services: Services) -> None:
    """Take today's backup, which the first start of the day would take otherwise."""
    backups.backup(services.store.engine, services.paths.backups, "daily", services.store.key)


def reopen(services: Services) -> None:
    """Close every connection; the next query opens the file again (and recovers the WAL)."""
    services.store.engine.dispose()


@contextmanager
def on_every_connection(services: Services, statement: str) -> Iterator[None]:
    """Run a PRAGMA on every (new) connection of the store while the block runs."""
    engine = services.store.engine

    def apply(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", apply)
    try:
        yield
    finally:
        event.remove(engine, "connect", apply)
        engine.dispose()


def page_count(services: Services) -> int:
    with services.store.engine.connect() as conn:
        return int(conn.execute(text("PRAGMA page_count")).scalar_one())


def register_until_refused(services: Services, limit: int = 2000) -> tuple[list[str], StoreError]:
    rng = random.Random(7)
    catalog = services.reference.catalog()
    confirmed = []
    for _ in range(limit):
        try:
            confirmed.append(services.consults.register(draft(services, rng), catalog))
        except StoreError as exc:
            return confirmed, exc
    raise AssertionError(f"{limit} consultations saved on a full disk")


def register_one(services: Services) -> str:
    return services.consults.register(
        draft(services, random.Random(1)), services.reference.catalog()
    )

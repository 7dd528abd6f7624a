"""Opening the store: create a new one, back up and upgrade an old one, refuse a newer one."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.engine import make_engine, make_session_factory
from ido_desktop.db.faults import store_error
from ido_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from ido_desktop.domain.errors import StoreError


class SchemaState(StrEnum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


@dataclass
class Store:
    engine: Engine
    session_factory: sessionmaker[Session]
    url: str

    def dispose(self) -> None:
        self.engine.dispose()


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    """Where the database stands against this program's migrations."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise StoreError("E_STORE_FOREIGN", tables=", ".join(sorted(tables)))
                return SchemaState.EMPTY, None
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DatabaseError as exc:
        # A full or read-only disk is not a damaged store: say which it is.
        raise store_error(exc) or StoreError("E_STORE_UNREADABLE", str(exc.orig)) from exc
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT, revision
    if revision in KNOWN_REVISIONS:
        return SchemaState.OLDER, revision
    return SchemaState.NEWER, revision


def open_store(url: str, *, create: bool = False, backup_dir: Path | None = None) -> Store:
    """Open (or with ``create``, make) the store at ``url`` and bring its schema to head.

    Raises:
        StoreError: E_STORE_NOT_INITIALISED, E_STORE_EXISTS, E_SCHEMA_NEWER, E_STORE_UNREADABLE.
    """
    engine = make_engine(url)
    try:
        state, revision = schema_state(engine)
        if state is SchemaState.EMPTY:
            if not create:
                raise StoreError("E_STORE_NOT_INITIALISED")
            _create_at_head(engine)
        elif create:
            raise StoreError("E_STORE_EXISTS")
        elif state is SchemaState.NEWER:
            raise StoreError("E_SCHEMA_NEWER", revision=revision, known=HEAD_REVISION)
        elif state is SchemaState.OLDER:
            # Only SQLite is copied before an upgrade. PostgreSQL relies on the server's own
            # backups; the upgrade runs in one transaction there too (transactional DDL).
            if backup_dir is not None and engine.dialect.name == "sqlite":
                backup_sqlite(engine, backup_dir, f"before-{HEAD_REVISION}")
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, make_session_factory(engine), url)


def _create_at_head(engine: Engine) -> None:
    from ido_desktop.db import migrate

    # Running the migrations (not create_all) makes a new store exactly like an upgraded one.
    with engine.begin() as conn:
        migrate.upgrade(conn)


def _upgrade(engine: Engine) -> None:
    from ido_desktop.db import migrate

    try:
        with engine.begin() as conn:  # one transaction: all migrations or none
            migrate.upgrade(conn)
    except DatabaseError as exc:  # SQLite raises OperationalError, PostgreSQL also others
        raise StoreError("E_MIGRATION_FAILED", str(exc.orig)) from exc


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str) -> Path:
    """Copy a SQLite store with the online backup API; returns the backup file.

    Raises:
        StoreError: E_BACKUP_DISK_FULL, E_BACKUP_READ_ONLY, E_BACKUP_WRITE_FAILED,
            E_BACKUP_FAILED. The store is not changed, and no partial backup file is left.
    """
    database = engine.url.database
    if not database:
        raise StoreError("E_BACKUP_FAILED", "no database file")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"ido-{stamp}-{reason}.sqlite3"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        # Create the file first: a read-only or full medium then says so (EROFS, ENOSPC),
        # where SQLite would only say "unable to open database file".
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        source = sqlite3.connect(database)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
                if destination.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise StoreError("E_BACKUP_FAILED", "backup failed its integrity check")
            finally:
                destination.close()
        finally:
            source.close()
    except Exception as exc:
        for leftover in (target, target.with_name(target.name + "-journal")):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        error = store_error(exc, "E_BACKUP")
        if error is None:
            raise
        raise error from exc
    return target

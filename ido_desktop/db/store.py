"""Opening the store: create a new one, back up and upgrade an old one, refuse a newer one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
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
    key: bytes | None = None
    locked: bool = False

    def dispose(self) -> None:
        self.engine.dispose()

    def lock(self) -> None:
        """Close every connection and forget the key; sessions are refused until ``unlock``."""
        self.engine.dispose()
        self.engine = _locked_engine()
        self.session_factory.configure(bind=self.engine)
        self.key = None
        self.locked = True

    def unlock(self, key: bytes) -> None:
        self._reopen(key if self.url.startswith("sqlite") else None)
        self.key = key

    def unlock_plain(self) -> None:
        """Reopen a store that has no key (tests and tools on unencrypted files)."""
        self._reopen(None)

    def _reopen(self, key: bytes | None) -> None:
        if not self.locked:
            return
        engine = make_engine(self.url, key=key)
        self.engine = engine
        self.session_factory.configure(bind=engine)
        self.locked = False


def _locked_engine() -> Engine:
    def refuse() -> None:
        raise StoreError("E_STORE_LOCKED")

    return create_engine("sqlite://", creator=refuse)


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


def open_store(
    url: str, *, key: bytes | None = None, create: bool = False, backup_dir: Path | None = None
) -> Store:
    """Open (or with ``create``, make) the store at ``url`` and bring its schema to head.

    With ``key`` a SQLite store is encrypted with SQLCipher (see ``db.keyfile``).

    Raises:
        StoreError: E_STORE_NOT_INITIALISED, E_STORE_EXISTS, E_SCHEMA_NEWER, E_STORE_UNREADABLE.
    """
    engine = make_engine(url, key=key)
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
                from ido_desktop.db import backups  # only to upgrade: off the usual start

                backups.backup(engine, backup_dir, f"before-{HEAD_REVISION}", key)
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, make_session_factory(engine), url, key)


def upgrade_if_older(store: Store, backup_dir: Path | None) -> None:
    """Bring a store whose file was just replaced (a restored backup) to this program's schema."""
    state, revision = schema_state(store.engine)
    if state is SchemaState.NEWER:
        raise StoreError("E_SCHEMA_NEWER", revision=revision, known=HEAD_REVISION)
    if state is SchemaState.OLDER:
        if backup_dir is not None:
            from ido_desktop.db import backups

            backups.backup(store.engine, backup_dir, f"before-{HEAD_REVISION}", store.key)
        _upgrade(store.engine)


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

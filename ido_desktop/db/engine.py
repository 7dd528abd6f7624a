"""Engine and session factory. SQLite gets WAL, foreign keys and synchronous=FULL.

A back office may use PostgreSQL instead (``--database-url postgresql+psycopg://...``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool


def make_engine(url: str | URL, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; with ``key``, a SQLite file is opened with SQLCipher.

    The raw 256-bit key goes to SQLCipher as ``x'...'`` (no key derivation of its own: the key
    was already stretched out of the passphrase with Argon2id, see ``db.keyfile``).
    """
    url = make_url(url)
    if not url.drivername.startswith("sqlite"):
        # A back office stays open all day: a restarted server must not fail its next action.
        kwargs.setdefault("pool_pre_ping", True)
    elif key is not None:
        url = encrypted_url(url, key)
        kwargs.setdefault("poolclass", QueuePool)  # the dialect's default is per-thread
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def encrypted_url(url: URL, key: bytes) -> URL:
    return url.set(drivername="sqlite+pysqlcipher", password=f"x'{key.hex()}'")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher only; plain SQLite ignores it
    cursor.execute("PRAGMA temp_store=MEMORY")  # sorts and temporary tables never reach the disk
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return dataclasses built after commit without reloads.
    return sessionmaker(engine, expire_on_commit=False)

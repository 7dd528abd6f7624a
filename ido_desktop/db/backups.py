"""Rolling backups of a SQLite store through SQLite's online backup API.

A backup is a copy encrypted with the store's own key (SQLCipher's backup API copies pages
between two databases keyed alike), checked with ``integrity_check`` after writing. One a day and
one before every migration or restore; the newest seven are kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ido_desktop.domain.errors import StoreError

KEEP = 7
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^ido-(\d{8}T\d{6}Z)-([a-z0-9-]+)\.sqlite3$")
_DISK_FULL = ("disk is full", "database or disk is full")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def connect(path: Path, key: bytes | None) -> Any:
    """A DB-API connection to a store file: SQLCipher with ``key``, plain sqlite3 without."""
    if key is None:
        import sqlite3

        return sqlite3.connect(path)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def integrity_ok(connection: Any) -> bool:
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except Exception:  # a wrong key or a damaged file both mean: not a usable store
        return False


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Our backups in ``backup_dir``, newest first."""
    found = []
    if backup_dir.is_dir():
        for path in backup_dir.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                found.append(BackupInfo(path, taken, match[2], path.stat().st_size))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def backup(
    engine: Engine,
    backup_dir: Path,
    reason: str,
    key: bytes | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy the store behind ``engine`` into ``backup_dir``, verify it, keep the newest seven.

    Raises:
        StoreError: E_BACKUP_FAILED, E_BACKUP_DISK_FULL, E_BACKUP_READ_ONLY; no partial file stays.
    """
    if not engine.url.database:
        raise StoreError("E_BACKUP_FAILED", "no database file")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"ido-{stamp}-{reason}{SUFFIX}"
    temp = target.with_name(f".{target.name}.tmp")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        # Create the file here first: a read-only or full medium then says so (EROFS, ENOSPC),
        # where SQLite would only say "unable to open database file".
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        source = connect(Path(engine.url.database), key)
        try:
            destination = connect(temp, key)
            try:
                source.backup(destination, pages=1024, progress=_pages(progress))
                ok = integrity_ok(destination)
            finally:
                destination.close()
        finally:
            source.close()
        if not ok:
            raise StoreError("E_BACKUP_FAILED", "backup failed its integrity check")
        os.replace(temp, target)
    except OSError as exc:
        remove_quietly(temp)
        raise _write_error(str(exc), exc.errno) from exc
    except StoreError:
        remove_quietly(temp)
        raise
    except Exception as exc:  # sqlite3 / sqlcipher3 errors have no common base we import here
        remove_quietly(temp)
        raise _write_error(str(exc), None) from exc
    rotate(backup_dir)
    return target


def _pages(progress: Callable[[int, int], None] | None) -> Any:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _write_error(text: str, errno_value: int | None) -> StoreError:
    import errno

    lowered = text.lower()
    if errno_value in (errno.ENOSPC, errno.EFBIG) or any(s in lowered for s in _DISK_FULL):
        return StoreError("E_BACKUP_DISK_FULL", text)
    if errno_value in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in lowered:
        return StoreError("E_BACKUP_READ_ONLY", text)
    return StoreError("E_BACKUP_FAILED", text)


def remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            candidate.unlink()
        except OSError:
            pass


def rotate(backup_dir: Path, keep: int = KEEP) -> None:
    for info in list_backups(backup_dir)[keep:]:
        remove_quietly(info.path)


def daily_due(backup_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup was taken today (UTC)."""
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    return not any(info.taken_at.date() == today for info in list_backups(backup_dir))


def verify(path: Path, key: bytes | None) -> None:
    """Raises StoreError E_BACKUP_UNREADABLE unless ``path`` is an intact store for ``key``."""
    if not path.is_file():
        raise StoreError("E_BACKUP_UNREADABLE", path=str(path))
    connection = connect(path, key)
    try:
        ok = integrity_ok(connection)
        tables = (
            {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if ok
            else set()
        )
    finally:
        connection.close()
    if not ok or "alembic_version" not in tables:
        raise StoreError("E_BACKUP_UNREADABLE", path=str(path))


def restore(database: Path, source: Path, key: bytes | None) -> None:
    """Copy a verified backup over the live store, page by page in one step of the backup API.

    The caller has disposed of its engine and taken a backup of the current state first.
    """
    verify(source, key)
    backup_connection = connect(source, key)
    try:
        live = connect(database, key)
        try:
            backup_connection.backup(live)
            if not integrity_ok(live):
                raise StoreError("E_RESTORE_FAILED", "restored store failed its integrity check")
        finally:
            live.close()
    finally:
        backup_connection.close()

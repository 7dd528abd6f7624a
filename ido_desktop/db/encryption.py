"""Encrypting an existing unencrypted SQLite store (from before encryption) with SQLCipher.

``sqlcipher_export`` copies schema, data and ``user_version`` into a new encrypted file, which is
checked before it replaces the old file with one atomic rename. Until that rename the old file is
untouched, so a crash at any moment leaves either the old store or the new one.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from ido_desktop.domain.errors import StoreError

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def encrypt_copy(source: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain store ``source`` to ``target`` and verify it."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from ido_desktop.db import backups  # imported here: off the usual start (start-up time)

    backups.remove_quietly(target)
    plain = sqlcipher.connect(str(source))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    backups.verify(target, key)


def encrypt_store(database: Path, key: bytes, backup_dir: Path) -> None:
    """Encrypt the plain store at ``database`` in place; plain backups are encrypted too.

    Raises:
        StoreError: E_ENCRYPTION_FAILED; the old store is then unchanged.
    """
    from ido_desktop.db import backups

    temp = database.with_name(f".{database.name}.encrypting")
    try:
        encrypt_copy(database, temp, key)
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        encrypt_copy(database, backup_dir / f"ido-{stamp}-before-encryption.sqlite3", key)
        os.replace(temp, database)
    except StoreError:
        backups.remove_quietly(temp)
        raise
    except Exception as exc:
        backups.remove_quietly(temp)
        raise StoreError("E_ENCRYPTION_FAILED", str(exc)) from exc
    for stale in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        stale.unlink(missing_ok=True)  # belonged to the old plain file, already checkpointed
    for info in backups.list_backups(backup_dir):
        if is_plain_sqlite(info.path):
            temp = info.path.with_name(f".{info.path.name}.encrypting")
            encrypt_copy(info.path, temp, key)
            os.replace(temp, info.path)

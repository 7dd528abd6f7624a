"""Backups of a SQLite store: list them, take one now, restore one (PRODUCT.md 4.3).

Restoring takes a backup of the current state first, closes every connection, copies the
backup over the store with SQLite's backup API and opens it again (upgrading an older schema).
"""

from __future__ import annotations

from pathlib import Path

from ido_desktop.db import backups
from ido_desktop.db.backups import BackupInfo
from ido_desktop.db.repositories import audit_repo
from ido_desktop.db.store import Store, upgrade_if_older
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StoreError


class BackupService:
    def __init__(self, store: Store, backup_dir: Path) -> None:
        self._store = store
        self._dir = backup_dir

    @property
    def available(self) -> bool:
        """Backups are ours to make for SQLite; PostgreSQL has the server's own."""
        return self._store.url.startswith("sqlite")

    def list(self) -> list[BackupInfo]:
        return backups.list_backups(self._dir)

    def backup_now(self, reason: str = "manual") -> Path:
        self._require_sqlite()
        return backups.backup(self._store.engine, self._dir, reason, self._store.key)

    def restore(self, source: Path) -> Path:
        """Replace the store's contents with ``source``; returns the backup of what was there.

        Raises:
            StoreError: E_BACKUP_UNREADABLE (nothing changed), E_RESTORE_FAILED.
        """
        self._require_sqlite()
        key = self._store.key
        backups.verify(source, key)
        before = backups.backup(self._store.engine, self._dir, "before-restore", key)
        database = Path(self._store.engine.url.database or "")
        self._store.lock()
        try:
            backups.restore(database, source, key)
        finally:
            if key is not None:
                self._store.unlock(key)
            else:
                self._store.unlock_plain()
        upgrade_if_older(self._store, self._dir)
        with self._store.session_factory.begin() as session:
            if audit_repo.is_backoffice(session):  # in the restored store, so it is kept
                details = {"backup": source.name, "previous_state": before.name}
                audit_repo.add(
                    session, None, AuditAction.STORE_RESTORED, f"backup:{source.name}", details
                )
        return before

    def _require_sqlite(self) -> None:
        if not self.available:
            raise StoreError("E_BACKUP_NOT_SQLITE")

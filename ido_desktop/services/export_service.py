"""Laptop: writing a sync file with everything the back office has not confirmed yet.

The sequence number is taken only when the file is safely on the stick: a full, read-only or
pulled stick leaves no file that looks valid and marks nothing as sent.
"""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop import __version__
from ido_desktop.db.faults import store_errors
from ido_desktop.db.models import ExportLog
from ido_desktop.db.repositories import device_repo, sync_log_repo, sync_repo
from ido_desktop.db.schema import HEAD_REVISION
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.sync_model import ExportResult, SyncStatus
from ido_desktop.services.clock import Clock
from ido_desktop.services.keystore import KeyStore
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.sync.syncfile import build_sync_file, write_sync_file


def sync_file_name(device_name: str, sequence: int) -> str:
    safe = re.sub(r"[^A-Za-z0-9]+", "-", device_name).strip("-").lower() or "laptop"
    return f"ido-{safe}-{sequence:06d}.idosync"


class ExportService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        keystore: KeyStore,
        pairing: PairingService,
        device_id: str,
        device_name: str,
        clock: Clock,
    ) -> None:
        self._session_factory = session_factory
        self._keystore = keystore
        self._pairing = pairing
        self._device_id = device_id
        self._device_name = device_name
        self._clock = clock

    def export(self, directory: Path) -> ExportResult:
        """Write the next sync file into ``directory`` (a folder or a USB stick).

        Raises:
            StateError: E_NOT_PAIRED.
            SyncError: E_EXPORT_DISK_FULL, E_EXPORT_READ_ONLY, E_EXPORT_WRITE_FAILED, ...
            StoreError: E_STORE_DISK_FULL, E_STORE_READ_ONLY, E_STORE_WRITE_FAILED (the store
                itself cannot take the write); no file is left in ``directory`` then.
        """
        started = time.perf_counter()
        recipients = self._pairing.recipients()
        secret = self._keystore.secret_key()
        directory = Path(directory)
        if not directory.is_dir():
            raise StateError("E_EXPORT_NO_FOLDER", folder=str(directory))
        with store_errors(), self._session_factory() as session:
            device = device_repo.get_local(session)
            if device is None:
                raise StateError("E_STORE_NOT_INITIALISED")
            sequence = device.last_sequence + 1
            records = list(
                sync_repo.records_since(session, self._device_id, device.held_through_clock)
            )
            data = build_sync_file(
                {
                    "schema_version": HEAD_REVISION,
                    "app_version": __version__,
                    "device_id": self._device_id,
                    "sequence": sequence,
                    "config_version": self._pairing.config_version(),
                },
                records,
                secret,
                recipients,
            )
            name = sync_file_name(self._device_name, sequence)
            # The file is written inside the transaction: if writing fails, nothing is marked;
            # if marking it sent fails (a full or read-only disk under the store), the file is
            # removed again, so the stick never holds a file the laptop does not know it wrote.
            path = write_sync_file(directory, name, data)
            try:
                clocks = [r["updated_clock"] for r in records]
                device.last_sequence = sequence
                session.add(
                    ExportLog(
                        sequence=sequence,
                        file_name=name,
                        file_sha256=_sha256(data),
                        created_at=self._clock.now(),
                        from_clock=min(clocks, default=0),
                        to_clock=max(clocks, default=0),
                        record_count=len(records),
                    )
                )
                session.commit()
            except BaseException:
                session.rollback()
                path.unlink(missing_ok=True)
                raise
        return ExportResult(str(path), sequence, len(records), time.perf_counter() - started)

    def status(self) -> SyncStatus:
        with self._session_factory() as session:
            device = device_repo.get_local(session)
            if device is None:
                raise StateError("E_STORE_NOT_INITIALISED")
            last = sync_log_repo.last_export(session)
            sent_through = max(last.to_clock if last else 0, device.held_through_clock)
            return SyncStatus(
                paired=self._pairing.pinned_key() is not None,
                backoffice_name=self._pairing.backoffice_name(),
                unsent=sync_repo.count_since(session, self._device_id, sent_through),
                unacknowledged=sync_repo.count_since(
                    session, self._device_id, device.held_through_clock
                ),
                last_sequence=device.last_sequence,
                last_export_at=last.created_at if last else None,
                last_receipt_at=device.last_receipt_at,
            )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

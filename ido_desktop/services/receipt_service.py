"""Laptop: reading the back office's receipt, and purging what the back office safely holds.

Only records whose revision a receipt confirmed are purged, and only after the retention period;
records not yet confirmed are never purged.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import device_repo, settings_repo, sync_repo
from ido_desktop.domain.errors import StateError, ValidationError
from ido_desktop.domain.sync_model import ReceiptResult
from ido_desktop.services.clock import Clock
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.sync import receipt
from ido_desktop.sync.container import read_bounded
from ido_desktop.sync.errors import SyncError

DEFAULT_RETENTION_DAYS = 30
RETENTION_KEY = "retention_days"


class ReceiptService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        pairing: PairingService,
        device_id: str,
        clock: Clock,
    ) -> None:
        self._session_factory = session_factory
        self._pairing = pairing
        self._device_id = device_id
        self._clock = clock

    def retention_days(self) -> int:
        with self._session_factory() as session:
            value = settings_repo.get(session, RETENTION_KEY)
        return int(value) if value else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: int) -> None:
        if not 0 <= days <= 3650:
            raise ValidationError("E_RETENTION_DAYS", "retention_days")
        with self._session_factory.begin() as session:
            settings_repo.put(session, RETENTION_KEY, str(days))

    def read_receipt(self, path: Path, purge_now: bool = False) -> ReceiptResult:
        """Verify a receipt with the pinned back-office key and mark those revisions received.

        With ``purge_now`` received records are purged at once instead of after the retention.
        """
        pinned = self._pairing.pinned_key()
        if pinned is None:
            raise StateError("E_NOT_PAIRED")
        data = read_bounded(Path(path), receipt.MAX_RECEIPT_FILE_SIZE, receipt.PREFIX)
        content = receipt.read_receipt(data, pinned)
        if content["device_id"] != self._device_id:
            raise SyncError("E_RECEIPT_WRONG_DEVICE", device_id=content["device_id"])
        now = self._clock.now()
        with self._session_factory.begin() as session:
            device = device_repo.get_local(session)
            if device is None:
                raise StateError("E_STORE_NOT_INITIALISED")
            # A receipt can only confirm what this laptop exported.
            through = min(content["received_through_clock"], device.clock)
            device.held_through_clock = max(device.held_through_clock, through)
            device.last_receipt_at = now
            days = 0 if purge_now else self.retention_days()
            purged = sync_repo.purge_received(
                session, self._device_id, device.held_through_clock, now - timedelta(days=days)
            )
            remaining = sync_repo.count_since(session, self._device_id, device.held_through_clock)
            return ReceiptResult(self._device_id, device.held_through_clock, purged, remaining)

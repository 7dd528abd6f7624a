"""Who this install is: created once by ``init``."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import device_repo
from ido_desktop.domain.errors import StoreError
from ido_desktop.domain.ids import uuid7
from ido_desktop.domain.model import DeviceInfo
from ido_desktop.domain.vocab import Role
from ido_desktop.services.clock import Clock

MAX_NAME = 80


class DeviceService:
    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def create_local(self, role: Role, name: str) -> DeviceInfo:
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise StoreError("E_DEVICE_NAME", max=MAX_NAME)
        with self._session_factory.begin() as session:
            if device_repo.get_local(session) is not None:
                raise StoreError("E_STORE_EXISTS")
            device = device_repo.add_local(session, uuid7(), str(role), name, self._clock.now())
            return DeviceInfo(device.id, Role(device.role), device.name, device.created_at)

    def local(self) -> DeviceInfo:
        with self._session_factory() as session:
            device = device_repo.get_local(session)
            if device is None:
                raise StoreError("E_STORE_NOT_INITIALISED")
            return DeviceInfo(device.id, Role(device.role), device.name, device.created_at)

    def record_key(self, key_id: str, public_key: str) -> None:
        """Remember this install's signing key id (shown by ``whoami``)."""
        with self._session_factory.begin() as session:
            device = device_repo.get_local(session)
            if device is None:
                raise StoreError("E_STORE_NOT_INITIALISED")
            device.key_id, device.public_key = key_id, public_key

"""Back office: enrolling laptop keys, revoking and renaming them, and the devices overview.

Enrolling, revoking and renaming each write an audit entry in the same transaction.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.models import EnrolledDevice
from ido_desktop.db.repositories import audit_repo, enrolled_repo, sync_log_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StateError, ValidationError
from ido_desktop.domain.sync_model import EnrolledDeviceInfo
from ido_desktop.services.clock import Clock
from ido_desktop.sync import minisign

MAX_NAME = 80


class EnrolmentService:
    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def trust(self, public_key_file: Path, name: str) -> EnrolledDeviceInfo:
        """Enrol a laptop's minisign public key (the ``ido.pub`` it shows in ``whoami``)."""
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise ValidationError("E_DEVICE_NAME", "name", max=MAX_NAME)
        public = minisign.read_public_key(Path(public_key_file))
        with self._session_factory.begin() as session:
            if enrolled_repo.get(session, public.key_id_hex) is not None:
                raise StateError("E_DEVICE_ALREADY_TRUSTED", key_id=public.key_id_hex)
            row = EnrolledDevice(
                key_id=public.key_id_hex,
                name=name,
                public_key=public.to_text(),
                enrolled_at=self._clock.now(),
                last_sequence=0,
                held_through_clock=0,
            )
            session.add(row)
            session.flush()
            info = _info(session, row)
            audit_repo.add(
                session,
                None,
                AuditAction.DEVICE_TRUSTED,
                _subject(row),
                {"key_id": row.key_id, "name": row.name, "fingerprint": info.fingerprint},
                row.enrolled_at,
            )
            return info

    def revoke(self, key_id: str) -> EnrolledDeviceInfo:
        """Refuse this laptop's sync files from now on. Revoking twice changes nothing."""
        with self._session_factory.begin() as session:
            row = enrolled_repo.get(session, key_id.strip().upper())
            if row is None:
                raise StateError("E_DEVICE_UNKNOWN", key_id=key_id)
            if row.revoked_at is None:
                row.revoked_at = self._clock.now()
                audit_repo.add(
                    session,
                    None,
                    AuditAction.DEVICE_REVOKED,
                    _subject(row),
                    {"key_id": row.key_id, "name": row.name},
                    row.revoked_at,
                )
            return _info(session, row)

    def rename(self, key_id: str, name: str) -> EnrolledDeviceInfo:
        """Give an enrolled laptop another name. The same name again changes nothing.

        Raises:
            ValidationError: E_DEVICE_NAME.
            StateError: E_DEVICE_UNKNOWN.
        """
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise ValidationError("E_DEVICE_NAME", "name", max=MAX_NAME)
        with self._session_factory.begin() as session:
            row = enrolled_repo.get(session, key_id.strip().upper())
            if row is None:
                raise StateError("E_DEVICE_UNKNOWN", key_id=key_id)
            if row.name != name:
                old, row.name = row.name, name
                audit_repo.add(
                    session,
                    None,
                    AuditAction.DEVICE_RENAMED,
                    _subject(row),
                    {"key_id": row.key_id, "old_name": old, "name": name},
                    self._clock.now(),
                )
            return _info(session, row)

    def devices(self) -> list[EnrolledDeviceInfo]:
        with self._session_factory() as session:
            return [_info(session, row) for row in enrolled_repo.all_devices(session)]


def _subject(row: EnrolledDevice) -> str:
    return f"device:{row.key_id}"


def _info(session: Session, row: EnrolledDevice) -> EnrolledDeviceInfo:
    missing: tuple[int, ...] = ()
    if row.device_id is not None:
        seen = sync_log_repo.sequences_seen(session, row.device_id)
        if seen:
            missing = tuple(sorted(set(range(1, max(seen) + 1)) - seen))
    return EnrolledDeviceInfo(
        key_id=row.key_id,
        name=row.name,
        fingerprint=minisign.read_public_key(row.public_key).fingerprint,
        enrolled_at=row.enrolled_at,
        revoked_at=row.revoked_at,
        device_id=row.device_id,
        last_sequence=row.last_sequence,
        last_import_at=row.last_import_at,
        missing_sequences=missing,
        config_version=row.config_version,
    )

"""Opening and closing a spreekuur (consultation session)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.faults import store_errors
from ido_desktop.db.models import Spreekuur as SpreekuurRow
from ido_desktop.db.repositories import device_repo, spreekuur_repo
from ido_desktop.db.repositories.consult_repo import Stamp
from ido_desktop.domain.errors import StateError, ValidationError
from ido_desktop.domain.ids import uuid7
from ido_desktop.domain.model import Spreekuur
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.validation import validate_staff_code
from ido_desktop.services.clock import Clock


def to_spreekuur(row: SpreekuurRow) -> Spreekuur:
    return Spreekuur(row.id, row.location_code, row.staff_code, row.started_at, row.ended_at)


class SpreekuurService:
    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, device_id: str
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._device_id = device_id

    def current(self) -> Spreekuur | None:
        with self._session_factory() as session:
            row = spreekuur_repo.current_open(session, self._device_id)
            return to_spreekuur(row) if row else None

    def start(self, location_code: str, staff_code: str, catalog: ReferenceCatalog) -> Spreekuur:
        staff = validate_staff_code(staff_code)
        if not catalog.has("locations", location_code, include_retired=False):
            raise ValidationError("E_UNKNOWN_CODE", "location", value=location_code)
        with store_errors(), self._session_factory.begin() as session:
            if spreekuur_repo.current_open(session, self._device_id) is not None:
                raise StateError("E_SPREEKUUR_ALREADY_OPEN")
            now = self._clock.now()
            clock = device_repo.tick(session, self._device_id)
            row = SpreekuurRow(
                id=uuid7(),
                device_id=self._device_id,
                revision=1,
                created_at=now,
                updated_at=now,
                updated_clock=clock,
                deleted=False,
                location_code=location_code,
                staff_code=staff,
                started_at=now,
                ended_at=None,
            )
            session.add(row)
            session.flush()
            return to_spreekuur(row)

    def close(self) -> Spreekuur:
        with store_errors(), self._session_factory.begin() as session:
            row = spreekuur_repo.current_open(session, self._device_id)
            if row is None:
                raise StateError("E_NO_OPEN_SPREEKUUR")
            stamp = Stamp(self._device_id, self._clock.now(), 0)
            row.ended_at = stamp.now
            row.revision += 1
            row.updated_at = stamp.now
            row.updated_clock = device_repo.tick(session, self._device_id)
            session.flush()
            return to_spreekuur(row)

"""Registering, editing and deleting consultations: one transaction per user action.

On a back office (``keep_history``) every change also gets its history rows (source "local"),
as imports and corrections do, so the records browser shows where each revision came from.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.faults import store_errors
from ido_desktop.db.repositories import consult_repo, device_repo, spreekuur_repo
from ido_desktop.db.repositories.consult_repo import Stamp
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.model import ConsultDraft, ConsultRow, TodaySummary
from ido_desktop.domain.records import RevisionSource
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.validation import validate_consult
from ido_desktop.domain.vocab import QuestionDomain
from ido_desktop.services.clock import Clock, local_day_bounds, local_today


class ConsultService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        device_id: str,
        keep_history: bool = False,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._device_id = device_id
        self._keep_history = keep_history

    def today(self) -> date:
        return local_today(self._clock)

    def register(self, draft: ConsultDraft, catalog: ReferenceCatalog) -> str:
        """Validate and store a new consultation in the open spreekuur; returns its id.

        Raises:
            ValidationError, PrivacyError: the draft cannot be stored as it is.
            StateError: E_NO_OPEN_SPREEKUUR.
            StoreError: E_STORE_DISK_FULL, E_STORE_READ_ONLY, E_STORE_WRITE_FAILED; nothing of
                the consultation is stored then.
        """
        validate_consult(draft, catalog, self.today())
        with store_errors(), self._session_factory.begin() as session:
            spreekuur = spreekuur_repo.current_open(session, self._device_id)
            if spreekuur is None:
                raise StateError("E_NO_OPEN_SPREEKUUR")
            stamp = self._stamp(session)
            consult = consult_repo.add(
                session, draft, spreekuur.id, _domains(draft, catalog), stamp
            )
            self._keep(session, consult.id, {}, stamp)
            return consult.id

    def load(self, consult_id: str) -> ConsultDraft:
        with self._session_factory() as session:
            consult = consult_repo.get(session, consult_id)
            if consult is None or consult.deleted:
                raise StateError("E_CONSULT_NOT_FOUND")
            return consult_repo.to_draft(consult)

    def update(self, draft: ConsultDraft, catalog: ReferenceCatalog) -> bool:
        """Store an edited consultation as new revisions; returns whether anything changed."""
        if draft.id is None:
            raise StateError("E_CONSULT_NOT_FOUND")
        validate_consult(draft, catalog, self.today())
        with store_errors(), self._session_factory.begin() as session:
            consult = consult_repo.get(session, draft.id)
            if consult is None or consult.deleted:
                raise StateError("E_CONSULT_NOT_FOUND")
            held = self._held(session, consult.id)
            stamp = self._stamp(session)
            if not consult_repo.update(session, consult, draft, _domains(draft, catalog), stamp):
                return False
            self._keep(session, consult.id, held, stamp)
            return True

    def delete(self, consult_id: str) -> None:
        """Tombstone a consultation; ``undelete`` takes it back."""
        self._set_deleted(consult_id, True)

    def undelete(self, consult_id: str) -> None:
        self._set_deleted(consult_id, False)

    def _set_deleted(self, consult_id: str, deleted: bool) -> None:
        with store_errors(), self._session_factory.begin() as session:
            consult = consult_repo.get(session, consult_id)
            if consult is None or consult.deleted == deleted:
                raise StateError("E_CONSULT_NOT_FOUND")
            held = self._held(session, consult.id)
            stamp = self._stamp(session)
            consult_repo.set_deleted(session, consult, deleted, stamp)
            self._keep(session, consult.id, held, stamp)

    def registered_on(self, day: date | None = None) -> list[ConsultRow]:
        start, end = local_day_bounds(day or self.today())
        with self._session_factory() as session:
            return consult_repo.list_registered_between(session, self._device_id, start, end)

    def count_registered_on(self, day: date | None = None) -> int:
        start, end = local_day_bounds(day or self.today())
        with self._session_factory() as session:
            return consult_repo.count_registered_between(session, self._device_id, start, end)

    def summary_on(self, day: date | None = None) -> TodaySummary:
        rows = self.registered_on(day)
        start, end = local_day_bounds(day or self.today())
        with self._session_factory() as session:
            by_org = consult_repo.count_questions_by(
                session, self._device_id, start, end, "organisation"
            )
            by_topic = consult_repo.count_questions_by(
                session, self._device_id, start, end, "topic"
            )
        return TodaySummary(
            consultations=len(rows),
            questions=sum(r.question_count for r in rows),
            referrals=sum(r.referral_count for r in rows),
            by_organisation=tuple(by_org),
            by_topic=tuple(by_topic),
        )

    # The revision history is the back office's (records_repo): imported only there, so that it
    # stays off a laptop's start (docs/performance.md).
    def _held(self, session: Session, consult_id: str) -> dict[tuple[str, str], int]:
        if not self._keep_history:
            return {}
        from ido_desktop.db.repositories import records_repo

        return records_repo.revisions_under(session, consult_id)

    def _keep(
        self, session: Session, consult_id: str, held: dict[tuple[str, str], int], stamp: Stamp
    ) -> None:
        if self._keep_history:
            from ido_desktop.db.repositories import records_repo

            records_repo.keep_revisions_under(
                session, consult_id, held, RevisionSource.LOCAL, stamp.now
            )

    def _stamp(self, session: Session) -> Stamp:
        return Stamp(self._device_id, self._clock.now(), device_repo.tick(session, self._device_id))


def _domains(draft: ConsultDraft, catalog: ReferenceCatalog) -> list[str]:
    return [catalog.domain_of_topic(q.topic) or str(QuestionDomain.OVERIG) for q in draft.questions]

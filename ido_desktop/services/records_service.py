"""Back office: browsing every consultation, its history, and correcting it.

Reads are short read-only sessions (the browser asks for a page of rows at a time); a
correction is one transaction: the new revisions, their history rows and the audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import (
    audit_repo,
    consult_repo,
    device_repo,
    records_repo,
)
from ido_desktop.db.repositories.consult_repo import Stamp
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.partners import fold
from ido_desktop.domain.records import (
    BRANCH,
    AuditEntry,
    RecordDetail,
    RecordFilter,
    RecordRow,
    RecordSort,
    RevisionSource,
)
from ido_desktop.domain.validation import validate_consult
from ido_desktop.domain.vocab import QuestionDomain
from ido_desktop.services.clock import Clock, local_today
from ido_desktop.services.reference_service import ReferenceService
from ido_desktop.services.retention_service import RetentionService

CORRECTED = AuditAction.RECORD_CORRECTED
_CONSULT_FIELDS = (
    "consult_date",
    "part_of_day",
    "duration_band",
    "channel",
    "found_via",
    "age_band",
    "language",
    "repeat_visit",
    "on_behalf_consent",
)
_QUESTION_FIELDS = (
    "organisations",
    "topic",
    "help_forms",
    "result",
    "digid_detail",
    "problems",
    "signal_kind",
    "signal_organisation",
    "note",
    "referrals",
)


class RecordsService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        device_id: str,
        reference: ReferenceService,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._device_id = device_id
        self._reference = reference

    @property
    def retention(self) -> RetentionService:
        """Reducing old record-level data to aggregates (``services/retention_service.py``)."""
        return RetentionService(self._session_factory, self._clock)

    # --- browsing -------------------------------------------------------------------------

    def find_ids(
        self,
        record_filter: RecordFilter,
        sort_column: RecordSort = RecordSort.CONSULT_DATE,
        descending: bool = True,
        limit: int | None = None,
    ) -> list[str]:
        """Ids of the live consultations that pass the filter, in the asked order."""
        with self._session_factory() as session:
            names = records_repo.device_names(session)
            return records_repo.find_ids(
                session,
                record_filter,
                self._location_codes(record_filter),
                RecordSort(sort_column),
                descending,
                limit,
                location_ranks=self._location_ranks()
                if sort_column == RecordSort.LOCATION
                else None,
                device_ranks=_ranks(names) if sort_column == RecordSort.DEVICE else None,
            )

    def count(self, record_filter: RecordFilter) -> int:
        with self._session_factory() as session:
            return records_repo.count(session, record_filter, self._location_codes(record_filter))

    def rows(self, ids: Sequence[str]) -> list[RecordRow]:
        """The rows of ``ids`` (a page), in the same order."""
        with self._session_factory() as session:
            return records_repo.rows(session, list(ids), records_repo.device_names(session))

    def detail(self, consult_id: str) -> RecordDetail:
        """The consultation with its questions, referrals and revision history.

        Raises:
            StateError: E_CONSULT_NOT_FOUND.
        """
        with self._session_factory() as session:
            names = records_repo.device_names(session)
            found = records_repo.detail(session, consult_id, names, self._device_id)
        if found is None:
            raise StateError("E_CONSULT_NOT_FOUND")
        return found

    def devices(self) -> list[tuple[str, str]]:
        """(device id, name) of every known device, by name: for the device filter."""
        with self._session_factory() as session:
            names = records_repo.device_names(session)
        return sorted(names.items(), key=lambda item: (fold(item[1]), item[0]))

    def audit(self, consult_id: str) -> list[AuditEntry]:
        with self._session_factory() as session:
            return audit_repo.entries_for(session, f"consult:{consult_id}")

    # --- correcting -----------------------------------------------------------------------

    def load_draft(self, consult_id: str) -> ConsultDraft:
        with self._session_factory() as session:
            consult = consult_repo.get(session, consult_id)
            if consult is None or consult.deleted:
                raise StateError("E_CONSULT_NOT_FOUND")
            return consult_repo.to_draft(consult)

    def correct(self, draft: ConsultDraft, actor: str) -> bool:
        """Store a correction as new revisions, with history rows and an audit entry.

        The records keep their device id; the back office's clock stamps the new revisions.
        Returns whether anything changed (nothing changed: nothing is written).

        Raises:
            ValidationError, PrivacyError: the corrected draft is not valid.
            StateError: E_CONSULT_NOT_FOUND.
        """
        if draft.id is None:
            raise StateError("E_CONSULT_NOT_FOUND")
        catalog = self._reference.catalog()
        validate_consult(draft, catalog, local_today(self._clock), max_backdate_days=None)
        domains = [
            catalog.domain_of_topic(q.topic) or str(QuestionDomain.OVERIG) for q in draft.questions
        ]
        with self._session_factory.begin() as session:
            consult = consult_repo.get(session, draft.id)
            if consult is None or consult.deleted:
                raise StateError("E_CONSULT_NOT_FOUND")
            before = consult_repo.to_draft(consult)
            fields = _changed_fields(before, draft)
            if not fields:
                return False
            held = records_repo.revisions_under(session, consult.id)
            now = self._clock.now()
            stamp = Stamp(self._device_id, now, device_repo.tick(session, self._device_id))
            if not consult_repo.update(session, consult, draft, domains, stamp):
                return False
            records = records_repo.keep_revisions_under(
                session, consult.id, held, RevisionSource.CORRECTION, now
            )
            audit_repo.add(
                session,
                actor.strip() or "?",
                CORRECTED,
                f"consult:{consult.id}",
                {
                    "fields": fields,
                    "revisions": {f"{r['kind']}:{r['id']}": r["revision"] for r in records},
                },
                now,
            )
            return True

    # --- helpers --------------------------------------------------------------------------

    def _location_codes(self, record_filter: RecordFilter) -> list[str] | None:
        """The location choice as codes; None when it does not filter."""
        codes = list(record_filter.location_codes)
        kind = record_filter.location_type
        if kind:
            locations = self._reference.catalog().items("locations", include_retired=True)
            of_type = [
                loc.code
                for loc in locations
                if (loc.get("type") == BRANCH if kind == BRANCH else loc.get("popup_type") == kind)
            ]
            codes = [c for c in codes if c in of_type] if codes else of_type
            return codes
        return codes or None

    def _location_ranks(self) -> dict[str, int]:
        locations = self._reference.catalog().items("locations", include_retired=True)
        return _ranks({loc.code: loc.nl for loc in locations})


def _ranks(labels: dict[str, str]) -> dict[str, int]:
    ordered = sorted(labels, key=lambda code: (fold(labels[code]), code))
    return {code: rank for rank, code in enumerate(ordered)}


def _question_key(q: QuestionDraft, field: str) -> object:
    value = getattr(q, field)
    if field in ("help_forms", "problems"):
        return tuple(sorted(value))
    if field == "note":
        return value.strip()
    if field == "referrals":
        return tuple(
            (r.id, str(r.warmth), r.partner_code, r.category_code, r.course_code) for r in value
        )
    return value


def _changed_fields(before: ConsultDraft, after: ConsultDraft) -> list[str]:
    """Names of the changed fields, like ``channel`` or ``questions.2.result``. Never values."""
    fields = [
        name for name in _CONSULT_FIELDS if str(getattr(before, name)) != str(getattr(after, name))
    ]
    old = {q.id: q for q in before.questions}
    kept = set()
    for number, q in enumerate(after.questions, start=1):
        previous = old.get(q.id) if q.id else None
        if previous is None:
            fields.append(f"questions.{number}")
            continue
        kept.add(q.id)
        fields.extend(
            f"questions.{number}.{name}"
            for name in _QUESTION_FIELDS
            if _question_key(previous, name) != _question_key(q, name)
        )
    fields.extend(
        f"questions.{number}.removed"
        for number, q in enumerate(before.questions, start=1)
        if q.id not in kept
    )
    return fields

"""The consultation aggregate: consult, its questions (vraag) and their referrals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from ido_desktop.db.models import (
    Consult,
    Doorverwijzing,
    RecordMixin,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.domain.ids import uuid7
from ido_desktop.domain.model import (
    ConsultDraft,
    ConsultRow,
    CountRow,
    QuestionDraft,
    ReferralDraft,
)
from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
    Warmth,
)


@dataclass(frozen=True)
class Stamp:
    """Who wrote, and when: one per user action, shared by every record it touches."""

    device_id: str
    now: datetime
    clock: int


def _new(record: RecordMixin, stamp: Stamp) -> None:
    record.id = record.id or uuid7()
    record.device_id = stamp.device_id
    record.revision = 1
    record.created_at = record.updated_at = stamp.now
    record.updated_clock = stamp.clock
    record.deleted = False


def _bump(record: RecordMixin, stamp: Stamp) -> None:
    record.revision += 1
    record.updated_at = stamp.now
    record.updated_clock = stamp.clock


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


def _consult_values(draft: ConsultDraft) -> dict[str, object]:
    return {
        "consult_date": draft.consult_date,
        "part_of_day": str(draft.part_of_day),
        "duration_band": str(draft.duration_band),
        "channel": str(draft.channel),
        "found_via": str(draft.found_via),
        "age_band": str(draft.age_band),
        "language": str(draft.language),
        "repeat_visit": str(draft.repeat_visit),
        "on_behalf_consent": bool(draft.on_behalf_consent),
    }


def _question_values(q: QuestionDraft, position: int, domain: str) -> dict[str, object]:
    return {
        "position": position,
        "domain": domain,
        "topic": q.topic,
        "digid_detail": q.digid_detail,
        "result": q.result,
        "signal_kind": q.signal_kind,
        "signal_organisation": q.signal_organisation,
        "note": q.note.strip(),
    }


def _question_lists(q: QuestionDraft) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    return tuple(q.organisations), frozenset(q.help_forms), frozenset(q.problems)


def _stored_lists(v: Vraag) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    return (
        tuple(o.code for o in v.organisations),
        frozenset(h.code for h in v.help_forms),
        frozenset(p.code for p in v.problems),
    )


def _set_lists(v: Vraag, q: QuestionDraft) -> None:
    v.organisations = [VraagOrganisation(code=c, position=i) for i, c in enumerate(q.organisations)]
    v.help_forms = [VraagHelp(code=c) for c in dict.fromkeys(q.help_forms)]
    v.problems = [VraagProblem(code=c) for c in dict.fromkeys(q.problems)]


def _referral_values(r: ReferralDraft) -> dict[str, object]:
    return {
        "partner_code": r.partner_code,
        "category_code": r.category_code,
        "course_code": r.course_code,
        "warmth": str(r.warmth),
    }


def add(
    session: Session,
    draft: ConsultDraft,
    spreekuur_id: str,
    domains: list[str],
    stamp: Stamp,
) -> Consult:
    """Insert a new consultation; ``domains`` gives each question's domain, in order."""
    consult = Consult(id=uuid7(), spreekuur_id=spreekuur_id, **_consult_values(draft))
    _new(consult, stamp)
    session.add(consult)
    for position, (q, domain) in enumerate(zip(draft.questions, domains, strict=True)):
        _add_question(session, consult, q, position, domain, stamp)
    session.flush()
    return consult


def _add_question(
    session: Session, consult: Consult, q: QuestionDraft, position: int, domain: str, stamp: Stamp
) -> Vraag:
    vraag = Vraag(id=uuid7(), consult_id=consult.id, **_question_values(q, position, domain))
    _new(vraag, stamp)
    _set_lists(vraag, q)
    session.add(vraag)
    for r in q.referrals:
        ref = Doorverwijzing(id=uuid7(), vraag_id=vraag.id, **_referral_values(r))
        _new(ref, stamp)
        session.add(ref)
    return vraag


def get(session: Session, consult_id: str) -> Consult | None:
    return session.scalars(
        select(Consult)
        .where(Consult.id == consult_id)
        .options(
            selectinload(Consult.questions).selectinload(Vraag.organisations),
            selectinload(Consult.questions).selectinload(Vraag.help_forms),
            selectinload(Consult.questions).selectinload(Vraag.problems),
            selectinload(Consult.questions).selectinload(Vraag.referrals),
        )
    ).first()


def to_draft(consult: Consult) -> ConsultDraft:
    """The stored consultation as the form edits it (live questions and referrals only)."""
    questions = []
    for v in consult.questions:
        if v.deleted:
            continue
        orgs, helps, problems = _stored_lists(v)
        questions.append(
            QuestionDraft(
                id=v.id,
                organisations=orgs,
                topic=v.topic,
                help_forms=tuple(sorted(helps)),
                result=v.result,
                digid_detail=v.digid_detail,
                problems=tuple(sorted(problems)),
                signal_kind=v.signal_kind,
                signal_organisation=v.signal_organisation,
                note=v.note,
                referrals=tuple(
                    ReferralDraft(
                        id=r.id,
                        warmth=Warmth(r.warmth),
                        partner_code=r.partner_code,
                        category_code=r.category_code,
                        course_code=r.course_code,
                    )
                    for r in v.referrals
                    if not r.deleted
                ),
            )
        )
    return ConsultDraft(
        id=consult.id,
        consult_date=consult.consult_date,
        part_of_day=PartOfDay(consult.part_of_day),
        duration_band=DurationBand(consult.duration_band),
        channel=Channel(consult.channel),
        found_via=FoundVia(consult.found_via),
        age_band=AgeBand(consult.age_band),
        language=Language(consult.language),
        repeat_visit=RepeatVisit(consult.repeat_visit),
        on_behalf_consent=consult.on_behalf_consent,
        questions=tuple(questions),
    )


def update(
    session: Session, consult: Consult, draft: ConsultDraft, domains: list[str], stamp: Stamp
) -> bool:
    """Apply an edited draft. Only records whose content changed get a new revision.

    Returns whether anything changed.
    """
    changed = _assign(consult, _consult_values(draft), stamp)
    by_id = {v.id: v for v in consult.questions if not v.deleted}
    kept = set()
    for position, (q, domain) in enumerate(zip(draft.questions, domains, strict=True)):
        vraag = by_id.get(q.id) if q.id else None
        if vraag is None:
            consult.questions.append(_add_question(session, consult, q, position, domain, stamp))
            changed = True
            continue
        kept.add(vraag.id)
        lists_changed = _stored_lists(vraag) != _question_lists(q)
        fields_changed = _assign(vraag, _question_values(q, position, domain), stamp, bump=False)
        if lists_changed:
            _set_lists(vraag, q)
        if lists_changed or fields_changed:
            _bump(vraag, stamp)
            changed = True
        changed |= _update_referrals(session, vraag, q.referrals, stamp)
    for vraag_id, vraag in by_id.items():
        if vraag_id not in kept:
            _tombstone_question(vraag, stamp)
            changed = True
    session.flush()
    return changed


def _update_referrals(
    session: Session, vraag: Vraag, referrals: Iterable[ReferralDraft], stamp: Stamp
) -> bool:
    changed = False
    by_id = {r.id: r for r in vraag.referrals if not r.deleted}
    kept = set()
    for r in referrals:
        stored = by_id.get(r.id) if r.id else None
        if stored is None:
            ref = Doorverwijzing(id=uuid7(), vraag_id=vraag.id, **_referral_values(r))
            _new(ref, stamp)
            session.add(ref)
            changed = True
        else:
            kept.add(stored.id)
            changed |= _assign(stored, _referral_values(r), stamp)
    for ref_id, stored in by_id.items():
        if ref_id not in kept:
            stored.deleted = True
            _bump(stored, stamp)
            changed = True
    return changed


def _assign(
    record: RecordMixin, values: dict[str, object], stamp: Stamp, bump: bool = True
) -> bool:
    changed = any(getattr(record, k) != v for k, v in values.items())
    if changed:
        for k, v in values.items():
            setattr(record, k, v)
        if bump:
            _bump(record, stamp)
    return changed


def _tombstone_question(vraag: Vraag, stamp: Stamp) -> None:
    vraag.deleted = True
    _bump(vraag, stamp)
    for ref in vraag.referrals:
        if not ref.deleted:
            ref.deleted = True
            _bump(ref, stamp)


def set_deleted(session: Session, consult: Consult, deleted: bool, stamp: Stamp) -> None:
    """Tombstone a consultation with everything under it, or bring it back (undo).

    Undo restores exactly what the delete took: the records tombstoned at the delete's tick.
    """
    delete_clock = consult.updated_clock
    consult.deleted = deleted
    _bump(consult, stamp)
    for vraag in consult.questions:
        if deleted:
            if not vraag.deleted:
                _tombstone_question(vraag, stamp)
        elif vraag.deleted and vraag.updated_clock == delete_clock:
            vraag.deleted = False
            _bump(vraag, stamp)
            for ref in vraag.referrals:
                if ref.deleted and ref.updated_clock == delete_clock:
                    ref.deleted = False
                    _bump(ref, stamp)
    session.flush()


def _live_created_between(
    device_id: str, start: datetime, end: datetime
) -> tuple[ColumnElement[bool], ...]:
    """This device's live consultations created in [start, end), read along ``created_at``.

    Without statistics SQLite prefers the index on ``device_id`` to the range on ``created_at``;
    on a laptop every consultation is its own, so that read all of them (0.4 s with 100,000
    stored, at every start: docs/performance.md). ``device_id || ''`` is the same value, but no
    index column, so the day's range decides.
    """
    return (
        Consult.device_id.concat("") == device_id,
        Consult.deleted.is_(False),
        Consult.created_at >= start,
        Consult.created_at < end,
    )


def count_registered_between(
    session: Session, device_id: str, start: datetime, end: datetime
) -> int:
    """Live consultations of this device created in [start, end)."""
    stmt = select(func.count()).select_from(Consult)
    return int(session.scalar(stmt.where(*_live_created_between(device_id, start, end))) or 0)


def list_registered_between(
    session: Session, device_id: str, start: datetime, end: datetime
) -> list[ConsultRow]:
    """Live consultations of this device created in [start, end), newest first."""
    consults = session.scalars(
        select(Consult)
        .where(*_live_created_between(device_id, start, end))
        .order_by(Consult.created_at.desc(), Consult.id.desc())
        .options(
            selectinload(Consult.questions).selectinload(Vraag.organisations),
            selectinload(Consult.questions).selectinload(Vraag.referrals),
        )
    ).all()
    rows = []
    for c in consults:
        live = [v for v in c.questions if not v.deleted]
        rows.append(
            ConsultRow(
                id=c.id,
                registered_at=c.created_at,
                consult_date=c.consult_date,
                part_of_day=PartOfDay(c.part_of_day),
                duration_band=DurationBand(c.duration_band),
                organisations=tuple(dict.fromkeys(o.code for v in live for o in v.organisations)),
                topics=tuple(v.topic for v in live),
                results=tuple(v.result for v in live),
                question_count=len(live),
                referral_count=sum(1 for v in live for r in v.referrals if not r.deleted),
                revision=c.revision,
            )
        )
    return rows


def count_questions_by(
    session: Session, device_id: str, start: datetime, end: datetime, by: str
) -> list[CountRow]:
    """Live questions of consultations created in [start, end), counted per organisation/topic."""
    live_consults = (
        select(Consult.id)
        .where(*_live_created_between(device_id, start, end))
        .scalar_subquery()
    )
    if by == "organisation":
        key = VraagOrganisation.code
        stmt = select(key, func.count()).join(Vraag, Vraag.id == VraagOrganisation.vraag_id)
    else:
        key = Vraag.topic
        stmt = select(key, func.count()).select_from(Vraag)
    stmt = (
        stmt.where(Vraag.deleted.is_(False), Vraag.consult_id.in_(live_consults))
        .group_by(key)
        .order_by(func.count().desc(), key)
    )
    return [CountRow(code, int(n)) for code, n in session.execute(stmt)]

"""The records browser's queries: filtered and sorted consult ids, rows per page, one record.

Built for a million consultations: filters are semi-joins on indexed columns, the id list is
one query, and a page of rows takes a fixed handful of queries whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from ido_desktop.db.models import (
    Consult,
    Device,
    Doorverwijzing,
    EnrolledDevice,
    ImportLog,
    RecordRevision,
    Spreekuur,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.db.repositories import audit_repo, sync_repo
from ido_desktop.db.repositories.report_repo import utc_hour
from ido_desktop.domain.records import (
    NO_VALUE,
    AuditEntry,
    QuestionInfo,
    RecordDetail,
    RecordFilter,
    RecordRevisionInfo,
    RecordRow,
    RecordSort,
    ReferralInfo,
    RevisionSource,
)
from ido_desktop.domain.report import COURSE_KEY, registered_hour
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

_KIND_ORDER = {"spreekuur": 0, "consult": 1, "vraag": 2, "doorverwijzing": 3}
_CONSULT_FIELDS = ("age_band", "language", "channel", "repeat_visit", "found_via", "duration_band")


def device_names(session: Session) -> dict[str, str]:
    """Device id -> name: the enrolled laptops and this install."""
    names = {
        device_id: name
        for device_id, name in session.execute(
            select(EnrolledDevice.device_id, EnrolledDevice.name).where(
                EnrolledDevice.device_id.is_not(None)
            )
        )
        if device_id
    }
    names.update((i, name) for i, name in session.execute(select(Device.id, Device.name)))
    return names


def _name(names: Mapping[str, str], device_id: str) -> str:
    return names.get(device_id, device_id[:8])


def _conditions(
    f: RecordFilter, location_codes: Sequence[str] | None, first_page: bool = False
) -> list[ColumnElement]:
    """WHERE terms on ``consult``; ``location_codes`` is the resolved location choice.

    For the whole list, related tables are semi-joins written as ``IN (subquery)`` rather than
    correlated EXISTS: each subquery runs once on its own index, whatever the planner knows.
    (With a correlated EXISTS, SQLite without statistics may probe ``vraag`` through
    ``ix_vraag_result`` for every consult: minutes instead of milliseconds at 200,000
    consultations.)

    For the first page (``first_page``) it is the other way round: the query walks the sort
    index and stops after a page, so each consult is probed with a correlated EXISTS on the
    foreign-key indexes, and the filter columns are written as ``col || ''`` so that no
    planner drives a probe through their own indexes (the trap above). A page of matches then
    costs a few thousand index probes instead of building the whole match list.
    """
    terms: list[ColumnElement] = [Consult.deleted.is_(False)]
    if f.date_from is not None:
        terms.append(Consult.consult_date >= f.date_from)
    if f.date_to is not None:
        terms.append(Consult.consult_date <= f.date_to)
    if f.device_id:
        terms.append(Consult.device_id == f.device_id)
    for name in _CONSULT_FIELDS:
        value = getattr(f, name)
        if value:
            terms.append(getattr(Consult, name) == value)
    if location_codes is not None and first_page:
        terms.append(
            select(Spreekuur.id)
            .where(
                Spreekuur.id == Consult.spreekuur_id,
                _plain(Spreekuur.location_code, True).in_(list(location_codes)),
            )
            .exists()
        )
    elif location_codes is not None:
        terms.append(
            Consult.spreekuur_id.in_(
                select(Spreekuur.id).where(Spreekuur.location_code.in_(list(location_codes)))
            )
        )
    question = _question_terms(f, first_page)
    if question and first_page:
        terms.append(
            select(Vraag.id)
            .where(Vraag.consult_id == Consult.id, Vraag.deleted.is_(False), *question)
            .exists()
        )
    elif question:
        terms.append(
            Consult.id.in_(select(Vraag.consult_id).where(Vraag.deleted.is_(False), *question))
        )
    return terms


def _plain(column: Any, first_page: bool) -> Any:
    """``column`` so that no index on it is used (``col || ''``) when probing a first page."""
    return column.concat("") if first_page else column


def _question_terms(f: RecordFilter, first_page: bool = False) -> list[ColumnElement]:
    """Terms on one and the same live question (and one and the same live referral of it)."""
    terms: list[ColumnElement] = []
    if f.topic:
        terms.append(_plain(Vraag.topic, first_page) == f.topic)
    if f.result:
        terms.append(_plain(Vraag.result, first_page) == f.result)
    if f.domain:
        terms.append(Vraag.domain == f.domain)
    if f.note_text and f.note_text.strip():
        terms.append(Vraag.note.icontains(f.note_text.strip(), autoescape=True))
    for value, model in (
        (f.organisation, VraagOrganisation),
        (f.help_form, VraagHelp),
        (f.problem, VraagProblem),
    ):
        if first_page and value:
            probe = select(model.vraag_id).where(model.vraag_id == Vraag.id)
            if value == NO_VALUE:
                terms.append(~probe.exists())
            else:
                terms.append(probe.where(_plain(model.code, True) == value).exists())
        elif value == NO_VALUE:
            terms.append(Vraag.id.not_in(select(model.vraag_id)))
        elif value:
            terms.append(Vraag.id.in_(select(model.vraag_id).where(model.code == value)))
    live = Doorverwijzing.deleted.is_(False)
    referral_of = select(Doorverwijzing.vraag_id).where(Doorverwijzing.vraag_id == Vraag.id, live)
    if NO_VALUE in (f.referral_category, f.warmth):
        if first_page:
            terms.append(~referral_of.exists())
        else:
            terms.append(Vraag.id.not_in(select(Doorverwijzing.vraag_id).where(live)))
        return terms
    referral: list[ColumnElement] = []
    if f.referral_category:
        referral.append(_category_term(f.referral_category, first_page))
    if f.warmth:
        referral.append(_plain(Doorverwijzing.warmth, first_page) == f.warmth)
    if referral and first_page:
        terms.append(referral_of.where(*referral).exists())
    elif referral:
        terms.append(Vraag.id.in_(select(Doorverwijzing.vraag_id).where(live, *referral)))
    return terms


def _category_term(code: str, first_page: bool = False) -> ColumnElement:
    """A referral's category as the report groups it (``report_repo``): a course without a
    category is ``COURSE_KEY``, a referral with neither counts as ``overig``."""
    category = _plain(Doorverwijzing.category_code, first_page)
    no_category = category.is_(None)
    if code == COURSE_KEY:
        return and_(no_category, Doorverwijzing.course_code.is_not(None))
    if code == "overig":
        return or_(
            category == code,
            and_(no_category, Doorverwijzing.course_code.is_(None)),
        )
    return category == code  # type: ignore[no-any-return]


def _hour_bucket() -> Any:
    """The report's registration bucket: UTC hour and consult date (see ``report_repo``)."""
    return (
        utc_hour(Consult.created_at).concat(literal("|")).concat(cast(Consult.consult_date, String))
    )


def _hour_matches(wanted: str, bucket: str | None) -> bool:
    hour = registered_hour(bucket)
    return hour is None if wanted == NO_VALUE else hour == wanted


def _ranked(column: Any, ranks: Mapping[str, int]) -> Any:
    """``column`` as its position in ``ranks`` (labels in the wanted order); others last."""
    if not ranks:
        return column
    return case(ranks, value=column, else_=len(ranks))


#: A first page is looked for among this many consultations at the head of the order (and
#: those on the same day as the last of them); with fewer matches there, the whole search runs.
FIRST_PAGE_WINDOW = 20_000


def find_ids(
    session: Session,
    f: RecordFilter,
    location_codes: Sequence[str] | None,
    sort: RecordSort,
    descending: bool,
    limit: int | None = None,
    location_ranks: Mapping[str, int] | None = None,
    device_ranks: Mapping[str, int] | None = None,
) -> list[str]:
    """Ids of the live consultations passing ``f``, in the asked order, at most ``limit``.

    With a ``limit`` in a date order the page is probed along the date index within the
    first :data:`FIRST_PAGE_WINDOW` consultations (see ``_conditions``): milliseconds on a
    million. When the window holds fewer matches than ``limit`` (a rare filter), the set-based
    search gives them.
    """
    if (
        limit is not None
        and not f.registered_hour
        and sort in (RecordSort.CONSULT_DATE, RecordSort.CREATED_AT)
    ):
        primary = Consult.consult_date if sort == RecordSort.CONSULT_DATE else Consult.created_at
        edge = session.scalar(
            select(primary)
            .where(Consult.deleted.is_(False))
            .order_by(primary.desc() if descending else primary.asc())
            .offset(FIRST_PAGE_WINDOW)
            .limit(1)
        )
        stmt = _ordered(f, location_codes, sort, descending, first_page=True)
        if edge is not None:
            stmt = stmt.where(primary >= edge if descending else primary <= edge)
        found = list(session.scalars(stmt.limit(limit)))
        if len(found) == limit or edge is None:
            return found
    if (
        limit is not None
        and not f.registered_hour
        and sort in (RecordSort.LOCATION, RecordSort.DEVICE)
    ):
        ranks = (location_ranks if sort == RecordSort.LOCATION else device_ranks) or {}
        if ranks:  # without ranks the order is by raw code: the whole search below
            return _first_page_by_group(session, f, location_codes, sort, descending, limit, ranks)
    stmt = _ordered(f, location_codes, sort, descending, location_ranks, device_ranks)
    if f.registered_hour:
        # The local hour needs the summer-time rule: filtered here, in the given order.
        wanted = f.registered_hour
        found = [
            consult_id
            for consult_id, bucket in session.execute(stmt.add_columns(_hour_bucket()))
            if _hour_matches(wanted, bucket)
        ]
        return found[:limit] if limit is not None else found
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def _first_page_by_group(
    session: Session,
    f: RecordFilter,
    location_codes: Sequence[str] | None,
    sort: RecordSort,
    descending: bool,
    limit: int,
    ranks: Mapping[str, int],
) -> list[str]:
    """A first page in location or device order, one location (device) at a time in rank
    order: within one the order is by date, so each is probed along the date index within the
    window like a date-ordered page, and searched as a set when the window holds too few."""
    edge = session.scalar(
        select(Consult.consult_date)
        .where(Consult.deleted.is_(False))
        .order_by(Consult.consult_date.desc() if descending else Consult.consult_date.asc())
        .offset(FIRST_PAGE_WINDOW)
        .limit(1)
    )
    present = _present_codes(session, sort)
    ranked = [[c] for c in sorted(ranks, key=lambda c: (ranks[c], c)) if c in present]
    others = sorted(set(present) - set(ranks))  # not ranked: one group, last
    groups = ranked + ([others] if others else [])
    if descending:
        groups.reverse()
    keys = [Consult.consult_date, Consult.id]
    order = [k.desc() if descending else k.asc() for k in keys]
    found: list[str] = []
    for codes in groups:
        wanted = limit - len(found)
        if wanted <= 0:
            break
        probe = select(Consult.id).where(
            *_conditions(f, location_codes, True), _group_term(sort, codes, True)
        )
        if edge is not None:
            probe = probe.where(
                Consult.consult_date >= edge if descending else Consult.consult_date <= edge
            )
        page = list(session.scalars(probe.order_by(*order).limit(wanted)))
        if len(page) < wanted and edge is not None:
            page = list(
                session.scalars(
                    select(Consult.id)
                    .where(*_conditions(f, location_codes), _group_term(sort, codes, False))
                    .order_by(*order)
                    .limit(wanted)
                )
            )
        found.extend(page)
    return found


def _group_term(sort: RecordSort, codes: Sequence[str], first_page: bool) -> ColumnElement:
    """Consultations of these locations (devices)."""
    if sort == RecordSort.DEVICE:
        return _plain(Consult.device_id, first_page).in_(list(codes))  # type: ignore[no-any-return]
    match = _plain(Spreekuur.location_code, first_page).in_(list(codes))
    if first_page:
        return select(Spreekuur.id).where(Spreekuur.id == Consult.spreekuur_id, match).exists()
    return Consult.spreekuur_id.in_(select(Spreekuur.id).where(match))


def _present_codes(session: Session, sort: RecordSort) -> set[str]:
    """The locations (of spreekuren) or devices (of consultations) that occur, one index seek
    per value: a few dozen seeks instead of a scan of a million rows."""
    column = Consult.device_id if sort == RecordSort.DEVICE else Spreekuur.location_code
    found: set[str] = set()
    last = ""
    while True:
        value = session.scalar(select(column).where(column > last).order_by(column).limit(1))
        if value is None:
            return found
        found.add(value)
        last = value


def _ordered(
    f: RecordFilter,
    location_codes: Sequence[str] | None,
    sort: RecordSort,
    descending: bool,
    location_ranks: Mapping[str, int] | None = None,
    device_ranks: Mapping[str, int] | None = None,
    first_page: bool = False,
) -> Select:
    stmt: Select = select(Consult.id).where(*_conditions(f, location_codes, first_page))
    keys: list[Any]
    if sort == RecordSort.CONSULT_DATE:
        keys = [Consult.consult_date, Consult.created_at]
    elif sort == RecordSort.CREATED_AT:
        keys = [Consult.created_at]
    elif sort == RecordSort.LOCATION:
        stmt = stmt.join(Spreekuur, Spreekuur.id == Consult.spreekuur_id)
        keys = [_ranked(Spreekuur.location_code, location_ranks or {}), Consult.consult_date]
    else:
        keys = [_ranked(Consult.device_id, device_ranks or {}), Consult.consult_date]
    keys.append(Consult.id)  # a stable order for equal keys
    return stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))


def count(session: Session, f: RecordFilter, location_codes: Sequence[str] | None) -> int:
    conditions = _conditions(f, location_codes)
    if f.registered_hour:
        bucket = _hour_bucket()
        per_bucket = session.execute(
            select(bucket, func.count()).where(*conditions).group_by(bucket)
        )
        return sum(n for key, n in per_bucket if _hour_matches(f.registered_hour, key))
    stmt = select(func.count()).select_from(Consult).where(*conditions)
    return int(session.scalar(stmt) or 0)


def rows(session: Session, ids: Sequence[str], names: Mapping[str, str]) -> list[RecordRow]:
    """The rows for ``ids``, in that order (ids not found are left out)."""
    if not ids:
        return []
    consults = session.execute(
        select(
            Consult.id,
            Consult.consult_date,
            Consult.part_of_day,
            Consult.device_id,
            Consult.revision,
            Consult.created_at,
            Spreekuur.location_code,
        )
        .join(Spreekuur, Spreekuur.id == Consult.spreekuur_id)
        .where(Consult.id.in_(list(ids)))
    ).all()
    questions = session.execute(
        select(Vraag.id, Vraag.consult_id, Vraag.topic, Vraag.result)
        .where(Vraag.consult_id.in_(list(ids)), Vraag.deleted.is_(False))
        .order_by(Vraag.consult_id, Vraag.position)
    ).all()
    vraag_ids = [q.id for q in questions]
    organisations: dict[str, list[str]] = defaultdict(list)
    helps: dict[str, list[str]] = defaultdict(list)
    referrals: dict[str, list[str]] = defaultdict(list)
    if vraag_ids:
        for vraag_id, code in session.execute(
            select(VraagOrganisation.vraag_id, VraagOrganisation.code)
            .where(VraagOrganisation.vraag_id.in_(vraag_ids))
            .order_by(VraagOrganisation.vraag_id, VraagOrganisation.position)
        ):
            organisations[vraag_id].append(code)
        for vraag_id, code in session.execute(
            select(VraagHelp.vraag_id, VraagHelp.code)
            .where(VraagHelp.vraag_id.in_(vraag_ids))
            .order_by(VraagHelp.vraag_id, VraagHelp.code)
        ):
            helps[vraag_id].append(code)
        for vraag_id, warmth in session.execute(
            select(Doorverwijzing.vraag_id, Doorverwijzing.warmth).where(
                Doorverwijzing.vraag_id.in_(vraag_ids), Doorverwijzing.deleted.is_(False)
            )
        ):
            referrals[vraag_id].append(warmth)
    by_consult: dict[str, list[Any]] = defaultdict(list)
    for q in questions:
        by_consult[q.consult_id].append(q)
    found: dict[str, RecordRow] = {}
    for c in consults:
        qs = by_consult.get(c.id, [])
        warmths = [w for q in qs for w in referrals.get(q.id, [])]
        found[c.id] = RecordRow(
            id=c.id,
            consult_date=c.consult_date,
            part_of_day=PartOfDay(c.part_of_day),
            location_code=c.location_code,
            device_id=c.device_id,
            device_name=_name(names, c.device_id),
            organisations=tuple(dict.fromkeys(o for q in qs for o in organisations[q.id])),
            topics=tuple(dict.fromkeys(q.topic for q in qs)),
            results=tuple(dict.fromkeys(q.result for q in qs)),
            help_forms=tuple(dict.fromkeys(h for q in qs for h in helps[q.id])),
            referral_count=len(warmths),
            warm=any(w != Warmth.KOUD for w in warmths),
            revision=c.revision,
            created_at=c.created_at,
        )
    return [found[i] for i in ids if i in found]


def detail(
    session: Session, consult_id: str, names: Mapping[str, str], local_device_id: str
) -> RecordDetail | None:
    """The consultation; its history names this install for corrections made here."""
    row = session.execute(
        select(Consult, Spreekuur.location_code, Spreekuur.staff_code)
        .join(Spreekuur, Spreekuur.id == Consult.spreekuur_id)
        .where(Consult.id == consult_id)
    ).first()
    if row is None:
        return None
    consult, location_code, staff_code = row
    questions = session.scalars(
        select(Vraag).where(Vraag.consult_id == consult_id).order_by(Vraag.position, Vraag.id)
    ).all()
    all_ids = [consult_id, *(v.id for v in questions)]
    infos = []
    for v in questions:
        all_ids.extend(r.id for r in v.referrals)
        if v.deleted:
            continue
        infos.append(
            QuestionInfo(
                id=v.id,
                position=v.position,
                domain=v.domain,
                organisations=tuple(o.code for o in v.organisations),
                topic=v.topic,
                digid_detail=v.digid_detail,
                help_forms=tuple(sorted(h.code for h in v.help_forms)),
                result=v.result,
                problems=tuple(sorted(p.code for p in v.problems)),
                signal_kind=v.signal_kind,
                signal_organisation=v.signal_organisation,
                note=v.note,
                revision=v.revision,
                referrals=tuple(
                    ReferralInfo(
                        id=r.id,
                        warmth=r.warmth,
                        partner_code=r.partner_code,
                        category_code=r.category_code,
                        course_code=r.course_code,
                        revision=r.revision,
                    )
                    for r in v.referrals
                    if not r.deleted
                ),
            )
        )
    return RecordDetail(
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
        location_code=location_code,
        staff_code=staff_code,
        device_id=consult.device_id,
        device_name=_name(names, consult.device_id),
        revision=consult.revision,
        created_at=consult.created_at,
        updated_at=consult.updated_at,
        deleted=consult.deleted,
        questions=tuple(infos),
        history=tuple(history(session, all_ids, names, local_device_id)),
    )


def history(
    session: Session, record_ids: Sequence[str], names: Mapping[str, str], local_device_id: str
) -> list[RecordRevisionInfo]:
    """Every kept revision of these records, oldest first, with the sync file it came in.

    A revision made here (a correction) names this install, not the record's laptop.
    """
    found = list(
        session.execute(
            select(
                RecordRevision.kind,
                RecordRevision.record_id,
                RecordRevision.revision,
                RecordRevision.source,
                RecordRevision.device_id,
                RecordRevision.recorded_at,
                RecordRevision.id,
                ImportLog.file_name,
                ImportLog.sequence,
            )
            .outerjoin(ImportLog, ImportLog.id == RecordRevision.import_id)
            .where(RecordRevision.record_id.in_(list(record_ids)))
        )
    )
    found.sort(key=lambda r: (r.recorded_at, r.id, _KIND_ORDER.get(r.kind, 9)))
    return [
        RecordRevisionInfo(
            kind=r.kind,
            record_id=r.record_id,
            revision=r.revision,
            source=r.source,
            device_name=_name(
                names, r.device_id if r.source == RevisionSource.IMPORT else local_device_id
            ),
            file_name=r.file_name,
            sequence=r.sequence,
            recorded_at=r.recorded_at,
        )
        for r in found
    ]


def revisions_under(session: Session, consult_id: str) -> dict[tuple[str, str], int]:
    """(kind, id) -> revision of the consult and every question and referral under it."""
    held = {
        ("consult", i): rev
        for i, rev in session.execute(
            select(Consult.id, Consult.revision).where(Consult.id == consult_id)
        )
    }
    vraag = session.execute(select(Vraag.id, Vraag.revision).where(Vraag.consult_id == consult_id))
    held.update((("vraag", i), rev) for i, rev in vraag)
    held.update(
        (("doorverwijzing", i), rev)
        for i, rev in session.execute(
            select(Doorverwijzing.id, Doorverwijzing.revision)
            .join(Vraag, Vraag.id == Doorverwijzing.vraag_id)
            .where(Vraag.consult_id == consult_id)
        )
    )
    return held


def keep_revisions_under(
    session: Session,
    consult_id: str,
    held: Mapping[tuple[str, str], int],
    source: str,
    now: datetime,
) -> list[dict[str, Any]]:
    """History rows for the records under a consult whose revision is not the one in ``held``
    (``revisions_under`` before the change; empty for a new consult). Returns those records."""
    changed: dict[str, list[str]] = defaultdict(list)
    for (kind, record_id), revision in revisions_under(session, consult_id).items():
        if held.get((kind, record_id)) != revision:
            changed[kind].append(record_id)
    records = [
        record
        for kind in sync_repo.KINDS
        for record in sync_repo.current_records(session, kind, changed.get(kind, []))
    ]
    sync_repo.add_revisions(session, records, source, now)
    return records


def add_audit(
    session: Session,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    at: datetime | None = None,
) -> None:
    """Append to the audit log (kept for callers; see ``audit_repo.add``)."""
    audit_repo.add(session, actor, action, subject, details, at)


def audit_entries(session: Session, subject: str) -> list[AuditEntry]:
    return audit_repo.entries_for(session, subject)

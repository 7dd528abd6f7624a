"""Pre-aggregated report cells (migration 0004): computing them, and reading reports from them.

Triggers on the record tables write the consult day of every change to ``report_dirty``;
:func:`refresh` recomputes the cells of those days from the records, with the counting rules of
``report_repo.group_counts`` (which stays as the reference and for key combinations the cells
do not hold). A consultation lies in exactly one (day, location) cell and its questions with it,
so the distinct counts of any set of cells add up exactly.

Cells hold the totals (``dim`` ``*``) and one row per value of every other report key, so they
answer every report grouped by periods and location and at most one further key: all of the
quarterly report, the KB list and one-dimensional reports. Cells with ``reduced`` are what
retention kept of purged records; :func:`refresh` never touches them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from ido_desktop.db.models import (
    Consult,
    Doorverwijzing,
    ReportCell,
    ReportDirty,
    Spreekuur,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.db.repositories.report_repo import _PERIODS, utc_hour
from ido_desktop.domain.report import COURSE_KEY, WARM, Counts

TOTAL = "*"
#: Keys with their own cells; periods and location come from the cell itself.
CONSULT_KEYS = ("age_band", "language", "channel", "repeat_visit", "found_via", "duration_band")
QUESTION_KEYS = ("topic", "domain", "result")
MULTI_KEYS = ("organisation", "help_form", "problem")
REFERRAL_KEYS = ("referral_category", "warmth")
CELL_KEYS = (*CONSULT_KEYS, "registered_hour", *QUESTION_KEYS, *MULTI_KEYS, *REFERRAL_KEYS)
_DAYS_PER_QUERY = 62
_PG_LOCK = 4_242_004  # advisory lock: one refresh at a time on PostgreSQL


def answers(keys: Sequence[str]) -> bool:
    """Whether the cells can answer a report grouped by ``keys``."""
    others = [k for k in keys if k not in _PERIODS and k != "location"]
    return len(others) <= 1 and all(k in CELL_KEYS for k in others)


# --- Reading. -------------------------------------------------------------------------------


def group_counts(
    session: Session, date_from: date, date_to: date, keys: Sequence[str] = ()
) -> list[tuple[tuple[str | None, ...], Counts]]:
    """Like ``report_repo.group_counts`` (same groups, same numbers), from the cells."""
    if not answers(keys):
        raise ValueError(f"report cells cannot group on {list(keys)}")
    t = ReportCell.__table__
    dim = next((k for k in keys if k not in _PERIODS and k != "location"), TOTAL)
    columns: list[Any] = []
    for key in keys:
        if key in _PERIODS:
            columns.append(_PERIODS[key](t.c.day))
        elif key == "location":
            columns.append(t.c.location_code)
        else:
            columns.append(t.c.value)
    labelled = [c.label(f"k{i}") for i, c in enumerate(columns)]
    measures = [func.sum(t.c[name]) for name in ("consultations", "questions", "referred", "warm")]
    stmt = select(*labelled, *measures).where(
        t.c.dim == dim, t.c.day >= date_from, t.c.day <= date_to
    )
    if labelled:
        stmt = stmt.group_by(*labelled)
    result = []
    n = len(labelled)
    for row in session.execute(stmt):
        values = tuple(row)
        group = tuple(None if v is None else str(v) for v in values[:n])
        result.append((group, Counts(*(int(x or 0) for x in values[n:]))))
    return result


def referral_count(session: Session, date_from: date, date_to: date) -> int:
    t = ReportCell.__table__
    stmt = select(func.sum(t.c.referrals)).where(
        t.c.dim == TOTAL, t.c.day >= date_from, t.c.day <= date_to
    )
    return int(session.scalar(stmt) or 0)


def is_dirty(session: Session) -> bool:
    return session.scalar(select(ReportDirty.id).limit(1)) is not None


# --- Computing. -----------------------------------------------------------------------------


def refresh(session: Session) -> int:
    """Recompute the cells of every marked day; returns the number of days recomputed.

    Runs in the caller's transaction. On PostgreSQL one refresh runs at a time (an advisory
    lock held to the end of the transaction), so two imports finishing together leave each
    day computed once, from everything committed.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
    days = sorted(set(session.scalars(select(ReportDirty.day))))
    for start in range(0, len(days), _DAYS_PER_QUERY):
        chunk = days[start : start + _DAYS_PER_QUERY]
        session.execute(
            delete(ReportCell).where(ReportCell.day.in_(chunk), ReportCell.reduced.is_(False))
        )
        _compute(session, chunk)
        session.execute(delete(ReportDirty).where(ReportDirty.day.in_(chunk)))
    return len(days)


def mark_reduced(session: Session, before: date) -> int:
    """Keep the cells of the days before ``before`` for good (their records are purged)."""
    result = session.execute(
        update(ReportCell)
        .where(ReportCell.day < before, ReportCell.reduced.is_(False))
        .values(reduced=True)
    )
    return int(getattr(result, "rowcount", 0) or 0)


_meta = MetaData()
_vf = Table(  # the live questions of the days being computed, with their referral facts
    "report_tmp_vraag",
    _meta,
    Column("vraag_id", String(36), primary_key=True),
    Column("consult_id", String(36), index=True),
    Column("topic", String(64)),
    Column("domain", String(32)),
    Column("result", String(32)),
    Column("referred", Integer),
    Column("warm", Integer),
    Column("refs", Integer),
    prefixes=["TEMPORARY"],
)
_cf = Table(  # the live consultations of those days, with their question facts
    "report_tmp_consult",
    _meta,
    Column("id", String(36), primary_key=True),
    Column("day", Date),
    Column("location_code", String(64)),
    Column("bucket", String(40)),
    *(Column(key, String(32)) for key in CONSULT_KEYS),
    Column("nq", Integer),
    Column("nreferred", Integer),
    Column("nwarm", Integer),
    Column("nrefs", Integer),
    prefixes=["TEMPORARY"],
)


def _compute(session: Session, days: Sequence[date]) -> None:
    """Insert the cells of ``days`` computed from the live records, all in SQL."""
    connection = session.connection()
    _meta.drop_all(connection, checkfirst=True)
    _meta.create_all(connection)
    c, v, d = Consult.__table__, Vraag.__table__, Doorverwijzing.__table__
    in_days = c.c.consult_date.in_(list(days))
    live_refs = d.c.deleted.is_(False)
    refs = (
        select(func.count()).where(d.c.vraag_id == v.c.id, live_refs).scalar_subquery().label("n")
    )
    warm = (
        select(func.count())
        .where(d.c.vraag_id == v.c.id, live_refs, d.c.warmth.in_(WARM))
        .scalar_subquery()
        .label("w")
    )
    questions = (
        select(v.c.id, v.c.consult_id, v.c.topic, v.c.domain, v.c.result, refs, warm)
        .join_from(v, c, c.c.id == v.c.consult_id)
        .where(v.c.deleted.is_(False), c.c.deleted.is_(False), in_days)
        .subquery()
    )
    session.execute(
        insert(_vf).from_select(
            ["vraag_id", "consult_id", "topic", "domain", "result", "referred", "warm", "refs"],
            select(
                *list(questions.c)[:5],
                case((questions.c.n > 0, 1), else_=0),
                case((questions.c.w > 0, 1), else_=0),
                questions.c.n,
            ),
        )
    )
    per_consult = (
        select(
            _vf.c.consult_id,
            func.count().label("nq"),
            func.sum(_vf.c.referred).label("nreferred"),
            func.sum(_vf.c.warm).label("nwarm"),
            func.sum(_vf.c.refs).label("nrefs"),
        )
        .group_by(_vf.c.consult_id)
        .subquery()
    )
    s = Spreekuur.__table__
    bucket = utc_hour(c.c.created_at).concat(literal("|")).concat(cast(c.c.consult_date, String))
    session.execute(
        insert(_cf).from_select(
            ["id", "day", "location_code", "bucket", *CONSULT_KEYS]
            + ["nq", "nreferred", "nwarm", "nrefs"],
            select(
                c.c.id,
                c.c.consult_date,
                s.c.location_code,
                bucket,
                *(c.c[key] for key in CONSULT_KEYS),
                *(
                    func.coalesce(per_consult.c[name], 0)
                    for name in ("nq", "nreferred", "nwarm", "nrefs")
                ),
            )
            .join_from(c, s, s.c.id == c.c.spreekuur_id)
            .outerjoin(per_consult, per_consult.c.consult_id == c.c.id)
            .where(s.c.deleted.is_(False), c.c.deleted.is_(False), in_days),
        )
    )
    columns = ["day", "location_code", "dim", "value", "reduced"]
    columns += ["consultations", "questions", "referred", "warm", "referrals"]
    false = literal(False)

    def cells(select_stmt: Any) -> None:
        session.execute(insert(ReportCell).from_select(columns, select_stmt))

    def consult_level(dim: str, value: Any) -> Any:
        return select(
            _cf.c.day,
            _cf.c.location_code,
            literal(dim),
            value,
            false,
            func.count(),
            func.sum(_cf.c.nq),
            func.sum(_cf.c.nreferred),
            func.sum(_cf.c.nwarm),
            func.sum(_cf.c.nrefs),
        ).group_by(_cf.c.day, _cf.c.location_code, value)

    cells(consult_level(TOTAL, cast(literal(None), String)))
    cells(consult_level("registered_hour", _cf.c.bucket))
    for key in CONSULT_KEYS:
        cells(consult_level(key, _cf.c[key]))

    zero = literal(0)
    for key in (*QUESTION_KEYS, *MULTI_KEYS, *REFERRAL_KEYS):
        # Consultations without a live question: in the "none" group of every question key.
        cells(
            select(
                _cf.c.day,
                _cf.c.location_code,
                literal(key),
                cast(literal(None), String),
                false,
                func.count(),
                zero,
                zero,
                zero,
                zero,
            )
            .where(_cf.c.nq == 0)
            .group_by(_cf.c.day, _cf.c.location_code)
        )
        source: Any = _cf.join(_vf, _vf.c.consult_id == _cf.c.id)
        if key in QUESTION_KEYS:
            value: Any = _vf.c[key]
        elif key in MULTI_KEYS:
            model = {"organisation": VraagOrganisation, "help_form": VraagHelp}.get(
                key, VraagProblem
            )
            part = model.__table__
            source = source.outerjoin(part, part.c.vraag_id == _vf.c.vraag_id)
            value = part.c.code
        else:
            source = source.outerjoin(d, and_(d.c.vraag_id == _vf.c.vraag_id, live_refs))
            if key == "warmth":
                value = d.c.warmth
            else:
                value = case(
                    (d.c.id.is_(None), None),
                    (d.c.category_code.is_not(None), d.c.category_code),
                    (d.c.course_code.is_not(None), literal(COURSE_KEY)),
                    else_=literal("overig"),
                )
        # A question can meet a value more than once (two referrals): count it once.
        one_question = _vf.c.vraag_id
        cells(
            select(
                _cf.c.day,
                _cf.c.location_code,
                literal(key),
                value,
                false,
                func.count(_cf.c.id.distinct()),
                func.count(one_question.distinct()),
                func.count(case((_vf.c.referred == 1, one_question)).distinct()),
                func.count(case((_vf.c.warm == 1, one_question)).distinct()),
                zero,
            )
            .select_from(source)
            .group_by(_cf.c.day, _cf.c.location_code, value)
        )
    _meta.drop_all(connection)


def cells_of(session: Session, days: Sequence[date]) -> Iterator[tuple[Any, ...]]:
    """The stored cells of ``days`` (for tests)."""
    yield from session.execute(
        select(ReportCell.__table__).where(ReportCell.day.in_(list(days)))
    ).all()

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

Cubes (migration 0005) answer reports on two or three consultation-level fields (location, age
band, language, channel, repeat visit, found via, duration) with or without periods: counts per
day and combination of the values of one of :data:`CUBES`, and per month. These fields have
one value per consultation, so a consultation is in exactly one row of a cube per day and the
rows add up exactly, like the cells. They are computed with the cells, in :func:`refresh`.
Pair cubes (:data:`PAIR_CUBES`) hold a few pairs of question-level fields (organisation ×
result, ...), with or without periods: a consultation counts once in each group it belongs to,
so those rows add up over days, not over values, and each pair has its own cube. Other
combinations with a question-level field, and the hour with another field, are counted from
the records (``report_repo``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
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
    union_all,
    update,
)
from sqlalchemy.orm import Session

from ido_desktop.db.models import (
    Consult,
    Doorverwijzing,
    ReportCell,
    ReportCube,
    ReportDirty,
    ReportMonthCell,
    ReportMonthCube,
    Spreekuur,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.db.repositories.report_repo import _PERIODS, utc_hour
from ido_desktop.domain.report import COURSE_KEY, WARM, Counts, registered_hour

TOTAL = "*"
#: Keys with their own cells; periods and location come from the cell itself.
CONSULT_KEYS = ("age_band", "language", "channel", "repeat_visit", "found_via", "duration_band")
QUESTION_KEYS = ("topic", "domain", "result")
MULTI_KEYS = ("organisation", "help_form", "problem")
REFERRAL_KEYS = ("referral_category", "warmth")
CELL_KEYS = (*CONSULT_KEYS, "registered_hour", *QUESTION_KEYS, *MULTI_KEYS, *REFERRAL_KEYS)
#: Cubes: name -> the keys whose every combination of values has its own row.
#: A report is read from the first cube that holds all its keys besides the periods.
CUBES: dict[str, tuple[str, ...]] = {
    "people": ("location", "age_band", "language", "channel"),
    "visit": ("location", "repeat_visit", "found_via", "duration_band"),
    "consult": CONSULT_KEYS,
}
#: Cubes of exactly one pair of question-level keys (values in ``value_a`` and ``value_b``),
#: with or without periods. A consultation counts once in every group it belongs to, so these
#: rows add up over days but not over values: each pair needs its own cube.
PAIR_CUBES: dict[str, tuple[str, str]] = {
    "org_topic": ("organisation", "topic"),
    "org_help": ("organisation", "help_form"),
    "org_result": ("organisation", "result"),
    "topic_result": ("topic", "result"),
    "help_result": ("help_form", "result"),
    "ref_warmth": ("referral_category", "warmth"),
}
_CUBE_COLUMNS = ("location_code", *CONSULT_KEYS)
_PAIR_COLUMNS = ("value_a", "value_b")
_COUNTS = ("consultations", "questions", "referred", "warm", "referrals")
_DAYS_PER_QUERY = 62
_PG_LOCK = 4_242_004  # advisory lock: one refresh at a time on PostgreSQL


def answers(keys: Sequence[str]) -> bool:
    """Whether the cells can answer a report grouped by ``keys``."""
    others = [k for k in keys if k not in _PERIODS and k != "location"]
    return len(others) <= 1 and all(k in CELL_KEYS for k in others)


def cube_for(keys: Sequence[str]) -> str | None:
    """The cube that holds a report grouped by ``keys``, if one does."""
    others = {k for k in keys if k not in _PERIODS}
    if not others:
        return None
    found = next((name for name, held in CUBES.items() if others <= set(held)), None)
    return found or next((name for name, pair in PAIR_CUBES.items() if others == set(pair)), None)


# --- Reading. -------------------------------------------------------------------------------


def group_counts(
    session: Session, date_from: date, date_to: date, keys: Sequence[str] = ()
) -> list[tuple[tuple[str | None, ...], Counts]]:
    """Like ``report_repo.group_counts`` (same groups, same numbers), from the cells.

    One difference: ``registered_hour`` comes as the local hour (``"09"``), not as the
    bucket ``report_repo`` gives (``domain.report.registered_hour`` of it).
    """
    if not answers(keys):
        raise ValueError(f"report cells cannot group on {list(keys)}")
    dim = next((k for k in keys if k not in _PERIODS and k != "location"), TOTAL)
    source = _cells(date_from, date_to, dim)
    columns: list[Any] = []
    for key in keys:
        if key in _PERIODS:
            columns.append(_PERIODS[key](source.c.day))
        elif key == "location":
            columns.append(source.c.location_code)
        else:
            columns.append(source.c.value)
    return _grouped(session, source, columns)


def cube_counts(
    session: Session, date_from: date, date_to: date, keys: Sequence[str]
) -> list[tuple[tuple[str | None, ...], Counts]] | None:
    """Like ``report_repo.group_counts``, from the cube that holds ``keys`` (:func:`cube_for`).

    ``None`` when no cube holds them, or when the cubes do not hold every consultation of the
    period: days that retention reduced before the cubes existed (schema 0005) have cells but
    no cube rows. The rows of a cube of consultation fields add up to the period's totals
    exactly, so comparing them with the totals of the cells finds that; a pair cube is computed
    with them, so it is complete when the ``people`` cube is.
    """
    cube = cube_for(keys)
    if cube is None:
        return None
    source = _period_rows(
        date_from, date_to, ReportCube, ReportMonthCube, cube, (*_CUBE_COLUMNS, *_PAIR_COLUMNS)
    )
    pair = PAIR_CUBES.get(cube, ())
    columns: list[Any] = []
    for key in keys:
        if key in _PERIODS:
            columns.append(_PERIODS[key](source.c.day))
        elif key in pair:
            columns.append(source.c[_PAIR_COLUMNS[pair.index(key)]])
        elif key == "location":
            columns.append(source.c.location_code)
        else:
            columns.append(source.c[key])
    result = _grouped(session, source, columns)
    if pair:
        people = _period_rows(
            date_from, date_to, ReportCube, ReportMonthCube, "people", _CUBE_COLUMNS
        )
        found = _grouped(session, people, [])[0][1]
    else:
        found = sum((counts for _group, counts in result), Counts())
    totals = group_counts(session, date_from, date_to)
    return result if found == (totals[0][1] if totals else Counts()) else None


def _grouped(
    session: Session, source: Any, columns: Sequence[Any]
) -> list[tuple[tuple[str | None, ...], Counts]]:
    labelled = [c.label(f"k{i}") for i, c in enumerate(columns)]
    measures = [func.sum(source.c[name]) for name in _COUNTS[:4]]
    stmt = select(*labelled, *measures)
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
    source = _cells(date_from, date_to, TOTAL)
    return int(session.scalar(select(func.sum(source.c.referrals))) or 0)


def _month_end(month: date) -> date:
    return _next_month(month) - timedelta(days=1)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _cells(date_from: date, date_to: date, dim: str) -> Any:
    """The cells of ``dim`` that make up the period: whole months from the month cells, the
    days before and after them from the day cells. Columns: day (a month's first day),
    location_code, value and the counts."""
    return _period_rows(
        date_from, date_to, ReportCell, ReportMonthCell, dim, ("location_code", "value")
    )


def _period_rows(
    date_from: date,
    date_to: date,
    day_model: Any,
    month_model: Any,
    kind: str,
    columns: Sequence[str],
) -> Any:
    """Rows of one ``kind`` (the ``dim`` of cells, the ``cube`` of cubes) for the period: whole
    months from the month table, the days before and after them from the day table. Columns:
    day (a month's first day), ``columns`` and the counts."""
    first = date_from if date_from.day == 1 else _next_month(date_from.replace(day=1))
    months = []
    while _month_end(first) <= date_to:
        months.append(first)
        first = _next_month(first)
    day = day_model.__table__
    month = month_model.__table__
    kind_column = "dim" if "dim" in day.c else "cube"

    def days(start: date, end: date) -> Any:
        return select(day.c.day, *(day.c[n] for n in columns), *(day.c[n] for n in _COUNTS)).where(
            day.c[kind_column] == kind, day.c.day >= start, day.c.day <= end
        )

    if not months:
        return days(date_from, date_to).subquery("cells")
    parts = [
        select(
            month.c.month.label("day"),
            *(month.c[n] for n in columns),
            *(month.c[n] for n in _COUNTS),
        ).where(
            month.c[kind_column] == kind,
            month.c.month >= months[0],
            month.c.month <= months[-1],
        )
    ]
    if date_from < months[0]:
        parts.append(days(date_from, months[0] - timedelta(days=1)))
    if _month_end(months[-1]) < date_to:
        parts.append(days(_month_end(months[-1]) + timedelta(days=1), date_to))
    return union_all(*parts).subquery("cells")


def last_reduced_day(session: Session, date_from: date, date_to: date) -> date | None:
    """The last day in the period whose records retention reduced to cells, if any."""
    return session.scalar(
        select(func.max(ReportCell.day)).where(
            ReportCell.reduced.is_(True), ReportCell.day >= date_from, ReportCell.day <= date_to
        )
    )


@contextmanager
def bulk_inserts(session: Session) -> Iterator[None]:
    """Leave out the SQLite insert triggers while the block inserts many rows.

    SQLite's row triggers double the time of a bulk insert, so within the caller's
    transaction the insert triggers are dropped and afterwards created again from their own
    stored SQL: a rollback restores them as well. The caller marks the days of what it inserted
    (:func:`mark_days`, :func:`mark_import`); updates and deletes stay marked by their
    triggers (they have old days). On PostgreSQL the triggers work per statement and stay.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    # pysqlite opens its transaction only before a DML statement; DDL before it would commit
    # at once. A statement that changes nothing opens it, so the DROP rolls back with the rest.
    session.execute(text("DELETE FROM report_dirty WHERE 0 = 1"))
    triggers = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'trg_report_dirty_%_ins'"
        )
    ).all()
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in triggers:
        session.execute(text(sql))


def mark_days(session: Session, days: Iterable[date]) -> None:
    """Mark these consult days for :func:`refresh`."""
    known = set(session.scalars(select(ReportDirty.day)))
    new = sorted(set(days) - known)
    if new:
        session.execute(insert(ReportDirty), [{"day": day} for day in new])


def mark_records(session: Session, inserted: Iterable[Mapping[str, Any]]) -> None:
    """Mark the days of the sync-file records an import inserted (its insert triggers were off;
    replaced records were marked by their update triggers).

    A record's day is read from the file where the file decides it: an inserted consult is
    stored as the file has it, and so are inserted questions and referrals under it. Only the
    others (a new question of a consult stored before, a new spreekuur) are looked up.
    """
    records = list(inserted)
    consult_day = {
        r["id"]: date.fromisoformat(r["data"]["consult_date"])
        for r in records
        if r["kind"] == "consult"
    }
    vraag_consult = {r["id"]: r["data"]["consult_id"] for r in records if r["kind"] == "vraag"}
    days: set[date] = set(consult_day.values())
    ids: dict[str, set[str]] = {}
    for record in records:
        kind = record["kind"]
        if kind == "vraag":
            consult = record["data"]["consult_id"]
        elif kind == "doorverwijzing":
            consult = vraag_consult.get(record["data"]["vraag_id"])
        elif kind == "spreekuur":
            consult = None
        else:
            continue
        if consult not in consult_day:
            ids.setdefault(kind, set()).add(record["id"])
    c, v, d = Consult.__table__, Vraag.__table__, Doorverwijzing.__table__
    day_of: dict[str, Any] = {
        "spreekuur": lambda chunk: select(c.c.consult_date).where(c.c.spreekuur_id.in_(chunk)),
        "vraag": lambda chunk: (
            select(c.c.consult_date).join(v, v.c.consult_id == c.c.id).where(v.c.id.in_(chunk))
        ),
        "doorverwijzing": lambda chunk: (
            select(c.c.consult_date)
            .join(v, v.c.consult_id == c.c.id)
            .join(d, d.c.vraag_id == v.c.id)
            .where(d.c.id.in_(chunk))
        ),
    }
    for kind, found in ids.items():
        listed = sorted(found)
        for start in range(0, len(listed), 500):
            days.update(session.scalars(day_of[kind](listed[start : start + 500]).distinct()))
    mark_days(session, days)


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
    marks = session.execute(select(ReportDirty.id, ReportDirty.day)).all()
    days = sorted({day for _id, day in marks})
    for start in range(0, len(days), _DAYS_PER_QUERY):
        chunk = days[start : start + _DAYS_PER_QUERY]
        for model in (ReportCell, ReportCube):
            session.execute(delete(model).where(model.day.in_(chunk), model.reduced.is_(False)))
        _compute(session, chunk)
    # Only the marks read above: a mark another transaction commits meanwhile stays for the
    # next refresh (PostgreSQL; on SQLite nothing writes meanwhile).
    ids = [mark_id for mark_id, _day in marks]
    for start in range(0, len(ids), 500):
        session.execute(delete(ReportDirty).where(ReportDirty.id.in_(ids[start : start + 500])))
    for month in sorted({day.replace(day=1) for day in days}):
        _sum_month(session, month)
    return len(days)


def _sum_month(session: Session, month: date) -> None:
    session.execute(delete(ReportMonthCell).where(ReportMonthCell.month == month))
    t = ReportCell.__table__
    counts = _COUNTS
    session.execute(
        insert(ReportMonthCell).from_select(
            ["month", "location_code", "dim", "value", *counts],
            select(
                literal(month, Date),
                t.c.location_code,
                t.c.dim,
                t.c.value,
                *(func.sum(t.c[n]) for n in counts),
            )
            .where(t.c.day >= month, t.c.day <= _month_end(month))
            .group_by(t.c.location_code, t.c.dim, t.c.value),
        )
    )
    session.execute(delete(ReportMonthCube).where(ReportMonthCube.month == month))
    u = ReportCube.__table__
    session.execute(
        insert(ReportMonthCube).from_select(
            ["month", "cube", *_CUBE_COLUMNS, *_PAIR_COLUMNS, *counts],
            select(
                literal(month, Date),
                u.c.cube,
                *(u.c[n] for n in (*_CUBE_COLUMNS, *_PAIR_COLUMNS)),
                *(func.sum(u.c[n]) for n in counts),
            )
            .where(u.c.day >= month, u.c.day <= _month_end(month))
            .group_by(u.c.cube, *(u.c[n] for n in (*_CUBE_COLUMNS, *_PAIR_COLUMNS))),
        )
    )


def mark_reduced(session: Session, before: date) -> int:
    """Keep the cells (and cubes) of the days before ``before`` for good (their records are
    purged); returns the number of cells."""
    session.execute(
        update(ReportCube)
        .where(ReportCube.day < before, ReportCube.reduced.is_(False))
        .values(reduced=True)
    )
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
    for name, held in CUBES.items():
        members = {"location_code" if key == "location" else key for key in held}
        values = [
            _cf.c[column] if column in members else cast(literal(None), String)
            for column in _CUBE_COLUMNS
        ]
        session.execute(
            insert(ReportCube).from_select(
                ["day", "cube", *_CUBE_COLUMNS, "reduced", *_COUNTS],
                select(
                    _cf.c.day,
                    literal(name),
                    *values,
                    false,
                    func.count(),
                    *(func.sum(_cf.c[n]) for n in ("nq", "nreferred", "nwarm", "nrefs")),
                ).group_by(_cf.c.day, *(_cf.c[column] for column in sorted(members))),
            )
        )
    _hour_cells(session, consult_level("registered_hour", _cf.c.bucket))
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
        source, (value,) = _question_values(key)
        cells(
            select(
                _cf.c.day,
                _cf.c.location_code,
                literal(key),
                value,
                false,
                *_question_counts(),
                zero,
            )
            .select_from(source)
            .group_by(_cf.c.day, _cf.c.location_code, value)
        )
    no_consult_keys = [cast(literal(None), String)] * len(_CUBE_COLUMNS)
    pair_columns = ["day", "cube", *_CUBE_COLUMNS, *_PAIR_COLUMNS, "reduced", *_COUNTS]
    for name, pair in PAIR_CUBES.items():
        none = cast(literal(None), String)
        session.execute(
            insert(ReportCube).from_select(
                pair_columns,
                select(
                    _cf.c.day,
                    literal(name),
                    *no_consult_keys,
                    none,
                    none,
                    false,
                    func.count(),
                    zero,
                    zero,
                    zero,
                    zero,
                )
                .where(_cf.c.nq == 0)
                .group_by(_cf.c.day),
            )
        )
        source, values = _question_values(*pair)
        session.execute(
            insert(ReportCube).from_select(
                pair_columns,
                select(
                    _cf.c.day,
                    literal(name),
                    *no_consult_keys,
                    *values,
                    false,
                    *_question_counts(),
                    zero,
                )
                .select_from(source)
                .group_by(_cf.c.day, *values),
            )
        )
    _meta.drop_all(connection)


def _question_values(*keys: str) -> tuple[Any, list[Any]]:
    """The live questions of the consultations being computed, joined to what ``keys`` (all
    question-level) need, and a value column per key; referral keys share one join, so a row
    pairs a referral's own category and warmth (as in ``report_repo``)."""
    d = Doorverwijzing.__table__
    source: Any = _cf.join(_vf, _vf.c.consult_id == _cf.c.id)
    values: list[Any] = []
    ref: Any = None
    for key in keys:
        if key in QUESTION_KEYS:
            values.append(_vf.c[key])
        elif key in MULTI_KEYS:
            model = {"organisation": VraagOrganisation, "help_form": VraagHelp}.get(
                key, VraagProblem
            )
            part = model.__table__.alias(f"part_{key}")
            source = source.outerjoin(part, part.c.vraag_id == _vf.c.vraag_id)
            values.append(part.c.code)
        else:
            if ref is None:
                ref = d.alias("ref")
                source = source.outerjoin(
                    ref, and_(ref.c.vraag_id == _vf.c.vraag_id, ref.c.deleted.is_(False))
                )
            if key == "warmth":
                values.append(ref.c.warmth)
            else:
                values.append(
                    case(
                        (ref.c.id.is_(None), None),
                        (ref.c.category_code.is_not(None), ref.c.category_code),
                        (ref.c.course_code.is_not(None), literal(COURSE_KEY)),
                        else_=literal("overig"),
                    )
                )
    return source, values


def _question_counts() -> list[Any]:
    """Consultations, questions, referred and warm questions of a group of question rows: a
    question can meet a value more than once (two referrals), so each is counted once."""
    one_question = _vf.c.vraag_id
    return [
        func.count(_cf.c.id.distinct()),
        func.count(one_question.distinct()),
        func.count(case((_vf.c.referred == 1, one_question)).distinct()),
        func.count(case((_vf.c.warm == 1, one_question)).distinct()),
    ]


def _hour_cells(session: Session, per_bucket: Any) -> None:
    """Cells of the local hour of registration: the buckets mapped by the domain's rule."""
    found: dict[tuple[Any, ...], list[int]] = {}
    for day, location, dim, bucket, _false, *counts in session.execute(per_bucket):
        cell = found.setdefault((day, location, dim, registered_hour(bucket)), [0] * 5)
        for i, n in enumerate(counts):
            cell[i] += int(n or 0)
    rows = [
        {
            "day": day,
            "location_code": location,
            "dim": dim,
            "value": hour,
            "reduced": False,
            **dict(
                zip(("consultations", "questions", "referred", "warm", "referrals"), c, strict=True)
            ),
        }
        for (day, location, dim, hour), c in found.items()
    ]
    if rows:
        session.execute(insert(ReportCell), rows)

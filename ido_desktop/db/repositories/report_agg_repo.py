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

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import String, cast, delete, func, insert, literal, select, text, update
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
_DAYS_PER_QUERY = 200
_INSERT_CHUNK = 20_000
_PG_LOCK = 4_242_004  # advisory lock: one refresh at a time on PostgreSQL

CellKey = tuple[date, str, str, str | None]


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
        cells = _compute(session, chunk)
        rows = [
            {
                "day": day,
                "location_code": location,
                "dim": dim,
                "value": value,
                "reduced": False,
                "consultations": c[0],
                "questions": c[1],
                "referred": c[2],
                "warm": c[3],
                "referrals": c[4],
            }
            for (day, location, dim, value), c in cells.items()
        ]
        for i in range(0, len(rows), _INSERT_CHUNK):
            session.execute(insert(ReportCell), rows[i : i + _INSERT_CHUNK])
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


def _in_days(days: Sequence[date]) -> Any:
    return Consult.consult_date.in_(list(days))


def _compute(session: Session, days: Sequence[date]) -> dict[CellKey, list[int]]:
    """The cells of ``days`` from the live records, as [c, q, referred, warm, referrals]."""
    bucket = (
        utc_hour(Consult.created_at).concat(literal("|")).concat(cast(Consult.consult_date, String))
    )
    consults = session.execute(
        select(
            Consult.id,
            Consult.consult_date,
            Spreekuur.location_code,
            bucket,
            *(getattr(Consult, k) for k in CONSULT_KEYS),
        )
        .join(Spreekuur, Spreekuur.id == Consult.spreekuur_id)
        .where(Spreekuur.deleted.is_(False), Consult.deleted.is_(False), _in_days(days))
    ).all()
    live_question = (Vraag.deleted.is_(False), Consult.deleted.is_(False), _in_days(days))
    questions: dict[str, list[Any]] = defaultdict(list)
    for q in session.execute(
        select(Vraag.id, Vraag.consult_id, Vraag.topic, Vraag.domain, Vraag.result)
        .join(Consult, Consult.id == Vraag.consult_id)
        .where(*live_question)
    ):
        questions[q.consult_id].append(q)

    def codes(model: Any) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for vraag_id, code in session.execute(
            select(model.vraag_id, model.code)
            .join(Vraag, Vraag.id == model.vraag_id)
            .join(Consult, Consult.id == Vraag.consult_id)
            .where(*live_question)
        ):
            found[vraag_id].add(code)
        return found

    multi = {
        "organisation": codes(VraagOrganisation),
        "help_form": codes(VraagHelp),
        "problem": codes(VraagProblem),
    }
    categories: dict[str, set[str]] = defaultdict(set)
    warmths: dict[str, set[str]] = defaultdict(set)
    referrals: dict[str, int] = defaultdict(int)
    for vraag_id, category, course, warmth in session.execute(
        select(
            Doorverwijzing.vraag_id,
            Doorverwijzing.category_code,
            Doorverwijzing.course_code,
            Doorverwijzing.warmth,
        )
        .join(Vraag, Vraag.id == Doorverwijzing.vraag_id)
        .join(Consult, Consult.id == Vraag.consult_id)
        .where(Doorverwijzing.deleted.is_(False), *live_question)
    ):
        categories[vraag_id].add(category or (COURSE_KEY if course else "overig"))
        warmths[vraag_id].add(warmth)
        referrals[vraag_id] += 1

    cells: dict[CellKey, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])

    def add(key: CellKey, counts: Iterable[int]) -> None:
        cell = cells[key]
        for i, n in enumerate(counts):
            cell[i] += n

    for c in consults:
        day, location = c.consult_date, c.location_code
        qs = questions.get(c.id, [])
        referred = {q.id for q in qs if q.id in categories}
        warm = {q.id for q in qs if warmths.get(q.id, set()) & set(WARM)}
        own = (1, len(qs), len(referred), len(warm), sum(referrals.get(q.id, 0) for q in qs))
        add((day, location, TOTAL, None), own)
        for i, key in enumerate(CONSULT_KEYS):
            add((day, location, key, _text(c[4 + i])), own)
        add((day, location, "registered_hour", _text(c[3])), own)
        if not qs:
            for key in (*QUESTION_KEYS, *MULTI_KEYS, *REFERRAL_KEYS):
                add((day, location, key, None), (1, 0, 0, 0, 0))
            continue
        per_key: list[tuple[str, Any]] = [
            *((key, lambda q, k=key: (getattr(q, k),)) for key in QUESTION_KEYS),
            *((key, lambda q, found=multi[key]: found.get(q.id) or (None,)) for key in MULTI_KEYS),
            ("referral_category", lambda q: categories.get(q.id) or (None,)),
            ("warmth", lambda q: warmths.get(q.id) or (None,)),
        ]
        for key, values_of in per_key:
            groups: dict[str | None, list[int]] = {}
            for q in qs:
                for value in values_of(q):
                    g = groups.setdefault(_text(value), [1, 0, 0, 0, 0])
                    g[1] += 1
                    g[2] += q.id in referred
                    g[3] += q.id in warm
            for value, counts in groups.items():
                add((day, location, key, value), counts)
    return cells


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def cells_of(session: Session, days: Sequence[date]) -> Iterator[tuple[Any, ...]]:
    """The stored cells of ``days`` (for tests)."""
    yield from session.execute(
        select(ReportCell.__table__).where(ReportCell.day.in_(list(days)))
    ).all()

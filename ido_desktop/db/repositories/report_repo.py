"""Group-by counts for reports (PRODUCT.md 6). SQLAlchemy Core; SQLite and PostgreSQL.

Every query starts from the live consultations of a live spreekuur whose ``consult_date`` lies
in the period, left-joins their live questions, and counts distinct ids, so a consultation
counts once per group even when the joins repeat it. The counting rules are in
``ido_desktop/domain/report.py``.

Date and time keys are small SQL constructs compiled per dialect (:class:`period_month` and
friends): ``strftime`` on SQLite, ``to_char`` on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import String, and_, case, cast, func, literal, select
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from ido_desktop.db.models import (
    Consult,
    Doorverwijzing,
    Spreekuur,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.domain.report import COURSE_KEY, WARM, Counts

_c = Consult.__table__
_s = Spreekuur.__table__
_v = Vraag.__table__
_d = Doorverwijzing.__table__


# --- Dialect-aware date keys. -------------------------------------------------------------------


class _DateKey(FunctionElement[str]):
    """A text key computed from one date or timestamp column; subclasses name the format."""

    type = String()
    inherit_cache = True
    sqlite_format = ""
    postgresql_format = ""


class period_month(_DateKey):  # noqa: N801 - SQL-function style name
    """``YYYY-MM`` of a date."""

    name = "period_month"
    inherit_cache = True
    sqlite_format = "%Y-%m"
    postgresql_format = "YYYY-MM"


class period_year(_DateKey):  # noqa: N801
    """``YYYY`` of a date."""

    name = "period_year"
    inherit_cache = True
    sqlite_format = "%Y"
    postgresql_format = "YYYY"


class period_quarter(_DateKey):  # noqa: N801
    """``YYYY-Qn`` of a date."""

    name = "period_quarter"
    inherit_cache = True
    postgresql_format = 'YYYY"-Q"Q'


class utc_hour(_DateKey):  # noqa: N801
    """``YYYY-MM-DD HH`` of a (naive UTC) timestamp."""

    name = "utc_hour"
    inherit_cache = True
    sqlite_format = "%Y-%m-%d %H"
    postgresql_format = "YYYY-MM-DD HH24"


def _argument(element: _DateKey, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return str(compiler.process(column, **kw))


@compiles(_DateKey, "sqlite")
def _date_key_sqlite(element: _DateKey, compiler: Any, **kw: Any) -> str:
    arg = _argument(element, compiler, **kw)
    if isinstance(element, period_quarter):
        return (
            f"(strftime('%Y', {arg}) || '-Q' || ((CAST(strftime('%m', {arg}) AS INTEGER) + 2) / 3))"
        )
    return f"strftime('{element.sqlite_format}', {arg})"


@compiles(_DateKey, "postgresql")
def _date_key_postgresql(element: _DateKey, compiler: Any, **kw: Any) -> str:
    return f"to_char({_argument(element, compiler, **kw)}, '{element.postgresql_format}')"


@compiles(_DateKey)
def _date_key_other(element: _DateKey, compiler: Any, **kw: Any) -> str:
    raise CompileError(f"{element.name} is written for SQLite and PostgreSQL only")


# --- Queries. -------------------------------------------------------------------------------------

#: The keys :func:`group_counts` can group on.
KEYS = (
    "period_month",
    "period_quarter",
    "period_year",
    "location",
    "organisation",
    "topic",
    "domain",
    "help_form",
    "result",
    "referral_category",
    "warmth",
    "problem",
    "age_band",
    "language",
    "registered_hour",
    "channel",
    "repeat_visit",
    "found_via",
    "duration_band",
)
_CONSULT_COLUMNS = ("age_band", "language", "channel", "repeat_visit", "found_via", "duration_band")
_PERIODS: dict[str, type[_DateKey]] = {
    "period_month": period_month,
    "period_quarter": period_quarter,
    "period_year": period_year,
}


def _referred_questions() -> Any:
    """Per question with a live referral: 1 in ``warm`` when one of them is warm."""
    return (
        select(
            _d.c.vraag_id,
            func.max(case((_d.c.warmth.in_(WARM), 1), else_=0)).label("warm"),
        )
        .where(_d.c.deleted.is_(False))
        .group_by(_d.c.vraag_id)
        .subquery("referred")
    )


def group_counts(
    session: Session, date_from: date, date_to: date, keys: Sequence[str] = ()
) -> list[tuple[tuple[str | None, ...], Counts]]:
    """Counts per combination of ``keys`` (see :data:`KEYS`); no keys gives one total row.

    A key is ``None`` where a consultation has no value (no live question, no problem, no
    referral). ``registered_hour`` is ``"YYYY-MM-DD HH|YYYY-MM-DD"``: the UTC hour of
    registration and the consult date, turned into a local hour by the domain.
    """
    unknown = [k for k in keys if k not in KEYS]
    if unknown:
        raise ValueError(f"unknown report key(s): {unknown}")
    referred = _referred_questions()
    source: Any = (
        _c.join(_s, and_(_s.c.id == _c.c.spreekuur_id, _s.c.deleted.is_(False)))
        .outerjoin(_v, and_(_v.c.consult_id == _c.c.id, _v.c.deleted.is_(False)))
        .outerjoin(referred, referred.c.vraag_id == _v.c.id)
    )
    columns: list[ColumnElement[Any]] = []
    joined: dict[str, Any] = {}

    def join_once(name: str, table: Any, on: Any) -> Any:
        nonlocal source
        if name not in joined:
            alias = table.alias(name)
            source = source.outerjoin(alias, on(alias))
            joined[name] = alias
        return joined[name]

    for key in keys:
        columns.append(_key_column(key, join_once).label(f"k{len(columns)}"))

    measures = [
        func.count(_c.c.id.distinct()),
        func.count(_v.c.id.distinct()),
        func.count(case((referred.c.vraag_id.is_not(None), _v.c.id)).distinct()),
        func.count(case((referred.c.warm == 1, _v.c.id)).distinct()),
    ]
    stmt = (
        select(*columns, *measures)
        .select_from(source)
        .where(
            _c.c.deleted.is_(False),
            _c.c.consult_date >= date_from,
            _c.c.consult_date <= date_to,
        )
    )
    if columns:
        stmt = stmt.group_by(*columns)
    result = []
    for row in session.execute(stmt):
        values = tuple(row)
        n = len(columns)
        group = tuple(None if value is None else str(value) for value in values[:n])
        result.append((group, Counts(*(int(x or 0) for x in values[n:]))))
    return result


def _key_column(key: str, join_once: Any) -> ColumnElement[Any]:
    if key in _PERIODS:
        return _PERIODS[key](_c.c.consult_date)
    if key == "location":
        return _s.c.location_code
    if key in _CONSULT_COLUMNS:
        return _c.c[key]
    if key in ("topic", "domain", "result"):
        return _v.c[key]
    if key == "registered_hour":
        return (
            utc_hour(_c.c.created_at).concat(literal("|")).concat(cast(_c.c.consult_date, String))
        )
    if key in ("organisation", "help_form", "problem"):
        model = {"organisation": VraagOrganisation, "help_form": VraagHelp}.get(key, VraagProblem)
        alias = join_once(key, model.__table__, lambda a: a.c.vraag_id == _v.c.id)
        return alias.c.code  # type: ignore[no-any-return]
    # referral_category / warmth share one join, so a row pairs a referral's own values.
    ref = join_once("ref", _d, lambda a: and_(a.c.vraag_id == _v.c.id, a.c.deleted.is_(False)))
    if key == "warmth":
        return ref.c.warmth  # type: ignore[no-any-return]
    return case(
        (ref.c.id.is_(None), None),
        (ref.c.category_code.is_not(None), ref.c.category_code),
        (ref.c.course_code.is_not(None), literal(COURSE_KEY)),
        else_=literal("overig"),
    )


def total_counts(session: Session, date_from: date, date_to: date) -> Counts:
    """The true distinct totals of the period."""
    rows = group_counts(session, date_from, date_to)
    return rows[0][1] if rows else Counts()


def referral_count(session: Session, date_from: date, date_to: date) -> int:
    """Live referrals of live questions of live consultations (of a live spreekuur)."""
    stmt = (
        select(func.count(_d.c.id))
        .select_from(
            _d.join(_v, _v.c.id == _d.c.vraag_id)
            .join(_c, _c.c.id == _v.c.consult_id)
            .join(_s, _s.c.id == _c.c.spreekuur_id)
        )
        .where(
            _d.c.deleted.is_(False),
            _v.c.deleted.is_(False),
            _c.c.deleted.is_(False),
            _s.c.deleted.is_(False),
            _c.c.consult_date >= date_from,
            _c.c.consult_date <= date_to,
        )
    )
    return int(session.scalar(stmt) or 0)

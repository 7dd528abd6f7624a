"""Bottleneck signals: counts per organisation and kind, per month, and example notes.

SQLAlchemy Core; SQLite and PostgreSQL. Every query starts from the live questions with a signal
(``signal_kind`` and ``signal_organisation`` set) of a live consultation of a live spreekuur,
filtered on the consultation's ``consult_date`` (both days included). Months are keyed with
``report_repo.period_month`` (``strftime`` on SQLite, ``to_char`` on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ido_desktop.db.models import Consult, Spreekuur, Vraag
from ido_desktop.db.repositories.report_repo import period_month

_c = Consult.__table__
_s = Spreekuur.__table__
_v = Vraag.__table__

#: Example-note rows: id, organisation, kind, consult date, note.
NoteRow = tuple[str, str, str, date, str]


def _source() -> Any:
    return _v.join(_c, and_(_c.c.id == _v.c.consult_id, _c.c.deleted.is_(False))).join(
        _s, and_(_s.c.id == _c.c.spreekuur_id, _s.c.deleted.is_(False))
    )


def _live_signals(date_from: date, date_to: date) -> list[Any]:
    return [
        _v.c.deleted.is_(False),
        _v.c.signal_kind.is_not(None),
        _v.c.signal_organisation.is_not(None),
        _c.c.consult_date >= date_from,
        _c.c.consult_date <= date_to,
    ]


def counts(session: Session, date_from: date, date_to: date) -> list[tuple[str, str, int]]:
    """(organisation, kind, signals) for every combination with signals in the window."""
    stmt = (
        select(_v.c.signal_organisation, _v.c.signal_kind, func.count(_v.c.id.distinct()))
        .select_from(_source())
        .where(*_live_signals(date_from, date_to))
        .group_by(_v.c.signal_organisation, _v.c.signal_kind)
    )
    return [(str(org), str(kind), int(n)) for org, kind, n in session.execute(stmt)]


def monthly_counts(
    session: Session, date_from: date, date_to: date, organisation: str | None = None
) -> list[tuple[str, str, str, int]]:
    """(organisation, kind, ``YYYY-MM``, signals) per calendar month of the window."""
    month = period_month(_c.c.consult_date)
    stmt = (
        select(_v.c.signal_organisation, _v.c.signal_kind, month, func.count(_v.c.id.distinct()))
        .select_from(_source())
        .where(*_live_signals(date_from, date_to))
        .group_by(_v.c.signal_organisation, _v.c.signal_kind, month)
    )
    if organisation is not None:
        stmt = stmt.where(_v.c.signal_organisation == organisation)
    return [(str(o), str(k), str(m), int(n)) for o, k, m, n in session.execute(stmt)]


_NOTE_COLUMNS = (
    _v.c.id,
    _v.c.signal_organisation,
    _v.c.signal_kind,
    _c.c.consult_date,
    _v.c.note,
)


def notes(
    session: Session,
    organisation: str,
    date_from: date,
    date_to: date,
    page_size: int = 200,
) -> Iterator[NoteRow]:
    """Notes of live signal questions of ``organisation`` in the window, newest first.

    Yields page by page, so a caller that filters (the privacy check) can stop when it has
    enough. Empty and blank notes are left out.
    """
    base = (
        select(*_NOTE_COLUMNS)
        .select_from(_source())
        .where(
            *_live_signals(date_from, date_to),
            _v.c.signal_organisation == organisation,
            func.length(func.trim(_v.c.note)) > 0,
        )
        .order_by(_c.c.consult_date.desc(), _v.c.created_at.desc(), _v.c.id)
    )
    offset = 0
    while True:
        page = [_note_row(r) for r in session.execute(base.limit(page_size).offset(offset))]
        yield from page
        if len(page) < page_size:
            return
        offset += page_size


def notes_by_id(session: Session, ids: Sequence[str]) -> dict[str, tuple[NoteRow, bool]]:
    """Id -> (note row, is live) for the signal questions among ``ids``.

    Live means the question, its consultation and spreekuur are all live.
    """
    if not ids:
        return {}
    live = and_(_v.c.deleted.is_(False), _c.c.deleted.is_(False), _s.c.deleted.is_(False))
    stmt = (
        select(*_NOTE_COLUMNS, live.label("live"))
        .select_from(_v.join(_c, _c.c.id == _v.c.consult_id).join(_s, _s.c.id == _c.c.spreekuur_id))
        .where(
            _v.c.id.in_(list(ids)),
            _v.c.signal_kind.is_not(None),
            _v.c.signal_organisation.is_not(None),
        )
    )
    return {str(r[0]): (_note_row(r), bool(r[5])) for r in session.execute(stmt)}


def _note_row(row: Any) -> NoteRow:
    consult_date = row[3]
    if not isinstance(consult_date, date):  # pragma: no cover - both drivers return dates
        consult_date = date.fromisoformat(str(consult_date))
    return (str(row[0]), str(row[1]), str(row[2]), consult_date, str(row[4] or ""))

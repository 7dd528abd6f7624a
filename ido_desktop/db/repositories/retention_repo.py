"""Back-office retention: what is older than the cut-off day, and removing it.

Everything is a set-based statement on subqueries (no id lists), so it works the same on a
million consultations and on PostgreSQL. The report cells are kept (``report_agg_repo``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from ido_desktop.db.models import (
    Conflict,
    Consult,
    Doorverwijzing,
    RecordRevision,
    Spreekuur,
    Vraag,
    VraagHelp,
    VraagOrganisation,
    VraagProblem,
)
from ido_desktop.domain.retention import RetentionPreview


def _consults(cutoff: date) -> Any:
    return select(Consult.id).where(Consult.consult_date < cutoff)


def _questions(cutoff: date) -> Any:
    return select(Vraag.id).where(Vraag.consult_id.in_(_consults(cutoff)))


def _referrals(cutoff: date) -> Any:
    return select(Doorverwijzing.id).where(Doorverwijzing.vraag_id.in_(_questions(cutoff)))


def _spreekuren(cutoff: date) -> Any:
    """Spreekuren started before the cut-off that keep no consultation from it on."""
    start = datetime.combine(cutoff, time.min, tzinfo=UTC)
    kept = select(Consult.spreekuur_id).where(Consult.consult_date >= cutoff)
    return select(Spreekuur.id).where(Spreekuur.started_at < start, Spreekuur.id.not_in(kept))


def _history(cutoff: date) -> Any:
    """The revision history and conflicts of the records that go: (kind, id subquery)."""
    return (
        ("consult", _consults(cutoff)),
        ("vraag", _questions(cutoff)),
        ("doorverwijzing", _referrals(cutoff)),
        ("spreekuur", _spreekuren(cutoff)),
    )


def _of_history(model: Any, cutoff: date) -> Any:
    return or_(
        *(and_(model.kind == kind, model.record_id.in_(ids)) for kind, ids in _history(cutoff))
    )


def preview(session: Session, months: int, cutoff: date) -> RetentionPreview:
    def count(ids: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)

    return RetentionPreview(
        months=months,
        cutoff=cutoff,
        consultations=count(_consults(cutoff)),
        questions=count(_questions(cutoff)),
        referrals=count(_referrals(cutoff)),
        spreekuren=count(_spreekuren(cutoff)),
        revisions=int(
            session.scalar(
                select(func.count())
                .select_from(RecordRevision)
                .where(_of_history(RecordRevision, cutoff))
            )
            or 0
        ),
        oldest=session.scalar(
            select(func.min(Consult.consult_date)).where(Consult.consult_date < cutoff)
        ),
    )


def purge(session: Session, cutoff: date) -> None:
    """Remove the record-level data before ``cutoff``: history first, then children first."""
    session.execute(delete(RecordRevision).where(_of_history(RecordRevision, cutoff)))
    session.execute(delete(Conflict).where(_of_history(Conflict, cutoff)))
    spreekuren = list(session.scalars(_spreekuren(cutoff)))
    for part in (VraagOrganisation, VraagHelp, VraagProblem):
        session.execute(delete(part).where(part.vraag_id.in_(_questions(cutoff))))
    session.execute(delete(Doorverwijzing).where(Doorverwijzing.id.in_(_referrals(cutoff))))
    session.execute(delete(Vraag).where(Vraag.id.in_(_questions(cutoff))))
    session.execute(delete(Consult).where(Consult.consult_date < cutoff))
    for start in range(0, len(spreekuren), 500):
        chunk = spreekuren[start : start + 500]
        session.execute(delete(Spreekuur).where(Spreekuur.id.in_(chunk)))

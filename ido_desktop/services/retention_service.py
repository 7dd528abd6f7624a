"""Back office: reduce record-level data older than the retention period to aggregates.

The preview counts what would go. ``apply`` is one transaction: the report cells are brought
up to date and those of the old days kept for good (``reduced``), the records before the
cut-off day are removed, and one audit entry says what went. Reports over the old periods keep
their totals because they read the report cells; the records browser no longer finds them.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import records_repo, report_agg_repo, retention_repo
from ido_desktop.domain.retention import APPLIED, DEFAULT_MONTHS, RetentionPreview, cutoff_day
from ido_desktop.services.clock import Clock, local_today


class RetentionService:
    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def preview(self, months: int = DEFAULT_MONTHS) -> RetentionPreview:
        """What ``apply(months)`` would remove today. Changes nothing.

        Raises:
            ValidationError: E_RETENTION_MONTHS.
        """
        cutoff = cutoff_day(local_today(self._clock), months)
        with self._session_factory() as session:
            return retention_repo.preview(session, months, cutoff)

    def apply(self, months: int, actor: str) -> RetentionPreview:
        """Reduce everything before the cut-off day to aggregates; returns what went.

        Nothing older: nothing is written (no audit entry either).

        Raises:
            ValidationError: E_RETENTION_MONTHS (nothing changed).
        """
        cutoff = cutoff_day(local_today(self._clock), months)
        with self._session_factory.begin() as session:
            found = retention_repo.preview(session, months, cutoff)
            if not found.anything:
                return found
            report_agg_repo.refresh(session)
            report_agg_repo.mark_reduced(session, cutoff)
            retention_repo.purge(session, cutoff)
            report_agg_repo.refresh(session)
            records_repo.add_audit(
                session,
                actor.strip() or "?",
                APPLIED,
                f"retention:{cutoff.isoformat()}",
                found.as_dict(),
                self._clock.now(),
            )
        return replace(found, applied=True)

"""Counts of what the store holds, for ``stats`` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.models import Consult, Doorverwijzing, Spreekuur, Vraag
from ido_desktop.domain.model import StoreStats


class StatsService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def stats(self) -> StoreStats:
        with self._session_factory() as session:

            def live(
                model: type[Consult] | type[Vraag] | type[Doorverwijzing] | type[Spreekuur],
            ) -> int:
                stmt = select(func.count()).select_from(model).where(model.deleted.is_(False))
                return int(session.scalar(stmt) or 0)

            deleted = session.scalar(
                select(func.count()).select_from(Consult).where(Consult.deleted.is_(True))
            )
            return StoreStats(
                consultations=live(Consult),
                questions=live(Vraag),
                referrals=live(Doorverwijzing),
                spreekuren=live(Spreekuur),
                deleted_consultations=int(deleted or 0),
            )

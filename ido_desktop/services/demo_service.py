"""Realistic synthetic consultations for demos and benchmarks. No real person is in here.

Spreekuren are spread over the last eighteen months at every location, busy ones at the
central library; organisations, topics, results and referrals follow rough real-life weights.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import bulk_repo, report_agg_repo
from ido_desktop.domain.ids import uuid7
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    QuestionDomain,
    RepeatVisit,
    Warmth,
)
from ido_desktop.services.clock import Clock

DAYS_BACK = 548
ORGANISATION_WEIGHTS = {
    "belastingdienst": 18,
    "toeslagen": 14,
    "digid_logius": 16,
    "gemeente": 12,
    "uwv": 8,
    "svb": 5,
    "duo": 3,
    "cjib": 3,
    "cak": 3,
    "rdw": 2,
    "cbr": 2,
    "mijnoverheid": 4,
    "zorgverzekeraar": 5,
    "bank": 6,
    "woningcorporatie": 3,
    "energie_telecom": 2,
    "bibliotheek": 6,
    "overig": 3,
}
HARMLESS_NOTES = (
    "Brief over terugvordering samen doorgelezen.",
    "Bezoeker komt volgende week terug met de brief.",
    "Wachtwoord opnieuw aangevraagd, brief komt per post.",
    "Uitleg over de berichtenbox gegeven.",
    "Samen de aangifte ingevuld, nog niet verstuurd.",
    "Formulier was onduidelijk, samen stap voor stap gedaan.",
    "App werkte niet op oude telefoon.",
    "Doorverwezen voor hulp bij geldzaken.",
    "Bezoeker wil graag een cursus volgen.",
    "Site gaf steeds een foutmelding.",
)


def _weighted(rng: random.Random, weights: Mapping[Any, float]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass
class _Rows:
    spreekuur: list[dict[str, Any]] = field(default_factory=list)
    consult: list[dict[str, Any]] = field(default_factory=list)
    vraag: list[dict[str, Any]] = field(default_factory=list)
    vraag_organisation: list[dict[str, Any]] = field(default_factory=list)
    vraag_help: list[dict[str, Any]] = field(default_factory=list)
    vraag_problem: list[dict[str, Any]] = field(default_factory=list)
    doorverwijzing: list[dict[str, Any]] = field(default_factory=list)


class DemoService:
    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, device_id: str
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._device_id = device_id

    def generate(
        self,
        consultations: int,
        catalog: ReferenceCatalog,
        seed: int = 1,
        refresh_reports: bool = True,
    ) -> int:
        """Add ``consultations`` closed-spreekuur consultations in one transaction.

        The report cells of the days touched are computed in the same transaction (unless
        ``refresh_reports`` is off: then the next report does it), so the first report after
        a big demo set is as quick as any.
        """
        rng = random.Random(seed)
        with self._session_factory.begin() as session:
            first_clock = bulk_repo.reserve_clock(session, self._device_id, consultations * 8)
            rows = _Generator(rng, catalog, self._device_id, self._clock.now(), first_clock).build(
                consultations
            )
            with report_agg_repo.bulk_inserts(session):
                for table in (
                    "spreekuur",
                    "consult",
                    "vraag",
                    "vraag_organisation",
                    "vraag_help",
                    "vraag_problem",
                    "doorverwijzing",
                ):
                    bulk_repo.insert_rows(session, table, getattr(rows, table))
            report_agg_repo.mark_days(session, (row["consult_date"] for row in rows.consult))
            if refresh_reports:
                report_agg_repo.refresh(session)
        return consultations


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        catalog: ReferenceCatalog,
        device_id: str,
        now: datetime,
        first_clock: int,
    ) -> None:
        self.rng = rng
        self.catalog = catalog
        self.device_id = device_id
        self.now = now
        self.clock = first_clock
        self.rows = _Rows()
        locations = catalog.items("locations")
        self.location_weights = {
            loc.code: 12 if loc.get("is_central") else (4 if loc.get("type") == "branch" else 1.5)
            for loc in locations
        }
        self.organisation_weights = {
            code: w
            for code, w in ORGANISATION_WEIGHTS.items()
            if catalog.has("organisations", code)
        }
        self.topics_by_org = {
            org: [t.code for t in catalog.topics_for(org)[:12]] for org in self.organisation_weights
        }
        self.help_forms = [i.code for i in catalog.items("help_forms")]
        self.results = {"opgelost": 60, "deels": 20, "niet_opgelost": 8, "vervolgafspraak": 12}
        self.problems = [i.code for i in catalog.items("problems")]
        self.signal_kinds = [i.code for i in catalog.items("signal_kinds")]
        self.digid_details = [i.code for i in catalog.items("digid_details")]
        self.partners = catalog.items("partners")
        self.courses = [i.code for i in catalog.items("courses")]

    def _record(self, created: datetime) -> dict[str, Any]:
        self.clock += 1
        return {
            "id": uuid7(),
            "device_id": self.device_id,
            "revision": 1,
            "created_at": created,
            "updated_at": created,
            "updated_clock": self.clock,
            "deleted": False,
        }

    def build(self, consultations: int) -> _Rows:
        # Spreekuur start times, oldest first; ~8 consultations each.
        sessions = max(1, consultations // 8)
        starts = sorted(
            self.now - timedelta(days=self.rng.uniform(1, DAYS_BACK)) for _ in range(sessions)
        )
        remaining = consultations
        for index, start in enumerate(starts):
            start = start.replace(
                hour=self.rng.choice((9, 10, 13, 14, 18)), minute=0, second=0, microsecond=0
            )
            left = sessions - index
            count = (
                remaining
                if left == 1
                else max(1, min(remaining - (left - 1), round(self.rng.gauss(8, 3))))
            )
            remaining -= count
            self._spreekuur(start, count)
        return self.rows

    def _spreekuur(self, start: datetime, count: int) -> None:
        rec = self._record(start)
        end = start + timedelta(hours=3)
        rec.update(
            location_code=_weighted(self.rng, self.location_weights),
            staff_code=f"MW{self.rng.randint(1, 14):02d}",
            started_at=start,
            ended_at=end,
        )
        self.rows.spreekuur.append(rec)
        for n in range(count):
            self._consult(rec["id"], start + timedelta(minutes=10 + n * 170 // max(count, 1)))

    def _consult(self, spreekuur_id: str, at: datetime) -> None:
        rng = self.rng
        rec = self._record(at)
        local = at.astimezone()
        rec.update(
            spreekuur_id=spreekuur_id,
            consult_date=local.date(),
            part_of_day=str(PartOfDay.from_hour(local.hour)),
            duration_band=str(rng.choices(list(DurationBand), (20, 35, 25, 15, 5))[0]),
            channel=str(rng.choices(list(Channel), (60, 35, 5))[0]),
            found_via=str(rng.choices(list(FoundVia), (35, 20, 20, 12, 10, 3))[0]),
            age_band=str(rng.choices(list(AgeBand), (30, 1, 5, 15, 20, 17, 12))[0]),
            language=str(rng.choices(list(Language), (40, 40, 15, 5))[0]),
            repeat_visit=str(rng.choices(list(RepeatVisit), (30, 35, 35))[0]),
            on_behalf_consent=rng.random() < 0.1,
        )
        self.rows.consult.append(rec)
        for position in range(rng.choices((1, 2, 3), (75, 20, 5))[0]):
            self._question(rec["id"], position, at)

    def _question(self, consult_id: str, position: int, at: datetime) -> None:
        rng = self.rng
        org = _weighted(rng, self.organisation_weights)
        topic = rng.choice(self.topics_by_org[org])
        rec = self._record(at)
        signal = rng.random() < 0.05
        rec.update(
            consult_id=consult_id,
            position=position,
            domain=self.catalog.domain_of_topic(topic) or str(QuestionDomain.OVERIG),
            topic=topic,
            digid_detail=rng.choice(self.digid_details)
            if self.catalog.is_digid_topic(topic)
            else None,
            result=_weighted(rng, self.results),
            signal_kind=rng.choice(self.signal_kinds) if signal else None,
            signal_organisation=org if signal else None,
            note=rng.choice(HARMLESS_NOTES) if rng.random() < 0.1 else "",
        )
        self.rows.vraag.append(rec)
        self.rows.vraag_organisation.append({"vraag_id": rec["id"], "code": org, "position": 0})
        for code in rng.sample(self.help_forms, rng.choices((1, 2), (70, 30))[0]):
            self.rows.vraag_help.append({"vraag_id": rec["id"], "code": code})
        if rng.random() < 0.18:
            self.rows.vraag_problem.append(
                {"vraag_id": rec["id"], "code": rng.choice(self.problems)}
            )
        if rng.random() < 0.2:
            self._referral(rec["id"], at)

    def _referral(self, vraag_id: str, at: datetime) -> None:
        rng = self.rng
        rec = self._record(at)
        partner = rng.choice(self.partners) if rng.random() < 0.8 else None
        rec.update(
            vraag_id=vraag_id,
            partner_code=partner.code if partner else None,
            category_code=partner.get("category") if partner else None,
            course_code=None if partner else rng.choice(self.courses),
            warmth=str(rng.choices(list(Warmth), (55, 35, 10))[0]),
        )
        self.rows.doorverwijzing.append(rec)

"""Frozen dataclasses that services hand to the UI and take back from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
    Role,
    Warmth,
)


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    role: Role
    name: str
    created_at: datetime


@dataclass(frozen=True)
class Spreekuur:
    id: str
    location_code: str
    staff_code: str
    started_at: datetime
    ended_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class ReferralDraft:
    """A referral as the form edits it. One of partner, category or course is required."""

    warmth: Warmth = Warmth.KOUD
    partner_code: str | None = None
    category_code: str | None = None
    course_code: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class QuestionDraft:
    """One question of a visitor. ``id`` is set when it edits a stored question."""

    organisations: tuple[str, ...] = ()
    topic: str | None = None
    help_forms: tuple[str, ...] = ()
    result: str | None = None
    digid_detail: str | None = None
    problems: tuple[str, ...] = ()
    signal_kind: str | None = None
    signal_organisation: str | None = None
    note: str = ""
    referrals: tuple[ReferralDraft, ...] = ()
    id: str | None = None


@dataclass(frozen=True)
class ConsultDraft:
    """A whole consultation as the form edits it."""

    consult_date: date
    part_of_day: PartOfDay
    duration_band: DurationBand
    questions: tuple[QuestionDraft, ...] = ()
    channel: Channel = Channel.INLOOP
    found_via: FoundVia = FoundVia.EIGEN_INITIATIEF
    age_band: AgeBand = AgeBand.ONBEKEND
    language: Language = Language.ONBEKEND
    repeat_visit: RepeatVisit = RepeatVisit.ONBEKEND
    on_behalf_consent: bool = False
    id: str | None = None


@dataclass(frozen=True)
class ConsultRow:
    """One line of today's list."""

    id: str
    registered_at: datetime
    consult_date: date
    part_of_day: PartOfDay
    duration_band: DurationBand
    organisations: tuple[str, ...]
    topics: tuple[str, ...]
    results: tuple[str, ...]
    question_count: int
    referral_count: int
    revision: int


@dataclass(frozen=True)
class CountRow:
    code: str
    count: int


@dataclass(frozen=True)
class TodaySummary:
    consultations: int
    questions: int
    referrals: int
    by_organisation: tuple[CountRow, ...] = ()
    by_topic: tuple[CountRow, ...] = ()


@dataclass(frozen=True)
class StoreStats:
    consultations: int
    questions: int
    referrals: int
    spreekuren: int
    deleted_consultations: int

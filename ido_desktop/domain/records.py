"""The back office's records browser: what to look for, and what it shows (PRODUCT.md 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
)

BRANCH = "branch"  # RecordFilter.location_type for every branch; otherwise a PopupType
NO_VALUE = "_none"  # RecordFilter: a live question without this value (see RecordFilter)


class RecordSort(StrEnum):
    CONSULT_DATE = "consult_date"
    CREATED_AT = "created_at"
    LOCATION = "location"
    DEVICE = "device"


class RevisionSource(StrEnum):
    IMPORT = "import"  # applied from a sync file
    LOCAL = "local"  # written on this install
    CORRECTION = "correction"  # corrected in the records browser


@dataclass(frozen=True)
class RecordFilter:
    """Which consultations to show. Empty fields do not filter.

    The question-level fields (domain ... problem, note_text) must all hold for one and the same
    live question; referral category and warmth for one and the same live referral of it.

    These also let a report cell open exactly its consultations (``domain/report_trace.py``):
    :data:`NO_VALUE` in organisation, help form, problem, referral category or warmth asks for a
    live question *without* one (the report's "Niet doorverwezen", "Geen onderliggend
    probleem"); the referral category ``COURSE_KEY`` ("_cursus") asks for a course without a
    partner category, and ``overig`` also takes a referral with neither category nor course,
    as the report counts them. ``registered_hour`` is the Dutch local hour ("09") at which the
    consultation was registered on its own consult date, or :data:`NO_VALUE` for one entered on
    another day (see ``domain/report.py``).
    """

    date_from: date | None = None
    date_to: date | None = None
    location_codes: tuple[str, ...] = ()
    location_type: str | None = None  # BRANCH or a PopupType value
    device_id: str | None = None
    organisation: str | None = None
    topic: str | None = None
    help_form: str | None = None
    result: str | None = None
    referral_category: str | None = None
    warmth: str | None = None
    note_text: str | None = None
    domain: str | None = None
    problem: str | None = None
    age_band: str | None = None
    language: str | None = None
    channel: str | None = None
    repeat_visit: str | None = None
    found_via: str | None = None
    duration_band: str | None = None
    registered_hour: str | None = None


@dataclass(frozen=True)
class RecordRow:
    """One line of the records browser."""

    id: str
    consult_date: date
    part_of_day: PartOfDay
    location_code: str
    device_id: str
    device_name: str
    organisations: tuple[str, ...]
    topics: tuple[str, ...]
    results: tuple[str, ...]
    help_forms: tuple[str, ...]
    referral_count: int
    warm: bool  # some referral is a warm contact or a warm handover
    revision: int
    created_at: datetime


@dataclass(frozen=True)
class ReferralInfo:
    id: str
    warmth: str
    partner_code: str | None
    category_code: str | None
    course_code: str | None
    revision: int


@dataclass(frozen=True)
class QuestionInfo:
    id: str
    position: int
    domain: str
    organisations: tuple[str, ...]
    topic: str
    digid_detail: str | None
    help_forms: tuple[str, ...]
    result: str
    problems: tuple[str, ...]
    signal_kind: str | None
    signal_organisation: str | None
    note: str
    revision: int
    referrals: tuple[ReferralInfo, ...]


@dataclass(frozen=True)
class RecordRevisionInfo:
    """One revision of one record of a consultation, and where it came from."""

    kind: str
    record_id: str
    revision: int
    source: str  # a RevisionSource value
    device_name: str
    file_name: str | None
    sequence: int | None
    recorded_at: datetime


@dataclass(frozen=True)
class RecordDetail:
    id: str
    consult_date: date
    part_of_day: PartOfDay
    duration_band: DurationBand
    channel: Channel
    found_via: FoundVia
    age_band: AgeBand
    language: Language
    repeat_visit: RepeatVisit
    on_behalf_consent: bool
    location_code: str
    staff_code: str
    device_id: str
    device_name: str
    revision: int
    created_at: datetime
    updated_at: datetime
    deleted: bool
    questions: tuple[QuestionInfo, ...]
    history: tuple[RecordRevisionInfo, ...]


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str  # stable code, e.g. "record.corrected"
    subject: str  # e.g. "consult:<id>"
    details: Mapping[str, Any]

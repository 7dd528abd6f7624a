"""Reports (PRODUCT.md 6): what may be asked, the result table, and small-count suppression.

Pure: no SQL, no Qt. ``db/repositories/report_repo.py`` counts, ``services/report_service.py``
labels and exports.

Counting rules:

- Only live records count, and only when their parents are live (a live question of a
  tombstoned consult does not count). A consult counts in the period of its ``consult_date``.
- *Consulten* is the number of distinct consultations in a group, *vragen* the number of
  distinct questions. For a consult-level dimension (location, channel, ...) the questions are
  the live questions of those consultations.
- Multi-valued dimensions (organisation, help_form, problem, referral_category, warmth): a
  consultation (and a question) counts once in *every* group it belongs to, so the group rows
  can add up to more than the total. The totals line is always the true distinct total.
  Questions without a value (no problem, no referral) form their own group, shown last.
- *Doorverwezen* counts questions with at least one live referral; *warm* those with at least one
  warm contact or warm handover. Shares are of the questions in the same row.
- ``spreekuur_hour`` is the Dutch local hour (Europe/Amsterdam, see :func:`dutch_local_time`) at
  which the consultation was *registered* (its ``created_at``), because that is when the visitor
  was at the desk; the spreekuur's start would put every visitor of a three-hour session in its
  first hour. A consultation registered on another day than its ``consult_date`` (entered
  afterwards, for example by the back office) has no known hour and is counted as *onbekend*.

Suppression (PRODUCT.md 2.3: data leaves the back office only as aggregates, small counts
suppressed): every count from 1 to 4 becomes ``"<5"``; a share that rests on such a count becomes
``"x"`` (the CBS sign for a hidden figure). Zero stays 0: an empty group identifies nobody, and
hiding it would make a table useless. Totals stay exact when they are 5 or more. There is no
secondary (complementary) suppression: in a one-dimensional table a single hidden cell can be
found by subtracting the others from the total. That is accepted for these anonymous counts;
exports say which convention was applied.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.report_labels import Cell, Share
from ido_desktop.domain.vocab import Warmth

SUPPRESSION_THRESHOLD = 5
SUPPRESSED = "<5"
SHARE_SUPPRESSED = "x"
MAX_DIMENSIONS = 3
MAX_YEARS = 10
MEASURES = ("consultations", "questions")
WARM = (str(Warmth.WARM_CONTACT), str(Warmth.WARME_OVERDRACHT))
#: Key of a referral that names a course but no partner category.
COURSE_KEY = "_cursus"


class ReportCancelledError(IdoError):
    """The user cancelled building or exporting a report."""

    code = "E_REPORT_CANCELLED"


@dataclass(frozen=True)
class Dimension:
    """One way to group.

    Attributes:
        name: The name used in ``--by``.
        level: Where the value lives: ``consult``, ``vraag`` or ``referral``.
        multi: A question can have more than one value (organisations, help forms, ...).
        ordinal: Rows follow the values' own order (time, age) instead of the largest first.
        source: The key the repository groups on; differs from ``name`` for derived dimensions.
        catalog_kind: Reference-data kind that labels the codes, if any.
    """

    name: str
    nl: str
    en: str
    level: str = "consult"
    multi: bool = False
    ordinal: bool = False
    source: str = ""
    catalog_kind: str | None = None

    @property
    def sql_key(self) -> str:
        return self.source or self.name

    def label(self, language: str) -> str:
        return self.en if language == "en" else self.nl


_DIMENSION_LIST = (
    Dimension("period_month", "Maand", "Month", ordinal=True),
    Dimension("period_quarter", "Kwartaal", "Quarter", ordinal=True),
    Dimension("period_year", "Jaar", "Year", ordinal=True),
    Dimension("location", "Locatie", "Location", catalog_kind="locations"),
    Dimension("location_type", "Soort locatie", "Kind of location", source="location"),
    Dimension(
        "organisation", "Organisatie", "Organisation", "vraag", True, catalog_kind="organisations"
    ),
    Dimension("topic", "Onderwerp", "Topic", "vraag", catalog_kind="topics"),
    Dimension("domain", "Domein", "Domain", "vraag"),
    Dimension(
        "help_form", "Vorm van hulp", "Form of help", "vraag", True, catalog_kind="help_forms"
    ),
    Dimension("result", "Resultaat", "Result", "vraag", catalog_kind="results"),
    Dimension(
        "referral_category",
        "Doorverwezen naar (categorie)",
        "Referred to (category)",
        "referral",
        True,
        catalog_kind="partner_categories",
    ),
    Dimension("warmth", "Soort doorverwijzing", "Kind of referral", "referral", True, True),
    Dimension(
        "problem",
        "Onderliggend probleem",
        "Underlying problem",
        "vraag",
        True,
        catalog_kind="problems",
    ),
    Dimension("age_band", "Leeftijd", "Age", ordinal=True),
    Dimension("language", "Taal van het gesprek", "Language of the conversation"),
    Dimension("spreekuur_hour", "Uur", "Hour", ordinal=True, source="registered_hour"),
    Dimension("channel", "Kanaal", "Channel"),
    Dimension("repeat_visit", "Herhaalbezoek", "Repeat visit"),
    Dimension("found_via", "Bij het IDO gekomen via", "Found us via"),
    Dimension("duration_band", "Duur", "Duration", ordinal=True),
)
DIMENSIONS: dict[str, Dimension] = {d.name: d for d in _DIMENSION_LIST}


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class ReportSpec:
    """What to count: a period (both days included), up to three dimensions and a measure.

    ``measure`` (``consultations`` or ``questions``) orders the rows and feeds the chart; every
    row carries both counts. Raises :class:`ValidationError` when the spec cannot be built.
    """

    date_from: date
    date_to: date
    by: tuple[str, ...] = ()
    measure: str = "consultations"

    def __post_init__(self) -> None:
        object.__setattr__(self, "by", tuple(self.by))
        if self.date_from > self.date_to:
            raise ValidationError(
                "E_REPORT_PERIOD", "date_from", date_from=self.date_from, date_to=self.date_to
            )
        if self.date_to >= _add_years(self.date_from, MAX_YEARS):
            raise ValidationError(
                "E_REPORT_PERIOD", "date_to", date_from=self.date_from, date_to=self.date_to
            )
        if len(self.by) > MAX_DIMENSIONS:
            raise ValidationError("E_REPORT_TOO_MANY_DIMENSIONS", "by", max=MAX_DIMENSIONS)
        for name in self.by:
            if name not in DIMENSIONS:
                raise ValidationError(
                    "E_REPORT_UNKNOWN_DIMENSION", "by", dimension=name, known=", ".join(DIMENSIONS)
                )
        if len(set(self.by)) != len(self.by):
            raise ValidationError("E_REPORT_DUPLICATE_DIMENSION", "by")
        if self.measure not in MEASURES:
            raise ValidationError(
                "E_REPORT_UNKNOWN_MEASURE",
                "measure",
                measure=self.measure,
                known=", ".join(MEASURES),
            )

    @property
    def dimensions(self) -> tuple[Dimension, ...]:
        return tuple(DIMENSIONS[name] for name in self.by)

    @property
    def multi_counted(self) -> bool:
        return any(d.multi for d in self.dimensions)


def parse_dimensions(text: str) -> tuple[str, ...]:
    """``"location, organisation"`` -> ``("location", "organisation")``."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def suppress(count: int) -> int | str:
    """A count as it may leave the back office: 1..4 become ``"<5"``, 0 stays 0."""
    return SUPPRESSED if 0 < count < SUPPRESSION_THRESHOLD else count


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Counts:
    """The four counts of one group, exact. ``referred``/``warm`` are numbers of questions."""

    consultations: int = 0
    questions: int = 0
    referred: int = 0
    warm: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.consultations + other.consultations,
            self.questions + other.questions,
            self.referred + other.referred,
            self.warm + other.warm,
        )

    def measure(self, name: str) -> int:
        return self.questions if name == "questions" else self.consultations


@dataclass(frozen=True)
class ReportRow:
    """One line of a report: group codes and labels, counts and shares.

    In a suppressed copy the counts may be ``"<5"`` and the shares ``"x"``. Shares are
    fractions (0.25 is 25 %), ``None`` when the row has no questions.
    """

    keys: tuple[str | None, ...]
    labels: tuple[str, ...]
    consultations: Cell
    questions: Cell
    referred: Cell
    referred_share: Share
    warm: Cell
    warm_share: Share

    @classmethod
    def of(cls, keys: tuple[str | None, ...], labels: tuple[str, ...], counts: Counts) -> ReportRow:
        return cls(
            keys,
            labels,
            counts.consultations,
            counts.questions,
            counts.referred,
            share(counts.referred, counts.questions),
            counts.warm,
            share(counts.warm, counts.questions),
        )

    def suppressed(self) -> ReportRow:
        def hide_share(value: Share, part: Cell) -> Share:
            return SHARE_SUPPRESSED if isinstance(part, int) and 0 < part < 5 else value

        return replace(
            self,
            consultations=_hide(self.consultations),
            questions=_hide(self.questions),
            referred=_hide(self.referred),
            referred_share=hide_share(self.referred_share, self.referred),
            warm=_hide(self.warm),
            warm_share=hide_share(self.warm_share, self.warm),
        )

    def values(self) -> tuple[Cell | Share, ...]:
        """The measure cells in column order (see :data:`MEASURE_COLUMNS`)."""
        return (
            self.consultations,
            self.questions,
            self.referred,
            self.referred_share,
            self.warm,
            self.warm_share,
        )

    def measure(self, name: str) -> Cell:
        return self.questions if name == "questions" else self.consultations


def _hide(value: Cell) -> Cell:
    return suppress(value) if isinstance(value, int) else value


#: (nl, en) headers of the measure columns, in the order of :meth:`ReportRow.values`.
MEASURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Consulten", "Consultations"),
    ("Vragen", "Questions"),
    ("Vragen doorverwezen", "Questions referred"),
    ("% doorverwezen", "% referred"),
    ("Warm doorverwezen", "Referred warmly"),
    ("% warm", "% warm"),
)
SHARE_COLUMNS = (3, 5)  # indexes into MEASURE_COLUMNS holding fractions


@dataclass(frozen=True)
class ReportTable:
    """A built report. ``suppressed()`` gives the copy that may leave the back office.

    Attributes:
        spec: What was asked.
        language: ``nl`` or ``en``: the language of labels, columns and notes.
        columns: Headers: one per dimension, then the measure columns.
        rows: The groups, in display order.
        totals: The true distinct totals of the period (labels: "Totaal", "", ...).
        marginals: Rows of the first dimension alone (for charts); equal to ``rows`` for a
            one-dimensional report, empty without dimensions.
        is_suppressed: Whether small counts are hidden in this copy.
    """

    spec: ReportSpec
    language: str
    columns: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    totals: ReportRow
    marginals: tuple[ReportRow, ...] = ()
    is_suppressed: bool = False
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def suppressed(self) -> ReportTable:
        if self.is_suppressed:
            return self
        return replace(
            self,
            rows=tuple(r.suppressed() for r in self.rows),
            totals=self.totals.suppressed(),
            marginals=tuple(r.suppressed() for r in self.marginals),
            is_suppressed=True,
        )

    @property
    def dimension_count(self) -> int:
        return len(self.spec.by)

    def cell_rows(self) -> list[tuple[Cell | Share, ...]]:
        """Every line as cells, the totals last: labels, then measure values."""
        return [(*row.labels, *row.values()) for row in (*self.rows, self.totals)]

    def notes(self) -> list[str]:
        """The explanations an export must carry, in the table's language."""
        return report_notes(self.language, self.spec.multi_counted, self.is_suppressed)


_NOTES = {
    "multi": (
        "Een consult kan in meer groepen vallen (bijvoorbeeld een vraag over twee "
        "organisaties); de groepen tellen dan op tot meer dan het totaal. De totaalregel telt "
        "elk consult en elke vraag één keer.",
        "A consultation can fall into more than one group (for example a question about two "
        "organisations); the groups then add up to more than the total. The totals line counts "
        "every consultation and question once.",
    ),
    "suppressed": (
        f"Aantallen van 1 tot en met 4 zijn vervangen door '{SUPPRESSED}' en percentages die "
        f"daarop berusten door '{SHARE_SUPPRESSED}', zodat geen bezoeker herkenbaar is. "
        "Totalen zijn exact.",
        f"Counts of 1 to 4 are replaced by '{SUPPRESSED}' and shares based on them by "
        f"'{SHARE_SUPPRESSED}', so that no visitor can be recognised. Totals are exact.",
    ),
    "exact": (
        "Intern overzicht met exacte aantallen: niet zo delen. Exporteer voor derden naar CSV, "
        "XLSX of PDF; daarin zijn kleine aantallen verborgen.",
        "Internal overview with exact counts: do not share as is. Export to CSV, XLSX or PDF "
        "for others; small counts are hidden there.",
    ),
    "referred": (
        "Doorverwezen: vragen met minstens één doorverwijzing. Warm: warm contact (samen gebeld "
        "of afspraak gemaakt) of warme overdracht. Percentages zijn van het aantal vragen.",
        "Referred: questions with at least one referral. Warm: warm contact (phoned or booked "
        "together) or warm handover. Shares are of the number of questions.",
    ),
}


def report_notes(language: str, multi_counted: bool, suppressed: bool) -> list[str]:
    index = 1 if language == "en" else 0
    keys = (["multi"] if multi_counted else []) + [
        "suppressed" if suppressed else "exact",
        "referred",
    ]
    return [_NOTES[k][index] for k in keys]


def measure_columns(language: str) -> tuple[str, ...]:
    index = 1 if language == "en" else 0
    return tuple(pair[index] for pair in MEASURE_COLUMNS)


# --- Time: the Dutch local hour without a time-zone database. ----------------------------------


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def dutch_local_time(utc: datetime) -> datetime:
    """Europe/Amsterdam wall-clock time (naive) for a UTC time.

    The EU rule (in force since 1996): summer time (UTC+2) from 01:00 UTC on the last Sunday of
    March to 01:00 UTC on the last Sunday of October, otherwise UTC+1. Written out so that the
    frozen Windows build needs no time-zone database.
    """
    if utc.tzinfo is not None:
        utc = utc.astimezone(UTC).replace(tzinfo=None)
    start = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return utc + timedelta(hours=2 if start <= utc < end else 1)


def registered_hour(bucket: str | None) -> str | None:
    """The local hour key ("09") from the repository's ``"YYYY-MM-DD HH|YYYY-MM-DD"`` bucket.

    The bucket is the UTC hour of registration and the consult date; ``None`` when the
    consultation was registered on another (local) day than its consult date.
    """
    if not bucket:
        return None
    utc_hour, _, consult_day = bucket.partition("|")
    local = dutch_local_time(datetime.strptime(utc_hour[:13], "%Y-%m-%d %H"))
    if consult_day and local.date().isoformat() != consult_day[:10]:
        return None
    return f"{local.hour:02d}"


# --- The KB list (PRODUCT.md 6: "a list in the order of the KB registration form"). -------------


class KbItem(NamedTuple):
    """One line of the KB list: a label and a value (``"<5"`` in an export), and its section."""

    label: str
    value: Cell
    section: str = ""


def suppress_items(items: list[KbItem]) -> list[KbItem]:
    return [item._replace(value=_hide(item.value)) for item in items]


def sort_rows(
    rows: Mapping[tuple[str | None, ...], Counts],
    dimensions: tuple[Dimension, ...],
    measure: str,
    natural_order: Callable[[Dimension, str], tuple[int, str]],
) -> list[tuple[tuple[str | None, ...], Counts]]:
    """Display order, nested: ordinal dimensions in their own order, others largest first.

    A group's size is its total within the group of the dimensions before it (so organisations
    are ordered per location); the "none" group always comes last.
    """
    sizes: dict[tuple[str | None, ...], int] = {}
    for keys, counts in rows.items():
        for i in range(1, len(keys) + 1):
            sizes[keys[:i]] = sizes.get(keys[:i], 0) + counts.measure(measure)

    def sort_key(item: tuple[tuple[str | None, ...], Counts]) -> tuple[object, ...]:
        keys = item[0]
        parts: list[object] = []
        for i, (dimension, key) in enumerate(zip(dimensions, keys, strict=True)):
            if key is None:
                parts.append((1, 0, ""))
            elif dimension.ordinal:
                parts.append((0, *natural_order(dimension, key)))
            else:
                parts.append((0, -sizes[keys[: i + 1]], key))
        return tuple(parts)

    return sorted(rows.items(), key=sort_key)

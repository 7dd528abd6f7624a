"""Bottleneck signals (signalering, PRODUCT.md 1 and 6): counts, the rising-trend rule, notes.

Pure: no SQL, no Qt. ``db/repositories/signals_repo.py`` counts, ``services/signals_service.py``
labels and writes the partner feedback sheet.

What counts: a *signal* is one live question (of a live consultation of a live spreekuur) on
which staff recorded a bottleneck: an organisation and a kind. A question counts once, in the
period of its consultation's ``consult_date`` (both days of a window included).

The rising-trend rule (:func:`is_rising`): months are calendar months. *This month* is the month
that contains the reference date, counted from its first day up to and including the reference
date; the *previous three* are the three complete calendar months before it. A combination of
organisation and kind is **rising** when

- this month has at least ``minimum`` signals (default 5, the suppression threshold: a trend
  resting on fewer could point at a single visitor), **and**
- this month has at least ``factor`` (default 1.5) times the mean of the previous three months.

When the previous three months hold no signals at all, the mean is 0 and reaching the minimum
is enough: a bottleneck that appears from nothing is the clearest rise there is.

The reference date is chosen by the clerk: by default it is *today* (the current month so far),
and the screen offers the last complete month with one click. A month so far is compared with
three complete months, which makes a rise harder to reach early in the month, never easier: no
false alarm from a partial month.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from ido_desktop.domain.report import SUPPRESSION_THRESHOLD

RISING_MINIMUM = SUPPRESSION_THRESHOLD
RISING_FACTOR = 1.5
PREVIOUS_MONTHS = 3
#: Example notes offered for one organisation, newest first.
NOTE_CANDIDATES = 50
#: Example notes a feedback sheet may quote (it must stay one or two pages).
MAX_SHEET_NOTES = 10
#: Months shown in a monthly chart at most.
MAX_CHART_MONTHS = 24


@dataclass(frozen=True)
class SignalCount:
    """The number of signals of one organisation and kind (codes) in a window."""

    organisation: str
    kind: str
    count: int


@dataclass(frozen=True)
class TrendRow:
    """This month against the three before it, for one organisation and kind.

    Attributes:
        previous_three: Counts of the three complete months before this month, oldest first.
        rising: The outcome of :func:`is_rising`.
    """

    organisation: str
    kind: str
    this_month: int
    previous_three: tuple[int, int, int]
    rising: bool


@dataclass(frozen=True)
class SignalRow:
    """One line of the signals screen: window count and trend of an organisation and kind."""

    organisation: str
    kind: str
    organisation_label: str
    kind_label: str
    count: int
    trend: TrendRow


@dataclass(frozen=True)
class ExampleNote:
    """A note staff wrote on a question with a signal; a candidate quote for a feedback sheet.

    ``consult_date`` is for the clerk's screen only: a feedback sheet names the month.
    """

    id: str
    organisation: str
    kind: str
    consult_date: date
    note: str

    @property
    def month(self) -> str:
        return month_key(self.consult_date)


def is_rising(
    this_month: int,
    previous: Sequence[int],
    minimum: int = RISING_MINIMUM,
    factor: float = RISING_FACTOR,
) -> bool:
    """Whether ``this_month`` is a rise against ``previous`` (see the module docstring).

    Rising when ``this_month >= minimum`` and ``this_month >= factor * mean(previous)``; a mean
    of 0 (or no previous months) makes the minimum enough.
    """
    if this_month < minimum:
        return False
    if not previous:
        return True
    # this_month >= factor * sum / n, in exact fractions (no rounding at the boundary).
    return this_month * len(previous) >= Fraction(str(factor)) * sum(previous)


# --- Calendar months. ----------------------------------------------------------------------------


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_key(day: date) -> str:
    """``2026-03``: the key the repository groups months on."""
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: date, last: date) -> list[str]:
    """Keys of every calendar month from the month of ``first`` to that of ``last``."""
    keys: list[str] = []
    current = month_start(first)
    while current <= last:
        keys.append(month_key(current))
        current = add_months(current, 1)
    return keys


def last_complete_month(today: date) -> tuple[date, date]:
    """First and last day of the calendar month before the month of ``today``."""
    end = month_start(today) - timedelta(days=1)
    return month_start(end), end


def trend_window(reference: date) -> tuple[date, date]:
    """The days the trend of ``reference`` needs: three complete months and this month so far."""
    return add_months(reference, -PREVIOUS_MONTHS), reference


def trend_months(reference: date) -> tuple[str, ...]:
    """Month keys of the trend, oldest first; the last is *this month*."""
    return tuple(month_key(add_months(reference, n)) for n in range(-PREVIOUS_MONTHS, 1))


def chart_months(date_from: date, date_to: date) -> list[str]:
    """Months of a monthly chart: those of the window, and at least the four trend months.

    At most :data:`MAX_CHART_MONTHS`, the latest kept.
    """
    first = min(month_start(date_from), add_months(date_to, -PREVIOUS_MONTHS))
    return months_between(first, date_to)[-MAX_CHART_MONTHS:]


def trend_rows(
    monthly: Mapping[tuple[str, str, str], int],
    reference: date,
    minimum: int = RISING_MINIMUM,
    factor: float = RISING_FACTOR,
) -> dict[tuple[str, str], TrendRow]:
    """Trend per (organisation, kind) from counts keyed (organisation, kind, month key).

    ``monthly`` must count this month only up to ``reference`` (see :func:`trend_window`).
    Combinations without any signal in the four months are left out.
    """
    months = trend_months(reference)
    pairs = {(org, kind) for org, kind, month in monthly if month in months}
    result = {}
    for org, kind in pairs:
        values = [monthly.get((org, kind, m), 0) for m in months]
        previous = (values[0], values[1], values[2])
        result[(org, kind)] = TrendRow(
            org, kind, values[3], previous, is_rising(values[3], previous, minimum, factor)
        )
    return result


def empty_trend(organisation: str, kind: str) -> TrendRow:
    return TrendRow(organisation, kind, 0, (0, 0, 0), False)


def total_per_kind(counts: Iterable[SignalCount], organisation: str) -> dict[str, int]:
    """Counts of one organisation per kind."""
    result: dict[str, int] = {}
    for c in counts:
        if c.organisation == organisation:
            result[c.kind] = result.get(c.kind, 0) + c.count
    return result

"""From a report cell to the consultations behind it (PRODUCT.md 6: every number traces back).

:func:`record_filter_for` turns a report's period and one row's group keys into the
:class:`RecordFilter` that makes the records browser show exactly the consultations the row's
*Consulten* counts. The report and the browser agree on every rule: question-level values
must hold for one and the same question, referral values for one and the same referral, a
"none" group is a question without that value (see ``domain/records.py``).
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date
from typing import Any

from ido_desktop.domain.records import BRANCH, NO_VALUE, RecordFilter
from ido_desktop.domain.report import ReportSpec

#: Dimensions whose "none" group is a question without a value.
_NONE_AS_NO_VALUE = ("organisation", "help_form", "problem", "referral_category", "warmth")
#: Dimensions that are a RecordFilter field of the same name.
_SAME_NAME = (
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
    "channel",
    "repeat_visit",
    "found_via",
    "duration_band",
)


def period_bounds(dimension: str, key: str) -> tuple[date, date]:
    """``("period_month", "2026-07")`` -> 1 July 2026 and 31 July 2026."""
    if dimension == "period_month":
        year, month = int(key[:4]), int(key[5:7])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if dimension == "period_quarter":
        year, quarter = int(key[:4]), int(key.split("-Q")[1])
        first = 3 * quarter - 2
        return date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1])
    year = int(key[:4])
    return date(year, 1, 1), date(year, 12, 31)


def record_filter_for(spec: ReportSpec, keys: tuple[str | None, ...] = ()) -> RecordFilter | None:
    """The filter for one row of a report of ``spec`` (``keys`` empty: the totals line).

    Returns None when the row cannot be traced: a group of consultations without any live
    question (topic, domain or result unknown) or of a location missing from the reference data.
    """
    fields: dict[str, Any] = {}
    date_from, date_to = spec.date_from, spec.date_to
    for name, key in zip(spec.by[: len(keys)], keys, strict=True):
        if name.startswith("period_"):
            if key is None:
                return None
            first, last = period_bounds(name, key)
            date_from, date_to = max(date_from, first), min(date_to, last)
        elif name == "location":
            if key is None:
                return None
            fields["location_codes"] = (key,)
        elif name == "location_type":
            if key is None:
                return None
            fields["location_type"] = BRANCH if key == BRANCH else key.removeprefix("popup:")
        elif name == "spreekuur_hour":
            fields["registered_hour"] = key or NO_VALUE
        elif key is None:
            if name not in _NONE_AS_NO_VALUE:
                return None
            fields[name] = NO_VALUE
        elif name in _SAME_NAME:
            fields[name] = key
        else:  # a new dimension without a mapping: refuse rather than show the wrong records
            return None
    return replace(RecordFilter(date_from=date_from, date_to=date_to), **fields)

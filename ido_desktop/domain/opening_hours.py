"""Opening hours per weekday: parsed from what a clerk types, shown as one short line.

A day holds one or more periods such as ``9.00-12.00, 13.00-17.00``; an empty day is closed or
unknown. The line shown to field staff groups days with the same hours: ``ma-vr 9.00-17.00,
za 10.00-14.00`` (Dutch) or ``Mon-Fri 9.00-17.00, Sat 10.00-14.00`` (English).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_EVERY_DAY = {"nl": "dagelijks", "en": "daily"}
_DAY_AND_NIGHT = {"nl": "dag en nacht", "en": "day and night"}
_PERIOD = re.compile(
    r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*(?:[-–]|tot|to)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(?:uur)?\s*$"
)


class HoursError(ValueError):
    """The text is not a list of periods like ``9.00-17.00``."""


def normalise_day(text: str) -> str:
    """``9-17``, ``09:00 – 17:00`` or ``9.00-12.00,13.00-17.00`` in one form; ``""`` stays.

    Raises:
        HoursError: a period is not ``H.MM-H.MM``, a time does not exist, or a period ends
            before it starts.
    """
    text = text.strip()
    if not text:
        return ""
    periods = []
    for part in re.split(r"\s*[,;/]\s*|\s+en\s+|\s+and\s+", text):
        match = _PERIOD.match(part)
        if not match:
            raise HoursError(text)
        start = _minutes(match.group(1), match.group(2), text)
        end = _minutes(match.group(3), match.group(4), text)
        if end <= start:
            raise HoursError(text)
        periods.append((start, end))
    periods.sort()
    for (_, first_end), (second_start, _) in zip(periods, periods[1:], strict=False):
        if second_start < first_end:
            raise HoursError(text)
    return ", ".join(f"{_clock(start)}-{_clock(end)}" for start, end in periods)


def _minutes(hours: str, minutes: str | None, text: str) -> int:
    h, m = int(hours), int(minutes or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise HoursError(text)
    return h * 60 + m


def _clock(minutes: int) -> str:
    return f"{minutes // 60}.{minutes % 60:02d}"


def summary(hours: Mapping[str, str], language: str = "nl") -> str:
    """One line for the week, days with equal hours grouped; ``""`` when no day has hours."""
    names = DAY_NAMES.get(language, DAY_NAMES["nl"])
    values = [str(hours.get(day) or "") for day in DAYS]
    if all(value == "0.00-24.00" for value in values):
        return _DAY_AND_NIGHT.get(language, _DAY_AND_NIGHT["nl"])
    if all(values) and len(set(values)) == 1:
        return f"{_EVERY_DAY.get(language, _EVERY_DAY['nl'])} {values[0]}"
    parts = []
    index = 0
    while index < len(DAYS):
        value = values[index]
        end = index
        while end + 1 < len(DAYS) and values[end + 1] == value:
            end += 1
        if value:
            days = names[index] if end == index else f"{names[index]}-{names[end]}"
            parts.append(f"{days} {value}")
        index = end + 1
    return ", ".join(parts)

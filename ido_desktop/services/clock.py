"""Time, injectable so tests can fix 'now' and 'today'."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC now."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    return clock.now().astimezone().date()


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day starts and ends."""
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)

"""Back-office retention (PRODUCT.md 2.3, issue 5 item 4): record-level data older than a period
is reduced to aggregates. Pure: the period, the cut-off day and what a preview reports."""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ido_desktop.domain.errors import ValidationError

DEFAULT_MONTHS = 24
MAX_MONTHS = 1200
APPLIED = "retention.applied"  # the audit action


def cutoff_day(today: date, months: int) -> date:
    """The first day that is kept: ``today`` minus ``months`` (the last day of a shorter month).

    Raises:
        ValidationError: E_RETENTION_MONTHS when ``months`` is not 1 to :data:`MAX_MONTHS`.
    """
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise ValidationError("E_RETENTION_MONTHS", "months", value=months, max=MAX_MONTHS)
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(today.day, last))


@dataclass(frozen=True)
class RetentionPreview:
    """What reducing to aggregates removes (a preview) or removed (after ``apply``).

    Attributes:
        months: The retention period asked for.
        cutoff: Consultations dated before this day go (with their questions, referrals,
            revision history and conflicts); spreekuren that started before it and keep no
            consultation go too.
        consultations: Consultation rows that go, tombstones included.
        oldest: The oldest consult date that goes, if any.
    """

    months: int
    cutoff: date
    consultations: int = 0
    questions: int = 0
    referrals: int = 0
    spreekuren: int = 0
    revisions: int = 0
    oldest: date | None = None
    applied: bool = False

    @property
    def anything(self) -> bool:
        return bool(self.consultations or self.spreekuren)

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["cutoff"] = self.cutoff.isoformat()
        found["oldest"] = self.oldest.isoformat() if self.oldest else None
        return found

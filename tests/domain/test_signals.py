"""The rising-trend rule and the calendar months it works on."""

from __future__ import annotations

from datetime import date

import pytest

from ido_desktop.domain.signals import (
    add_months,
    chart_months,
    is_rising,
    last_complete_month,
    months_between,
    trend_months,
    trend_rows,
    trend_window,
)


@pytest.mark.parametrize(
    ("this_month", "previous", "expected"),
    [
        (5, (0, 0, 0), True),  # from nothing: the minimum is enough
        (4, (0, 0, 0), False),  # below the minimum, however steep
        (6, (4, 4, 4), True),  # exactly 1.5 x the mean
        (5, (4, 4, 4), False),  # 1.25 x
        (6, (1, 2, 1), True),
        (2, (1, 1, 2), False),  # 1.5 x the mean, but below the minimum
        (9, (6, 6, 6), True),
        (8, (6, 6, 6), False),
        (6, (4, 4, 5), False),  # 6 < 1.5 x 13/3 = 6.5
        (7, (4, 4, 5), True),
        (5, (), True),
        (0, (0, 0, 0), False),
    ],
)
def test_is_rising(this_month, previous, expected):
    assert is_rising(this_month, previous) is expected


def test_is_rising_boundary_is_exact_not_floating_point():
    # 1.5 x mean(1, 1, 2) = 2 exactly; with floats 4/3 * 1.5 could miss it.
    assert is_rising(2, (1, 1, 2), minimum=1)
    assert not is_rising(1, (1, 1, 2), minimum=1)
    assert is_rising(11, (10, 10, 10), minimum=1, factor=1.1)


def test_minimum_and_factor_are_parameters():
    assert is_rising(3, (1, 1, 1), minimum=3, factor=3)
    assert not is_rising(3, (1, 1, 2), minimum=3, factor=3)


def test_months_are_calendar_months():
    assert add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 1)
    assert trend_months(date(2026, 3, 31)) == ("2025-12", "2026-01", "2026-02", "2026-03")
    assert trend_window(date(2026, 3, 9)) == (date(2025, 12, 1), date(2026, 3, 9))
    assert last_complete_month(date(2026, 3, 9)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert last_complete_month(date(2024, 3, 1)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert months_between(date(2025, 11, 20), date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_chart_months_cover_the_window_and_at_least_the_trend():
    assert chart_months(date(2026, 4, 1), date(2026, 4, 20)) == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
    ]
    long = chart_months(date(2020, 1, 1), date(2026, 4, 20))
    assert len(long) == 24 and long[-1] == "2026-04"


def test_trend_rows_from_monthly_counts():
    monthly = {
        ("belastingdienst", "storing", "2026-01"): 1,
        ("belastingdienst", "storing", "2026-04"): 7,
        ("uwv", "overig", "2026-02"): 3,
        ("uwv", "overig", "2025-12"): 50,  # not a trend month of April
        ("cjib", "overig", "2025-11"): 9,
    }
    rows = trend_rows(monthly, date(2026, 4, 20))
    assert set(rows) == {("belastingdienst", "storing"), ("uwv", "overig")}
    assert rows[("belastingdienst", "storing")].previous_three == (1, 0, 0)
    assert rows[("belastingdienst", "storing")].rising
    assert rows[("uwv", "overig")].this_month == 0
    assert not rows[("uwv", "overig")].rising

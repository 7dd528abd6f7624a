"""Ids and the fixed vocabularies."""

from __future__ import annotations

import uuid

import pytest

from ido_desktop.domain.ids import uuid7, uuid7_time_ms
from ido_desktop.domain.vocab import DurationBand, PartOfDay


def test_uuid7_is_version_7_rfc_variant_and_monotonic():
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert abs(uuid7_time_ms(ids[-1]) - uuid7_time_ms(ids[0])) < 5000


@pytest.mark.parametrize(
    ("minutes", "band"),
    [
        (0, "<10"),
        (9.99, "<10"),
        (10, "10-20"),
        (19.5, "10-20"),
        (20, "20-30"),
        (30, "30-60"),
        (59, "30-60"),
        (60, ">60"),
        (240, ">60"),
    ],
)
def test_duration_band_from_timer(minutes, band):
    assert DurationBand.from_minutes(minutes) == band


@pytest.mark.parametrize(
    ("hour", "part"),
    [(8, "ochtend"), (11, "ochtend"), (12, "middag"), (17, "middag"), (18, "avond"), (21, "avond")],
)
def test_part_of_day(hour, part):
    assert PartOfDay.from_hour(hour) == part

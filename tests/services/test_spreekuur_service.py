"""Opening and closing a spreekuur."""

from __future__ import annotations

import pytest

from ido_desktop.domain.errors import StateError, ValidationError


def test_start_and_close(services):
    catalog = services.reference.catalog()
    assert services.spreekuren.current() is None
    started = services.spreekuren.start("centrale_bibliotheek", " mw07 ", catalog)
    assert started.staff_code == "MW07" and started.is_open
    assert services.spreekuren.current() == started
    closed = services.spreekuren.close()
    assert closed.ended_at is not None and services.spreekuren.current() is None


@pytest.mark.parametrize(
    ("location", "staff", "code"),
    [
        ("centrale_bibliotheek", "", "E_STAFF_CODE_MISSING"),
        ("centrale_bibliotheek", "Jan Jansen", "E_STAFF_CODE_FORMAT"),
        ("centrale_bibliotheek", "MARIEKE", "E_STAFF_CODE_FORMAT"),
        ("nowhere", "MW07", "E_UNKNOWN_CODE"),
    ],
)
def test_bad_start_is_refused(services, location, staff, code):
    with pytest.raises(ValidationError) as refused:
        services.spreekuren.start(location, staff, services.reference.catalog())
    assert refused.value.code == code
    assert services.spreekuren.current() is None


def test_only_one_open_spreekuur(services, open_spreekuur):
    with pytest.raises(StateError) as refused:
        services.spreekuren.start("centrale_bibliotheek", "MW08", services.reference.catalog())
    assert refused.value.code == "E_SPREEKUUR_ALREADY_OPEN"


def test_closing_without_open_spreekuur_is_refused(services):
    with pytest.raises(StateError) as refused:
        services.spreekuren.close()
    assert refused.value.code == "E_NO_OPEN_SPREEKUUR"

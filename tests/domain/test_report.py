"""Report specs, suppression, the result table and the Dutch local hour: pure domain rules."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.report import (
    DIMENSIONS,
    Counts,
    ReportRow,
    ReportSpec,
    ReportTable,
    dutch_local_time,
    parse_dimensions,
    registered_hour,
    sort_rows,
    suppress,
)
from ido_desktop.domain.report_labels import (
    format_cell,
    format_period,
    period_label,
)

Q1 = (date(2025, 1, 1), date(2025, 3, 31))


def refused(**changes) -> str:
    values = dict(date_from=Q1[0], date_to=Q1[1], by=("location",), measure="consultations")
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        ReportSpec(**values)
    return caught.value.code


def test_a_valid_spec_keeps_its_dimensions_in_order():
    spec = ReportSpec(*Q1, by=["period_month", "organisation"])
    assert spec.by == ("period_month", "organisation")
    assert [d.name for d in spec.dimensions] == ["period_month", "organisation"]
    assert spec.multi_counted  # organisation is multi-valued
    assert not ReportSpec(*Q1, by=("location", "channel")).multi_counted


def test_bad_specs_are_refused_with_their_codes():
    assert refused(by=("location", "shoe_size")) == "E_REPORT_UNKNOWN_DIMENSION"
    assert refused(by=("location", "topic", "result", "channel")) == "E_REPORT_TOO_MANY_DIMENSIONS"
    assert refused(by=("location", "location")) == "E_REPORT_DUPLICATE_DIMENSION"
    assert refused(measure="visitors") == "E_REPORT_UNKNOWN_MEASURE"
    assert refused(date_from=date(2025, 4, 1)) == "E_REPORT_PERIOD"  # after date_to
    assert refused(date_from=date(2015, 1, 1), date_to=date(2025, 1, 1)) == "E_REPORT_PERIOD"


def test_ten_years_is_the_longest_period_and_one_day_the_shortest():
    ReportSpec(date(2015, 1, 1), date(2024, 12, 31), ("period_year",))
    ReportSpec(date(2025, 5, 5), date(2025, 5, 5), ("location",))
    ReportSpec(date(2016, 2, 29), date(2026, 2, 27))  # leap day start


def test_unknown_dimension_error_names_the_known_ones():
    with pytest.raises(ValidationError) as caught:
        ReportSpec(*Q1, by=("gemeente",))
    assert caught.value.params["dimension"] == "gemeente"
    assert "organisation" in str(caught.value.params["known"])


def test_every_dimension_in_the_brief_exists():
    wanted = {
        "period_month", "period_quarter", "period_year", "location", "location_type",
        "organisation", "topic", "help_form", "result", "referral_category", "warmth",
        "problem", "age_band", "language", "spreekuur_hour", "channel",
    }  # fmt: skip
    assert wanted <= set(DIMENSIONS)
    multi = {n for n, d in DIMENSIONS.items() if d.multi}
    assert multi == {"organisation", "help_form", "problem", "referral_category", "warmth"}


def test_parse_dimensions_splits_on_commas():
    assert parse_dimensions(" location, organisation ,") == ("location", "organisation")


@pytest.mark.parametrize(
    ("count", "shown"), [(0, 0), (1, "<5"), (3, "<5"), (4, "<5"), (5, 5), (6, 6), (1234, 1234)]
)
def test_suppress_hides_one_to_four_and_keeps_zero(count, shown):
    assert suppress(count) == shown


def _table(rows: list[tuple[str, Counts]], totals: Counts) -> ReportTable:
    return ReportTable(
        spec=ReportSpec(*Q1, by=("channel",)),
        language="nl",
        columns=("Kanaal", "Consulten", "Vragen", "a", "b", "c", "d"),
        rows=tuple(ReportRow.of((k,), (k,), c) for k, c in rows),
        totals=ReportRow.of((), ("Totaal",), totals),
    )


def test_suppressed_copy_hides_small_cells_and_keeps_big_totals_exact():
    table = _table(
        [("inloop", Counts(3, 4, 3, 0)), ("afspraak", Counts(5, 7, 0, 0))], Counts(8, 11, 3, 0)
    )
    hidden = table.suppressed()
    assert hidden.is_suppressed and not table.is_suppressed
    assert hidden.rows[0].consultations == "<5" and hidden.rows[0].questions == "<5"
    assert hidden.rows[0].referred == "<5" and hidden.rows[0].referred_share == "x"
    assert hidden.rows[0].warm == 0 and hidden.rows[0].warm_share == 0.0  # zero stays
    assert hidden.rows[1].consultations == 5 and hidden.rows[1].questions == 7
    assert hidden.totals.consultations == 8 and hidden.totals.questions == 11
    assert hidden.totals.referred == "<5"
    assert table.rows[0].consultations == 3  # the original is untouched
    assert hidden.suppressed() is hidden


def test_totals_below_five_are_hidden_too():
    table = _table([("inloop", Counts(2, 2, 0, 0))], Counts(2, 2, 0, 0))
    assert table.suppressed().totals.consultations == "<5"


def test_notes_mention_multi_counting_only_for_multi_valued_dimensions():
    spec = ReportSpec(*Q1, by=("organisation",))
    table = ReportTable(spec, "nl", ("Organisatie",), (), ReportRow.of((), ("Totaal",), Counts()))
    notes = " ".join(table.suppressed().notes())
    assert "Een consult kan in meer groepen vallen" in notes and "'<5'" in notes
    plain = _table([], Counts())
    assert "meer groepen" not in " ".join(plain.notes())
    assert "exacte aantallen" in " ".join(plain.notes())


@pytest.mark.parametrize(
    ("utc", "local"),
    [
        (datetime(2025, 1, 15, 8, 30), datetime(2025, 1, 15, 9, 30)),  # winter: UTC+1
        (datetime(2025, 7, 1, 8, 30), datetime(2025, 7, 1, 10, 30)),  # summer: UTC+2
        (datetime(2025, 3, 30, 0, 59), datetime(2025, 3, 30, 1, 59)),  # just before the switch
        (datetime(2025, 3, 30, 1, 0), datetime(2025, 3, 30, 3, 0)),  # clocks jump forward
        (datetime(2025, 10, 26, 0, 59), datetime(2025, 10, 26, 2, 59)),
        (datetime(2025, 10, 26, 1, 0), datetime(2025, 10, 26, 2, 0)),  # and back
        (datetime(2024, 12, 31, 23, 30), datetime(2025, 1, 1, 0, 30)),  # new year
    ],
)
def test_dutch_local_time_follows_the_eu_summer_time_rule(utc, local):
    assert dutch_local_time(utc) == local


def test_dutch_local_time_agrees_with_the_time_zone_database():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time-zone database on this machine")
    from datetime import UTC, timedelta

    moment = datetime(2019, 1, 1, tzinfo=UTC)
    while moment.year < 2031:
        expected = moment.astimezone(amsterdam).replace(tzinfo=None)
        assert dutch_local_time(moment) == expected, moment
        moment += timedelta(hours=7)


def test_registered_hour_is_local_and_unknown_when_entered_on_another_day():
    assert registered_hour("2025-07-01 08|2025-07-01") == "10"
    assert registered_hour("2025-01-15 17|2025-01-15") == "18"
    assert registered_hour("2025-07-01 08|2025-06-28") is None  # entered afterwards
    assert registered_hour(None) is None


def test_labels_and_numbers_read_naturally():
    assert period_label("period_month", "2025-03", "nl") == "maart 2025"
    assert period_label("period_month", "2025-03", "en") == "March 2025"
    assert period_label("period_quarter", "2025-Q1", "nl") == "2025 K1"
    assert period_label("period_quarter", "2025-Q1", "en") == "2025 Q1"
    assert format_cell(1234, "nl") == "1.234" and format_cell(1234, "en") == "1,234"
    assert format_cell(0.1834, "nl") == "18,3%" and format_cell("<5", "nl") == "<5"
    assert format_period(*Q1, "nl") == "1 januari 2025 t/m 31 maart 2025"


def test_rows_sort_by_time_for_periods_and_largest_first_otherwise():
    periods = DIMENSIONS["period_month"], DIMENSIONS["organisation"]
    rows = {
        ("2025-02", "uwv"): Counts(9, 9),
        ("2025-01", "uwv"): Counts(2, 2),
        ("2025-01", "belastingdienst"): Counts(7, 7),
        ("2025-01", None): Counts(50, 50),
    }
    ordered = [keys for keys, _ in sort_rows(rows, periods, "consultations", lambda d, k: (0, k))]
    assert ordered == [
        ("2025-01", "belastingdienst"),
        ("2025-01", "uwv"),
        ("2025-01", None),  # the "none" group comes last, however large
        ("2025-02", "uwv"),
    ]

"""Every report cell opens exactly its consultations in the records browser (PRODUCT.md 6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ido_desktop.domain.records import NO_VALUE, RecordFilter
from ido_desktop.domain.report import ReportSpec
from ido_desktop.domain.report_trace import period_bounds, record_filter_for
from ido_desktop.domain.vocab import Role
from tests.services.sync_helpers import demo, make

SPECS = [
    ("period_month",),
    ("period_quarter", "location_type"),
    ("location",),
    ("organisation",),
    ("topic", "result"),
    ("help_form", "domain"),
    ("referral_category", "warmth"),
    ("problem",),
    ("age_band", "language"),
    ("spreekuur_hour",),
    ("channel", "repeat_visit", "found_via"),
    ("location_type", "age_band", "channel"),
    ("period_month", "location", "duration_band"),
    ("duration_band", "period_year"),
    ("organisation", "referral_category", "problem"),
]


@pytest.fixture
def office(tmp_path, backoffice_db):
    services = make(tmp_path, "backoffice", Role.BACKOFFICE, backoffice_db)
    demo(services, 300, seed=7)
    yield services
    services.close()


@pytest.mark.parametrize("by", SPECS, ids=[",".join(s) for s in SPECS])
def test_every_cell_counts_what_the_records_browser_finds(office, by):
    today = office.consults.today()
    spec = ReportSpec(today - timedelta(days=600), today, by)
    table = office.reports.build(spec)
    assert table.rows
    for row in (*table.rows, table.totals):
        record_filter = record_filter_for(spec, row.keys)
        assert record_filter is not None, row.labels
        assert office.records.count(record_filter) == row.consultations, (by, row.labels)
    # The ids the browser lists agree with the count, also for the hour filter.
    row = table.rows[0]
    record_filter = record_filter_for(spec, row.keys)
    assert record_filter is not None
    assert len(office.records.find_ids(record_filter)) == row.consultations
    assert len(office.records.find_ids(record_filter, limit=3)) == min(3, row.consultations)


def test_the_none_groups_and_courses_are_traced(office):
    today = office.consults.today()
    spec = ReportSpec(today - timedelta(days=600), today, ("referral_category",))
    rows = {row.keys[0]: row for row in office.reports.build(spec).rows}
    assert None in rows and "_cursus" in rows  # demo data refers to courses without category
    assert record_filter_for(spec, (None,)) == RecordFilter(
        date_from=spec.date_from, date_to=spec.date_to, referral_category=NO_VALUE
    )


def test_a_period_group_is_cut_to_the_report_period():
    spec = ReportSpec(date(2026, 2, 10), date(2026, 5, 20), ("period_quarter",))
    found = record_filter_for(spec, ("2026-Q2",))
    assert found is not None
    assert (found.date_from, found.date_to) == (date(2026, 4, 1), date(2026, 5, 20))
    assert period_bounds("period_month", "2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds("period_year", "2025") == (date(2025, 1, 1), date(2025, 12, 31))


def test_rows_without_a_question_cannot_be_traced():
    spec = ReportSpec(date(2026, 1, 1), date(2026, 3, 31), ("topic",))
    assert record_filter_for(spec, (None,)) is None

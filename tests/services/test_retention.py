"""Back-office retention: preview, apply, report totals unchanged, refusals; on SQLite and (when a
server is given) PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import delete, func, select, text

from ido_desktop.db.models import (
    AuditLog,
    Consult,
    RecordRevision,
    ReportCube,
    ReportMonthCube,
    Spreekuur,
)
from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.records import RecordFilter
from ido_desktop.domain.report import ReportSpec
from ido_desktop.domain.retention import APPLIED, cutoff_day
from ido_desktop.domain.vocab import Role
from ido_desktop.messages import message
from ido_desktop.services.clock import local_today
from tests.services.records_data import build
from tests.services.sync_helpers import demo, make, snapshot

EVERYTHING = (date.today() - timedelta(days=3 * 365), date.today() + timedelta(days=365))
REPORTS = [
    (),
    ("period_month",),
    ("period_quarter", "location"),
    ("organisation",),
    ("spreekuur_hour",),
    ("referral_category",),
    ("period_year", "warmth"),
    ("help_form",),
    ("age_band", "language", "channel"),  # report cubes (schema 0005)
    ("period_quarter", "location", "found_via"),
    ("organisation", "result"),  # a pair cube
]


@pytest.fixture
def old_and_new(office, laptop, tmp_path):
    """Demo data over the last eighteen months and a real import (with history rows)."""
    demo(office, 300, seed=5)
    build(office, laptop, tmp_path / "stick")
    return office


def reports(services) -> dict:
    return {
        by: [(r.keys, r.values()) for r in services.reports.build(ReportSpec(*EVERYTHING, by)).rows]
        + [services.reports.build(ReportSpec(*EVERYTHING, by)).totals.values()]
        for by in REPORTS
    }


def scalar(services, query: str) -> int:
    with services.store.engine.connect() as conn:
        return int(conn.execute(text(query)).scalar() or 0)


def test_preview_counts_what_would_go_and_changes_nothing(old_and_new):
    office = old_and_new
    before = snapshot(office)
    found = office.records.retention.preview(6)
    cutoff = cutoff_day(local_today(office.clock), 6)
    assert found.cutoff == cutoff and found.months == 6 and not found.applied
    day = cutoff.isoformat()
    assert found.consultations == scalar(
        office, f"SELECT count(*) FROM consult WHERE consult_date < '{day}'"
    )
    assert 0 < found.consultations < scalar(office, "SELECT count(*) FROM consult")
    assert found.questions == scalar(
        office,
        "SELECT count(*) FROM vraag v JOIN consult c ON c.id = v.consult_id "
        f"WHERE c.consult_date < '{day}'",
    )
    assert found.referrals > 0 and found.spreekuren > 0
    assert found.oldest is not None and found.oldest < cutoff
    assert snapshot(office) == before
    assert json.loads(json.dumps(found.as_dict()))["cutoff"] == day
    # The default keeps the last 24 months: demo data is younger, nothing would go.
    assert not office.records.retention.preview().anything


def test_apply_removes_the_old_records_and_keeps_every_report_total(old_and_new):
    office = old_and_new
    before = reports(office)
    stats_before = office.stats.stats()
    found = office.records.retention.apply(6, "Backoffice Anna")
    assert found.applied and found.consultations > 0
    cutoff = found.cutoff
    with office.store.session_factory() as session:
        assert session.scalar(select(func.min(Consult.consult_date))) >= cutoff
        started = datetime.combine(cutoff, time.min, tzinfo=UTC)
        assert not session.scalar(  # no old spreekuur without a consultation is left
            select(func.count())
            .select_from(Spreekuur)
            .where(
                Spreekuur.started_at < started, Spreekuur.id.not_in(select(Consult.spreekuur_id))
            )
        )
        kept_revisions = session.scalar(select(func.count()).select_from(RecordRevision))
        audit = session.scalars(select(AuditLog).where(AuditLog.action == APPLIED)).all()
    assert [a.actor for a in audit] == ["Backoffice Anna"]
    assert audit[0].details["consultations"] == found.consultations
    assert audit[0].subject == f"retention:{cutoff.isoformat()}"
    assert kept_revisions is not None
    # Every report over every period gives the same numbers as before.
    assert reports(office) == before
    # The records themselves are gone: the browser and stats no longer see them.
    assert office.stats.stats().consultations < stats_before.consultations
    old = office.records.find_ids(RecordFilter(date_to=cutoff - timedelta(days=1)))
    assert old == []
    assert not office.records.retention.preview(6).anything
    # Nothing older left: applying again writes nothing, not even an audit entry.
    again = office.records.retention.apply(6, "Backoffice Anna")
    assert not again.anything
    with office.store.session_factory() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditLog).where(AuditLog.action == APPLIED)
            )
            == 1
        )


def test_a_combination_the_cells_do_not_hold_is_refused_for_reduced_periods(old_and_new):
    office = old_and_new
    found = office.records.retention.apply(6, "Anna")
    by = ("organisation", "problem")  # neither cells nor cubes hold it
    with pytest.raises(ValidationError) as caught:
        office.reports.build(ReportSpec(*EVERYTHING, by))
    assert caught.value.code == "E_REPORT_REDUCED"
    assert "after" in caught.value.params
    # After the reduced days the same report is counted from the records.
    table = office.reports.build(ReportSpec(found.cutoff, EVERYTHING[1], by))
    assert table.rows


def test_reduced_days_without_cubes_refuse_reports_on_several_fields(old_and_new):
    """Days reduced before schema 0005 have cells but no cubes: a report on several
    consultation fields over them is refused like any combination the cells do not hold."""
    office = old_and_new
    found = office.records.retention.apply(6, "Anna")
    with office.store.session_factory.begin() as session:
        session.execute(delete(ReportCube).where(ReportCube.day < found.cutoff))
        session.execute(delete(ReportMonthCube).where(ReportMonthCube.month < found.cutoff))
    for by in (("age_band", "language", "channel"), ("organisation", "result")):
        with pytest.raises(ValidationError) as caught:
            office.reports.build(ReportSpec(*EVERYTHING, by))
        assert caught.value.code == "E_REPORT_REDUCED"
        after = office.reports.build(ReportSpec(found.cutoff, EVERYTHING[1], by))
        assert after.rows and after.totals.consultations > 0


@pytest.mark.parametrize("months", [0, -3, 1201])
def test_a_wrong_period_is_refused_and_changes_nothing(old_and_new, months):
    office = old_and_new
    before = snapshot(office)
    for call in (
        office.records.retention.preview,
        lambda m: office.records.retention.apply(m, "A"),
    ):
        with pytest.raises(ValidationError) as caught:
            call(months)
        assert caught.value.code == "E_RETENTION_MONTHS"
    assert snapshot(office) == before
    for lang in ("nl", "en"):
        words = message("E_RETENTION_MONTHS", caught.value.params, lang)
        assert str(months) in words and "1200" in words


def test_cutoff_day_counts_whole_months():
    assert cutoff_day(date(2026, 11, 29), 24) == date(2024, 11, 29)
    assert cutoff_day(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert cutoff_day(date(2026, 1, 15), 1) == date(2025, 12, 15)


def test_the_command_line_previews_then_applies(tmp_path):
    office = make(tmp_path, "office", Role.BACKOFFICE)
    demo(office, 120, seed=9)
    data_dir = office.paths.root
    office.close()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "ido_desktop.cli", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            env={**os.environ},
            timeout=120,
        )

    shown = run("retention", "--months", "6")
    assert shown.returncode == 0, shown.stderr
    preview = json.loads(shown.stdout)
    assert preview["consultations"] > 0 and preview["applied"] is False
    applied = run("retention", "--months", "6", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert json.loads(applied.stdout)["consultations"] == preview["consultations"]
    assert json.loads(run("retention", "--months", "6").stdout)["consultations"] == 0
    refused = run("retention", "--months", "0")
    assert refused.returncode == 1 and "E_RETENTION_MONTHS" in refused.stderr

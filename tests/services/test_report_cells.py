"""Report cells (schema 0004) and cubes (0005) give exactly what counting the records gives,
after every kind of write; on SQLite and (when a server is given) PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

import pytest
from sqlalchemy import delete, select, text, update

from ido_desktop.db.models import (
    Consult,
    Doorverwijzing,
    ReportCell,
    ReportCube,
    ReportDirty,
    ReportMonthCube,
    Spreekuur,
    Vraag,
    VraagOrganisation,
)
from ido_desktop.db.repositories import report_agg_repo, report_repo
from ido_desktop.domain.report import Counts, ReportSpec, registered_hour
from ido_desktop.services.demo_service import DemoService
from tests.services.records_data import build
from tests.services.sync_helpers import demo

EVERYTHING = (date.today() - timedelta(days=3 * 365), date.today() + timedelta(days=365))
OTHER_KEYS = report_agg_repo.CELL_KEYS
SHAPES = [
    (),
    ("location",),
    ("period_month",),
    ("period_quarter", "location"),
    *((key,) for key in OTHER_KEYS),
    *(("period_month", key) for key in OTHER_KEYS),
    *(("location", key) for key in OTHER_KEYS),
    *((key, "period_year", "location") for key in ("organisation", "warmth", "age_band")),
]
#: Every pair and triple of the keys of each cube, and some with periods.
CUBE_SHAPES = [
    *sorted(
        {
            combo
            for held in report_agg_repo.CUBES.values()
            for size in (2, 3)
            for combo in combinations(held, size)
        }
    ),
    ("period_month", "location", "age_band"),
    ("age_band", "period_quarter", "language", "channel"),
    ("period_year", "found_via", "repeat_visit"),
    *report_agg_repo.PAIR_CUBES.values(),
    *((b, a) for a, b in report_agg_repo.PAIR_CUBES.values()),
    ("period_month", "organisation", "result"),
    ("warmth", "period_quarter", "referral_category"),
]


def assert_cells_equal_records(services, date_from=EVERYTHING[0], date_to=EVERYTHING[1]):
    services.reports.refresh()
    with services.store.session_factory() as session:
        assert not report_agg_repo.is_dirty(session)
        for keys in SHAPES:
            cells = report_agg_repo.group_counts(session, date_from, date_to, keys)
            records = _local_hours(
                keys, report_repo.group_counts(session, date_from, date_to, keys)
            )
            assert sorted(cells, key=repr) == sorted(records, key=repr), keys
        for keys in CUBE_SHAPES:
            cubes = report_agg_repo.cube_counts(session, date_from, date_to, keys)
            records = report_repo.group_counts(session, date_from, date_to, keys)
            assert cubes is not None, keys
            assert sorted(cubes, key=repr) == sorted(records, key=repr), keys
        assert report_agg_repo.referral_count(
            session, date_from, date_to
        ) == report_repo.referral_count(session, date_from, date_to)


def _local_hours(keys, rows):
    """The records' "UTC hour|date" buckets as the local hours the cells hold, merged."""
    if "registered_hour" not in keys:
        return rows
    at = keys.index("registered_hour")
    merged: dict = {}
    for group, counts in rows:
        group = (*group[:at], registered_hour(group[at]), *group[at + 1 :])
        merged[group] = merged.get(group, Counts()) + counts
    return list(merged.items())


@pytest.fixture
def varied(office, laptop, tmp_path):
    """Demo data and a real import from a laptop (tombstones, referrals, corrections)."""
    demo(office, 300, seed=11)
    build(office, laptop, tmp_path / "stick")
    return office


def test_cells_equal_counting_the_records_for_every_key(varied):
    assert_cells_equal_records(varied)
    today = varied.consults.today()
    assert_cells_equal_records(varied, today - timedelta(days=40), today - timedelta(days=2))
    # Whole months from the month cells, the days around them from the day cells.
    assert_cells_equal_records(varied, today - timedelta(days=200), today - timedelta(days=3))
    first = (today - timedelta(days=120)).replace(day=1)
    assert_cells_equal_records(varied, first, (today.replace(day=1) - timedelta(days=1)))


def test_every_kind_of_change_marks_its_days_and_the_cells_follow(varied):
    varied.reports.refresh()
    factory = varied.store.session_factory
    with factory() as session:
        consults = session.execute(
            select(Consult.id, Consult.consult_date, Consult.spreekuur_id)
            .where(Consult.deleted.is_(False))
            .order_by(Consult.id)
            .limit(4)
        ).all()
        vraag_id = session.scalar(
            select(Vraag.id).where(Vraag.consult_id == consults[2].id).limit(1)
        )
        referral = session.scalar(select(Doorverwijzing.id).limit(1))
    changes = [
        update(Consult).where(Consult.id == consults[0].id).values(deleted=True),
        update(Consult)  # a consultation moves to another day: both days change
        .where(Consult.id == consults[1].id)
        .values(consult_date=consults[1].consult_date - timedelta(days=9)),
        delete(VraagOrganisation).where(VraagOrganisation.vraag_id == vraag_id),
        update(Doorverwijzing).where(Doorverwijzing.id == referral).values(deleted=True),
        update(Spreekuur).where(Spreekuur.id == consults[3].spreekuur_id).values(deleted=True),
    ]
    for change in changes:
        with factory.begin() as session:
            session.execute(change)
        with factory() as session:
            assert report_agg_repo.is_dirty(session), change
        assert_cells_equal_records(varied)


def test_registration_and_correction_reach_the_reports(varied):
    total = varied.reports.build(ReportSpec(*EVERYTHING)).totals.consultations
    varied.spreekuren.start("centrale_bibliotheek", "MW07", varied.reference.catalog())
    from tests.services.records_data import question, register

    consult_id = register(varied, 0, question("uwv", "ww_uitkering", "uitleg", "opgelost"))
    assert varied.reports.build(ReportSpec(*EVERYTHING)).totals.consultations == total + 1
    draft = varied.records.load_draft(consult_id)
    moved = draft.__class__(**{**draft.__dict__, "consult_date": draft.consult_date - timedelta(1)})
    assert varied.records.correct(moved, "tester")
    assert_cells_equal_records(varied)


def test_a_question_added_on_the_laptop_counts_on_the_day_the_back_office_holds(
    varied, laptop, tmp_path
):
    """The file's consult is stale (the back office moved it to another day); the new question
    it brings is stored under the back office's consult, so that day must be marked."""
    from pathlib import Path

    from ido_desktop.domain.vocab import PartOfDay
    from tests.services.records_data import question, register

    office = varied
    catalog = laptop.reference.catalog()
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    consult_id = register(laptop, 1, question("uwv", "ww_uitkering", "uitleg", "opgelost"))
    first = laptop.exports.export(tmp_path / "stick")
    assert office.imports.import_one(Path(first.path)).result == "imported"
    for receipt in office.imports.write_receipts(tmp_path / "receipts"):
        laptop.receipts.read_receipt(receipt)  # the next file holds only what changes next
    draft = office.records.load_draft(consult_id)
    moved = draft.__class__(**{**draft.__dict__, "consult_date": draft.consult_date - timedelta(5)})
    assert office.records.correct(moved, "tester")
    assert_cells_equal_records(office)

    draft = laptop.consults.load(consult_id)
    added = question("cjib", "boete_cjib", "informeren", "opgelost")
    # The laptop changes the visit as well, so its file holds the consult at its old day
    # (the same revision number as the correction: a conflict for the clerk to review).
    edited = draft.__class__(
        **{**draft.__dict__, "questions": (*draft.questions, added), "part_of_day": PartOfDay.AVOND}
    )
    assert laptop.consults.update(edited, catalog)
    second = laptop.exports.export(tmp_path / "stick")
    assert office.imports.import_one(Path(second.path)).result == "imported"
    detail = office.records.detail(consult_id)
    assert detail.consult_date == moved.consult_date and len(detail.questions) == 2
    assert_cells_equal_records(office)


def test_a_new_store_has_the_triggers_and_an_empty_dirty_list(office):
    with office.store.session_factory() as session:
        assert session.scalar(select(ReportDirty.id)) is None
        assert session.scalar(select(ReportCell.id)) is None
        assert session.scalar(select(ReportCube.id)) is None
    generator = DemoService(office.store.session_factory, office.clock, office.device.device_id)
    generator.generate(20, office.reference.catalog(), seed=2, refresh_reports=False)
    with office.store.session_factory() as session:
        assert report_agg_repo.is_dirty(session)
    assert office.reports.refresh() > 0
    assert office.reports.refresh() == 0
    assert_cells_equal_records(office)
    demo(office, 20, seed=3)  # demo data computes its cells in its own transaction
    with office.store.session_factory() as session:
        assert not report_agg_repo.is_dirty(session)
    assert_cells_equal_records(office)


def test_bulk_inserts_put_the_triggers_back_also_after_a_rollback(office):
    def triggers() -> int:
        with office.store.engine.connect() as conn:
            if conn.dialect.name != "sqlite":
                return 20
            return conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
            ).scalar_one()

    assert triggers() == 20
    with pytest.raises(RuntimeError):
        with office.store.session_factory.begin() as session:
            with report_agg_repo.bulk_inserts(session):
                raise RuntimeError("refused half way")
    assert triggers() == 20
    demo(office, 15, seed=4)  # a bulk writer that commits
    assert triggers() == 20
    assert_cells_equal_records(office)


def test_reports_on_several_consultation_fields_read_the_cubes(varied):
    """The reports page's path: cubes for consultation fields, the records for the rest."""
    assert report_agg_repo.cube_for(("age_band", "language", "channel")) == "people"
    assert report_agg_repo.cube_for(("period_month", "location", "found_via")) == "visit"
    assert report_agg_repo.cube_for(("age_band", "duration_band")) == "consult"
    assert report_agg_repo.cube_for(("location", "age_band", "found_via")) is None
    assert report_agg_repo.cube_for(("age_band", "topic")) is None
    assert report_agg_repo.cube_for(("result", "period_month", "organisation")) == "org_result"
    assert report_agg_repo.cube_for(("organisation", "result", "location")) is None
    assert report_agg_repo.cube_for(("organisation", "problem")) is None
    assert report_agg_repo.cube_for(("registered_hour", "channel")) is None
    spec = ReportSpec(*EVERYTHING, ("location_type", "age_band", "language"))
    table = varied.reports.build(spec)
    with varied.store.session_factory() as session:
        reference = report_repo.group_counts(
            session, *EVERYTHING, ("location", "age_band", "language")
        )
    assert table.totals.consultations == sum(c.consultations for _k, c in reference)
    assert sum(row.consultations for row in table.rows) == table.totals.consultations
    assert sum(row.questions for row in table.rows) == table.totals.questions


def test_cubes_missing_for_some_days_are_not_used(varied):
    """A cube that lacks consultations of the period (days reduced before schema 0005) is not
    read: the report falls back to counting the records."""
    varied.reports.refresh()
    keys = ("age_band", "language", "channel")
    with varied.store.session_factory.begin() as session:
        day = session.scalar(select(ReportCube.day).limit(1))
        session.execute(delete(ReportCube).where(ReportCube.day == day))
        session.execute(delete(ReportMonthCube).where(ReportMonthCube.month == day.replace(day=1)))
    with varied.store.session_factory() as session:
        assert report_agg_repo.cube_counts(session, *EVERYTHING, keys) is None
        records = report_repo.group_counts(session, *EVERYTHING, keys)
    table = varied.reports.build(ReportSpec(*EVERYTHING, keys))
    assert table.totals.consultations == sum(c.consultations for _k, c in records)
    assert len(table.rows) == len(records)

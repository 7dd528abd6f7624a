"""Reports on a real store: counts checked against hand-written SQL, tombstones, multi-valued
groups, suppression in every export, the KB list; on SQLite and (when a server is given)
PostgreSQL."""

from __future__ import annotations

import calendar
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text, update

from ido_desktop.app import initialise
from ido_desktop.cli_report import table_text
from ido_desktop.db.models import Consult
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
from ido_desktop.domain.report import (
    ReportCancelledError,
    ReportSpec,
)
from ido_desktop.domain.report_labels import (
    format_period,
)
from ido_desktop.domain.vocab import Channel, DurationBand, PartOfDay, Role, Warmth
from ido_desktop.paths import DataPaths
from tests.services.sync_helpers import demo

# Demo data spreads over the last eighteen months.
EVERYTHING = (date.today() - timedelta(days=3 * 365), date.today() + timedelta(days=365))


def question(*organisations: str, referrals=(), help_forms=("uitleg",), problems=()):
    return QuestionDraft(
        organisations=organisations or ("belastingdienst",),
        topic="brief_begrijpen",
        help_forms=help_forms,
        result="opgelost",
        problems=problems,
        referrals=tuple(referrals),
    )


def register(services, *questions: QuestionDraft, channel=Channel.INLOOP) -> str:
    draft = ConsultDraft(
        consult_date=services.consults.today(),
        part_of_day=PartOfDay.OCHTEND,
        duration_band=DurationBand.FROM_10_TO_20,
        channel=channel,
        questions=questions or (question(),),
    )
    return services.consults.register(draft, services.reference.catalog())


def rows_by_key(table) -> dict:
    return {row.keys: row for row in table.rows}


def today_spec(services, *by: str) -> ReportSpec:
    today = services.consults.today()
    return ReportSpec(today, today, by)


# --- Demo data against hand-written SQL. -------------------------------------------------------


@pytest.fixture
def demo_store(services):
    demo(services, 400, seed=7)
    return services


def sql_counts(services, query: str) -> dict:
    with services.store.engine.connect() as conn:
        return {row[0]: tuple(row[1:]) for row in conn.execute(text(query))}


def test_location_counts_equal_hand_computed_sql(demo_store):
    table = demo_store.reports.build(ReportSpec(*EVERYTHING, ("location",)))
    expected = sql_counts(
        demo_store,
        """SELECT s.location_code, COUNT(DISTINCT c.id), COUNT(DISTINCT v.id)
           FROM consult c JOIN spreekuur s ON s.id = c.spreekuur_id
           LEFT JOIN vraag v ON v.consult_id = c.id AND v.deleted = 0
           WHERE c.deleted = 0 GROUP BY s.location_code""",
    )
    got = {row.keys[0]: (row.consultations, row.questions) for row in table.rows}
    assert got == expected
    stats = demo_store.stats.stats()
    assert (table.totals.consultations, table.totals.questions) == (
        stats.consultations,
        stats.questions,
    )
    sizes = [row.consultations for row in table.rows]
    assert sizes == sorted(sizes, reverse=True)  # busiest first


def test_organisation_counts_and_referral_shares_equal_hand_computed_sql(demo_store):
    table = demo_store.reports.build(ReportSpec(*EVERYTHING, ("organisation",)))
    expected = sql_counts(
        demo_store,
        """SELECT o.code, COUNT(DISTINCT v.consult_id), COUNT(DISTINCT v.id),
                  COUNT(DISTINCT CASE WHEN d.id IS NOT NULL THEN v.id END),
                  COUNT(DISTINCT CASE WHEN d.warmth IN ('warm_contact', 'warme_overdracht')
                        THEN v.id END)
           FROM vraag_organisation o JOIN vraag v ON v.id = o.vraag_id
           LEFT JOIN doorverwijzing d ON d.vraag_id = v.id AND d.deleted = 0
           GROUP BY o.code""",
    )
    got = {
        row.keys[0]: (row.consultations, row.questions, row.referred, row.warm)
        for row in table.rows
    }
    assert got == expected
    totals = table.totals
    assert totals.referred_share == pytest.approx(totals.referred / totals.questions)
    assert 0 < totals.warm < totals.referred


def test_periods_split_the_total_and_match_the_consult_dates(demo_store):
    with demo_store.store.engine.connect() as conn:
        days = [
            date.fromisoformat(str(d))
            for (d,) in conn.execute(text("SELECT consult_date FROM consult"))
        ]
    quarters: dict[str, int] = {}
    for day in days:
        key = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        quarters[key] = quarters.get(key, 0) + 1
    table = demo_store.reports.build(ReportSpec(*EVERYTHING, ("period_quarter",)))
    assert {r.keys[0]: r.consultations for r in table.rows} == quarters
    assert [r.keys[0] for r in table.rows] == sorted(quarters)  # in time order
    for by in ("period_month", "period_year"):
        rows = demo_store.reports.build(ReportSpec(*EVERYTHING, (by,))).rows
        assert sum(r.consultations for r in rows) == len(days)
    months = demo_store.reports.build(ReportSpec(*EVERYTHING, ("period_month",))).rows
    assert all(len(r.keys[0]) == 7 and r.keys[0][4] == "-" for r in months)


def test_a_period_counts_only_its_own_consult_dates(demo_store):
    table = demo_store.reports.build(ReportSpec(*EVERYTHING, ("period_month",)))
    first = table.rows[1].keys[0]  # a month with consultations
    year, month = map(int, first.split("-"))
    end = date(year, month, calendar.monthrange(year, month)[1])
    one_month = demo_store.reports.build(ReportSpec(date(year, month, 1), end, ("location",)))
    assert one_month.totals.consultations == table.rows[1].consultations


def test_location_type_groups_branches_and_popup_kinds(demo_store):
    table = demo_store.reports.build(ReportSpec(*EVERYTHING, ("location_type",)))
    keys = {r.keys[0] for r in table.rows}
    assert "branch" in keys and keys <= {
        "branch",
        "popup:school",
        "popup:voedselbank",
        "popup:buurthuis",
        "popup:zorg_welzijn",
        "popup:overig",
    }
    assert sum(r.consultations for r in table.rows) == table.totals.consultations
    assert rows_by_key(table)[("branch",)].labels == ("Vestiging (bibliotheek)",)


def test_three_dimensions_and_english_labels(demo_store):
    spec = ReportSpec(*EVERYTHING, ("period_year", "channel", "age_band"), measure="questions")
    table = demo_store.reports.build(spec, language="en")
    assert table.columns[:3] == ("Year", "Channel", "Age")
    assert table.totals.labels == ("Total", "", "")
    assert sum(r.questions for r in table.rows) == table.totals.questions
    assert {r.labels[1] for r in table.rows} <= {"Walk-in", "Appointment", "By phone"}
    assert [r.keys[0] for r in table.marginals] == sorted(r.keys[0] for r in table.marginals)


def test_building_reports_progress_and_can_be_cancelled(demo_store):
    seen: list[tuple[int, int]] = []
    spec = ReportSpec(*EVERYTHING, ("location", "organisation"))
    demo_store.reports.build(spec, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3) and seen[0] == (0, 3)
    with pytest.raises(ReportCancelledError) as caught:
        demo_store.reports.build(spec, cancelled=lambda: True)
    assert caught.value.code == "E_REPORT_CANCELLED"


# --- Hand-made consultations: tombstones, multi-valued groups, suppression. --------------------


def test_tombstoned_consultations_and_questions_are_not_counted(services, open_spreekuur):
    keep = register(services, question("uwv"), question("svb"))
    gone = register(services, question("uwv"))
    services.consults.delete(gone)
    draft = services.consults.load(keep)
    services.consults.update(
        ConsultDraft(**{**draft.__dict__, "questions": draft.questions[:1]}),
        services.reference.catalog(),
    )  # the SVB question becomes a tombstone
    table = services.reports.build(today_spec(services, "organisation"))
    assert {r.keys[0]: (r.consultations, r.questions) for r in table.rows} == {"uwv": (1, 1)}
    assert (table.totals.consultations, table.totals.questions) == (1, 1)


def test_a_consultation_counts_in_every_group_it_belongs_to_but_once_in_the_total(
    services, open_spreekuur
):
    register(services, question("belastingdienst", "toeslagen"))
    register(services, question("belastingdienst"), question("toeslagen"))
    register(services, question("uwv"))
    table = services.reports.build(today_spec(services, "organisation"))
    got = {r.keys[0]: (r.consultations, r.questions) for r in table.rows}
    assert got == {"belastingdienst": (2, 2), "toeslagen": (2, 2), "uwv": (1, 1)}
    assert sum(c for c, _ in got.values()) == 5 > table.totals.consultations == 3
    assert table.totals.questions == 4
    assert "Een consult kan in meer groepen vallen" in " ".join(table.notes())


def test_referral_groups_and_shares(services, open_spreekuur):
    warm = ReferralDraft(warmth=Warmth.WARM_CONTACT, category_code="schulden_geldzaken")
    cold = ReferralDraft(warmth=Warmth.KOUD, course_code="digisterker_digid")
    register(services, question(referrals=(warm, cold)), question())
    register(services, question(referrals=(cold,)))
    table = services.reports.build(today_spec(services, "warmth"))
    got = {r.keys[0]: (r.consultations, r.questions) for r in table.rows}
    assert got == {"warm_contact": (1, 1), "koud": (2, 2), None: (1, 1)}
    assert [r.keys[0] for r in table.rows] == ["koud", "warm_contact", None]
    totals = table.totals
    assert (totals.questions, totals.referred, totals.warm) == (3, 2, 1)
    assert totals.referred_share == pytest.approx(2 / 3)
    categories = services.reports.build(today_spec(services, "referral_category"))
    labels = {r.keys[0]: r.labels[0] for r in categories.rows}
    assert labels["_cursus"] == "Cursus" and labels[None] == "Niet doorverwezen"
    assert "schulden_geldzaken" in labels


def test_registration_hour_is_the_dutch_local_hour(services, open_spreekuur):
    summer = register(services)
    later = register(services)
    with services.store.session_factory.begin() as session:
        session.execute(
            update(Consult)
            .where(Consult.id == summer)
            .values(
                consult_date=date(2025, 7, 1), created_at=datetime(2025, 7, 1, 8, 15, tzinfo=UTC)
            )
        )
        session.execute(
            update(Consult)
            .where(Consult.id == later)
            .values(
                consult_date=date(2025, 6, 30), created_at=datetime(2025, 7, 1, 9, 0, tzinfo=UTC)
            )
        )
    table = services.reports.build(
        ReportSpec(date(2025, 6, 1), date(2025, 7, 31), ("spreekuur_hour",))
    )
    assert [(r.keys[0], r.labels[0]) for r in table.rows] == [
        ("10", "10:00-11:00"),
        (None, "Onbekend (later ingevoerd)"),
    ]


@pytest.fixture
def three_and_five(services, open_spreekuur):
    """Three walk-in and five appointment consultations today."""
    for _ in range(3):
        register(services, channel=Channel.INLOOP)
    for _ in range(5):
        register(services, channel=Channel.AFSPRAAK)
    return services.reports.build(today_spec(services, "channel"))


def test_table_shows_exact_small_counts(three_and_five):
    assert rows_by_key(three_and_five)[("inloop",)].consultations == 3
    text_table = table_text(three_and_five)
    assert "Inloop" in text_table and "<5" not in text_table
    inloop = next(line for line in text_table.splitlines() if line.startswith("Inloop"))
    assert inloop.split()[1] == "3"


def test_csv_hides_a_three_and_shows_a_five(services, three_and_five, tmp_path):
    out = tmp_path / "r.csv"
    services.reports.to_csv(three_and_five, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Kanaal,Consulten,Vragen")
    assert lines[1].startswith("Afspraak,5,5,") and lines[2].startswith("Inloop,<5,<5,")
    assert lines[-1].startswith("Totaal,8,8,")


def test_xlsx_opens_and_holds_the_suppressed_values(services, three_and_five, tmp_path):
    path = services.reports.to_xlsx(three_and_five, tmp_path / "r.xlsx", "Testrapport")
    sheet = load_workbook(path).active
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    today = services.consults.today()
    assert cells[0][0] == "Testrapport" and cells[1][0] == f"Periode: {format_period(today, today)}"
    header = cells.index(next(r for r in cells if r[0] == "Kanaal"))
    assert sheet.cell(row=header + 1, column=1).font.bold
    assert cells[header + 1][:3] == ["Afspraak", 5, 5]
    assert cells[header + 2][:3] == ["Inloop", "<5", "<5"]
    assert cells[header + 3][:3] == ["Totaal", 8, 8]
    assert sheet.cell(row=header + 2, column=2).number_format == "#,##0"
    notes = " ".join(str(r[0]) for r in cells[header + 4 :] if r[0])
    assert "'<5'" in notes


def test_pdf_is_an_a4_report_with_the_suppressed_table(services, three_and_five, tmp_path):
    path = services.reports.to_pdf(three_and_five, tmp_path / "r.pdf", "Kwartaalrapport Test")
    data = path.read_bytes()
    assert (
        data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    )
    if shutil.which("pdftotext") is None:
        return  # the text checks need poppler-utils
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kwartaalrapport Test" in words and "Pagina 1 van 1" in words
    inloop = next(line for line in words.splitlines() if line.strip().startswith("Inloop"))
    assert inloop.split()[1] == "<5"
    afspraak = next(line for line in words.splitlines() if line.strip().startswith("Afspraak"))
    assert afspraak.split()[1] == "5"


def test_kb_list_has_a_fixed_order_and_true_totals(demo_store):
    items = demo_store.reports.kb_list(*EVERYTHING)
    stats = demo_store.stats.stats()
    assert items[0].value == stats.consultations and items[1].value == stats.questions
    by_label = {(i.section, i.label): i.value for i in items}
    assert by_label[("5. Doorverwijzingen", "Aantal doorverwijzingen")] == stats.referrals
    sections = list(dict.fromkeys(i.section for i in items))
    assert [s.split(".")[0] for s in sections] == [str(n) for n in range(1, 11)]
    domains = [i.value for i in items if i.section == "2. Vragen per domein"]
    assert sum(domains) == stats.questions  # every question has exactly one domain
    channel = [i.value for i in items if i.section == "6. Consulten per kanaal"]
    assert sum(channel) == stats.consultations
    # The lines never move: an empty store gives the same labels, all zero.
    empty = demo_store.reports.kb_list(date(2000, 1, 1), date(2000, 1, 2))
    assert [i.label for i in empty] == [i.label for i in items]
    assert all(i.value == 0 for i in empty)


# --- Both databases. -----------------------------------------------------------------------------


def test_reports_agree_with_stats_on_sqlite_and_postgresql(tmp_path: Path, backoffice_db):
    office = initialise(DataPaths(tmp_path / "office"), Role.BACKOFFICE, "BO", backoffice_db)
    try:
        demo(office, 150, seed=5)
        stats = office.stats.stats()
        for by in (
            ("period_quarter", "organisation"),
            ("period_month", "location_type"),
            ("period_year", "spreekuur_hour", "warmth"),
        ):
            table = office.reports.build(ReportSpec(*EVERYTHING, by))
            assert table.totals.consultations == stats.consultations
            assert table.rows and all(r.keys[0] for r in table.rows)
        quarters = office.reports.build(ReportSpec(*EVERYTHING, ("period_quarter",))).rows
        assert all(r.keys[0][4:6] == "-Q" for r in quarters)
        assert sum(r.consultations for r in quarters) == stats.consultations
        hours = office.reports.build(ReportSpec(*EVERYTHING, ("spreekuur_hour",))).rows
        assert sum(r.consultations for r in hours) == stats.consultations
        assert office.reports.kb_list(*EVERYTHING)[0].value == stats.consultations
    finally:
        office.close()

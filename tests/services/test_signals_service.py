"""Signals on a back office, on SQLite and PostgreSQL: counts, trends, notes, feedback sheets."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.report import ReportCancelledError
from tests.services.signals_data import (
    EXPECTED_COUNTS,
    HARMLESS,
    PERSONAL,
    REFERENCE,
    WINDOW,
    backoffice,
    fill,
    insert_note_bypassing_guard,
    register,
)


@pytest.fixture
def office(tmp_path, backoffice_db):
    services = backoffice(tmp_path, backoffice_db)
    named = fill(services)
    services.named = named  # type: ignore[attr-defined]
    yield services
    services.close()


def _sql_counts(office) -> dict[tuple[str, str], int]:
    """The same numbers straight from SQL, as a second opinion."""
    query = text(
        "SELECT v.signal_organisation, v.signal_kind, COUNT(*) FROM vraag v"
        " JOIN consult c ON c.id = v.consult_id JOIN spreekuur s ON s.id = c.spreekuur_id"
        " WHERE v.deleted = :f AND c.deleted = :f AND s.deleted = :f"
        " AND v.signal_kind IS NOT NULL AND c.consult_date BETWEEN :a AND :b"
        " GROUP BY v.signal_organisation, v.signal_kind"
    )
    with office.store.engine.connect() as conn:
        rows = conn.execute(query, {"f": False, "a": WINDOW[0], "b": WINDOW[1]})
        return {(o, k): n for o, k, n in rows}


def test_counts_equal_the_hand_counted_ones(office):
    counts = office.signals.counts(*WINDOW)
    assert {(c.organisation, c.kind): c.count for c in counts} == EXPECTED_COUNTS
    assert _sql_counts(office) == EXPECTED_COUNTS
    assert [c.count for c in counts] == sorted((c.count for c in counts), reverse=True)


def test_tombstones_and_days_outside_the_window_do_not_count(office):
    # The deleted consultation, the removed question (both 11/12 April, belastingdienst) and
    # the consultation of 25 April are in the store but not in the counts.
    assert office.signals.counts(date(2026, 4, 11), date(2026, 4, 12)) == []
    late = office.signals.counts(date(2026, 4, 21), date(2026, 4, 30))
    assert [(c.organisation, c.count) for c in late] == [("uwv", 1)]
    office.consults.undelete(office.named["deleted"])
    again = office.signals.counts(date(2026, 4, 11), date(2026, 4, 11))
    assert [(c.organisation, c.kind, c.count) for c in again] == [
        ("belastingdienst", "inloggen_onmogelijk", 1)
    ]


def test_trend_flags_the_rise_of_the_reference_month_only(office):
    trends = office.signals.trends(REFERENCE)
    rising = trends[("belastingdienst", "inloggen_onmogelijk")]
    assert (rising.this_month, rising.previous_three, rising.rising) == (6, (1, 2, 1), True)
    steady = trends[("toeslagen", "storing")]
    assert (steady.this_month, steady.previous_three, steady.rising) == (5, (4, 4, 4), False)
    few = trends[("uwv", "niet_bereikbaar")]
    assert (few.this_month, few.rising) == (4, False)  # the 25th is after the reference date
    assert ("toeslagen", "overig") not in trends  # December is not a trend month of April
    # A month later, April is one of the three months before May: nothing rises.
    assert not any(t.rising for t in office.signals.trends(date(2026, 5, 31)).values())


def test_overview_labels_and_orders_rows(office):
    rows = office.signals.overview(*WINDOW)
    assert [(r.organisation_label, r.kind_label, r.count) for r in rows][:2] == [
        ("Toeslagen", "Storing site/app", 17),
        ("Belastingdienst", "Inloggen onmogelijk", 10),
    ]
    assert [r.trend.rising for r in rows if r.trend.rising] == [True]
    english = office.signals.overview(*WINDOW, language="en")
    assert english[0].kind_label == "Website/app outage"


def test_monthly_series_of_one_organisation(office):
    series = office.signals.monthly("belastingdienst", *WINDOW)
    assert series.months == ("2026-01", "2026-02", "2026-03", "2026-04")
    assert series.per_kind == {"inloggen_onmogelijk": (1, 2, 1, 6)}
    assert series.totals == (1, 2, 1, 6)
    # A short window still shows the four trend months.
    assert office.signals.monthly("uwv", date(2026, 4, 1), REFERENCE).months[0] == "2026-01"


def test_example_notes_newest_first_without_personal_data(office):
    bad = insert_note_bypassing_guard(office, "belastingdienst", PERSONAL)
    newer = register(
        office, date(2026, 4, 15), [("belastingdienst", "storing", "Site lag er de hele dag uit.")]
    )
    notes = office.signals.example_notes("belastingdienst", *WINDOW)
    assert bad not in {n.id for n in notes}
    assert PERSONAL not in {n.note for n in notes}
    assert [n.note for n in notes][0] == "Site lag er de hele dag uit."
    assert [n.consult_date for n in notes] == sorted((n.consult_date for n in notes), reverse=True)
    assert {n.note for n in notes} == {HARMLESS, "Site lag er de hele dag uit."}
    # Deleted or removed questions' notes ("Weg.", "Wordt verwijderd.") are not offered.
    assert newer
    assert len(office.signals.example_notes("belastingdienst", *WINDOW, limit=2)) == 2
    assert office.signals.example_notes("uwv", *WINDOW) == []


def test_a_note_with_personal_data_is_refused_even_by_id(office, tmp_path):
    bad = insert_note_bypassing_guard(office, "belastingdienst", PERSONAL)
    with pytest.raises(ValidationError) as refused:
        office.signals.feedback_sheet(
            "belastingdienst", *WINDOW, [bad], tmp_path / "sheet.pdf", format="pdf"
        )
    assert refused.value.code == "E_SIGNALS_NOTE_PERSONAL"
    assert not (tmp_path / "sheet.pdf").exists()


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_pdf_sheet_has_only_the_chosen_notes_and_suppressed_counts(office, tmp_path):
    notes = office.signals.example_notes("belastingdienst", *WINDOW)
    extra = register(
        office, date(2026, 4, 16), [("belastingdienst", "storing", "Formulier niet te vinden.")]
    )
    assert extra
    offered = office.signals.example_notes("belastingdienst", *WINDOW)
    chosen = [n for n in offered if n.note == HARMLESS]
    assert chosen[0].consult_date == date(2026, 4, 2) and len(offered) == len(notes) + 1
    path = office.signals.feedback_sheet(
        "belastingdienst", *WINDOW, [chosen[0].id], tmp_path / "out" / "sheet.pdf", format="pdf"
    )
    content = " ".join(_pdf_text(path).split())
    assert "Signalen uit het Informatiepunt Digitale Overheid over Belastingdienst" in content
    assert HARMLESS in content
    assert "Formulier niet te vinden." not in content  # offered, not chosen
    assert "april 2026 · Inloggen onmogelijk" in content  # month and kind, no day
    assert "02-04-2026" not in content and "2 april 2026" not in content
    assert "Inloggen onmogelijk 10 stijgend" in content
    assert "Storing site/app <5" in content  # the one extra signal is suppressed
    assert "Backoffice Centrale" in content  # the contact line
    assert "Totaal 11" in content
    assert not list((tmp_path / "out").glob(".*.part"))


def test_xlsx_sheet_has_the_same_content(office, tmp_path):
    chosen = [n.id for n in office.signals.example_notes("belastingdienst", *WINDOW)]
    path = office.signals.feedback_sheet(
        "uwv", *WINDOW, [], tmp_path / "uwv.xlsx", format="xlsx", language="en"
    )
    cells = [c.value for row in load_workbook(path).active.iter_rows() for c in row if c.value]
    assert cells[0].startswith("Signals from the Digital Government Information Point about UWV")
    assert "<5" in cells and 4 not in cells  # four signals: suppressed everywhere
    assert "No examples were chosen for this sheet." in cells
    assert HARMLESS not in " ".join(map(str, cells))
    # A belastingdienst note cannot go on the UWV sheet.
    with pytest.raises(ValidationError) as refused:
        office.signals.feedback_sheet("uwv", *WINDOW, chosen, tmp_path / "x.xlsx", format="xlsx")
    assert refused.value.code == "E_SIGNALS_NOTE_UNKNOWN"


def test_sheet_refusals(office, tmp_path):
    with pytest.raises(ValidationError) as unknown:
        office.signals.feedback_sheet("nasa", *WINDOW, [], tmp_path / "a.pdf")
    assert unknown.value.code == "E_SIGNALS_ORGANISATION"
    with pytest.raises(ValidationError) as period:
        office.signals.feedback_sheet("uwv", WINDOW[1], WINDOW[0], [], tmp_path / "a.pdf")
    assert period.value.code == "E_REPORT_PERIOD"
    with pytest.raises(ValidationError) as many:
        office.signals.feedback_sheet("uwv", *WINDOW, [str(i) for i in range(11)], tmp_path / "a")
    assert many.value.code == "E_SIGNALS_TOO_MANY_NOTES"
    with pytest.raises(ReportCancelledError):
        office.signals.feedback_sheet(
            "uwv", *WINDOW, [], tmp_path / "a.pdf", cancelled=lambda: True
        )
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(IdoError) as failed:
        office.signals.feedback_sheet("uwv", *WINDOW, [], blocked / "a.pdf")
    assert failed.value.code == "E_SIGNALS_WRITE_FAILED"
    assert not list(tmp_path.glob("*.pdf"))


def test_progress_is_reported(office, tmp_path):
    seen: list[tuple[int, int]] = []
    office.signals.feedback_sheet(
        "uwv", *WINDOW, [], tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_a_short_period_still_charts_the_trend_months_and_says_so(office, tmp_path):
    path = office.signals.feedback_sheet(
        "belastingdienst", date(2026, 4, 1), REFERENCE, [], tmp_path / "april.pdf"
    )
    content = " ".join(_pdf_text(path).split())
    assert "1 april 2026 t/m 20 april 2026" in content
    assert "Maanden vóór de periode (jan 2026, feb 2026, mrt 2026) staan in de grafiek" in content
    assert "Inloggen onmogelijk 6 stijgend" in content
    assert "Voor dit blad zijn geen voorbeelden gekozen." in content

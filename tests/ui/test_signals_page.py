"""The 'Signalen' tab: counts and rising trends, the chart, choosing notes, feedback sheets."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ido_desktop.domain.signals import ExampleNote, SignalRow
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.roles import ROW_ROLE
from ido_desktop.ui.signals_model import NotesColumn, NotesModel, SignalsColumn
from ido_desktop.ui.signals_page import SignalsPage
from tests.services.signals_data import (
    HARMLESS,
    PERSONAL,
    REFERENCE,
    backoffice,
    fill,
    insert_note_bypassing_guard,
)
from tests.ui.test_translations import english  # noqa: F401 - the fixture


@pytest.fixture
def office(tmp_path):
    services = backoffice(tmp_path, None)
    fill(services)
    services.bad_note = insert_note_bypassing_guard(services, "belastingdienst", PERSONAL)  # type: ignore[attr-defined]
    yield services
    services.close()


class SavingPage(SignalsPage):
    """Answers the save dialog with a fixed path."""

    target: Path | None = None

    def choose_save_path(self, format: str) -> Path | None:  # noqa: A002
        return self.target


@pytest.fixture
def page(qtbot, office):
    page = SavingPage(office.signals, "nl", today=lambda: REFERENCE)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitSignal(page.details_loaded, timeout=10000):
        page.set_period(date(2026, 1, 1), REFERENCE)
    return page


def _rows(page: SignalsPage) -> list[SignalRow]:
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


def _select(qtbot, page: SignalsPage, organisation: str, kind: str) -> None:
    row = next(
        r
        for r, data in enumerate(_rows(page))
        if (data.organisation, data.kind) == (organisation, kind)
    )
    if page.selected_row() == _rows(page)[row]:
        return
    with qtbot.waitSignal(page.details_loaded, timeout=10000):
        page.table.selectRow(row)


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.notes_model)


def test_table_shows_counts_and_marks_the_rising_trend_with_symbol_and_word(page):
    rows = _rows(page)
    assert [(r.organisation_label, r.count) for r in rows][:2] == [
        ("Toeslagen", 17),
        ("Belastingdienst", 10),
    ]
    rising = next(r for r, data in enumerate(rows) if data.trend.rising)
    trend = page.proxy.index(rising, SignalsColumn.TREND)
    assert trend.data() == "▲ stijgend"
    assert trend.data(Qt.ItemDataRole.AccessibleTextRole) == "stijgend"
    assert trend.data(Qt.ItemDataRole.FontRole).bold()
    assert page.proxy.index(rising, SignalsColumn.PREVIOUS).data() == "1 · 2 · 1"
    steady = next(r for r, data in enumerate(rows) if data.organisation == "toeslagen")
    assert page.proxy.index(steady, SignalsColumn.TREND).data() == ""
    assert page.model.headerData(SignalsColumn.THIS_MONTH, Qt.Orientation.Horizontal) == "apr 2026"
    assert "1 stijgend" in page.summary.text()


def test_presets_set_the_period(qtbot, page):
    with qtbot.waitSignal(page.overview_loaded, timeout=10000):
        page.set_preset("last_month")
    assert page.period() == (date(2026, 3, 1), date(2026, 3, 31))
    assert not any(r.trend.rising for r in _rows(page))  # March holds no rise
    with qtbot.waitSignal(page.overview_loaded, timeout=10000):
        page.set_preset("this_month")
    assert page.period() == (date(2026, 4, 1), REFERENCE)


def test_selected_organisation_gets_chart_and_notes_without_personal_data(qtbot, page, office):
    _select(qtbot, page, "belastingdienst", "inloggen_onmogelijk")
    assert page.feedback.title() == "Feedbackblad voor Belastingdienst"
    assert "Belastingdienst" in page.chart.title()
    bars = page.chart.series()[0].barSets()
    assert [bars[1].at(i) for i in range(bars[1].count())] == [1, 2, 1, 6]
    assert "apr: 7 (6)" in page.chart_view.accessibleDescription()  # + the storing one
    notes = page.notes_model.notes()
    assert notes and {n.note for n in notes} == {HARMLESS}
    assert office.bad_note not in {n.id for n in notes}


def test_feedback_pdf_is_written_in_a_worker_with_only_the_chosen_note(qtbot, page, tmp_path):
    _select(qtbot, page, "belastingdienst", "inloggen_onmogelijk")
    assert len(page.notes_model.notes()) == 4  # one per registration day
    box = page.notes_model.index(0, NotesColumn.CHOSEN)
    assert page.notes_model.setData(box, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "1 van 4 notities gekozen" in page.notes_info.text()
    page.target = tmp_path / "blad.pdf"
    with qtbot.waitSignal(page.sheet_written, timeout=20000) as written:
        page.pdf_button.click()
        assert page.is_exporting() and not page.pdf_button.isEnabled()
    assert written.args == [tmp_path / "blad.pdf"]
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(tmp_path / "blad.pdf"), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert text.count(HARMLESS) == 1  # four notes offered, one chosen
    assert "april 2026 · Inloggen onmogelijk" in text
    assert "blad.pdf" in page.result.text()
    assert page.pdf_button.isEnabled() and page.progress.isHidden()


def test_a_failing_export_shows_the_reason(qtbot, page, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    page.target = blocked / "blad.xlsx"
    with qtbot.waitSignal(page.sheet_failed, timeout=20000):
        page.xlsx_button.click()
    assert "kon niet worden opgeslagen" in page.sheet_error.text()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, page):
    page.target = None
    page.pdf_button.click()
    assert not page.is_exporting()


def test_at_most_ten_notes_can_be_chosen(qtbot):
    model = NotesModel()
    refused = []
    model.choice_refused.connect(lambda: refused.append(True))
    notes = [
        ExampleNote(f"id{i}", "uwv", "storing", date(2026, 4, i + 1), f"Notitie {i}.")
        for i in range(12)
    ]
    model.set_notes(notes, {"storing": "Storing site/app"})
    for row in range(11):
        model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen_ids() == [f"id{i}" for i in range(10)]
    assert refused == [True]
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert "id0" not in model.chosen_ids()


def test_enter_on_a_note_ticks_it(qtbot, page):
    _select(qtbot, page, "belastingdienst", "inloggen_onmogelijk")
    page.notes.setFocus()
    page.notes.setCurrentIndex(page.notes_model.index(1, NotesColumn.NOTE))
    page.notes.activated.emit(page.notes_model.index(1, NotesColumn.NOTE))
    assert page.notes_model.chosen_ids() == [page.notes_model.notes()[1].id]


def test_back_office_window_has_the_tab_the_laptop_does_not(qtbot, office, services):
    window = build_main_window(office)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Signalen (Ctrl+9)" in titles
    with qtbot.waitSignal(window.signals_page.overview_loaded, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.signals_page
    field = build_main_window(services)
    qtbot.addWidget(field)
    assert field.signals_page is None
    assert "Signalen (Ctrl+9)" not in [field.tabs.tabText(i) for i in range(field.tabs.count())]


@pytest.mark.usefixtures("english")
def test_english_page_shows_no_dutch(qtbot, office):
    from tests.ui.test_translations import TS_FILE, _dutch_left, _dutch_matchers, _messages

    page = SignalsPage(office.signals, "en", today=lambda: REFERENCE)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.details_loaded, timeout=10000):
        page.set_period(date(2026, 1, 1), REFERENCE)
    assert page.model.index(0, SignalsColumn.KIND).data() == "Website/app outage"
    assert page.pdf_button.text() == "Feedback sheet &PDF…"
    assert _dutch_left(page, _dutch_matchers(_messages(TS_FILE))) == []

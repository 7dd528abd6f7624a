"""The reports page: model, building in a worker, charts, stop, click-through, exports."""

from __future__ import annotations

import csv
import subprocess
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView

from ido_desktop.domain.report import ReportSpec
from ido_desktop.domain.vocab import Role
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.reports_model import MeasureColumn, ReportModel, ReportProxy
from ido_desktop.ui.reports_page import ReportsPage, quick_period
from ido_desktop.ui.roles import ROW_ROLE
from tests.services.records_data import question, register
from tests.services.sync_helpers import demo, make
from tests.ui.test_translations import (  # noqa: F401 - fixtures
    _dutch_left,
    _dutch_matchers,
    committed,
    english,
)


@pytest.fixture
def office(tmp_path):
    services = make(tmp_path, "backoffice", Role.BACKOFFICE)
    demo(services, 400, seed=4)
    yield services
    services.close()


def _page(qtbot, office, reports=None) -> ReportsPage:
    """The page, shown; showing it builds the default report once (waited for here)."""
    page = ReportsPage(reports or office.reports, "nl", "Backoffice", office.consults.today)
    qtbot.addWidget(page)
    today = office.consults.today()
    _set_dates(page, today - timedelta(days=600), today)
    page.show()
    qtbot.waitExposed(page)
    if reports is None:
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    return page


def _set_dates(page: ReportsPage, first: date, last: date) -> None:
    page.date_from.setDate(QDate(first.year, first.month, first.day))
    page.date_to.setDate(QDate(last.year, last.month, last.day))


def _choose(page: ReportsPage, *names: str | None) -> None:
    for box, name in zip(page.dimensions, [*names, None, None], strict=False):
        box.setCurrentIndex(box.findData(name))


def _build(qtbot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.report_built, timeout=10_000):
        assert page.build()


def test_report_model_passes_the_model_tester_and_keeps_totals_last(qtmodeltester, office):
    today = office.consults.today()
    table = office.reports.build(ReportSpec(today - timedelta(days=600), today, ("location",)))
    model = ReportModel("nl")
    model.set_table(table)
    qtmodeltester.check(model)
    assert model.rowCount() == len(table.rows) + 1
    total = model.rowCount() - 1
    consultations = model.label_columns + MeasureColumn.CONSULTATIONS
    assert model.index(total, 0).data() == "Totaal"
    assert model.index(total, consultations).data() == f"{table.totals.consultations:,}".replace(
        ",", "."
    )
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(ROW_ROLE) == table.rows[0]

    proxy = ReportProxy()
    proxy.setSourceModel(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(consultations, order)
        assert proxy.index(proxy.rowCount() - 1, 0).data() == "Totaal"
        values = [proxy.index(r, consultations).data(ROW_ROLE).consultations for r in range(3)]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_ctrl_enter_builds_in_a_worker_and_fills_table_and_charts(qtbot, office):
    page = _page(qtbot, office)
    page.activateWindow()
    page.measure.setFocus()
    _choose(page, "period_month")
    with qtbot.waitSignal(page.report_built, timeout=10_000) as built:
        qtbot.keyClick(page.measure, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    table = built.args[0]
    assert table.spec.by == ("period_month",)
    assert page.model.rowCount() == len(table.rows) + 1
    bars = page.charts.bar_chart.series()
    assert len(bars) == 1 and bars[0].barSets()[0].count() == min(10, len(table.rows))
    assert page.charts.line_view.isVisible()
    assert len(page.charts.line_chart.series()) == 2
    assert page.charts.line_chart.series()[0].count() == len(table.marginals)
    assert page.csv_button.isEnabled() and not page.progress_row.isVisible()

    _choose(page, "organisation", "result")
    _build(qtbot, page)
    assert page.charts.bar_chart.series()[0].barSets()[0].count() == 10
    assert not page.charts.line_view.isVisible()
    assert "meer groepen" in page.note.text()


class SlowReports:
    """The real service, held at a gate so that the test can press Stop first."""

    def __init__(self, real) -> None:
        self.real = real
        self.gate = threading.Event()

    def build(self, spec, language="nl", progress=None, cancelled=None):
        self.gate.wait(10)
        return self.real.build(spec, language, progress, cancelled)


def test_stop_cancels_building(qtbot, office):
    slow = SlowReports(office.reports)
    page = _page(qtbot, office, slow)  # showing it started a build, held at the gate
    assert page.is_busy() and page.stop_button.isEnabled() and page.progress_row.isVisible()
    assert not page.build()  # one at a time
    with qtbot.waitSignal(page.work_cancelled, timeout=10_000):
        page.stop_button.click()
        slow.gate.set()
    assert page.model.table is None
    assert "Gestopt" in page.notice.text()
    assert not page.is_busy() and page.build_button.isEnabled()


@pytest.mark.parametrize(
    "by",
    [
        ("location_type", "age_band"),
        ("location", "language", "channel"),  # from a report cube
        ("organisation",),
        ("referral_category", "warmth"),
        ("period_quarter", "problem"),
        ("spreekuur_hour",),
    ],
    ids=lambda by: ",".join(by),
)
def test_a_line_opens_exactly_its_consultations_in_the_records_browser(qtbot, office, by):
    window = build_main_window(office)
    qtbot.addWidget(window)
    window.show()
    page, records = window.reports_page, window.records_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    today = office.consults.today()
    _set_dates(page, today - timedelta(days=600), today)
    _choose(page, *by)
    _build(qtbot, page)

    rows = [0, 1, page.proxy.rowCount() // 2, page.proxy.rowCount() - 1]  # the last: totals
    for proxy_row in rows:
        row = page.proxy.index(proxy_row, 0).data(ROW_ROLE)
        with qtbot.waitSignal(records.search_finished, timeout=10_000) as found:
            assert page.trace(proxy_row)
        assert window.tabs.currentWidget() is records
        assert found.args[0] == row.consultations, (by, row.labels)
        window.tabs.setCurrentWidget(page)


def test_enter_and_double_click_trace_a_line(qtbot, office):
    window = build_main_window(office)
    qtbot.addWidget(window)
    window.show()
    page, records = window.reports_page, window.records_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    _choose(page, "age_band")
    _build(qtbot, page)
    row = page.proxy.index(1, 0).data(ROW_ROLE)

    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    with qtbot.waitSignal(records.search_finished, timeout=10_000) as found:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert found.args[0] == row.consultations
    assert "Leeftijd" in records.report_filter.text()  # the banner names the report line

    window.tabs.setCurrentWidget(page)
    index = page.proxy.index(2, 1)
    rect = page.table.visualRect(index)
    viewport = page.table.viewport()
    with qtbot.waitSignal(records.search_finished, timeout=10_000) as found:
        # A real double-click starts with a press (QTest's double-click alone has none).
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert found.args[0] == page.proxy.index(2, 0).data(ROW_ROLE).consultations

    records.clear_button.click()  # clearing the filters also drops the report's own
    assert records.report_filter.text() == "" and records.current_filter().age_band is None


@pytest.fixture
def small_office(tmp_path):
    """3 consultations at the central library, 6 at Charlois: a group below 5."""
    services = make(tmp_path, "small", Role.BACKOFFICE)
    catalog = services.reference.catalog()
    for location, n in (("centrale_bibliotheek", 3), ("bib_charlois", 6)):
        services.spreekuren.start(location, "MW07", catalog)
        for _ in range(n):
            register(services, 1, question("uwv", "ww_uitkering", "uitleg", "opgelost"))
        services.spreekuren.close()
    yield services
    services.close()


def test_exports_are_suppressed_and_written_in_the_worker(qtbot, small_office, tmp_path):
    page = _page(qtbot, small_office)
    page.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    _choose(page, "location")
    _build(qtbot, page)
    assert "3" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    chosen: list[Path] = []

    def choose(_title: str, name: str, _filters: str) -> Path:
        chosen.append(tmp_path / "out" / name)
        return chosen[-1]

    page._choose_save_path = choose  # type: ignore[method-assign]
    for kind, button in (
        ("csv", page.csv_button),
        ("xlsx", page.xlsx_button),
        ("pdf", page.pdf_button),
    ):
        with qtbot.waitSignal(page.export_written, timeout=10_000) as written:
            button.click()
        assert written.args[0] == chosen[-1] and chosen[-1].suffix == f".{kind}"
        assert "Opgeslagen" in page.saved.text()

    lines = list(csv.reader(chosen[0].read_text(encoding="utf-8-sig").splitlines()))
    by_label = {line[0]: line for line in lines[1:]}
    assert by_label["Centrale Bibliotheek"][1] == "<5"
    assert by_label["Bibliotheek Charlois"][1] == "6"
    assert by_label["Totaal"][1] == "9"
    sheet = load_workbook(chosen[1]).active
    assert "<5" in [c.value for row in sheet.iter_rows() for c in row]
    text = subprocess.run(["pdftotext", str(chosen[2]), "-"], capture_output=True, text=True).stdout
    assert "<5" in text
    assert "Kleine aantallen (<5) worden in exports verborgen" in [
        label.text() for label in page.findChildren(type(page.summary))
    ]


def test_the_quarterly_report_button_writes_the_chosen_format(qtbot, office, tmp_path):
    page = _page(qtbot, office)
    target = tmp_path / "kwartaal.xlsx"
    page._choose_save_path = lambda *_args: target  # type: ignore[method-assign]
    with qtbot.waitSignal(page.export_written, timeout=20_000):
        page.quarterly_button.click()
    assert load_workbook(target).sheetnames[0] == "Samenvatting"


def test_quick_periods():
    today = date(2026, 2, 14)
    assert quick_period("this_month", today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert quick_period("last_month", today) == (date(2026, 1, 1), date(2026, 1, 31))
    assert quick_period("this_quarter", today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quick_period("last_quarter", today) == (date(2025, 10, 1), date(2025, 12, 31))
    assert quick_period("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))


def test_only_the_back_office_has_the_reports_tab(qtbot, services):
    window = build_main_window(services)  # a field laptop
    qtbot.addWidget(window)
    assert window.reports_page is None
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert not any(t.startswith("Rapportages") for t in tabs)


def test_the_reports_page_shows_no_dutch_in_english(qtbot, office, english, committed):  # noqa: F811
    office.settings.set_language("en")
    window = build_main_window(office)
    qtbot.addWidget(window)
    window.show()
    page = window.reports_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    _choose(page, "organisation", "warmth")
    _build(qtbot, page)
    assert page.build_button.text() == "&Create"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Organisation"
    assert _dutch_left(page, _dutch_matchers(committed)) == []

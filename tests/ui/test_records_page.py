"""The records browser: a lazy table model, filters, the chosen record, corrections."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ido_desktop.domain.records import RecordRow, RecordSort
from ido_desktop.domain.vocab import PartOfDay, Role
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.record_detail import HistoryColumn
from ido_desktop.ui.records_model import PAGE_SIZE, RecordColumn, RecordsModel
from ido_desktop.ui.records_page import RecordsPage
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE
from tests.services import records_data
from tests.services.sync_helpers import make


def _row(consult_id: str) -> RecordRow:
    number = int(consult_id.split("-")[1])
    return RecordRow(
        id=consult_id,
        consult_date=date(2026, 1, 1 + number % 28),
        part_of_day=PartOfDay.OCHTEND,
        location_code="centrale_bibliotheek",
        device_id="d1",
        device_name="Laptop 03",
        organisations=("uwv",),
        topics=("ww_uitkering",),
        results=("opgelost",),
        help_forms=("uitleg",),
        referral_count=number % 3,
        warm=number % 2 == 0,
        revision=1,
        created_at=date(2026, 1, 1),  # type: ignore[arg-type]
    )


class CountingRows:
    """Stands in for RecordsService.rows and counts the calls (one per page)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, ids):
        self.calls.append(list(ids))
        return [_row(i) for i in ids]


@pytest.fixture
def catalog(services):
    return services.reference.catalog()


def test_records_model_passes_the_model_tester(qtmodeltester, catalog):
    model = RecordsModel(CountingRows(), catalog)
    model.set_ids([f"c-{n}" for n in range(450)])
    qtmodeltester.check(model)
    assert model.index(5, RecordColumn.REFERRALS).data() == "2"
    assert model.index(4, RecordColumn.REFERRALS).data() == "1 · warm"
    assert model.index(7, 0).data(ROW_ROLE).id == "c-7"


def test_the_model_fetches_only_the_pages_the_view_shows(qtbot, catalog):
    rows = CountingRows()
    model = RecordsModel(rows, catalog)
    ids = [f"c-{n}" for n in range(5_000)]
    model.set_ids(ids)
    assert rows.calls == []  # holding ids costs no query
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(rows.calls))
    qtbot.wait(50)
    assert model.rowCount() == 5_000
    assert rows.calls == [ids[:PAGE_SIZE]]  # the first page, in one call

    view.scrollTo(model.index(4_100, 0))
    qtbot.waitUntil(lambda: len(rows.calls) >= 2)
    qtbot.wait(50)
    page = 4_100 // PAGE_SIZE
    fetched = {tuple(call) for call in rows.calls}
    assert tuple(ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]) in fetched
    assert len(rows.calls) <= 3  # the page shown (and at most its neighbour), not all 25
    # Rows of cached pages come without a query; the id needs no row at all.
    calls = len(rows.calls)
    assert model.index(0, 0).data(ID_ROLE) == "c-0"
    assert model.index(1, RecordColumn.DEVICE).data() == "Laptop 03"
    assert len(rows.calls) == calls


def test_sorting_asks_the_database(qtbot, catalog):
    model = RecordsModel(CountingRows(), catalog)
    model.set_ids(["c-1", "c-2"])
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(RecordColumn.LOCATION, Qt.SortOrder.AscendingOrder)
    assert asked.args == [RecordSort.LOCATION, False]
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(RecordColumn.TOPICS, Qt.SortOrder.AscendingOrder)  # not sortable
    assert model.ids() == ["c-1", "c-2"]


@pytest.fixture
def office_with_records(tmp_path):
    office = make(tmp_path, "backoffice", Role.BACKOFFICE)
    laptop = make(tmp_path, "laptop03", Role.FIELD)
    laptop.pairing.apply(office.pairing.write_config_file(tmp_path / "stick" / "pair.idopair"))
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    ids = records_data.build(office, laptop, tmp_path / "stick")
    laptop.close()
    yield office, ids
    office.close()


def _page(qtbot, office) -> RecordsPage:
    page = RecordsPage(office.records, office.reference.catalog(), "nl", actor="Backoffice Anna")
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.show()
    return page


def test_filter_by_organisation_updates_count_and_rows(qtbot, office_with_records):
    office, ids = office_with_records
    page = _page(qtbot, office)
    assert page.count_label.text() == "4 consulten"
    assert page.model.ids()[0] == ids["C"]  # newest consult date first

    with qtbot.waitSignal(page.search_finished, timeout=5000) as found:
        page.organisation.set_current_code("toeslagen", by_user=True)
    assert found.args == [1]
    assert page.count_label.text() == "1 consult"
    assert page.model.ids() == [ids["B"]]
    assert page.model.index(0, RecordColumn.ORGANISATIONS).data() == "Belastingdienst, Toeslagen"

    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.clear_filters()
    assert page.model.rowCount() == 4


def test_a_newer_search_wins_over_an_older_one(qtbot, office_with_records):
    office, ids = office_with_records
    page = _page(qtbot, office)
    page.organisation.set_current_code("uwv")
    page.search()
    page.organisation.set_current_code("bank")
    page.search()
    qtbot.waitUntil(lambda: not page.is_searching(), timeout=5000)
    assert page.model.ids() == [ids["E"]]


def test_selecting_shows_the_record_with_its_history_and_a_correction(qtbot, office_with_records):
    office, ids = office_with_records
    page = _page(qtbot, office)
    page.table.selectRow(page.model.row_of(ids["A"]))
    detail = page.detail
    assert detail.record is not None and detail.record.id == ids["A"]
    history = detail.history_model
    assert history.rowCount() == 3  # consult, question, referral
    cell = history.index(0, HistoryColumn.FILE).data()
    assert cell == "ido-laptop03-000001.idosync (nr. 1)"
    assert {history.index(r, HistoryColumn.SOURCE).data() for r in range(3)} == {"Ingelezen"}
    assert history.index(0, HistoryColumn.DEVICE).data() == "Laptop 03"
    assert "Brief over de WW" in detail.questions.text()
    assert detail.correct_button.isEnabled()

    dialog = page._correction_dialog(office.records.load_draft(ids["A"]))
    qtbot.addWidget(dialog)
    box = dialog.question_boxes[0]
    box.result.setCurrentIndex(box.result.findData("deels"))
    box.helps["meekijken"].setChecked(True)
    assert dialog.save() and dialog.saved
    page.after_correction(ids["A"])
    sources = [history.index(r, HistoryColumn.SOURCE).data() for r in range(history.rowCount())]
    assert sources[-1] == "Correctie" and history.rowCount() == 4
    assert history.index(3, HistoryColumn.REVISION).data() == "2"
    assert history.index(3, HistoryColumn.FILE).data() == "–"
    [entry] = office.records.audit(ids["A"])
    assert entry.actor == "Backoffice Anna"
    assert entry.details["fields"] == ["questions.1.help_forms", "questions.1.result"]


def test_a_refused_correction_keeps_the_dialog_open(qtbot, office_with_records):
    office, ids = office_with_records
    page = _page(qtbot, office)
    dialog = page._correction_dialog(office.records.load_draft(ids["E"]))
    qtbot.addWidget(dialog)
    dialog.show()
    for box in dialog.question_boxes[0].helps.values():
        box.setChecked(False)
    assert not dialog.save()
    assert "Vorm van hulp" in dialog.error.text()
    assert office.records.audit(ids["E"]) == []


def test_only_the_back_office_window_has_the_records_tab(qtbot, services, office_with_records):
    office, _ids = office_with_records
    field = build_main_window(services)
    qtbot.addWidget(field)
    assert field.records_page is None
    window = build_main_window(office)
    qtbot.addWidget(window)
    assert window.records_page is not None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Registraties (Ctrl+7)" in titles
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    assert not window.records_page.is_searching()  # a hidden tab does not search
    with qtbot.waitSignal(window.records_page.search_finished, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.records_page
    assert window.records_page.model.rowCount(QModelIndex()) == 4


def test_append_ids_keeps_the_shown_rows_and_passes_the_model_tester(qtmodeltester, catalog):
    model = RecordsModel(CountingRows(), catalog)
    ids = [f"c-{n}" for n in range(450)]
    model.set_ids(ids[:200])
    assert model.shows_start_of(ids) and not model.shows_start_of(ids[1:])
    model.append_ids(ids[200:])
    assert model.ids() == ids and model.rowCount() == 450
    qtmodeltester.check(model)


def test_a_search_shows_its_first_page_before_the_whole_list(
    qtbot, office_with_records, monkeypatch
):
    office, _ids = office_with_records
    monkeypatch.setattr("ido_desktop.ui.records_page.FIRST_PAGE", 2)
    calls: list[int | None] = []
    find_ids = office.records.find_ids

    def counting(record_filter, sort, descending, limit=None):
        calls.append(limit)
        return find_ids(record_filter, sort, descending, limit)

    monkeypatch.setattr(office.records, "find_ids", counting)
    page = RecordsPage(office.records, office.reference.catalog(), "nl", actor="Backoffice Anna")
    qtbot.addWidget(page)
    shown: list[int] = []
    page.model.modelReset.connect(lambda: shown.append(page.model.rowCount()))
    page.model.rowsInserted.connect(lambda *_: shown.append(page.model.rowCount()))
    with qtbot.waitSignal(page.search_finished, timeout=5000):
        page.show()
    everything = find_ids(page.current_filter(), RecordSort.CONSULT_DATE, True)
    assert calls == [2, None]  # first page, then every id
    assert page.model.ids() == everything and len(everything) == 4
    assert shown[-2:] == [2, 4]  # two rows shown first, then the rest appended to them
    assert page.count_label.text() == "4 consulten"

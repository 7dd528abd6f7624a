"""The Logboek page (back office only): a lazily paged model, filters, CSV export; and the
roles: a field window shows no back-office page or menu action."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QThreadPool

from ido_desktop import messages
from ido_desktop.db.repositories import audit_repo
from ido_desktop.domain.audit import AuditAction, AuditFilter, AuditRow
from ido_desktop.domain.vocab import Role
from ido_desktop.services.audit_service import AuditService
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.audit_model import (
    AuditColumn,
    AuditModel,
    action_label,
    details_summary,
)
from ido_desktop.ui.audit_page import AuditPage
from ido_desktop.ui.devices_model import DevicesColumn
from ido_desktop.ui.devices_page import DevicesPage
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE
from tests.services.sync_helpers import make
from tests.ui.test_translations import (  # noqa: F401  (fixtures)
    _dutch_left,
    _dutch_matchers,
    committed,
    english,
)

BASE = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)


def _rows(n: int) -> list[AuditRow]:
    return [
        AuditRow(i, BASE - timedelta(minutes=i), "Backoffice", "device.revoked", f"device:{i}", {})
        for i in range(n)
    ]


def test_the_model_fetches_a_page_at_a_time(qtmodeltester):
    rows = _rows(450)
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[AuditRow]:
        asked.append((offset, limit))
        return rows[offset : offset + limit]

    model = AuditModel()
    model.set_source(fetch, len(rows))
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and model.rows() == rows
    assert asked[:3] == [(0, 200), (200, 200), (400, 200)]
    index = model.index(3, AuditColumn.AT)
    assert index.data(ROW_ROLE) == rows[3] and index.data(ID_ROLE) == "3"
    assert index.data(SORT_ROLE) == rows[3].at.timestamp()
    assert model.index(3, AuditColumn.ACTION).data() == "Laptop ingetrokken"
    assert model.index(3, AuditColumn.ACTION).data(Qt.ItemDataRole.ToolTipRole) == (
        "device.revoked"
    )
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Tijdstip"
    model.set_source(fetch, 0)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_every_action_has_words_and_a_short_summary():
    details = {
        AuditAction.RECORD_CORRECTED: {"fields": ["channel", "questions.1.result"]},
        AuditAction.DEVICE_TRUSTED: {"name": "Laptop 03", "key_id": "AB12", "fingerprint": "x"},
        AuditAction.DEVICE_REVOKED: {"name": "Laptop 03", "key_id": "AB12"},
        AuditAction.DEVICE_RENAMED: {"old_name": "Laptop 3", "name": "Laptop 03"},
        AuditAction.PAIRING_WRITTEN: {"config_version": 2, "file": "koppel.idopair"},
        AuditAction.SYNC_IMPORTED: {
            "file": "a.idosync",
            "name": "Laptop 03",
            "applied": 5,
            "unchanged": 1,
            "conflicts": 0,
        },
        AuditAction.SYNC_REFUSED: {"file": "a.idosync", "error_code": "E_SYNC_NOT_ZIP"},
        AuditAction.SETTING_CHANGED: {"key": "language", "old": None, "new": "en"},
        AuditAction.REFERENCE_CHANGED: {
            "kind": "partners",
            "code": "uwv",
            "version": 3,
            "changes": {"uwv": {"phone": ["010 000 1026", "088 898 2070"]}},
        },
        AuditAction.REFERENCE_IMPORTED: {
            "kind": "partners",
            "file": "kaart.xlsx",
            "added": 1,
            "changed": 2,
            "retired": 0,
        },
        AuditAction.REFERENCE_SHIPPED: {
            "kind": "topics",
            "version": 4,
            "added": ["nieuw"],
            "changed": {},
        },
    }
    for action in AuditAction:
        assert action_label(action) != action.value
        if action in details:
            summary = details_summary(action, details[action])
            assert "{" not in summary, action
    assert details_summary("device.revoked", {"name": "Laptop 03"}) == '{"name": "Laptop 03"}'
    assert action_label("something.newer") == "something.newer"
    assert details_summary("setting.changed", details[AuditAction.SETTING_CHANGED]) == (
        "language: – → en"
    )


@pytest.fixture
def office(tmp_path):
    services = make(tmp_path, "Backoffice Centrale", Role.BACKOFFICE)
    with services.store.session_factory.begin() as session:
        for i, (actor, action, subject) in enumerate(
            [
                ("Anna", AuditAction.DEVICE_TRUSTED, "device:AAAA000000000001"),
                ("Anna", AuditAction.SYNC_IMPORTED, "device:AAAA000000000001"),
                ("Bram", AuditAction.RECORD_CORRECTED, "consult:0b6f-beef"),
                ("Bram", AuditAction.DEVICE_REVOKED, "device:AAAA000000000001"),
            ]
        ):
            audit_repo.add(session, actor, action, subject, {"n": i}, BASE + timedelta(days=i))
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


def _qdate(moment: datetime) -> QDate:
    day = moment.astimezone().date()
    return QDate(day.year, day.month, day.day)


def _shown(page: AuditPage) -> list[int]:
    return [row.details["n"] for row in page.model.rows()]


def test_the_page_filters_the_log(qtbot, office):
    page = AuditPage(AuditService(office.store.session_factory))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.log_shown, timeout=5000) as shown:
        page.show()
    assert shown.args == [4] and page.count_label.text() == "4 regels"
    assert _shown(page) == [3, 2, 1, 0]  # newest first

    page.action.setCurrentIndex(page.action.findData("device.revoked"))
    assert _shown(page) == [3] and page.count_label.text() == "1 regel"
    page.action.setCurrentIndex(0)
    page.actor.setCurrentIndex(page.actor.findData("Anna"))
    assert _shown(page) == [1, 0]
    page.actor.setCurrentIndex(0)
    with qtbot.waitSignal(page.log_shown, timeout=5000):
        qtbot.keyClicks(page.subject, "BEEF")  # waits for the typing to stop
    assert _shown(page) == [2]
    page.subject.clear()
    page.date_from.setDate(_qdate(BASE + timedelta(days=1)))
    page.date_to.setDate(_qdate(BASE + timedelta(days=2)))
    assert _shown(page) == [2, 1]

    page.date_from.setDate(_qdate(BASE + timedelta(days=3)))  # after "to"
    assert page.model.rowCount() == 0
    assert page.error.text().startswith("De periode")
    page.clear_filters()
    assert _shown(page) == [3, 2, 1, 0] and page.error.text() == ""
    assert page.actor.itemText(0) == "Iedereen" and page.action.itemText(0) == "Alle acties"


def test_the_page_exports_what_the_filter_shows(qtbot, office, tmp_path, monkeypatch):
    page = AuditPage(AuditService(office.store.session_factory))
    qtbot.addWidget(page)
    page.show()
    page.actor.setCurrentIndex(page.actor.findData("Bram"))
    target = tmp_path / "logboek"
    monkeypatch.setattr(page, "_choose_save_path", lambda _name: target)
    with qtbot.waitSignal(page.export_written, timeout=10_000) as written:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    path = written.args[0]
    assert path == tmp_path / "logboek.csv"
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "tijdstip,door,actie,onderwerp,details"
    assert [line.split(",")[1] for line in lines[1:]] == ["Bram", "Bram"]
    assert page.saved.text().endswith("(2 regels)")
    assert page.export_button.isEnabled()

    # A folder that is not there: a plain message, no file.
    monkeypatch.setattr(page, "_choose_save_path", lambda _name: tmp_path / "weg" / "x.csv")
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert page.error.text() == messages.message(
        "E_AUDIT_WRITE_FAILED", {"path": str(tmp_path / "weg" / "x.csv")}, "nl"
    )
    assert not (tmp_path / "weg").exists()


def _view_actions(window) -> list[str]:
    [view] = [a.menu() for a in window.menuBar().actions() if a.text() == "Beeld"]
    return [a.text() for a in view.actions() if a.text()]


def test_a_field_window_has_no_back_office_pages_or_menu_actions(qtbot, tmp_path):
    laptop = make(tmp_path, "Laptop 03", Role.FIELD)
    try:
        window = build_main_window(laptop)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.data_shown, timeout=5000):
            window.show()
        for page in ("import_page", "devices_page", "records_page", "reports_page"):
            assert getattr(window, page) is None, page
        assert window.signals_page is None and window.audit_page is None
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == [
            "Registreren (Ctrl+1)",
            "Vandaag (Ctrl+2)",
            "Sociale kaart (Ctrl+3)",
            "Synchroniseren (Ctrl+4)",
        ]
        assert _view_actions(window) == [
            "&Registreren",
            "&Vandaag",
            "S&ociale kaart",
            "S&ynchroniseren",
            "&Taal",
        ]
        window.tabs.setCurrentIndex(1)
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == 1  # no page behind Ctrl+0 here
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        laptop.close()


def test_the_back_office_window_opens_the_log_with_ctrl_0(qtbot, office):
    window = build_main_window(office)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[-2:] == ["Logboek (Ctrl+0)", "Referentiegegevens (Ctrl+Shift+R)"]
    assert "Log&boek" in _view_actions(window)
    with qtbot.waitSignal(window.audit_page.log_shown, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.audit_page
    assert window.audit_page.model.rowCount() == 4


def test_the_log_page_in_english(qtbot, office, english, committed):  # noqa: F811
    page = AuditPage(AuditService(office.store.session_factory), "en")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.log_shown, timeout=5000):
        page.show()
    assert page.count_label.text() == "4 entries"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert page.model.index(0, AuditColumn.ACTION).data() == "Laptop revoked"
    assert _dutch_left(page, _dutch_matchers(committed)) == []


def test_rename_a_laptop_on_the_devices_page(qtbot, tmp_path, office, monkeypatch):
    laptop = make(tmp_path, "Laptop 03", Role.FIELD)
    try:
        office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
    finally:
        laptop.close()
    audit = AuditService(office.store.session_factory)
    before = audit.count(AuditFilter())
    page = DevicesPage(office.enrolment, office.pairing, office.keystore, "nl")
    qtbot.addWidget(page)
    page.show()
    assert not page.rename_button.isEnabled()  # nothing chosen yet
    page.table.selectRow(0)
    assert page.rename_button.isEnabled()

    answers = iter([None, "   ", "Laptop 03 Charlois"])
    monkeypatch.setattr(page, "_ask_name", lambda _device: next(answers))
    page.rename_button.click()  # cancelled
    page.rename_button.click()  # empty: refused with the reason, nothing changes
    assert page.error.text() == messages.message("E_DEVICE_NAME", {"max": 80}, "nl")
    assert [d.name for d in office.enrolment.devices()] == ["Laptop 03"]
    assert audit.count(AuditFilter()) == before
    with qtbot.waitSignal(page.devices_changed, timeout=1000):
        page.rename_button.click()
    assert page.result.text() == "Laptop 03 heet nu Laptop 03 Charlois."
    assert page.model.index(0, DevicesColumn.NAME).data() == "Laptop 03 Charlois"
    [entry] = audit.find(AuditFilter(action="device.renamed"))
    assert entry.details["old_name"] == "Laptop 03" and entry.actor == "Backoffice Centrale"

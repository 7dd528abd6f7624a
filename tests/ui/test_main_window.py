"""The field window as a whole: start a spreekuur by keyboard, register, see it counted, close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog


@pytest.fixture
def window(qtbot, services):
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    qtbot.waitExposed(window)
    return window


def _when_dialog(qtbot, act) -> None:
    """Run ``act(dialog)`` as soon as the modal spreekuur dialog is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StartSpreekuurDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_without_spreekuur_the_window_asks_to_start_one(window):
    assert "Geen spreekuur" in window.header.where.text()
    assert window.register_stack.currentIndex() == 0
    assert not window.close_action.isEnabled()


def test_start_register_and_close_by_keyboard(window, services, qtbot, monkeypatch):
    def fill(dialog: StartSpreekuurDialog) -> None:
        qtbot.keyClicks(dialog.staff_code, "mw12")
        qtbot.keyClick(dialog.staff_code, Qt.Key.Key_Return)

    _when_dialog(qtbot, fill)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: services.spreekuren.current() is not None)
    assert services.spreekuren.current().staff_code == "MW12"
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is window.form)
    assert "sinds" in window.header.since.text()
    assert "0 consulten vandaag" in window.header.count.text()

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    for keys in ("be", Qt.Key.Key_Tab, "a", Qt.Key.Key_Tab, "u", Qt.Key.Key_Tab, "o"):
        target = QApplication.focusWidget()
        if isinstance(keys, str):
            qtbot.keyClicks(target, keys)
        else:
            qtbot.keyClick(target, keys)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: "1 consult vandaag" in window.header.count.text())
    assert window.today.model.rowCount() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: services.spreekuren.current() is None)
    qtbot.waitUntil(lambda: window.register_stack.currentIndex() == 0)
    assert services.stats.stats().consultations == 1


def test_a_wrong_staff_code_keeps_the_dialog_open_with_a_message(window, services, qtbot):
    seen = {}

    def fill(dialog: StartSpreekuurDialog) -> None:
        qtbot.keyClicks(dialog.staff_code, "Jan Jansen")
        qtbot.keyClick(dialog.staff_code, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    _when_dialog(qtbot, fill)
    window.start_action.trigger()
    qtbot.waitUntil(lambda: "error" in seen)
    assert seen["visible"] and "medewerkerscode" in seen["error"].lower()
    assert services.spreekuren.current() is None


def test_tabs_switch_with_ctrl_digits(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.partners
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today


def test_pages_are_built_on_first_show_in_their_own_tab(window, qtbot):
    # Start-up builds only Registreren; every other tab is built when it is first shown.
    from ido_desktop.ui.main_window import PARTNERS, SYNC, TODAY
    from ido_desktop.ui.today_page import TodayPage

    assert [window.pages.built(key) for key in (TODAY, PARTNERS, SYNC)] == [None, None, None]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), TodayPage))
    assert window.tabs.currentIndex() == 1 and window.tabs.widget(1) is window.today
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert window.today.isVisible() and window.pages.built(PARTNERS) is None
    sync_panel = window.sync_panel  # asking for a page builds it too, without showing it
    assert window.tabs.widget(3) is sync_panel and window.tabs.currentIndex() == 1

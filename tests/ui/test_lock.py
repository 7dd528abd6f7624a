"""The unlock screen and the lock, as staff meet them: idle, Ctrl+L, sleep, wrong passphrase."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ido_desktop.domain.errors import StoreError
from ido_desktop.ui.application import GuiSession, build_main_window
from ido_desktop.ui.lock import LockController, UnlockWindow
from ido_desktop.ui.workers import Worker, start


class Clock:
    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.wall = 1_800_000_000.0

    def __call__(self) -> tuple[float, float]:
        return self.monotonic, self.wall


@pytest.fixture
def locked_setup(qtbot, services, open_spreekuur):
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    clock = Clock()
    controller = LockController(
        services.lock, services.unlock, services.reset_passphrase, "nl", 300, clock=clock
    )
    window.lock_requested.connect(controller.lock_now)
    yield window, controller, clock
    if controller.window is not None:
        controller.window.close()


def _unlock(qtbot, controller: LockController, passphrase: str) -> None:
    assert controller.window is not None
    qtbot.keyClicks(controller.window.passphrase, passphrase)
    qtbot.keyClick(controller.window.passphrase, Qt.Key.Key_Return)


def test_idle_time_locks_and_unlocking_returns_to_the_same_screen(qtbot, services, locked_setup):
    window, controller, clock = locked_setup
    note = window.form.question_editors()[0].note
    note.setPlainText("Half ingevuld")
    clock.monotonic += 299
    clock.wall += 299
    controller.check()
    assert not controller.is_locked
    clock.monotonic += 2
    clock.wall += 2
    controller.check()

    assert controller.is_locked and services.locked
    assert not window.isVisible()  # every record is hidden
    _unlock(qtbot, controller, "test-passphrase")
    assert not controller.is_locked and not services.locked
    assert window.isVisible()
    assert note.toPlainText() == "Half ingevuld"  # nothing lost
    note.clear()  # so closing the window asks nothing


def test_ctrl_l_locks_at_once(qtbot, services, locked_setup):
    window, controller, _clock = locked_setup
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked and services.locked


def test_after_sleep_the_wall_clock_locks(locked_setup, services):
    _window, controller, clock = locked_setup
    clock.wall += 2 * 3600  # the lid was shut; the monotonic clock stood still
    controller.check()
    assert controller.is_locked and services.locked


def test_a_wrong_passphrase_is_explained_and_slowed_down(qtbot, services, locked_setup):
    _window, controller, _clock = locked_setup
    controller.lock_now()
    for _ in range(3):
        _unlock(qtbot, controller, "fout-wachtwoord")
        assert controller.is_locked
    unlock_window = controller.window
    assert unlock_window is not None
    assert "klopt niet" in unlock_window.banner._text.text()
    assert not unlock_window.unlock_button.isEnabled()  # the third mistake makes it wait
    assert services.locked


class Results:
    """Slots in the GUI thread for a worker's signals."""

    def __init__(self) -> None:
        self.values: list[object] = []

    def finished(self, value: object) -> None:
        self.values.append(value)

    failed = finished


@pytest.fixture
def waiting_job(services):
    """A background job on the global pool that uses the store once ``release`` is set."""
    release, results = threading.Event(), Results()

    def job(_worker: Worker) -> int:
        assert release.wait(10)
        return len(services.consults.registered_on())  # uses the store after the lock came

    worker = Worker(job)
    worker.finished.connect(results.finished)
    worker.failed.connect(results.failed)
    start(worker)
    yield release, results
    release.set()  # also when the test failed: never leave the job behind
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_lock_during_a_background_job_waits_for_it_before_closing_the_store(
    qtbot, services, locked_setup, waiting_job
):
    window, controller, _clock = locked_setup
    release, results = waiting_job
    controller.lock_now()
    assert controller.is_locked and not window.isVisible()  # the screen is locked at once
    assert not services.locked and not controller.store_closed  # the job still has its store
    release.set()
    qtbot.waitUntil(lambda: results.values != [], timeout=5000)
    assert results.values == [0]  # the job finished normally, not with E_STORE_LOCKED
    qtbot.waitUntil(lambda: services.locked, timeout=5000)
    assert controller.store_closed
    _unlock(qtbot, controller, "test-passphrase")
    assert not services.locked and window.isVisible()


def test_unlocking_while_the_job_still_runs_keeps_the_store_open(
    qtbot, services, locked_setup, waiting_job
):
    window, controller, _clock = locked_setup
    release, results = waiting_job
    controller.lock_now()
    _unlock(qtbot, controller, "fout-wachtwoord")
    assert controller.is_locked  # the passphrase is checked all the same
    _unlock(qtbot, controller, "test-passphrase")
    assert not controller.is_locked and window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: results.values != [], timeout=5000)
    qtbot.wait(3 * 250)  # a few polls of the waiting lock: it must have given up
    assert results.values == [0] and not services.locked


def test_the_program_starts_at_the_unlock_screen(qtbot, data_paths, services):
    services.close()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    session = GuiSession(app, data_paths, None)
    session.show_unlock()
    unlock = session._unlock_window
    assert isinstance(unlock, UnlockWindow)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, "test-passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert session.window is not None and session.window.isVisible()
    qtbot.addWidget(session.window)
    session.close()


def test_the_unlock_screen_speaks_the_language_last_used(qtbot, data_paths, services, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    services.close()
    first = GuiSession(app, data_paths, None)
    try:
        first.show_unlock()
        unlock = first._unlock_window
        assert unlock is not None and unlock.unlock_button.text() == "&Ontgrendelen"
        qtbot.addWidget(unlock)
        qtbot.keyClicks(unlock.passphrase, "test-passphrase")
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        window = first.window
        assert window is not None
        qtbot.addWidget(window)
        monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
        window._on_language_chosen("en")  # Beeld → Taal → English
        assert data_paths.language_hint.read_text().strip() == "en"
    finally:
        for translator in first._translators:
            app.removeTranslator(translator)
        first.close()

    second = GuiSession(app, data_paths, None)  # the next start, still locked
    try:
        second.show_unlock()
        unlock = second._unlock_window
        assert unlock is not None
        qtbot.addWidget(unlock)
        assert unlock.unlock_button.text() == "&Unlock"
    finally:
        for translator in second._translators:
            app.removeTranslator(translator)
        second.close()


def test_the_window_keeps_painting_while_the_key_is_unwrapped(qtbot, data_paths, services):
    # Argon2id runs in a thread; the event loop runs meanwhile, but holds back typing and clicks.
    import time

    from PySide6.QtCore import QTimer

    from ido_desktop.db import keyfile
    from ido_desktop.ui.lock import unwrap_responsively

    slow = keyfile.derive

    def derive(*args):
        time.sleep(0.3)
        return slow(*args)

    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyfile, "derive", derive)
        pending = unwrap_responsively(services.vault, "test-passphrase")
    assert ran == [True] and pending is not None and pending.done()
    assert pending.key() == services.keystore.store_key()
    wrong = unwrap_responsively(services.vault, "niet-het-wachtwoord")
    assert wrong is not None
    with pytest.raises(StoreError) as refused:
        wrong.key()
    assert refused.value.code == "E_PASSPHRASE_WRONG"


def test_the_program_locks_and_unlocks_with_the_key_unwrapped_in_a_thread(
    qtbot, data_paths, services
):
    services.close()
    from PySide6.QtWidgets import QApplication

    session = GuiSession(QApplication.instance(), data_paths, None)
    session.open("test-passphrase")
    session.show_main()
    assert session.window is not None and session.lock is not None
    qtbot.addWidget(session.window)
    qtbot.waitSignal(session.window.data_shown, timeout=5000).wait()
    session.lock.lock_now()
    assert session.services is not None and session.services.locked
    _unlock(qtbot, session.lock, "fout-wachtwoord")
    assert session.lock.window is not None
    assert "klopt niet" in session.lock.window.banner._text.text()
    assert session.services.locked and not session.window.isVisible()
    session.lock.window.passphrase.clear()
    _unlock(qtbot, session.lock, "test-passphrase")
    assert not session.services.locked and session.window.isVisible()
    session.close()

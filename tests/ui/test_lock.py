"""The unlock screen and the lock, as staff meet them: idle, Ctrl+L, sleep, wrong passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ido_desktop.domain.errors import StoreError
from ido_desktop.ui.application import GuiSession, build_main_window
from ido_desktop.ui.lock import LockController, UnlockWindow


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


def test_idle_time_locks_and_unlocking_returns_to_the_same_screen(
    qtbot, services, locked_setup
):
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

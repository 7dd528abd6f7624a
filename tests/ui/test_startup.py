"""The start as a user meets it: the unlock screen first, the store's code loaded meanwhile, the
day's backup taken once the data shows (issue 12, docs/performance.md)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from ido_desktop.db import backups
from ido_desktop.domain.errors import StoreError
from ido_desktop.ui.application import GuiSession
from ido_desktop.ui.preload import Preload


@pytest.fixture
def session(qtbot, services, data_paths):
    services.close()
    session = GuiSession(QApplication.instance(), data_paths, None)
    yield session
    for translator in session._translators:
        session.app.removeTranslator(translator)
    session.close()


def _unlock_by_typing(qtbot, session: GuiSession) -> None:
    unlock = session._unlock_window
    assert unlock is not None
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, "test-passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert session.window is not None
    qtbot.addWidget(session.window)


def test_the_days_first_backup_is_taken_after_the_data_shows(qtbot, session, data_paths):
    for info in backups.list_backups(data_paths.backups):  # today's, taken by init's tests
        info.path.unlink()
    session.show_unlock()
    _unlock_by_typing(qtbot, session)
    assert backups.list_backups(data_paths.backups) == []  # not on the way to the window
    qtbot.waitUntil(lambda: len(backups.list_backups(data_paths.backups)) == 1, timeout=10000)
    QThreadPool.globalInstance().waitForDone()
    [daily] = backups.list_backups(data_paths.backups)
    assert daily.reason == "daily"
    assert session.services is not None
    backups.verify(daily.path, session.services.store.key)
    assert session.services.housekeeping() is False  # one a day


def test_a_failed_daily_backup_is_said_once_and_the_program_goes_on(
    qtbot, session, data_paths, monkeypatch
):
    for info in backups.list_backups(data_paths.backups):
        info.path.unlink()

    def full_disk(*_args, **_kwargs):
        raise StoreError("E_BACKUP_DISK_FULL", "no space left")

    warnings: list[str] = []
    monkeypatch.setattr(backups, "backup", full_disk)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    session.show_unlock()
    _unlock_by_typing(qtbot, session)
    qtbot.waitUntil(lambda: warnings != [], timeout=10000)
    assert warnings == [
        "De schijf is vol: de reservekopie is niet gemaakt (de gegevens zelf zijn "
        "niet veranderd). Maak ruimte vrij en probeer het opnieuw."
    ]
    assert session.window is not None and session.window.isVisible()
    assert session.services is not None and session.services.stats.stats().consultations == 0


def test_the_store_code_loads_while_the_unlock_screen_waits(qtbot, session):
    from sqlalchemy.orm import Mapper

    from ido_desktop.db.models import Consult

    session.start(None)
    qtbot.waitUntil(lambda: session._preload.done(), timeout=20000)
    assert "ido_desktop.app" in sys.modules and "ido_desktop.ui.main_window" in sys.modules
    assert "sqlcipher3.dbapi2" in sys.modules
    mapper = Consult.__mapper__
    assert isinstance(mapper, Mapper) and mapper.configured
    _unlock_by_typing(qtbot, session)
    assert session.window.isVisible()


def test_given_the_passphrase_the_unlock_screen_shows_opening_and_gives_way(qtbot, session):
    session.start("test-passphrase")
    unlock = session._unlock_window
    assert unlock is not None
    qtbot.addWidget(unlock)
    assert not unlock.passphrase.isEnabled() and not unlock.unlock_button.isEnabled()
    assert unlock.unlock_button.text() == "Bezig met openen…"
    assert "bij het starten is gegeven" in unlock.explanation.text()
    qtbot.waitUntil(lambda: session.window is not None, timeout=20000)
    qtbot.addWidget(session.window)
    assert session._unlock_window is None and session.failure is None


def test_a_wrong_passphrase_given_at_start_ends_the_start_with_its_error(qtbot, session):
    session.start("niet-het-wachtwoord")
    qtbot.addWidget(session._unlock_window)
    qtbot.waitUntil(lambda: session.failure is not None, timeout=20000)
    assert isinstance(session.failure, StoreError)
    assert session.failure.code == "E_PASSPHRASE_WRONG"
    assert session.window is None


def test_a_module_that_fails_to_load_fails_where_it_is_needed(qtbot):
    preload = Preload(["json", "ido_desktop.no_such_module"])
    preload.start()
    qtbot.waitUntil(preload.done, timeout=5000)
    with pytest.raises(ModuleNotFoundError, match="ido_desktop.no_such_module"):
        preload.wait()
    failing = Preload(["json"], then="json:no_such_function")
    failing.start()
    qtbot.waitUntil(failing.done, timeout=5000)
    with pytest.raises(AttributeError, match="no_such_function"):
        failing.wait()
    Preload(["json"], then="gc:collect").wait()  # not started: loads and runs in place

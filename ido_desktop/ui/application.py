"""Starting the desktop program: the unlock screen first, then the main window.

The unlock screen is the first window painted, and it needs only Qt and the key file: the store's
code (SQLAlchemy's models, the services, the main window's modules) loads while the user types
(``ui/preload.py``). With the passphrase given at start (``--passphrase-file``, IDO_PASSPHRASE:
automation and ``smoke``), the same window shows "opening" while the key is unwrapped in a thread
and the store's code loads; the main window then takes its place (docs/performance.md).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMessageLogContext,
    QObject,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.vocab import Role
from ido_desktop.messages import message
from ido_desktop.paths import DataPaths
from ido_desktop.services.language_hint import read_language_hint, write_language_hint
from ido_desktop.services.vault import PendingKey, Vault
from ido_desktop.ui.gc_guard import GuiThreadCollector
from ido_desktop.ui.i18n import install_translators, require_translations
from ido_desktop.ui.lock import LockController, UnlockWindow, unwrap_responsively
from ido_desktop.ui.preload import Preload

if TYPE_CHECKING:
    from ido_desktop.app import Services
    from ido_desktop.ui.main_window import MainWindow
    from ido_desktop.ui.sync_panel import SyncPanel

# What the main window needs beyond the unlock screen, loaded while the user types.
MAIN_WINDOW_MODULES = ("ido_desktop.app", "ido_desktop.ui.main_window")
PREPARE_STORE = "ido_desktop.app:prepare"


def build_main_window(services: Services, language: str | None = None) -> MainWindow:
    """Hand each part of the window only the services it uses.

    Only the pages this role shows are imported, and each is built on first show: start-up
    time (docs/performance.md).
    """
    from ido_desktop.ui.main_window import MainWindow

    language = language or services.settings.language()
    field = services.device.role == Role.FIELD
    if not field:
        from ido_desktop.services.audit_service import AuditService
        from ido_desktop.services.config_service import ConfigService
        from ido_desktop.ui.audit_page import AuditPage
        from ido_desktop.ui.devices_page import DevicesPage
        from ido_desktop.ui.import_page import ImportPage
        from ido_desktop.ui.records_page import RecordsPage
        from ido_desktop.ui.reference_page import ReferencePage
        from ido_desktop.ui.reports_page import ReportsPage
        from ido_desktop.ui.signals_page import SignalsPage
    return MainWindow(
        device=services.device,
        catalog=services.reference.catalog(),
        spreekuren=services.spreekuren,
        consults=services.consults,
        settings=services.settings,
        language=language,
        sync_panel=(lambda: _sync_panel(services, language)) if field else None,
        import_page=(
            None if field else lambda: ImportPage(services.imports, services.enrolment, language)
        ),
        devices_page=(
            None
            if field
            else lambda: DevicesPage(
                services.enrolment, services.pairing, services.keystore, language
            )
        ),
        records_page=(
            None
            if field
            else lambda: RecordsPage(
                services.records,
                services.reference.catalog(),
                language,
                actor=services.device.name,
            )
        ),
        reports_page=(
            None
            if field
            else lambda: ReportsPage(
                services.reports,
                language,
                source=services.device.name,
                today=services.consults.today,
            )
        ),
        signals_page=None if field else lambda: SignalsPage(services.signals, language),
        backups=(lambda: services.backups) if services.store.url.startswith("sqlite") else None,
        audit_page=(
            None
            if field
            else lambda: AuditPage(AuditService(services.store.session_factory), language)
        ),
        reference_page=(
            None
            if field
            else lambda: ReferencePage(
                services.reference_admin,
                services.reference_sheets,
                ConfigService(services.store.session_factory, services.reference, services.pairing),
                language,
                actor=services.device.name,
            )
        ),
    )


def _sync_panel(services: Services, language: str) -> SyncPanel:
    from ido_desktop.ui.sync_panel import SyncPanel  # imported on first show: start-up time

    return SyncPanel(services.exports, services.receipts, services.pairing, language)


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Drop the offscreen platform's harmless size-hint notice; pass everything else on."""
    if "does not support propagateSizeHints" in text:
        return
    sys.stderr.write(text + "\n")


class PaintedOnce(QObject):
    """Calls ``then`` once ``window`` has painted: on an X11 screen that is only after the window
    manager has mapped it, and work started earlier would leave it black. After a second
    without a paint (a minimised start) it calls anyway."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._call)  # once the whole window is painted and shown
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


class StartupReport:
    """What ``smoke`` prints: when the first window and the data showed, what the window says."""

    def __init__(self, started: float) -> None:
        self.started = started or time.perf_counter()

    def _line(self, text: str) -> None:
        print(f"smoke: {text}")
        sys.stdout.flush()

    def _ms(self, since: float | None = None) -> str:
        return f"{(time.perf_counter() - (since or self.started)) * 1000:.0f} ms"

    def first_window(self) -> None:
        self._line(f"first window shown after {self._ms()} (at {time.time():.3f})")

    def preloaded(self) -> None:
        self._line(f"ready for the passphrase after {self._ms()}")

    def passphrase_to_data(self, typed_at: float) -> None:
        self._line(f"data shown {self._ms(typed_at)} after the passphrase")

    def data_shown(self, window: MainWindow, key_wait: float) -> None:
        self._line(
            f"main window showed its data after {self._ms()} "
            f"(waited {key_wait * 1000:.0f} ms for the key)"
        )
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        self._line(f"window '{window.windowTitle()}', tabs: {' | '.join(tabs)}")


def run(
    paths: DataPaths,
    database_url: str | None,
    passphrase: str | None,
    argv: list[str],
    smoke: bool = False,
    started: float = 0.0,
    pending: PendingKey | None = None,
    type_passphrase: str | None = None,
) -> int:
    """Start the program at its unlock screen; with ``passphrase`` it opens by itself. With
    ``smoke``, quit once the main window shows its data; with ``type_passphrase`` too, type that
    into the unlock screen once it is ready, as a user would.

    Raises:
        IdoError: E_TRANSLATION_MISSING, and with ``passphrase`` whatever opening the store
            raised (E_PASSPHRASE_WRONG, ...): the command line says so.
    """
    if smoke:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("IDO Desktop")
    app.setOrganizationName("IDO")
    # Workers never collect Qt objects of the GUI thread; nothing is collected until the data shows.
    collector = GuiThreadCollector(app, started=False)
    report = StartupReport(started) if smoke else None
    try:
        session = GuiSession(
            app, paths, database_url, report=report, quit_when_shown=smoke, started=collector.start
        )
    except IdoError as exc:
        if not smoke and app.platformName() != "offscreen":
            QMessageBox.critical(None, "IDO Desktop", message(exc.code, exc.params))
        collector.stop()
        raise
    session.start(passphrase, pending, type_passphrase=type_passphrase)
    try:
        app.exec()
    finally:
        session.close()
        collector.stop()
    if session.failure is not None:
        raise session.failure
    return 0


class GuiSession:
    """One run of the program: the unlock screen, then the main window and its lock.

    Raises:
        IdoError: E_TRANSLATION_MISSING when a translation file is missing or damaged.
    """

    def __init__(
        self,
        app: QApplication,
        paths: DataPaths,
        database_url: str | None,
        *,
        report: StartupReport | None = None,
        quit_when_shown: bool = False,
        started: Callable[[], None] | None = None,
    ) -> None:
        """``started``: called once the main window first shows its data."""
        self.app = app
        self.paths = paths
        self.database_url = database_url
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.lock: LockController | None = None
        self.failure: BaseException | None = None  # of opening at start; raised by ``run``
        self._report = report
        self._quit_when_shown = quit_when_shown
        self._started = started
        self._language = startup_language(paths)
        require_translations()  # every language, so a later choice cannot find one missing
        self._translators = install_translators(app, self._language)
        self._unlock_window: UnlockWindow | None = None
        self._preload = Preload(MAIN_WINDOW_MODULES, then=PREPARE_STORE)
        self._key_wait = 0.0

    def start(
        self,
        passphrase: str | None,
        pending: PendingKey | None = None,
        *,
        type_passphrase: str | None = None,
    ) -> None:
        """Show the unlock screen; once it is painted, load the rest and, with ``passphrase``,
        open the store by itself."""
        window = self.show_unlock(opening=passphrase is not None)
        PaintedOnce(window, lambda: self._after_first_paint(passphrase, pending, type_passphrase))

    def _after_first_paint(
        self, passphrase: str | None, pending: PendingKey | None, type_passphrase: str | None
    ) -> None:
        if self._report is not None:
            self._report.first_window()
        self._preload.start()  # while the user types, or while the key is unwrapped
        if passphrase is None:
            if type_passphrase is not None:
                self._type_when_ready(type_passphrase)
            return
        try:
            self.open(passphrase, pending)
            self._key_wait = pending.waited if pending is not None else 0.0
            self.show_main()
            self._close_unlock_window()
        except BaseException as exc:  # the command line reports it once the loop has ended
            self.failure = exc
            self.app.quit()

    def _type_when_ready(self, passphrase: str) -> None:
        """``smoke --unlock-screen``: type the passphrase once the store's code is loaded (a
        person takes longer than that to type it), and time what follows."""
        window = self._unlock_window
        if window is None:
            return
        if not self._preload.done():
            QTimer.singleShot(5, lambda: self._type_when_ready(passphrase))
            return
        if self._report is not None:
            self._report.preloaded()
        window.passphrase.setText(passphrase)
        self._typed_at = time.perf_counter()
        window.unlock_button.click()
        if self._unlock_window is window:  # refused: the banner says why; stop the smoke
            detail = window.banner._text.text()
            self.failure = IdoError("E_SMOKE_UNLOCK_REFUSED", detail, detail=detail)
            self.app.quit()

    def open(self, passphrase: str, pending: PendingKey | None = None) -> None:
        if pending is None:
            pending = unwrap_responsively(Vault(self.paths.keyfile), passphrase)
        self._preload.wait()  # the store's code: loaded meanwhile, or now
        from ido_desktop.app import open_services

        self.services = open_services(
            self.paths,
            self.database_url,
            passphrase=passphrase,
            pending=pending,
            housekeeping=False,
        )

    def _reset_and_open(self, code: str, new: str) -> None:
        Vault(self.paths.keyfile).reset_with_recovery_code(code, new)
        self.open(new)

    def show_unlock(self, opening: bool = False) -> UnlockWindow:
        new = self.database_url is None and not Vault(self.paths.keyfile).exists()
        window = UnlockWindow(
            self.open,
            self._language,
            new=new,
            reset=self._reset_and_open,
            title=self.app.translate("GuiSession", "Welkom bij IDO Desktop"),
        )
        if opening:
            window.show_opening()
        window.unlocked.connect(self._after_unlock)
        self._unlock_window = window
        window.show()
        return window

    def _close_unlock_window(self) -> None:
        window, self._unlock_window = self._unlock_window, None
        if window is not None:
            window.close()
            window.deleteLater()

    def _after_unlock(self) -> None:
        self.show_main()  # then the unlock screen goes: no moment without a window
        self._close_unlock_window()

    def show_main(self, smoke: bool = False) -> None:
        """The main window, once the store is open (``open``). ``smoke``: quit once it shows
        its data (also when the session was made with ``quit_when_shown``)."""
        services = self.services
        assert services is not None
        language = services.settings.language()
        write_language_hint(self.paths.language_hint, language)
        if language != self._language:
            self._language = language
            for translator in self._translators:
                self.app.removeTranslator(translator)
            self._translators = install_translators(self.app, language)
        window = build_main_window(services, language)
        self.window = window

        def unlock(passphrase: str) -> None:
            services.unlock(passphrase, unwrap_responsively(services.vault, passphrase))

        lock = LockController(
            services.lock,
            unlock,
            services.reset_passphrase,
            language,
            idle_seconds=services.settings.lock_minutes() * 60,
        )
        self.lock = lock
        window.lock_requested.connect(lock.lock_now)
        window.lock_minutes_changed.connect(lambda minutes: lock.set_idle_seconds(minutes * 60))
        window.language_changed.connect(
            lambda chosen: write_language_hint(self.paths.language_hint, chosen)
        )
        if self._started is not None:
            window.data_shown.connect(self._started)
        if smoke or self._quit_when_shown:
            window.data_shown.connect(lambda: QTimer.singleShot(0, self._report_and_quit))
        else:
            window.data_shown.connect(lambda: QTimer.singleShot(0, self._start_housekeeping))
        window.show()

    def _start_housekeeping(self) -> None:
        from ido_desktop.ui.housekeeping import Housekeeping  # after the data shows: start-up

        if self.services is not None and self.window is not None:
            Housekeeping(self.services.housekeeping, self.window, self._language).start()

    def _report_and_quit(self) -> None:
        window = self.window
        assert window is not None
        if self._report is not None:
            typed_at = getattr(self, "_typed_at", None)
            if typed_at is not None:
                self._report.passphrase_to_data(typed_at)
            self._report.data_shown(window, self._key_wait)
        window.close()
        self.app.quit()

    def close(self) -> None:
        # A backup (or another job) still running finishes before its store closes.
        QThreadPool.globalInstance().waitForDone()
        if self.services is not None:
            self.services.close()
            self.services = None


def startup_language(paths: DataPaths) -> str:
    """Before unlocking the store's choice is unreadable: the language last used on this install
    (kept beside the store), else the system's, Dutch by default."""
    hint = read_language_hint(paths.language_hint)
    if hint is not None:
        return hint
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"

"""Starting the desktop program: QApplication, translators, style, the main window."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ido_desktop.app import Services, needs_new_passphrase, open_services
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from ido_desktop.services.settings_service import read_language_hint, write_language_hint
from ido_desktop.services.vault import PendingKey, Vault
from ido_desktop.ui.gc_guard import GuiThreadCollector
from ido_desktop.ui.i18n import install_translators
from ido_desktop.ui.lock import LockController, UnlockWindow, unwrap_responsively
from ido_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from ido_desktop.ui.sync_panel import SyncPanel


def build_main_window(services: Services) -> MainWindow:
    """Hand each part of the window only the services it uses.

    Only the pages this role shows are imported, and each is built on first show: start-up
    time (docs/performance.md).
    """
    language = services.settings.language()
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
        backups=services.backups,
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


def run(
    paths: DataPaths,
    database_url: str | None,
    passphrase: str | None,
    argv: list[str],
    smoke: bool = False,
    started: float = 0.0,
    pending: PendingKey | None = None,
) -> int:
    if smoke:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("IDO Desktop")
    app.setOrganizationName("IDO")
    collector = GuiThreadCollector(app)  # workers never collect Qt objects of the GUI thread
    session = GuiSession(app, paths, database_url)
    if passphrase is not None:
        session.open(passphrase, pending)  # IdoError reaches the command line's message
        session.show_main(smoke=smoke, started=started, key_wait=pending.waited if pending else 0)
    else:
        session.show_unlock()
    try:
        return app.exec()
    finally:
        session.close()
        collector.stop()


class GuiSession:
    """One run of the program: the unlock screen, then the main window and its lock."""

    def __init__(self, app: QApplication, paths: DataPaths, database_url: str | None) -> None:
        self.app = app
        self.paths = paths
        self.database_url = database_url
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.lock: LockController | None = None
        self._language = startup_language(paths)
        self._translators = install_translators(app, self._language)
        self._unlock_window: UnlockWindow | None = None

    def open(self, passphrase: str, pending: PendingKey | None = None) -> None:
        if pending is None:
            pending = unwrap_responsively(Vault(self.paths.keyfile), passphrase)
        self.services = open_services(
            self.paths, self.database_url, passphrase=passphrase, pending=pending
        )

    def _reset_and_open(self, code: str, new: str) -> None:
        Vault(self.paths.keyfile).reset_with_recovery_code(code, new)
        self.open(new)

    def show_unlock(self) -> None:
        new = self.database_url is None and needs_new_passphrase(self.paths)
        window = UnlockWindow(
            self.open,
            self._language,
            new=new,
            reset=self._reset_and_open,
            title=self.app.translate("GuiSession", "Welkom bij IDO Desktop"),
        )
        window.unlocked.connect(lambda: self._after_unlock(window))
        self._unlock_window = window
        window.show()

    def _after_unlock(self, window: UnlockWindow) -> None:
        window.close()
        window.deleteLater()
        self._unlock_window = None
        self.show_main()

    def show_main(self, smoke: bool = False, started: float = 0.0, key_wait: float = 0.0) -> None:
        services = self.services
        assert services is not None
        language = services.settings.language()
        write_language_hint(self.paths.language_hint, language)
        if language != self._language:
            self._language = language
            for translator in self._translators:
                self.app.removeTranslator(translator)
            self._translators = install_translators(self.app, language)
        window = build_main_window(services)
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
        if smoke:

            def report() -> None:
                elapsed = time.perf_counter() - (started or time.perf_counter())
                print(
                    f"smoke: main window showed its data after {elapsed * 1000:.0f} ms "
                    f"(waited {key_wait * 1000:.0f} ms for the key)"
                )
                sys.stdout.flush()
                window.close()
                self.app.quit()

            window.data_shown.connect(lambda: QTimer.singleShot(0, report))
        window.show()

    def close(self) -> None:
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

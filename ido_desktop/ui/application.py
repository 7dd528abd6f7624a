"""Starting the desktop program: QApplication, translators, style, the main window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from ido_desktop.ui.i18n import install_translators
from ido_desktop.ui.main_window import MainWindow
from ido_desktop.ui.style import STYLE_SHEET


def build_main_window(services: Services) -> MainWindow:
    """Hand each part of the window only the services it uses.

    Only the pages this role shows are imported: start-up time (docs/performance.md).
    """
    language = services.settings.language()
    field = services.device.role == Role.FIELD
    if field:
        from ido_desktop.ui.sync_panel import SyncPanel
    else:
        from ido_desktop.ui.devices_page import DevicesPage
        from ido_desktop.ui.import_page import ImportPage
        from ido_desktop.ui.records_page import RecordsPage
        from ido_desktop.ui.reports_page import ReportsPage
        from ido_desktop.ui.signals_page import SignalsPage
    return MainWindow(
        device=services.device,
        catalog=services.reference.catalog(),
        spreekuren=services.spreekuren,
        consults=services.consults,
        settings=services.settings,
        language=language,
        sync_panel=(
            SyncPanel(services.exports, services.receipts, services.pairing, language)
            if field
            else None
        ),
        import_page=None if field else ImportPage(services.imports, services.enrolment, language),
        devices_page=(
            None
            if field
            else DevicesPage(services.enrolment, services.pairing, services.keystore, language)
        ),
        records_page=(
            None
            if field
            else RecordsPage(
                services.records,
                services.reference.catalog(),
                language,
                actor=services.device.name,
            )
        ),
        reports_page=(
            None
            if field
            else ReportsPage(
                services.reports,
                language,
                source=services.device.name,
                today=services.consults.today,
            )
        ),
        signals_page=None if field else SignalsPage(services.signals, language),
    )


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Drop the offscreen platform's harmless size-hint notice; pass everything else on."""
    if "does not support propagateSizeHints" in text:
        return
    sys.stderr.write(text + "\n")


def run(services: Services, argv: list[str], smoke: bool = False, started: float = 0.0) -> int:
    if smoke:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("IDO Desktop")
    app.setOrganizationName("IDO")
    app.setStyleSheet(STYLE_SHEET)
    translators = install_translators(app, services.settings.language())
    window = build_main_window(services)
    if smoke:

        def report() -> None:
            elapsed = time.perf_counter() - (started or time.perf_counter())
            print(f"smoke: main window showed its data after {elapsed * 1000:.0f} ms")
            sys.stdout.flush()
            window.close()
            app.quit()

        window.data_shown.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    result = app.exec()
    del translators
    return result

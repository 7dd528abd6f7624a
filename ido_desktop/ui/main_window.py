"""The field window: assembles the pages and wires their signals, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ido_desktop import __version__
from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.model import DeviceInfo
from ido_desktop.domain.records import RecordFilter
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.services.consult_service import ConsultService
from ido_desktop.services.settings_service import SettingsService
from ido_desktop.services.spreekuur_service import SpreekuurService
from ido_desktop.ui import labels, style
from ido_desktop.ui.consult_form import ConsultForm
from ido_desktop.ui.events import AppEvents
from ido_desktop.ui.lazy_tabs import LazyTabs
from ido_desktop.ui.session_header import SessionHeader
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog
from ido_desktop.ui.style import set_primary

if TYPE_CHECKING:  # the pages are built by ui/application.py; a laptop never imports these
    from ido_desktop.services.backup_service import BackupService
    from ido_desktop.ui.audit_page import AuditPage
    from ido_desktop.ui.devices_page import DevicesPage
    from ido_desktop.ui.import_page import ImportPage
    from ido_desktop.ui.partner_page import PartnerPage
    from ido_desktop.ui.records_page import RecordsPage
    from ido_desktop.ui.reference_page import ReferencePage
    from ido_desktop.ui.reports_page import ReportsPage
    from ido_desktop.ui.signals_page import SignalsPage
    from ido_desktop.ui.sync_panel import SyncPanel
    from ido_desktop.ui.today_page import TodayPage

# The tabs after Registreren, built on first show (ui/lazy_tabs.py): start-up time.
TODAY, PARTNERS, SYNC, IMPORT, DEVICES = "today", "partners", "sync", "import", "devices"
RECORDS, REPORTS, SIGNALS, AUDIT = "records", "reports", "signals", "audit"
REFERENCE = "reference"


class _Refreshable(Protocol):
    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    """The pages other than Registreren are passed as functions that build them: each is built
    the first time its tab shows, or when its attribute (``today``, ``sync_panel``, ...) is read.
    """

    data_shown = Signal()  # the first time the window shows the store's data
    lock_requested = Signal()
    lock_minutes_changed = Signal(int)
    language_changed = Signal(str)  # stored; used from the next start

    def __init__(
        self,
        *,
        device: DeviceInfo,
        catalog: ReferenceCatalog,
        spreekuren: SpreekuurService,
        consults: ConsultService,
        settings: SettingsService,
        language: str,
        sync_panel: Callable[[], SyncPanel] | None = None,
        import_page: Callable[[], ImportPage] | None = None,
        devices_page: Callable[[], DevicesPage] | None = None,
        records_page: Callable[[], RecordsPage] | None = None,
        reports_page: Callable[[], ReportsPage] | None = None,
        signals_page: Callable[[], SignalsPage] | None = None,
        backups: Callable[[], BackupService] | None = None,
        audit_page: Callable[[], AuditPage] | None = None,
        reference_page: Callable[[], ReferencePage] | None = None,
    ) -> None:
        super().__init__()
        self._backups = backups
        self._device = device
        self._catalog = catalog
        self._spreekuren = spreekuren
        self._consults = consults
        self._settings = settings
        self._language = language
        self.events = AppEvents(self)
        self.setWindowTitle(self.tr("IDO Desktop — {name}").format(name=device.name))
        self.setAccessibleName(self.tr("IDO Desktop"))
        self.resize(1200, 820)

        self.header = SessionHeader(catalog, language)
        self.form = ConsultForm(consults, catalog, language)

        self.register_stack = QStackedWidget()
        self.register_stack.setAccessibleName(self.tr("Registreren"))
        self._start_page = self._no_spreekuur_page()
        self.register_stack.addWidget(self._start_page)
        self.register_stack.addWidget(self.form)

        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet(style.TAB_BAR)
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.tabs.addTab(self.register_stack, self.tr("Registreren (Ctrl+1)"))
        self.pages = LazyTabs(self.tabs, self._on_page_built)
        self.pages.add(TODAY, self.tr("Vandaag (Ctrl+2)"), self._build_today)
        self.pages.add(PARTNERS, self.tr("Sociale kaart (Ctrl+3)"), self._build_partners)
        for key, title, build in (
            (SYNC, self.tr("Synchroniseren (Ctrl+4)"), sync_panel),  # laptop only
            (IMPORT, self.tr("Importeren (Ctrl+5)"), import_page),  # back office only (all below)
            (DEVICES, self.tr("Laptops (Ctrl+6)"), devices_page),
            (RECORDS, self.tr("Registraties (Ctrl+7)"), records_page),
            (REPORTS, self.tr("Rapportages (Ctrl+8)"), reports_page),
            (SIGNALS, self.tr("Signalen (Ctrl+9)"), signals_page),
            (AUDIT, self.tr("Logboek (Ctrl+0)"), audit_page),
            (REFERENCE, self.tr("Referentiegegevens (Ctrl+Shift+R)"), reference_page),
        ):
            if build is not None:
                self.pages.add(key, title, build)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._wire()
        QTimer.singleShot(0, self._show_data)

    # --- the pages, built on first show ---------------------------------------------------

    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.pages.page(TODAY))

    @property
    def partners(self) -> PartnerPage:
        return cast("PartnerPage", self.pages.page(PARTNERS))

    @property
    def sync_panel(self) -> SyncPanel | None:
        return cast("SyncPanel | None", self.pages.page(SYNC))

    @property
    def import_page(self) -> ImportPage | None:
        return cast("ImportPage | None", self.pages.page(IMPORT))

    @property
    def devices_page(self) -> DevicesPage | None:
        return cast("DevicesPage | None", self.pages.page(DEVICES))

    @property
    def records_page(self) -> RecordsPage | None:
        return cast("RecordsPage | None", self.pages.page(RECORDS))

    @property
    def reports_page(self) -> ReportsPage | None:
        return cast("ReportsPage | None", self.pages.page(REPORTS))

    @property
    def signals_page(self) -> SignalsPage | None:
        return cast("SignalsPage | None", self.pages.page(SIGNALS))

    @property
    def audit_page(self) -> AuditPage | None:
        return cast("AuditPage | None", self.pages.page(AUDIT))

    @property
    def reference_page(self) -> ReferencePage | None:
        return cast("ReferencePage | None", self.pages.page(REFERENCE))

    def _build_today(self) -> QWidget:
        from ido_desktop.ui.today_page import TodayPage  # imported on first show: start-up

        return TodayPage(self._consults, self._catalog, self._language)

    def _build_partners(self) -> QWidget:
        from ido_desktop.ui.partner_page import PartnerPage  # imported on first show: start-up

        return PartnerPage(self._catalog, self._language)

    def _on_page_built(self, key: str, page: QWidget) -> None:
        """Connect a page just built, and give it the current data as ``_refresh`` would."""
        if key == TODAY:
            today = cast("TodayPage", page)
            today.edit_requested.connect(self._on_today_edit_requested)
            today.consult_deleted.connect(lambda _id: self.events.data_changed.emit())
            today.consult_restored.connect(lambda _id: self.events.data_changed.emit())
        elif key == IMPORT:
            imports = cast("ImportPage", page)
            imports.files_imported.connect(lambda _r: self.events.data_changed.emit())
        elif key == DEVICES:
            cast("DevicesPage", page).devices_changed.connect(self.events.data_changed)
        elif key == RECORDS:
            records = cast("RecordsPage", page)
            records.record_corrected.connect(lambda _id: self.events.data_changed.emit())
            records.retention_applied.connect(self.events.data_changed.emit)
        elif key == REPORTS:
            cast("ReportsPage", page).trace_requested.connect(self._on_reports_trace_requested)
        elif key == REFERENCE:
            reference = cast("ReferencePage", page)
            reference.reference_edited.connect(lambda _kind: self.events.reference_changed.emit())
        elif key == SYNC:
            sync = cast("SyncPanel", page)
            sync.paired.connect(lambda _offer: self.events.reference_changed.emit())
            sync.configuration_applied.connect(lambda _o: self.events.reference_changed.emit())
        self._refresh_page(key, page)

    @staticmethod
    def _refresh_page(key: str, page: QWidget) -> None:
        if key == SIGNALS:
            cast("SignalsPage", page).refresh_soon()
        elif key != PARTNERS:
            cast("_Refreshable", page).refresh()

    # --- assembly -------------------------------------------------------------------------

    def _no_spreekuur_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(
            self.tr(
                "Er is nog geen spreekuur geopend.\nStart een spreekuur om consulten te "
                "registreren."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        text.setFont(font)
        button = QPushButton(self.tr("Spreekuur starten (Ctrl+Shift+S)"))
        set_primary(button)
        button.setAccessibleName(self.tr("Spreekuur starten"))
        button.setAccessibleDescription(
            self.tr("Open een spreekuur om consulten te registreren (Ctrl+Shift+S).")
        )
        button.clicked.connect(self._on_start_spreekuur)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _build_menus(self) -> None:
        # Menu titles carry no Alt mnemonics: the form uses Alt+letter for its fields.
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("Bestand"))
        lock_action = QAction(self.tr("&Vergrendelen"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock_action.triggered.connect(self.lock_requested)
        minutes_action = QAction(self.tr("Automatisch ver&grendelen na…"), self)
        minutes_action.triggered.connect(self._on_lock_minutes)
        file_menu.addActions([lock_action, minutes_action])
        if self._backups is not None:
            backups_action = QAction(self.tr("&Reservekopieën…"), self)
            backups_action.triggered.connect(self._on_backups)
            file_menu.addAction(backups_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        session_menu = bar.addMenu(self.tr("Spreekuur"))
        self.start_action = QAction(self.tr("Spreekuur &starten…"), self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.start_action.triggered.connect(self._on_start_spreekuur)
        self.close_action = QAction(self.tr("Spreekuur s&luiten"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.close_action.triggered.connect(self._on_close_spreekuur)
        session_menu.addActions([self.start_action, self.close_action])
        if self.pages.has(SYNC):
            self.sync_action = QAction(self.tr("S&ynchroniseren…"), self)
            self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
            self.sync_action.triggered.connect(self._on_sync_requested)
            session_menu.addSeparator()
            session_menu.addAction(self.sync_action)
            self.sync_button = QPushButton(self.tr("Synchroniseren"))
            self.sync_button.setAccessibleName(self.tr("Synchroniseren"))
            self.sync_button.setAccessibleDescription(
                self.tr(
                    "Zet de registraties op een USB-stick of in een map voor de backoffice "
                    "(Ctrl+Shift+Y)."
                )
            )
            self.sync_button.setToolTip(self.tr("Synchroniseren (Ctrl+Shift+Y)"))
            self.sync_button.clicked.connect(self._on_sync_requested)
            header_layout = self.header.layout()
            assert header_layout is not None
            header_layout.addWidget(self.sync_button)

        view_menu = bar.addMenu(self.tr("Beeld"))
        for index, (text, shortcut) in enumerate(
            (
                (self.tr("&Registreren"), "Ctrl+1"),
                (self.tr("&Vandaag"), "Ctrl+2"),
                (self.tr("S&ociale kaart"), "Ctrl+3"),
            )
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        for key, text, shortcut in (
            (SYNC, self.tr("S&ynchroniseren"), "Ctrl+4"),
            (IMPORT, self.tr("&Importeren"), "Ctrl+5"),
            (DEVICES, self.tr("&Laptops"), "Ctrl+6"),
            (RECORDS, self.tr("Re&gistraties"), "Ctrl+7"),
            (REPORTS, self.tr("R&apportages"), "Ctrl+8"),
            (SIGNALS, self.tr("Sig&nalen"), "Ctrl+9"),
            (AUDIT, self.tr("Log&boek"), "Ctrl+0"),
            (REFERENCE, self.tr("Re&ferentiegegevens"), "Ctrl+Shift+R"),
        ):
            if self.pages.has(key):
                action = QAction(text, self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _=False, k=key: self.pages.show(k))
                view_menu.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("Help"))
        about = QAction(self.tr("&Over IDO Desktop"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _wire(self) -> None:
        self.header.start_requested.connect(self._on_start_spreekuur)
        self.header.close_requested.connect(self._on_close_spreekuur)
        self.form.consult_saved.connect(lambda _id: self.events.data_changed.emit())
        self.events.data_changed.connect(self._refresh)
        self.events.spreekuur_changed.connect(self._refresh)
        self.events.reference_changed.connect(self._on_reference_changed)

    # --- state ----------------------------------------------------------------------------

    def _show_data(self) -> None:
        self._refresh()
        self.data_shown.emit()

    def _refresh(self) -> None:
        spreekuur = self._spreekuren.current()
        self.header.show_state(spreekuur, self._consults.count_registered_on())
        self.start_action.setEnabled(spreekuur is None)
        self.close_action.setEnabled(spreekuur is not None)
        wanted = self.form if spreekuur is not None else self._start_page
        if self.register_stack.currentWidget() is not wanted:
            self.register_stack.setCurrentWidget(wanted)
            if spreekuur is not None:
                self.form.start_new()
        for key in (TODAY, SYNC, IMPORT, DEVICES, RECORDS, REPORTS, SIGNALS, AUDIT, REFERENCE):
            page = self.pages.built(key)  # a page not built yet reads the data when it is
            if page is not None:
                self._refresh_page(key, page)

    def _on_reference_changed(self) -> None:
        """New lists (the catalog object was updated in place): everything that shows them
        reads them again; a consultation being typed keeps what was chosen."""
        self.form.reference_changed()
        partners = self.pages.built(PARTNERS)
        if partners is not None:
            cast("PartnerPage", partners).reload_reference()
        self._refresh()

    # --- slots ----------------------------------------------------------------------------

    def _on_start_spreekuur(self) -> None:
        if self._spreekuren.current() is not None:
            return
        dialog = StartSpreekuurDialog(
            self._spreekuren, self._catalog, self._language, self._settings.last_location(), self
        )
        if dialog.exec() and dialog.started is not None:
            self._settings.remember_location(dialog.started.location_code)
            self.tabs.setCurrentIndex(0)
            self.events.spreekuur_changed.emit()

    def _on_close_spreekuur(self) -> None:
        if self._spreekuren.current() is None:
            return
        count = self._consults.count_registered_on()
        text = self.tr("Spreekuur sluiten? Vandaag zijn {n} consulten geregistreerd.").format(
            n=count
        )
        if self.form.has_unsaved_input():
            text += "\n\n" + self.tr(
                "Let op: het formulier bevat nog een consult dat niet is "
                "opgeslagen. Dat gaat verloren."
            )
        answer = QMessageBox.question(self, self.tr("Spreekuur sluiten"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._spreekuren.close()
        except IdoError as exc:
            QMessageBox.warning(self, self.tr("Spreekuur sluiten"), labels.error_message(exc))
        self.events.spreekuur_changed.emit()

    def _on_sync_requested(self) -> None:
        sync_panel = self.sync_panel
        assert sync_panel is not None
        self.tabs.setCurrentWidget(sync_panel)
        sync_panel.export_now()

    def _on_today_edit_requested(self, consult_id: str) -> None:
        if self._spreekuren.current() is None:
            QMessageBox.information(
                self,
                self.tr("Bewerken"),
                self.tr("Start eerst een spreekuur om een consult te bewerken."),
            )
            return
        self.tabs.setCurrentIndex(0)
        self.form.edit(consult_id)

    def _on_reports_trace_requested(self, record_filter: RecordFilter, description: str) -> None:
        records_page = self.records_page
        if records_page is not None:
            self.tabs.setCurrentWidget(records_page)
            records_page.show_filter(record_filter, description)

    def _on_language_chosen(self, language: str) -> None:
        if language == self._language:
            return
        self._settings.set_language(language)
        self.language_changed.emit(language)
        QMessageBox.information(
            self,
            self.tr("Taal"),
            self.tr("De nieuwe taal wordt gebruikt zodra u IDO Desktop opnieuw start.")
            if language == "nl"
            else "The new language is used when you restart IDO Desktop.",
        )

    def _on_lock_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Automatisch vergrendelen"),
            self.tr("Vergrendelen na zoveel minuten zonder gebruik:"),
            self._settings.lock_minutes(),
            1,
            60,
        )
        if ok:
            self._settings.set_lock_minutes(minutes)
            self.lock_minutes_changed.emit(minutes)

    def _on_backups(self) -> None:
        from ido_desktop.ui.backup_dialog import BackupDialog  # on first use: start-up time

        assert self._backups is not None
        BackupDialog(self._backups(), self._language, self).exec()
        self.events.data_changed.emit()  # a restore changes everything

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over IDO Desktop"),
            self.tr(
                "IDO Desktop {version}\nRegistratie voor het Informatiepunt Digitale Overheid."
                "\nApparaat: {name} ({role})"
            ).format(version=__version__, name=self._device.name, role=self._device.role),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.has_unsaved_input():
            answer = QMessageBox.question(
                self,
                self.tr("Afsluiten"),
                self.tr(
                    "Het formulier bevat een consult dat nog niet is opgeslagen. Toch afsluiten?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()

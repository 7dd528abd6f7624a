"""The field window: assembles the pages and wires their signals, nothing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ido_desktop.services.backup_service import BackupService
from ido_desktop.services.consult_service import ConsultService
from ido_desktop.services.settings_service import SettingsService
from ido_desktop.services.spreekuur_service import SpreekuurService
from ido_desktop.ui import labels
from ido_desktop.ui.backup_dialog import BackupDialog
from ido_desktop.ui.consult_form import ConsultForm
from ido_desktop.ui.events import AppEvents
from ido_desktop.ui.partner_page import PartnerPage
from ido_desktop.ui.session_header import SessionHeader
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog
from ido_desktop.ui.today_page import TodayPage

if TYPE_CHECKING:  # the pages are built by ui/application.py; a laptop never imports these
    from ido_desktop.ui.audit_page import AuditPage
    from ido_desktop.ui.devices_page import DevicesPage
    from ido_desktop.ui.import_page import ImportPage
    from ido_desktop.ui.records_page import RecordsPage
    from ido_desktop.ui.reports_page import ReportsPage
    from ido_desktop.ui.signals_page import SignalsPage
    from ido_desktop.ui.sync_panel import SyncPanel


class MainWindow(QMainWindow):
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
        sync_panel: SyncPanel | None = None,
        import_page: ImportPage | None = None,
        devices_page: DevicesPage | None = None,
        records_page: RecordsPage | None = None,
        reports_page: ReportsPage | None = None,
        signals_page: SignalsPage | None = None,
        backups: BackupService | None = None,
        audit_page: AuditPage | None = None,
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
        self.today = TodayPage(consults, catalog, language)
        self.partners = PartnerPage(catalog, language)
        self.sync_panel = sync_panel  # laptop only
        self.import_page = import_page  # back office only
        self.devices_page = devices_page  # back office only
        self.records_page = records_page  # back office only
        self.reports_page = reports_page  # back office only
        self.signals_page = signals_page  # back office only
        self.audit_page = audit_page  # back office only

        self.register_stack = QStackedWidget()
        self.register_stack.setAccessibleName(self.tr("Registreren"))
        self._start_page = self._no_spreekuur_page()
        self.register_stack.addWidget(self._start_page)
        self.register_stack.addWidget(self.form)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.tabs.addTab(self.register_stack, self.tr("Registreren (Ctrl+1)"))
        self.tabs.addTab(self.today, self.tr("Vandaag (Ctrl+2)"))
        self.tabs.addTab(self.partners, self.tr("Sociale kaart (Ctrl+3)"))
        if sync_panel is not None:
            self.tabs.addTab(sync_panel, self.tr("Synchroniseren (Ctrl+4)"))
        if import_page is not None:
            self.tabs.addTab(import_page, self.tr("Importeren (Ctrl+5)"))
        if devices_page is not None:
            self.tabs.addTab(devices_page, self.tr("Laptops (Ctrl+6)"))
        if records_page is not None:
            self.tabs.addTab(records_page, self.tr("Registraties (Ctrl+7)"))
        if reports_page is not None:
            self.tabs.addTab(reports_page, self.tr("Rapportages (Ctrl+8)"))
        if signals_page is not None:
            self.tabs.addTab(signals_page, self.tr("Signalen (Ctrl+9)"))
        if audit_page is not None:
            self.tabs.addTab(audit_page, self.tr("Logboek (Ctrl+0)"))

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
        button.setObjectName("primaryButton")
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
        if self._backups is not None and self._backups.available:
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
        if self.sync_panel is not None:
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
        for page, text, shortcut in (
            (self.sync_panel, self.tr("S&ynchroniseren"), "Ctrl+4"),
            (self.import_page, self.tr("&Importeren"), "Ctrl+5"),
            (self.devices_page, self.tr("&Laptops"), "Ctrl+6"),
            (self.records_page, self.tr("Re&gistraties"), "Ctrl+7"),
            (self.reports_page, self.tr("R&apportages"), "Ctrl+8"),
            (self.signals_page, self.tr("Sig&nalen"), "Ctrl+9"),
            (self.audit_page, self.tr("Log&boek"), "Ctrl+0"),
        ):
            if page is not None:
                action = QAction(text, self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _=False, p=page: self.tabs.setCurrentWidget(p))
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
        self.today.edit_requested.connect(self._on_today_edit_requested)
        self.today.consult_deleted.connect(lambda _id: self.events.data_changed.emit())
        self.today.consult_restored.connect(lambda _id: self.events.data_changed.emit())
        self.events.data_changed.connect(self._refresh)
        self.events.spreekuur_changed.connect(self._refresh)
        if self.import_page is not None:
            self.import_page.files_imported.connect(lambda _r: self.events.data_changed.emit())
        if self.devices_page is not None:
            self.devices_page.devices_changed.connect(self.events.data_changed)
        if self.records_page is not None:
            self.records_page.record_corrected.connect(lambda _id: self.events.data_changed.emit())
            self.records_page.retention_applied.connect(self.events.data_changed.emit)
        if self.reports_page is not None:
            self.reports_page.trace_requested.connect(self._on_reports_trace_requested)

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
        self.today.refresh()
        for page in (
            self.sync_panel,
            self.import_page,
            self.devices_page,
            self.records_page,
            self.reports_page,
            self.audit_page,
        ):
            if page is not None:
                page.refresh()
        if self.signals_page is not None:
            self.signals_page.refresh_soon()

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
        assert self.sync_panel is not None
        self.tabs.setCurrentWidget(self.sync_panel)
        self.sync_panel.export_now()

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
        if self.records_page is not None:
            self.tabs.setCurrentWidget(self.records_page)
            self.records_page.show_filter(record_filter, description)

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
        assert self._backups is not None
        BackupDialog(self._backups, self._language, self).exec()
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

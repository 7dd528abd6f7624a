"""Back office: the audit log ('Logboek'). Filters, the entries newest first, CSV export.

The log is read whenever the page is shown, and on ``refresh`` while it is shown; the table
fetches further pages as the view scrolls. The export runs on the thread pool.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop import messages
from ido_desktop.domain.audit import AuditFilter
from ido_desktop.domain.errors import IdoError
from ido_desktop.services.audit_service import AuditService
from ido_desktop.ui import labels
from ido_desktop.ui.audit_model import AuditColumn, AuditModel, action_label
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, OptionalDateEdit, PageTitle
from ido_desktop.ui.workers import Worker, start

TEXT_DELAY_MS = 300
_WIDTHS = {
    AuditColumn.AT: 150,
    AuditColumn.ACTOR: 170,
    AuditColumn.ACTION: 230,
    AuditColumn.SUBJECT: 260,
}


class AuditPage(QWidget):
    """The 'Logboek' tab."""

    log_shown = Signal(int)  # the number of entries that pass the filter
    export_written = Signal(object)  # Path of the CSV file

    def __init__(
        self, audit: AuditService, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._language = language
        self._worker: Worker | None = None
        self.setAccessibleName(self.tr("Logboek"))

        title = PageTitle(self.tr("Logboek van de backoffice"))
        intro = QLabel(
            self.tr(
                "Wie wat wanneer veranderde: correcties, laptops, koppelbestanden, imports, "
                "instellingen en opschonen. Regels worden nooit gewijzigd of verwijderd."
            )
        )
        intro.setAccessibleName(self.tr("Uitleg"))
        intro.setWordWrap(True)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.load)
        self._build_filters()

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal regels"))
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.saved = MessageBanner("success", self)
        self.saved.setAccessibleName(self.tr("Resultaat"))

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Regels van het logboek"))
        self.table.setAccessibleDescription(
            self.tr(
                "Een regel voor elke vastgelegde handeling: wanneer, wat, door wie en waarover."
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(self.filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(self.saved)
        layout.addWidget(self.table, 1)

    # --- filters --------------------------------------------------------------------------

    def _build_filters(self) -> None:
        def date_edit(name: str) -> OptionalDateEdit:
            edit = OptionalDateEdit(name)
            edit.dateChanged.connect(self._on_filter_changed)
            return edit

        self.date_from = date_edit(self.tr("Vanaf datum"))
        self.date_to = date_edit(self.tr("Tot en met datum"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie"))
        self.action.setAccessibleDescription(
            self.tr("Toon alleen regels van deze soort handeling.")
        )
        self.action.currentIndexChanged.connect(self._on_filter_changed)
        self.actor = QComboBox()
        self.actor.setAccessibleName(self.tr("Door"))
        self.actor.setAccessibleDescription(
            self.tr("Toon alleen regels van deze laptop of medewerker.")
        )
        self.actor.currentIndexChanged.connect(self._on_filter_changed)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Zoek in onderwerp"))
        self.subject.setAccessibleDescription(
            self.tr("Toon alleen regels waarvan het onderwerp deze tekst bevat.")
        )
        self.subject.setPlaceholderText(self.tr("bv. een consult-id of sleutel-id"))
        self.subject.setClearButtonEnabled(True)
        self.subject.textChanged.connect(self._on_subject_text_changed)
        self.clear_button = QPushButton(self.tr("Filters &wissen"))
        self.clear_button.setAccessibleName(self.tr("Filters wissen"))
        self.clear_button.setAccessibleDescription(
            self.tr("Zet alle filters terug, zodat alle regels weer zichtbaar zijn.")
        )
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("&Exporteren…"))
        set_primary(self.export_button)
        self.export_button.setAccessibleName(self.tr("Exporteren"))
        self.export_button.setAccessibleDescription(
            self.tr("Schrijf de regels die aan het filter voldoen naar een CSV-bestand (Excel)")
        )
        self.export_button.setToolTip(
            self.tr("Schrijf de regels die aan het filter voldoen naar een CSV-bestand (Excel)")
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self._fill_choices()

        self.filters = QGridLayout()
        self.filters.setHorizontalSpacing(10)
        self.filters.setVerticalSpacing(4)
        cells = (
            (self.tr("&Vanaf"), self.date_from),
            (self.tr("&Tot en met"), self.date_to),
            (self.tr("&Actie"), self.action),
            (self.tr("&Door"), self.actor),
            (self.tr("&Onderwerp bevat"), self.subject),
        )
        for column, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            self.filters.addWidget(label, 0, column)
            self.filters.addWidget(widget, 1, column)
        self.filters.setColumnStretch(4, 1)
        self.filters.addWidget(self.clear_button, 1, 5)
        self.filters.addWidget(self.export_button, 1, 6)

    def _fill_choices(self) -> None:
        """The actions and actors to choose from, keeping the current choices."""
        for box, everything, items in (
            (
                self.action,
                self.tr("Alle acties"),
                sorted(((action_label(a), a) for a in self._audit.actions()), key=_folded),
            ),
            (self.actor, self.tr("Iedereen"), [(a, a) for a in self._audit.actors()]),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
            box.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
            action=self.action.currentData(),
            actor=self.actor.currentData(),
            text=self.subject.text().strip() or None,
        )

    def clear_filters(self) -> None:
        for widget in (self.date_from, self.date_to, self.action, self.actor, self.subject):
            widget.blockSignals(True)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.action.setCurrentIndex(0)
        self.actor.setCurrentIndex(0)
        self.subject.clear()
        for widget in (self.date_from, self.date_to, self.action, self.actor, self.subject):
            widget.blockSignals(False)
        self.load()

    # --- overridable choices (tests replace this) -----------------------------------------

    def _choose_save_path(self, name: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Logboek opslaan"), name, self.tr("CSV-bestand (*.csv)")
        )
        return Path(path) if path else None

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Data may have changed: read the log again now if shown, else when shown."""
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        # Always read again: not every change (a pairing file, a setting) tells the window.
        super().showEvent(event)
        self.load()

    def load(self) -> bool:
        """Read the entries that pass the filter (a page; more as the table scrolls)."""
        self._text_timer.stop()
        self.error.clear()
        self._fill_choices()
        audit_filter = self.current_filter()
        try:
            total = self._audit.count(audit_filter)
            self.model.set_source(
                lambda offset, limit: self._audit.find(audit_filter, offset, limit), total
            )
        except IdoError as exc:
            self.model.set_source(lambda _offset, _limit: [], 0)
            self.count_label.setText("")
            self.error.show_message(self._error_text(exc))
            return False
        self.count_label.setText(
            self.tr("1 regel") if total == 1 else self.tr("{n} regels").format(n=total)
        )
        self.log_shown.emit(total)
        return True

    def is_busy(self) -> bool:
        return self._worker is not None

    # --- export ---------------------------------------------------------------------------

    def export(self, path: Path) -> bool:
        """Write the entries that pass the filter to ``path`` as CSV, off the GUI thread."""
        if self._worker is not None:
            return False
        if not path.suffix:
            path = path.with_suffix(".csv")
        self.error.clear()
        self.saved.clear()
        audit, audit_filter, language = self._audit, self.current_filter(), self._language

        def job(worker: Worker) -> tuple[Path, int]:
            return path, audit.export_csv(audit_filter, path, language, worker.is_cancelled)

        worker = Worker(job)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.export_button.setEnabled(False)
        start(worker)
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self.load()

    def _on_subject_text_changed(self, _text: str) -> None:
        self._text_timer.start()

    def _on_export_button_clicked(self) -> None:
        name = f"logboek-{date.today().isoformat()}.csv"
        path = self._choose_save_path(name)
        if path is not None:
            self.export(path)

    def _on_worker_finished(self, result: tuple[Path, int]) -> None:
        path, count = result
        self._worker = None
        self.export_button.setEnabled(True)
        self.saved.show_message(
            self.tr("Opgeslagen: {path} ({n} regels)").format(path=path, n=count)
        )
        self.export_written.emit(path)

    def _on_worker_failed(self, error: BaseException) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        self.error.show_message(self._error_text(error))

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, IdoError) and error.code.startswith("E_AUDIT_"):
            return messages.message(error.code, dict(error.params), self._language)
        return labels.any_error_message(error, self._language)


def _date(edit: OptionalDateEdit) -> date | None:
    return edit.value()


def _folded(item: tuple[str, str]) -> str:
    return item[0].casefold()

"""Back office: the 'Rapportages' tab. Count, chart, trace back to the records, export.

Building and every export run on the thread pool with a progress bar and a Stop button; the
service takes the worker's ``progress`` and ``is_cancelled``. The screen shows exact numbers;
CSV, Excel, PDF and the quarterly report hide counts below 5 (the service does that).
A double-click or Enter on a line asks for its consultations in the records browser
(``trace_requested``), with a filter that selects exactly the consultations it counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop import messages
from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.report import MAX_DIMENSIONS, ReportCancelledError, ReportSpec, ReportTable
from ido_desktop.domain.report_labels import format_cell, format_period
from ido_desktop.domain.report_trace import period_bounds, record_filter_for
from ido_desktop.services.report_service import ReportService
from ido_desktop.ui import labels
from ido_desktop.ui.report_charts import ReportCharts
from ido_desktop.ui.reports_model import ReportModel, ReportProxy
from ido_desktop.ui.roles import ROW_ROLE
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, ProgressRow, narrow_combo
from ido_desktop.ui.workers import Worker, start

translate = QCoreApplication.translate

CUSTOM = "custom"
QUARTERS_OFFERED = 8


class ReportsPage(QWidget):
    """The 'Rapportages' tab (back office)."""

    report_built = Signal(object)  # ReportTable
    export_written = Signal(object)  # Path
    work_cancelled = Signal()
    trace_requested = Signal(object, str)  # RecordFilter, what it shows in words

    def __init__(
        self,
        reports: ReportService,
        language: str = "nl",
        source: str = "",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._language = language
        self._source = source
        self._today = today
        self._worker: Worker | None = None
        self._stale = True
        self.setAccessibleName(self.tr("Rapportages"))

        self._build_controls()
        self.progress_row = ProgressRow(self)
        self.progress, self.current = self.progress_row.progress, self.progress_row.current
        self.stop_button = self.progress_row.stop_button
        self.progress_row.stop_requested.connect(self.stop)

        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.notice = MessageBanner("warning", self)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.saved = MessageBanner("success", self)
        self.saved.setAccessibleName(self.tr("Opgeslagen"))

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Samenvatting van het rapport"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Toelichting bij de tabel"))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: #5f6368;")

        self.model = ReportModel(language, self)
        self.proxy = ReportProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Rapporttabel"))
        self.table.setAccessibleDescription(
            self.tr(
                "De cijfers van het rapport. Enter op een cel toont de consulten achter dat getal."
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._on_enter_activated)

        self.charts = ReportCharts()
        table_side = QWidget()
        side = QVBoxLayout(table_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.table, 1)
        side.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(self.tr("Tabel en grafieken"))
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self.controls)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.saved)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._build_exports())
        self._set_busy(False)

    # --- controls -------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Periode"))
        self.period.setAccessibleDescription(
            self.tr("De periode van het rapport; kies Zelf kiezen om de data in te vullen.")
        )
        for text, key in (
            (self.tr("Deze maand"), "this_month"),
            (self.tr("Vorige maand"), "last_month"),
            (self.tr("Dit kwartaal"), "this_quarter"),
            (self.tr("Vorig kwartaal"), "last_quarter"),
            (self.tr("Dit jaar"), "this_year"),
            (self.tr("Vorig jaar"), "last_year"),
            (self.tr("Zelf kiezen"), CUSTOM),
        ):
            self.period.addItem(text, key)
        self.date_from = self._date_edit(self.tr("Vanaf datum"))
        self.date_to = self._date_edit(self.tr("Tot en met datum"))
        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)

        narrow_combo(self.period)
        self.dimensions: list[QComboBox] = []
        for n in range(MAX_DIMENSIONS):
            box = QComboBox()
            narrow_combo(box)
            box.setAccessibleName(self.tr("Indeling {n}").format(n=n + 1))
            box.setAccessibleDescription(
                self.tr(
                    "Waarop de tabel wordt ingedeeld, bijvoorbeeld maand, locatie of organisatie."
                )
            )
            if n:
                box.addItem(self.tr("(geen)"), None)
            for name, text in dimension_labels().items():
                box.addItem(text, name)
            self.dimensions.append(box)
        self.dimensions[0].setCurrentIndex(self.dimensions[0].findData("period_month"))
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Tellen"))
        self.measure.setAccessibleDescription(self.tr("Tel consulten of vragen."))
        self.measure.addItem(self.tr("Consulten"), "consultations")
        self.measure.addItem(self.tr("Vragen"), "questions")

        self.build_button = QPushButton(self.tr("&Maken"))
        set_primary(self.build_button)
        self.build_button.setAccessibleName(self.tr("Maken"))
        self.build_button.setAccessibleDescription(self.tr("Rapport maken (Ctrl+Enter)"))
        self.build_button.setToolTip(self.tr("Rapport maken (Ctrl+Enter)"))
        self.build_button.clicked.connect(self.build)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.build)

        self.controls = QGridLayout()
        self.controls.setHorizontalSpacing(10)
        self.controls.setVerticalSpacing(4)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Periode"), self.period),
            (self.tr("&Vanaf"), self.date_from),
            (self.tr("&Tot en met"), self.date_to),
            (self.tr("&Indeling"), self.dimensions[0]),
            (self.tr("Daar&binnen"), self.dimensions[1]),
            (self.tr("En daarbinn&en"), self.dimensions[2]),
            (self.tr("Te&llen"), self.measure),
        ]
        for column, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            self.controls.addWidget(label, 0, column)
            self.controls.addWidget(widget, 1, column)
        self.controls.addWidget(self.build_button, 1, len(cells))
        self.controls.setColumnStretch(len(cells) + 1, 1)
        self.set_period("this_year")

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(
            self.tr(
                "Datum van het rapport. Pijltjes veranderen de datum, Alt+Omlaag opent de kalender."
            )
        )
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.dateChanged.connect(self._on_date_changed)
        return edit

    def _build_exports(self) -> QHBoxLayout:
        self.csv_button = QPushButton(self.tr("CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Exporteren naar CSV"))
        self.csv_button.setAccessibleDescription(self.tr("Sla de tabel op als CSV-bestand."))
        self.xlsx_button = QPushButton(self.tr("E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Exporteren naar Excel"))
        self.xlsx_button.setAccessibleDescription(self.tr("Sla de tabel op als Excel-bestand."))
        self.pdf_button = QPushButton(self.tr("PD&F…"))
        self.pdf_button.setAccessibleName(self.tr("Exporteren naar PDF"))
        self.pdf_button.setAccessibleDescription(self.tr("Sla de tabel en grafieken op als PDF."))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        hidden = QLabel(self.tr("Kleine aantallen (<5) worden in exports verborgen"))
        hidden.setAccessibleName(self.tr("Kleine aantallen (<5) worden in exports verborgen"))
        hidden.setStyleSheet("color: #5f6368;")
        hidden.setWordWrap(True)  # wraps instead of widening the page at large text sizes
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Kwartaal"))
        self.quarter.setAccessibleDescription(
            self.tr("Het kwartaal voor de kwartaalrapportage aan de gemeente.")
        )
        self.quarterly_button = QPushButton(self.tr("K&wartaalrapportage…"))
        self.quarterly_button.setAccessibleName(self.tr("Kwartaalrapportage maken"))
        self.quarterly_button.setAccessibleDescription(
            self.tr("Maak de kwartaalrapportage voor de gemeente als PDF of Excel.")
        )
        self.quarterly_button.setToolTip(
            self.tr("De kwartaalrapportage voor de gemeente als PDF of Excel")
        )
        self.quarterly_button.clicked.connect(self._on_quarterly_button_clicked)
        quarter_label = QLabel(self.tr("&Kwartaal"))
        quarter_label.setBuddy(self.quarter)
        self._fill_quarters()
        row = QHBoxLayout()
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            row.addWidget(button)
        row.addWidget(hidden, 1)
        row.addStretch(1)
        row.addWidget(quarter_label)
        row.addWidget(self.quarter)
        row.addWidget(self.quarterly_button)
        return row

    def _fill_quarters(self) -> None:
        today = self._today()
        year, quarter = today.year, (today.month - 1) // 3 + 1
        for _ in range(QUARTERS_OFFERED):
            text = self.tr("{n}e kwartaal {year}").format(n=quarter, year=year)
            self.quarter.addItem(text, (year, quarter))
            year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        self.quarter.setCurrentIndex(1)  # the last complete quarter

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        self._on_period_current_index_changed()

    def _on_period_current_index_changed(self, *_args: object) -> None:
        key = self.period.currentData()
        if key == CUSTOM:
            return
        first, last = quick_period(key, self._today())
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _on_date_changed(self, *_args: object) -> None:
        index = self.period.findData(CUSTOM)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)

    def current_spec(self) -> ReportSpec:
        """The asked report. Raises ValidationError (shown by ``build``)."""
        chosen = [box.currentData() for box in self.dimensions]
        by = tuple(name for name in chosen if name)
        return ReportSpec(
            _day(self.date_from.date()), _day(self.date_to.date()), by, self.measure.currentData()
        )

    # --- overridable choices (tests replace this) -----------------------------------------

    def _choose_save_path(self, title: str, name: str, filters: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, name, filters)
        return Path(path) if path else None

    # --- state ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._worker is not None

    def refresh(self) -> None:
        """Data may have changed: build again when shown (if a report was made)."""
        self._stale = True
        if self.isVisible() and self.model.table is not None and self._worker is None:
            self._stale = False
            self.build()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._worker is None:
            self._stale = False
            self.build()

    def _set_busy(self, busy: bool) -> None:
        has_table = self.model.table is not None
        self.build_button.setEnabled(not busy)
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(not busy and has_table)
        self.quarterly_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.progress_row.setVisible(busy)

    def _start(
        self, job: Callable[[Worker], Any], finished: Callable[[Any], None], text: str
    ) -> None:
        for banner in (self.error, self.notice, self.saved):
            banner.clear()
        self.progress.setRange(0, 0)
        self.current.setText(text)
        worker = Worker(job)
        worker.finished.connect(finished)
        worker.failed.connect(self._on_worker_failed)
        worker.progressed.connect(self._on_worker_progressed)
        self._worker = worker
        self._set_busy(True)
        start(worker)

    def _finish(self) -> None:
        self._worker = None
        self._set_busy(False)

    # --- actions --------------------------------------------------------------------------

    def build(self) -> bool:
        """Build the report of the controls in a worker; False if busy or the spec is wrong."""
        if self._worker is not None:
            return False
        try:
            spec = self.current_spec()
        except IdoError as exc:
            self.error.show_message(self._error_text(exc))
            return False
        reports, language = self._reports, self._language

        def job(worker: Worker) -> ReportTable:
            return reports.build(spec, language, worker.progress, worker.is_cancelled)

        self._start(job, self._on_build_finished, self.tr("Rapport maken…"))
        return True

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.stop_button.setEnabled(False)
            self.current.setText(self.tr("Stoppen…"))

    def export(self, kind: str) -> bool:
        """Write the shown report (suppressed) as ``csv``, ``xlsx`` or ``pdf``."""
        table = self.model.table
        if self._worker is not None or table is None:
            return False
        filters = {
            "csv": self.tr("CSV-bestand (*.csv)"),
            "xlsx": self.tr("Excel-werkmap (*.xlsx)"),
            "pdf": self.tr("PDF-document (*.pdf)"),
        }[kind]
        stem = f"rapport-{table.spec.date_from.isoformat()}-{table.spec.date_to.isoformat()}"
        path = self._choose_save_path(self.tr("Rapport opslaan"), f"{stem}.{kind}", filters)
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        reports, source = self._reports, self._source

        def job(worker: Worker) -> Path:
            worker.progress(0, 1)
            if kind == "csv":
                reports.to_csv(table, path)
            elif kind == "xlsx":
                reports.to_xlsx(table, path)
            else:
                reports.to_pdf(table, path, source=source)
            if worker.is_cancelled():
                path.unlink(missing_ok=True)
                raise ReportCancelledError()
            return path

        self._start(job, self._on_export_finished, self.tr("Exporteren…"))
        return True

    def _on_quarterly_button_clicked(self) -> None:
        year, quarter = self.quarter.currentData()
        name = f"kwartaalrapportage-{year}-K{quarter}.pdf"
        filters = self.tr("PDF-document (*.pdf);;Excel-werkmap (*.xlsx)")
        path = self._choose_save_path(self.tr("Kwartaalrapportage opslaan"), name, filters)
        if path is not None:
            self.quarterly_report(year, quarter, path)

    def quarterly_report(self, year: int, quarter: int, path: Path) -> bool:
        """Write the municipal quarterly report; the file's suffix (.xlsx or .pdf) picks it."""
        if self._worker is not None:
            return False
        kind = "xlsx" if path.suffix.lower() == ".xlsx" else "pdf"
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        reports, language, source = self._reports, self._language, self._source

        def job(worker: Worker) -> Path:
            return reports.quarterly_report(
                year, quarter, path, kind, language, source, worker.progress, worker.is_cancelled
            )

        self._start(job, self._on_export_finished, self.tr("Kwartaalrapportage maken…"))
        return True

    # --- worker slots ---------------------------------------------------------------------

    def _on_worker_progressed(self, done: int, total: int, _item: object) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_build_finished(self, table: ReportTable) -> None:
        self._finish()
        self.model.set_table(table)
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.charts.show_table(table)
        self._set_busy(False)
        self._describe(table)
        self.report_built.emit(table)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column < self.model.label_columns:
                header.resizeSection(column, 160)
            else:
                self.table.resizeColumnToContents(column)

    def _describe(self, table: ReportTable) -> None:
        period = format_period(table.spec.date_from, table.spec.date_to, self._language)
        total = format_cell(table.totals.consultations, self._language)
        self.summary.setText(
            self.tr(
                "{period}: {n} consulten. Exacte aantallen, alleen voor intern gebruik."
            ).format(period=period, n=total)
        )
        lines = [self.tr("Dubbelklik op een regel (of Enter) om de consulten ervan te zien.")]
        if table.spec.multi_counted:
            lines.insert(
                0,
                self.tr(
                    "Een consult kan in meer groepen vallen (bijvoorbeeld een vraag over twee "
                    "organisaties): de regels tellen dan op tot meer dan het totaal."
                ),
            )
        self.note.setText(" ".join(lines))

    def _on_export_finished(self, path: Path) -> None:
        self._finish()
        self.saved.show_message(self.tr("Opgeslagen: {path}").format(path=path))
        self.export_written.emit(path)

    def _on_worker_failed(self, error: BaseException) -> None:
        cancelled = isinstance(error, ReportCancelledError) or (
            self._worker is not None and self._worker.is_cancelled()
        )
        self._finish()
        if cancelled:
            self.notice.show_message(self.tr("Gestopt: er is niets gemaakt."))
            self.work_cancelled.emit()
            return
        self.error.show_message(self._error_text(error))

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, IdoError) and error.code.startswith("E_REPORT_"):
            return messages.message(error.code, dict(error.params), self._language)
        if isinstance(error, OSError):
            path = getattr(error, "filename", "") or ""
            return messages.message("E_REPORT_WRITE_FAILED", {"path": path}, self._language)
        return labels.any_error_message(error, self._language)

    # --- tracing --------------------------------------------------------------------------

    def _on_table_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.trace(index.row())

    def _on_enter_activated(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.trace(index.row())

    def trace(self, proxy_row: int) -> bool:
        """Ask for the consultations behind a line (as the view shows it)."""
        table = self.model.table
        row = self.proxy.index(proxy_row, 0).data(ROW_ROLE)
        if table is None or row is None:
            return False
        record_filter = record_filter_for(table.spec, row.keys)
        if record_filter is None:
            self.notice.show_message(
                self.tr("Deze regel telt consulten zonder vraag; die zijn niet apart te tonen.")
            )
            return False
        first = record_filter.date_from or table.spec.date_from
        last = record_filter.date_to or table.spec.date_to
        parts = [format_period(first, last, self._language)]
        for name, column, text in zip(
            table.spec.by, table.columns, row.labels[: len(row.keys)], strict=False
        ):
            if not name.startswith("period_"):
                parts.append(f"{column}: {text}")
        self.trace_requested.emit(record_filter, " · ".join(parts))
        return True


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def quick_period(key: str, today: date) -> tuple[date, date]:
    """The first and last day of a quick choice ("last_quarter", ...) seen from ``today``."""
    month = f"{today.year}-{today.month:02d}"
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    if key == "this_month":
        return period_bounds("period_month", month)
    if key == "last_month":
        last = date(today.year, today.month, 1) - timedelta(days=1)
        return period_bounds("period_month", f"{last.year}-{last.month:02d}")
    if key == "this_quarter":
        return period_bounds("period_quarter", quarter)
    if key == "last_quarter":
        first, _ = period_bounds("period_quarter", quarter)
        end = first - timedelta(days=1)
        return period_bounds("period_quarter", f"{end.year}-Q{(end.month - 1) // 3 + 1}")
    if key == "last_year":
        return period_bounds("period_year", str(today.year - 1))
    return period_bounds("period_year", str(today.year))


def dimension_labels() -> dict[str, str]:
    """The groupings in the order offered, in the interface language."""
    return {
        "period_month": translate("ReportsPage", "Maand"),
        "period_quarter": translate("ReportsPage", "Kwartaal"),
        "period_year": translate("ReportsPage", "Jaar"),
        "location": translate("ReportsPage", "Locatie"),
        "location_type": translate("ReportsPage", "Soort locatie"),
        "organisation": translate("ReportsPage", "Organisatie"),
        "topic": translate("ReportsPage", "Onderwerp"),
        "domain": translate("ReportsPage", "Domein"),
        "help_form": translate("ReportsPage", "Vorm van hulp"),
        "result": translate("ReportsPage", "Resultaat"),
        "referral_category": translate("ReportsPage", "Doorverwezen naar (categorie)"),
        "warmth": translate("ReportsPage", "Soort doorverwijzing (koud of warm)"),
        "problem": translate("ReportsPage", "Onderliggend probleem"),
        "age_band": translate("ReportsPage", "Leeftijd"),
        "language": translate("ReportsPage", "Taal van het gesprek"),
        "spreekuur_hour": translate("ReportsPage", "Uur van het spreekuur"),
        "channel": translate("ReportsPage", "Kanaal"),
        "repeat_visit": translate("ReportsPage", "Herhaalbezoek"),
        "found_via": translate("ReportsPage", "Bij het IDO gekomen via"),
        "duration_band": translate("ReportsPage", "Duur"),
    }

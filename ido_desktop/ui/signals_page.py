"""Back office: the 'Signalen' tab. Bottlenecks per organisation and kind, rising trends, a
monthly chart of the chosen organisation, and its partner feedback sheet.

Counting, the chart data and writing a sheet run on the thread pool (``ui/workers.py``); each
result carries the generation it was asked for, so an answer that arrives after the period or
the selection changed again is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QMargins,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.signals import (
    MAX_SHEET_NOTES,
    PREVIOUS_MONTHS,
    ExampleNote,
    SignalRow,
    add_months,
    last_complete_month,
    month_key,
    month_start,
)
from ido_desktop.messages import message
from ido_desktop.services.feedback_sheet import month_label
from ido_desktop.services.signals_service import MonthlySeries, SignalsService
from ido_desktop.ui import labels
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE
from ido_desktop.ui.signals_model import NotesColumn, NotesModel, SignalsColumn, SignalsModel
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle
from ido_desktop.ui.workers import Worker, start

REFRESH_DELAY_MS = 250
BLUE, ORANGE = "#1f4e79", "#c05621"
PRESETS = ("this_month", "last_month", "last_3", "last_12", "custom")


class SignalsPage(QWidget):
    """The 'Signalen' tab (back office only)."""

    overview_loaded = Signal(object)  # list[SignalRow]
    details_loaded = Signal(str)  # organisation code
    sheet_written = Signal(object)  # Path
    sheet_failed = Signal(object)  # the exception

    def __init__(
        self,
        signals: SignalsService,
        language: str = "nl",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = signals
        self._language = language
        self._today = today
        self._workers: set[Worker] = set()
        self._export_worker: Worker | None = None
        self._generation = 0
        self._detail_generation = 0
        self._organisation: str | None = None
        self._kind: str | None = None
        self._loaded_once = False
        self.setAccessibleName(self.tr("Signalen"))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)

        title = PageTitle(self.tr("Signalen: waar lopen bezoekers vast?"))
        intro = QLabel(
            self.tr(
                "Per organisatie en soort knelpunt: hoe vaak medewerkers een signaal vastlegden. "
                "▲ stijgend: in de maand van de einddatum minstens 5 signalen en minstens "
                "anderhalf keer het gemiddelde van de drie maanden ervoor."
            )
        )
        intro.setAccessibleName(self.tr("Uitleg"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #3c4043;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(self._build_period())
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        layout.addWidget(self.error)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._build_table())
        top.addWidget(self._build_chart())
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([780, 420])
        splitter.addWidget(top)
        splitter.addWidget(self._build_feedback())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.set_preset("this_month")

    # --- building -------------------------------------------------------------------------

    def _build_period(self) -> QHBoxLayout:
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Periode"))
        self.preset.setAccessibleDescription(
            self.tr("De periode waarover de knelpunten worden geteld.")
        )
        for key, text in zip(
            PRESETS,
            (
                self.tr("Deze maand tot nu"),
                self.tr("Vorige maand (volledig)"),
                self.tr("Laatste 3 maanden"),
                self.tr("Laatste 12 maanden"),
                self.tr("Zelf kiezen"),
            ),
            strict=True,
        ):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)

        def date_edit(name: str) -> QDateEdit:
            edit = QDateEdit()
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(
                self.tr(
                    "Datum van de periode. Pijltjes veranderen de datum, Alt+Omlaag opent de "
                    "kalender."
                )
            )
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self._on_date_changed)
            return edit

        self.date_from = date_edit(self.tr("Van"))
        self.date_to = date_edit(self.tr("Tot en met"))
        period_label = QLabel(self.tr("Peri&ode:"))
        period_label.setBuddy(self.preset)
        from_label = QLabel(self.tr("&Van"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&t/m"))
        to_label.setBuddy(self.date_to)
        self.trend_info = QLabel()
        self.trend_info.setAccessibleName(self.tr("Trendmaand"))
        self.trend_info.setStyleSheet("color: #3c4043;")
        row = QHBoxLayout()
        for widget in (period_label, self.preset, from_label, self.date_from, to_label):
            row.addWidget(widget)
        row.addWidget(self.date_to)
        row.addSpacing(12)
        row.addWidget(self.trend_info, 1)
        return row

    def _build_table(self) -> QWidget:
        self.model = SignalsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Signalen per organisatie en soort"))
        self.table.setAccessibleDescription(
            self.tr("Een regel per organisatie en soort knelpunt, met het aantal en of het stijgt.")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SignalsColumn.COUNT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        return box

    def _build_chart(self) -> QWidget:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Grafiek: signalen per maand"))
        self.chart_view.setAccessibleDescription(
            self.tr(
                "Het aantal signalen per maand voor de gekozen regel; de tabel bevat dezelfde "
                "cijfers."
            )
        )
        self.chart_view.setMinimumWidth(320)
        return self.chart_view

    def _build_feedback(self) -> QWidget:
        self.feedback = QGroupBox(self.tr("Feedbackblad"))
        self.feedback.setAccessibleName(self.tr("Feedbackblad"))
        self.notes_model = NotesModel(self)
        self.notes_model.choice_changed.connect(self._on_notes_model_choice_changed)
        self.notes_model.choice_refused.connect(self._on_notes_model_choice_refused)
        self.notes = QTableView()
        self.notes.setAccessibleName(self.tr("Voorbeeldnotities om op te nemen"))
        self.notes.setAccessibleDescription(
            self.tr("Vink met de spatiebalk de notities aan die op het feedbackblad komen.")
        )
        self.notes.setModel(self.notes_model)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setAlternatingRowColors(True)
        self.notes.setWordWrap(False)
        self.notes.verticalHeader().hide()
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        self.notes.activated.connect(self._on_notes_activated)
        self.notes_info = QLabel()
        self.notes_info.setAccessibleName(self.tr("Gekozen voorbeelden"))
        self.notes_info.setWordWrap(True)

        self.sheet_language = QComboBox()
        self.sheet_language.setAccessibleName(self.tr("Taal van het feedbackblad"))
        self.sheet_language.setAccessibleDescription(
            self.tr("Nederlands of Engels voor het feedbackblad.")
        )
        self.sheet_language.addItem("Nederlands", "nl")
        self.sheet_language.addItem(self.tr("Engels"), "en")
        language_label = QLabel(self.tr("T&aal:"))
        language_label.setBuddy(self.sheet_language)
        self.pdf_button = QPushButton(self.tr("Feedbackblad &PDF…"))
        set_primary(self.pdf_button)
        self.pdf_button.setAccessibleName(self.tr("Feedbackblad als PDF opslaan"))
        self.pdf_button.setAccessibleDescription(
            self.tr("Sla het feedbackblad voor de partner op als PDF.")
        )
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.xlsx_button = QPushButton(self.tr("&Excel…"))
        self.xlsx_button.setAccessibleName(self.tr("Feedbackblad als Excel-bestand opslaan"))
        self.xlsx_button.setAccessibleDescription(
            self.tr("Sla het feedbackblad voor de partner op als Excel-bestand.")
        )
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.hide()
        self.result = MessageBanner("success", self)
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.sheet_error = MessageBanner("error", self)
        self.sheet_error.setAccessibleName(self.tr("Foutmelding"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.notes_info, 1)
        buttons.addWidget(language_label)
        buttons.addWidget(self.sheet_language)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self.feedback)
        layout.addWidget(self.notes, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.sheet_error)
        self._set_feedback_enabled(False)
        return self.feedback

    # --- period ---------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def set_period(self, date_from: date, date_to: date) -> None:
        """Show ``date_from`` to ``date_to`` (a custom period) and count it."""
        self._set_dates(date_from, date_to)
        self._select_preset("custom")
        self.refresh()

    def set_preset(self, key: str) -> None:
        self._select_preset(key)
        self._apply_preset(key)

    def _select_preset(self, key: str) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index(key))
        self.preset.blockSignals(False)

    def _apply_preset(self, key: str) -> None:
        today = self._today()
        if key == "this_month":
            self._set_dates(month_start(today), today)
        elif key == "last_month":
            self._set_dates(*last_complete_month(today))
        elif key in ("last_3", "last_12"):
            # This month so far and the months before it, whole.
            months = 3 if key == "last_3" else 12
            self._set_dates(add_months(today, 1 - months), today)
        self._schedule()

    def _set_dates(self, date_from: date, date_to: date) -> None:
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _on_preset_current_index_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        if key != "custom":
            self._apply_preset(str(key))

    def _on_date_changed(self, _day: QDate) -> None:
        self._select_preset("custom")
        self._schedule()

    def _schedule(self) -> None:
        self._refresh_timer.start(REFRESH_DELAY_MS)

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh_soon(self) -> None:
        """The data changed: count again now if the page shows, else when it is shown."""
        if self.isVisible():
            self._schedule()
        else:
            self._loaded_once = False

    def is_loading(self) -> bool:
        return any(w is not self._export_worker for w in self._workers)

    def refresh(self) -> None:
        """Count the period again (after an import or a correction, or a new period)."""
        self._refresh_timer.stop()
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        date_from, date_to = self.period()
        self._show_trend_info(date_to)
        if date_from > date_to:
            self.error.show_message(self.tr("De begindatum ligt na de einddatum."))
            self.model.set_rows([], self._month_header(date_to))
            return
        self.error.clear()
        signals, language = self._signals, self._language

        def job(_worker: Worker) -> tuple[int, list[SignalRow]]:
            return generation, signals.overview(date_from, date_to, language)

        self._run(job, self._on_overview_finished)

    def _run(self, job: Callable[[Worker], Any], finished: Callable[[Any], None]) -> Worker:
        worker = Worker(job)
        worker.finished.connect(finished)
        worker.failed.connect(self._on_worker_failed)
        worker.finished.connect(self._forget_worker)
        worker.failed.connect(self._forget_worker)
        self._workers.add(worker)
        return start(worker)

    def _forget_worker(self, _result: object) -> None:
        sender = self.sender()
        self._workers = {w for w in self._workers if w.signals is not sender}

    def _on_overview_finished(self, result: tuple[int, list[SignalRow]]) -> None:
        generation, rows = result
        if generation != self._generation:
            return
        date_to = self.period()[1]
        self.model.set_rows(rows, self._month_header(date_to))
        rising = sum(1 for r in rows if r.trend.rising)
        counted = [r for r in rows if r.count]
        if counted:
            self.summary.setText(
                self.tr("{n} signalen in {c} combinaties; {r} stijgend.").format(
                    n=sum(r.count for r in counted), c=len(counted), r=rising
                )
            )
        else:
            self.summary.setText(self.tr("Geen signalen in deze periode."))
        self._select_again()
        self.overview_loaded.emit(rows)

    def _select_again(self) -> None:
        """Keep the organisation (and kind) that was selected, else take the first row."""
        same_org = same_both = None
        for row in range(self.proxy.rowCount()):
            data: SignalRow = self.proxy.index(row, 0).data(ROW_ROLE)
            if data.organisation == self._organisation:
                same_org = row if same_org is None else same_org
                if data.kind == self._kind:
                    same_both = row
        wanted = next((r for r in (same_both, same_org) if r is not None), None)
        if wanted is None and self.proxy.rowCount():
            wanted = 0
        if wanted is None:
            self._organisation = self._kind = None
            self._show_details(None, "", MonthlySeries("", (), {}), [])
            return
        data = self.proxy.index(wanted, 0).data(ROW_ROLE)
        self._organisation, self._kind = data.organisation, data.kind
        self.table.selectRow(wanted)  # the same choice: the selection slot loads nothing
        self._load_details()

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected_row()
        if row is None:
            return
        if (row.organisation, row.kind) != (self._organisation, self._kind):
            self._organisation, self._kind = row.organisation, row.kind
            self._load_details()

    def selected_row(self) -> SignalRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _load_details(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._organisation, self._kind = row.organisation, row.kind
        self._detail_generation += 1
        generation = self._detail_generation
        date_from, date_to = self.period()
        signals = self._signals

        def job(_worker: Worker) -> tuple[Any, ...]:
            series = signals.monthly(row.organisation, date_from, date_to)
            notes = signals.example_notes(row.organisation, date_from, date_to)
            return generation, row, series, notes

        self._run(job, self._on_details_finished)

    def _on_details_finished(self, result: tuple[Any, ...]) -> None:
        generation, row, series, notes = result
        if generation != self._detail_generation:
            return
        self._show_details(row, row.organisation_label, series, notes)
        self.details_loaded.emit(row.organisation)

    def _on_worker_failed(self, error: BaseException) -> None:
        self.error.show_message(self._error_text(error))

    # --- details: chart and notes ---------------------------------------------------------

    def _show_details(
        self,
        row: SignalRow | None,
        organisation: str,
        series: MonthlySeries,
        notes: list[ExampleNote],
    ) -> None:
        self._draw_chart(row, organisation, series)
        labels_by_kind = {
            n.kind: self._signals.catalog.label("signal_kinds", n.kind, self._language)
            for n in notes
        }
        self.notes_model.set_notes(notes, labels_by_kind)
        if row is None:
            self.feedback.setTitle(self.tr("Feedbackblad"))
        else:
            self.feedback.setTitle(
                self.tr("Feedbackblad voor {organisation}").format(organisation=organisation)
            )
        self._set_feedback_enabled(row is not None)
        self._update_notes_info()

    def _draw_chart(self, row: SignalRow | None, organisation: str, series: MonthlySeries) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if row is None or not series.months:
            self.chart.setTitle(self.tr("Kies een organisatie"))
            self.chart_view.setAccessibleDescription(
                self.tr(
                    "Het aantal signalen per maand voor de gekozen regel; de tabel bevat dezelfde "
                    "cijfers."
                )
            )
            return
        self.chart.setTitle(
            self.tr("{organisation}: signalen per maand, {first} – {last}").format(
                organisation=organisation,
                first=month_label(series.months[0], self._language, short=True),
                last=month_label(series.months[-1], self._language, short=True),
            )
        )
        # Month names alone (the title names the years), so the axis stays readable.
        months = [month_label(m, self._language, short=True).split()[0] for m in series.months]
        if len(set(months)) < len(months):  # more than 12 months: tell the years apart
            months = [f"{name} '{m[2:4]}" for name, m in zip(months, series.months, strict=True)]
        totals = series.totals
        kind_values = series.per_kind.get(row.kind, (0,) * len(months))
        bars = QBarSeries()
        all_set = QBarSet(self.tr("Alle soorten"))
        all_set.append([float(v) for v in totals])
        all_set.setColor(QColor(BLUE))
        kind_set = QBarSet(row.kind_label)
        kind_set.append([float(v) for v in kind_values])
        kind_set.setColor(QColor(ORANGE))
        bars.append(all_set)
        bars.append(kind_set)
        self.chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(months)
        axis_x.setLabelsAngle(-90 if len(months) > 13 else 0)
        small = axis_x.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        axis_x.setLabelsFont(small)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max([*totals, 4]) + 1)
        axis_y.applyNiceNumbers()
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
        described = "; ".join(
            f"{m}: {t} ({k})" for m, t, k in zip(months, totals, kind_values, strict=True)
        )
        self.chart_view.setAccessibleDescription(
            self.tr("Per maand: alle soorten ({kind} tussen haakjes): {values}").format(
                kind=row.kind_label, values=described
            )
        )

    def _update_notes_info(self) -> None:
        total = self.notes_model.rowCount()
        chosen = len(self.notes_model.chosen_ids())
        if self._organisation is None:
            text = ""
        elif not total:
            text = self.tr(
                "Geen bruikbare notities in deze periode; het blad komt zonder voorbeelden."
            )
        else:
            text = self.tr(
                "{chosen} van {total} notities gekozen (hoogstens {max}). Op het blad staan "
                "alleen maand en soort, geen datum."
            ).format(chosen=chosen, total=total, max=MAX_SHEET_NOTES)
        self.notes_info.setText(text)

    def _on_notes_model_choice_changed(self, _count: int) -> None:
        self._update_notes_info()

    def _on_notes_model_choice_refused(self) -> None:
        self.sheet_error.show_message(
            self.tr("Kies hoogstens {max} voorbeelden, zodat het blad kort blijft.").format(
                max=MAX_SHEET_NOTES
            )
        )

    def _on_notes_activated(self, index: Any) -> None:
        """Enter or a double click on a note ticks or unticks it (keyboard users)."""
        box = self.notes_model.index(index.row(), NotesColumn.CHOSEN)
        checked = box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.notes_model.setData(
            box,
            Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    # --- the feedback sheet ---------------------------------------------------------------

    def _set_feedback_enabled(self, enabled: bool) -> None:
        busy = self._export_worker is not None
        for widget in (self.pdf_button, self.xlsx_button, self.sheet_language):
            widget.setEnabled(enabled and not busy)

    def _on_pdf_button_clicked(self) -> None:
        self.export_sheet("pdf")

    def _on_xlsx_button_clicked(self) -> None:
        self.export_sheet("xlsx")

    def suggested_name(self, format: str) -> str:  # noqa: A002
        date_to = self.period()[1]
        return f"feedbackblad-{self._organisation or 'organisatie'}-{month_key(date_to)}.{format}"

    def choose_save_path(self, format: str) -> Path | None:  # noqa: A002
        """Ask where to save; tests override this instead of driving the file dialog."""
        filters = {
            "pdf": self.tr("PDF-bestand (*.pdf)"),
            "xlsx": self.tr("Excel-bestand (*.xlsx)"),
        }
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Feedbackblad opslaan"),
            str(Path.home() / self.suggested_name(format)),
            filters[format],
        )
        if not name:
            return None
        path = Path(name)
        return (
            path if path.suffix.lower() == f".{format}" else path.with_name(f"{path.name}.{format}")
        )

    def export_sheet(self, format: str) -> None:  # noqa: A002
        """Ask for a file and write the selected organisation's sheet in a worker."""
        if self._organisation is None or self._export_worker is not None:
            return
        path = self.choose_save_path(format)
        if path is None:
            return
        organisation = self._organisation
        date_from, date_to = self.period()
        chosen = self.notes_model.chosen_ids()
        language = str(self.sheet_language.currentData())
        signals = self._signals

        def job(worker: Worker) -> Path:
            return signals.feedback_sheet(
                organisation,
                date_from,
                date_to,
                chosen,
                path,
                format=format,
                language=language,
                progress=worker.progress,
                cancelled=worker.is_cancelled,
            )

        self.result.clear()
        self.sheet_error.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        worker = Worker(job)
        worker.progressed.connect(self._on_export_progressed)
        worker.finished.connect(self._on_export_finished)
        worker.failed.connect(self._on_export_failed)
        self._export_worker = worker
        self._set_feedback_enabled(True)
        start(worker)

    def is_exporting(self) -> bool:
        return self._export_worker is not None

    def _on_export_progressed(self, done: int, total: int, _item: object) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_export_finished(self, path: Path) -> None:
        self._export_done()
        self.result.show_message(self.tr("Feedbackblad opgeslagen: {path}").format(path=path))
        self.sheet_written.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        self._export_done()
        self.sheet_error.show_message(self._error_text(error))
        self.sheet_failed.emit(error)

    def _export_done(self) -> None:
        self._export_worker = None
        self.progress.hide()
        self._set_feedback_enabled(self._organisation is not None)

    # --- words ----------------------------------------------------------------------------

    def _month_header(self, date_to: date) -> str:
        return month_label(month_key(date_to), self._language, short=True)

    def _show_trend_info(self, date_to: date) -> None:
        first = add_months(date_to, -PREVIOUS_MONTHS)
        before_last = add_months(date_to, -1)
        self.trend_info.setText(
            self.tr("Trend: {month} (t/m {day}) tegen {first} – {last}").format(
                month=month_label(month_key(date_to), self._language),
                day=date_to.day,
                first=month_label(month_key(first), self._language, short=True),
                last=month_label(month_key(before_last), self._language, short=True),
            )
        )

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, IdoError) and error.code.startswith(("E_SIGNALS_", "E_REPORT_")):
            return message(error.code, error.params, lang=self._language)
        return labels.any_error_message(error, self._language)

"""Back office: the records browser. Filters, a lazily filled table, the chosen record.

Every search runs on the thread pool and returns the ordered consult ids; a newer search makes
the result of an older one count for nothing (each carries a number). The table model fetches
the rows of the pages the view shows. The page searches when it is shown and something may
have changed since (``refresh``), so a hidden tab costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.model import ConsultDraft
from ido_desktop.domain.records import BRANCH, RecordFilter, RecordSort
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.vocab import PopupType, Warmth
from ido_desktop.services.records_service import RecordsService
from ido_desktop.ui import labels
from ido_desktop.ui.record_correction import CorrectionDialog
from ido_desktop.ui.record_detail import RecordDetailView, short_warmth
from ido_desktop.ui.records_model import SORT_COLUMN, SORTABLE, RecordColumn, RecordsModel
from ido_desktop.ui.retention_dialog import RetentionDialog
from ido_desktop.ui.roles import ID_ROLE
from ido_desktop.ui.today_model import locale_for
from ido_desktop.ui.widgets import (
    Choice,
    MessageBanner,
    OptionalDateEdit,
    SearchCombo,
    narrow_combo,
)
from ido_desktop.ui.workers import Worker, start

translate = QCoreApplication.translate

NOTE_DELAY_MS = 350
FILTER_DELAY_MS = 50
FIRST_PAGE = 200  # ids fetched first, so the table fills before the whole list is in


@dataclass(frozen=True)
class _Found:
    number: int
    ids: list[str]


class RecordsPage(QWidget):
    """The 'Registraties' tab."""

    search_finished = Signal(int)  # the number of consultations found
    record_corrected = Signal(str)  # consult id
    retention_applied = Signal()  # old consultations were reduced to counts

    def __init__(
        self,
        records: RecordsService,
        catalog: ReferenceCatalog,
        language: str = "nl",
        actor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._catalog = catalog
        self._language = language
        self._actor = actor
        self._locale = locale_for(language)
        self._sort = RecordSort.CONSULT_DATE
        self._descending = True
        self._number = 0  # of the latest search; older results are dropped
        self._first_page_of: int | None = None  # the search whose first page is shown
        self._reselected = False  # the chosen record was found in that first page
        self._workers: set[Worker] = set()
        self._stale = True
        self._selected: str | None = None
        self.setAccessibleName(self.tr("Registraties"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.search)

        self._build_filters()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal gevonden consulten"))
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self._extra: dict[str, Any] = {}  # filter fields from a report the widgets cannot show
        self.report_filter = MessageBanner("warning", self)
        self.report_filter.setAccessibleName(self.tr("Filter uit de rapportage"))

        self.model = RecordsModel(records.rows, catalog, language, self)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Gevonden consulten"))
        self.table.setAccessibleDescription(
            self.tr(
                "De consulten die door de filters komen. Pijltjes kiezen, de gegevens staan "
                "ernaast."
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never measure 1M rows
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(RecordColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.detail = RecordDetailView(catalog, language)
        self.detail.correct_requested.connect(self._on_detail_correct_requested)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setAccessibleName(self.tr("Lijst en gekozen consult"))
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self.filters)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.retention_button)
        layout.addLayout(count_row)
        layout.addWidget(self.report_filter)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

    # --- filters --------------------------------------------------------------------------

    def _build_filters(self) -> None:
        language = self._language
        catalog = self._catalog

        def date_edit(name: str) -> OptionalDateEdit:
            edit = OptionalDateEdit(name)
            edit.dateChanged.connect(self._schedule)
            return edit

        def combo(name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
            box = QComboBox()
            box.setAccessibleName(name)
            box.setAccessibleDescription(
                self.tr(
                    "Filter: toon alleen consulten met deze keuze. Pijltjes veranderen de keuze."
                )
            )
            narrow_combo(box)
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            box.currentIndexChanged.connect(self._schedule)
            return box

        def coded(kind: str) -> list[tuple[str, object]]:
            return [(i.label(language), i.code) for i in catalog.items(kind)]

        def search_combo(name: str, kind: str) -> SearchCombo:
            box = SearchCombo()
            box.setAccessibleName(name)
            box.set_choices([Choice(i.code, i.label(language)) for i in catalog.items(kind)])
            box.line_edit().setPlaceholderText(self.tr("Alle"))
            box.selection_changed.connect(self._schedule)
            return box

        self.date_from = date_edit(self.tr("Vanaf datum"))
        self.date_to = date_edit(self.tr("Tot en met datum"))
        locations: list[tuple[str, object]] = [(self.tr("Alle branches"), ("type", BRANCH))]
        for popup in PopupType:
            locations.append(
                (
                    self.tr("Alle pop-up-locaties van type {type}").format(
                        type=_popup_label(popup)
                    ),
                    ("type", popup.value),
                )
            )
        locations += [(i.label(language), ("code", i.code)) for i in catalog.items("locations")]
        self.location = combo(self.tr("Locatie"), self.tr("Alle locaties"), locations)
        self.device = combo(self.tr("Laptop"), self.tr("Alle laptops"), [])
        self.organisation = search_combo(self.tr("Organisatie"), "organisations")
        self.topic = search_combo(self.tr("Onderwerp"), "topics")
        self.help_form = combo(self.tr("Vorm van hulp"), self.tr("Alle"), coded("help_forms"))
        self.result = combo(self.tr("Resultaat"), self.tr("Alle"), coded("results"))
        self.category = combo(
            self.tr("Soort doorverwijzing"), self.tr("Alle"), coded("partner_categories")
        )
        self.warmth = combo(
            self.tr("Warmte"), self.tr("Alle"), [(short_warmth(w), w.value) for w in Warmth]
        )
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Zoek in notities"))
        self.note.setAccessibleDescription(
            self.tr("Toon alleen consulten waarvan een notitie deze tekst bevat.")
        )
        self.note.setPlaceholderText(self.tr("Zoek in notities"))
        self.note.setClearButtonEnabled(True)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.clear_button = QPushButton(self.tr("Filters &wissen"))
        self.clear_button.setAccessibleName(self.tr("Filters wissen"))
        self.clear_button.setAccessibleDescription(
            self.tr("Zet alle filters terug, zodat alle consulten weer zichtbaar zijn.")
        )
        self.clear_button.clicked.connect(self.clear_filters)
        self.retention_button = QPushButton(self.tr("&Bewaartermijn…"))
        self.retention_button.setAccessibleName(self.tr("Bewaartermijn"))
        self.retention_button.setAccessibleDescription(
            self.tr(
                "Bekijk en verwijder registraties ouder dan de bewaartermijn; de aantallen blijven"
            )
        )
        self.retention_button.setToolTip(
            self.tr("Oude consulten terugbrengen tot tellingen, met eerst een voorbeeld")
        )
        self.retention_button.clicked.connect(self.open_retention)

        self.filters = QGridLayout()
        self.filters.setHorizontalSpacing(10)
        self.filters.setVerticalSpacing(4)
        cells = (
            (self.tr("&Vanaf"), self.date_from),
            (self.tr("&Tot en met"), self.date_to),
            (self.tr("&Locatie"), self.location),
            (self.tr("La&ptop"), self.device),
            (self.tr("&Organisatie"), self.organisation),
            (self.tr("O&nderwerp"), self.topic),
            (self.tr("&Hulp"), self.help_form),
            (self.tr("&Resultaat"), self.result),
            (self.tr("&Doorverwijzing"), self.category),
            (self.tr("W&armte"), self.warmth),
            (self.tr("&Notitie bevat"), self.note),
        )
        per_row = 6
        for position, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            row, column = divmod(position, per_row)
            self.filters.addWidget(label, row * 2, column)
            self.filters.addWidget(widget, row * 2 + 1, column)
        self.filters.addWidget(self.clear_button, 3, per_row - 1)

    def open_retention(self) -> RetentionDialog:
        """The retention dialog (preview, then confirm); the list follows when it applied."""
        dialog = RetentionDialog(self._records.retention, self._actor, self._language, self)
        dialog.applied.connect(self._on_retention_applied)
        dialog.open()
        return dialog

    def _on_retention_applied(self, _found: object) -> None:
        self.refresh()
        self.retention_applied.emit()

    def current_filter(self) -> RecordFilter:
        location = self.location.currentData()
        shown = RecordFilter(
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
            location_type=location[1] if location and location[0] == "type" else None,
            location_codes=(location[1],) if location and location[0] == "code" else (),
            device_id=self.device.currentData(),
            organisation=self.organisation.current_code(),
            topic=self.topic.current_code(),
            help_form=self.help_form.currentData(),
            result=self.result.currentData(),
            referral_category=self.category.currentData(),
            warmth=self.warmth.currentData(),
            note_text=self.note.text().strip() or None,
        )
        return replace(shown, **self._extra) if self._extra else shown

    def show_filter(self, record_filter: RecordFilter, description: str = "") -> None:
        """Show the consultations of ``record_filter`` (a report cell): fields the filter
        widgets can show are set there, the others are kept and named in a banner."""
        extra = {f.name: getattr(record_filter, f.name) for f in fields(RecordFilter)}
        extra = {name: value for name, value in extra.items() if value not in (None, ())}
        boxes = [self.date_from, self.date_to, self.location, self.device, self.note]
        boxes += [self.organisation, self.topic, self.help_form, self.result]
        boxes += [self.category, self.warmth]
        for box in boxes:
            box.blockSignals(True)
        try:
            self._show_in_widgets(extra)
        finally:
            for box in boxes:
                box.blockSignals(False)
        self._extra = extra
        if description:
            self.report_filter.show_message(
                self.tr("Consulten uit de rapportage: {what}").format(what=description)
            )
        else:
            self.report_filter.clear()
        self._stale = False
        self._fill_devices()
        self.search()

    def _show_in_widgets(self, extra: dict[str, Any]) -> None:
        """Set the widgets from ``extra`` and take out what they now show."""
        for name, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            day = extra.pop(name, None)
            edit.set_value(day)
        codes, kind = extra.get("location_codes", ()), extra.get("location_type")
        wanted = ("code", codes[0]) if len(codes) == 1 and not kind else ("type", kind)
        index = _index_of(self.location, wanted) if (codes or kind) else 0
        if index >= 0:
            self.location.setCurrentIndex(index)
            extra.pop("location_codes", None)
            extra.pop("location_type", None)
        else:
            self.location.setCurrentIndex(0)
        self.device.setCurrentIndex(max(0, _index_of(self.device, extra.pop("device_id", None))))
        self.note.setText(extra.pop("note_text", None) or "")
        for name, search, kind_name in (
            ("organisation", self.organisation, "organisations"),
            ("topic", self.topic, "topics"),
        ):
            code = extra.get(name)
            known = code is not None and any(i.code == code for i in self._catalog.items(kind_name))
            search.set_current_code(code if known else None)
            if known:
                extra.pop(name)
        for name, box in (
            ("help_form", self.help_form),
            ("result", self.result),
            ("referral_category", self.category),
            ("warmth", self.warmth),
        ):
            index = _index_of(box, extra[name]) if name in extra else 0
            box.setCurrentIndex(max(0, index))
            if index > 0:
                extra.pop(name)

    def clear_filters(self) -> None:
        self._extra = {}
        self.report_filter.clear()
        for edit in (self.date_from, self.date_to):
            edit.set_value(None)
        for box in (
            self.location,
            self.device,
            self.help_form,
            self.result,
            self.category,
            self.warmth,
        ):
            box.setCurrentIndex(0)
        for search in (self.organisation, self.topic):
            search.set_current_code(None)
        self.note.clear()
        self._schedule()

    def _fill_devices(self) -> None:
        chosen = self.device.currentData()
        self.device.blockSignals(True)
        while self.device.count() > 1:
            self.device.removeItem(1)
        for device_id, name in self._records.devices():
            self.device.addItem(name, device_id)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)))
        self.device.blockSignals(False)

    # --- searching ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Data may have changed: search again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self._fill_devices()
            self.search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._fill_devices()
            self.search()

    def is_searching(self) -> bool:
        return bool(self._workers)

    def _schedule(self, *_args: object) -> None:
        self._search_timer.start(FILTER_DELAY_MS)

    def _on_note_text_changed(self, _text: str) -> None:
        self._search_timer.start(NOTE_DELAY_MS)

    def search(self) -> None:
        """Search with the current filters and order, on the thread pool."""
        self._search_timer.stop()
        self._number += 1
        number = self._number
        record_filter = self.current_filter()
        sort, descending = self._sort, self._descending
        records = self._records
        for old in self._workers:
            old.cancel()  # its result is dropped when it arrives
        self.count_label.setText(self.tr("Zoeken…"))

        def job(worker: Worker) -> _Found:
            # First the first page (a LIMITed query, quick on an index), then every id.
            first = records.find_ids(record_filter, sort, descending, FIRST_PAGE)
            if len(first) < FIRST_PAGE or worker.is_cancelled():
                return _Found(number, first)
            worker.progress(len(first), 0, _Found(number, first))
            return _Found(number, records.find_ids(record_filter, sort, descending))

        worker = Worker(job)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._workers.add(worker)
        start(worker)

    def _on_worker_progressed(self, _done: int, _total: int, found: object) -> None:
        """The first page of a search is in: show it while the rest is fetched."""
        if not isinstance(found, _Found) or found.number != self._number:
            return
        self.error.clear()
        self.model.set_ids(found.ids)
        self._first_page_of = found.number
        self._reselected = self._select_again(clear=False)

    def _on_worker_finished(self, found: _Found) -> None:
        self._forget_finished_workers()
        if found.number != self._number:
            return  # a newer search is on its way
        self.error.clear()
        shown = self._first_page_of == found.number and self.model.shows_start_of(found.ids)
        self._first_page_of = None
        if shown:
            self.model.append_ids(found.ids[self.model.rowCount() :])
        else:
            self.model.set_ids(found.ids)
        self.count_label.setText(self._count_text(len(found.ids)))
        if not (shown and self._reselected):
            self._select_again(clear=True)
        self._reselected = False
        self.search_finished.emit(len(found.ids))

    def _select_again(self, clear: bool) -> bool:
        """Select the chosen record again when the search found it; else (``clear``) none."""
        row = self.model.row_of(self._selected) if self._selected else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected()  # the record may have changed
            return True
        if clear:
            self._selected = None
            self.detail.show_record(None)
        return False

    def _on_worker_failed(self, error: BaseException) -> None:
        self._forget_finished_workers()
        self.count_label.clear()
        self.error.show_message(labels.any_error_message(error, self._language))

    def _forget_finished_workers(self) -> None:
        sender = self.sender()
        self._workers = {w for w in self._workers if w.signals is not sender}

    def _count_text(self, n: int) -> str:
        if n == 1:
            return self.tr("1 consult")
        return self.tr("{n} consulten").format(n=self._locale.toString(n))

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """Only some columns sort (in the database); others put the indicator back."""
        wanted = SORT_COLUMN[self._sort]
        if column not in SORTABLE_COLUMNS:
            order = (
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
            header = self.table.horizontalHeader()
            QTimer.singleShot(0, lambda: header.setSortIndicator(wanted, order))

    def _on_model_sort_requested(self, sort: RecordSort, descending: bool) -> None:
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self.search()

    # --- the chosen record ----------------------------------------------------------------

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._selected = indexes[0].data(ID_ROLE)
        self._show_selected()

    def _show_selected(self) -> None:
        if self._selected is None:
            return
        try:
            self.detail.show_record(self._records.detail(self._selected))
        except IdoError as exc:
            self.detail.show_record(None)
            self.error.show_message(labels.error_message(exc))

    def _on_detail_correct_requested(self, consult_id: str) -> None:
        try:
            draft = self._records.load_draft(consult_id)
        except IdoError as exc:
            self.error.show_message(labels.error_message(exc))
            return
        dialog = self._correction_dialog(draft)
        if dialog.exec() and dialog.saved:
            self.after_correction(consult_id)

    def _correction_dialog(self, draft: ConsultDraft) -> CorrectionDialog:
        return CorrectionDialog(
            self._records, draft, self._catalog, self._language, self._actor, self
        )

    def after_correction(self, consult_id: str) -> None:
        """Show the new revision and let the other pages know."""
        self.model.forget()
        self._selected = consult_id
        self._show_selected()
        self.record_corrected.emit(consult_id)


def _index_of(box: QComboBox, data: object) -> int:
    """The first item holding ``data`` (compared in Python: items may hold tuples), or -1."""
    return next((i for i in range(box.count()) if box.itemData(i) == data), -1)


def _date(edit: OptionalDateEdit) -> date | None:
    return edit.value()


def _popup_label(popup: PopupType) -> str:
    return {
        PopupType.SCHOOL: translate("RecordsPage", "school"),
        PopupType.VOEDSELBANK: translate("RecordsPage", "voedselbank"),
        PopupType.BUURTHUIS: translate("RecordsPage", "buurthuis"),
        PopupType.ZORG_WELZIJN: translate("RecordsPage", "zorg en welzijn"),
        PopupType.OVERIG: translate("RecordsPage", "overig"),
    }[popup]


SORTABLE_COLUMNS = {int(c) for c in SORTABLE}
_WIDTHS = {
    RecordColumn.DATE: 130,
    RecordColumn.PART_OF_DAY: 70,
    RecordColumn.LOCATION: 190,
    RecordColumn.DEVICE: 110,
    RecordColumn.ORGANISATIONS: 170,
    RecordColumn.TOPICS: 210,
    RecordColumn.HELP: 150,
    RecordColumn.RESULTS: 110,
    RecordColumn.REFERRALS: 80,
}

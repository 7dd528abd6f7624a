"""Back office: the import station. Drop many sync files or a folder; see a line per file.

The import runs on the thread pool; the service's progress callback is called from that thread,
so it only emits the worker's signal. "Stoppen" asks the service to stop between files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.sync_model import ImportFileResult
from ido_desktop.services.enrolment_service import EnrolmentService
from ido_desktop.services.import_service import ImportService, expand_paths
from ido_desktop.ui import labels
from ido_desktop.ui.devices_model import gap_warnings
from ido_desktop.ui.import_model import ImportColumn, ImportModel
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle, ProgressRow
from ido_desktop.ui.workers import Worker, start

_DROP_STYLE = (
    "#dropArea {{ border: 2px dashed {border}; border-radius: 10px; background: {background}; }}"
)


class DropArea(QFrame):
    """The visible target for drag and drop; the page itself handles the drop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.set_active(False)

    def set_active(self, active: bool) -> None:
        colours = ("#1f4e79", "#e3eef9") if active else ("#8aa4bf", "#f7f9fc")
        self.setStyleSheet(_DROP_STYLE.format(border=colours[0], background=colours[1]))


class ImportPage(QWidget):
    """The 'Importeren' tab."""

    file_imported = Signal(int, int, object)  # done, total, ImportFileResult
    files_imported = Signal(object)  # list[ImportFileResult] when an import ended
    receipts_written = Signal(object)  # list[Path]

    def __init__(
        self,
        imports: ImportService,
        enrolment: EnrolmentService,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._imports = imports
        self._enrolment = enrolment
        self._language = language
        self._worker: Worker | None = None
        self._total = 0
        self.setAccessibleName(self.tr("Importeren"))
        self.setAcceptDrops(True)

        title = PageTitle(self.tr("Synchronisatiebestanden inlezen"))

        self.drop_area = DropArea()
        self.drop_area.setAccessibleName(self.tr("Sleep bestanden hierheen"))
        drop_text = QLabel(
            self.tr("Sleep synchronisatiebestanden (.idosync) of een hele map hierheen")
        )
        drop_text.setAccessibleName(self.tr("Sleep bestanden hierheen"))
        drop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = drop_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        drop_text.setFont(font)
        drop_text.setStyleSheet("color: #1f4e79; background: transparent;")
        or_text = QLabel(self.tr("of"))
        or_text.setAccessibleName(self.tr("of"))
        or_text.setStyleSheet("background: transparent;")
        self.files_button = QPushButton(self.tr("&Bestanden kiezen…"))
        set_primary(self.files_button)
        self.files_button.setAccessibleName(self.tr("Bestanden kiezen"))
        self.files_button.setAccessibleDescription(
            self.tr(
                "Kies een of meer .idosync-bestanden om in te lezen (Alt+B). In het venster kunt u "
                "ook het pad typen."
            )
        )
        self.folder_button = QPushButton(self.tr("&Map kiezen…"))
        self.folder_button.setAccessibleName(self.tr("Map kiezen"))
        self.folder_button.setAccessibleDescription(
            self.tr("Lees alle .idosync-bestanden in een map (en de mappen daarin)")
        )
        self.folder_button.setToolTip(
            self.tr("Lees alle .idosync-bestanden in een map (en de mappen daarin)")
        )
        self.files_button.clicked.connect(self._on_files_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        choose_row = QHBoxLayout()
        choose_row.addStretch(1)
        choose_row.addWidget(or_text)
        choose_row.addWidget(self.files_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)
        drop_layout = QVBoxLayout(self.drop_area)
        drop_layout.setContentsMargins(16, 18, 16, 18)
        drop_layout.setSpacing(10)
        drop_layout.addWidget(drop_text)
        drop_layout.addLayout(choose_row)

        self.progress_row = ProgressRow(self)
        self.progress, self.current = self.progress_row.progress, self.progress_row.current
        self.stop_button = self.progress_row.stop_button
        self.stop_button.setToolTip(self.tr("Stop na het bestand dat nu wordt ingelezen"))
        self.progress_row.stop_requested.connect(self._on_stop_button_clicked)

        self.summary = MessageBanner("success", self)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.summary_warning = MessageBanner("warning", self)
        self.summary_warning.setAccessibleName(self.tr("Samenvatting"))
        self.gaps = MessageBanner("warning", self)
        self.gaps.setAccessibleName(self.tr("Ontbrekende synchronisatiebestanden"))
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))

        self.model = ImportModel(language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Resultaat per bestand"))
        self.table.setAccessibleDescription(
            self.tr(
                "Een regel per ingelezen bestand: ingelezen, al bekend of geweigerd, met de reden."
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Toelichting bij het gekozen bestand"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: #3c4043;")

        self.receipts_button = QPushButton(self.tr("&Ontvangstbewijzen schrijven…"))
        self.receipts_button.setAccessibleName(self.tr("Ontvangstbewijzen schrijven"))
        self.receipts_button.setAccessibleDescription(
            self.tr("Schrijf per laptop een ontvangstbewijs om op de laptop in te lezen")
        )
        self.receipts_button.setToolTip(
            self.tr("Schrijf per laptop een ontvangstbewijs om op de laptop in te lezen")
        )
        self.receipts_button.clicked.connect(self._on_receipts_button_clicked)
        self.receipts_result = MessageBanner("success", self)
        self.receipts_result.setAccessibleName(self.tr("Ontvangstbewijzen"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.receipts_button, 0, Qt.AlignmentFlag.AlignLeft)
        bottom.addWidget(self.receipts_result, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.drop_area)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.summary_warning)
        layout.addWidget(self.gaps)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

    # --- overridable choices (tests replace these) ----------------------------------------

    def _choose_files(self) -> list[Path]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Kies synchronisatiebestanden"),
            "",
            self.tr("IDO-synchronisatie (*.idosync)"),
        )
        return [Path(p) for p in paths]

    def _choose_directory(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title)
        return Path(folder) if folder else None

    # --- state ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._worker is not None

    def refresh(self) -> None:
        """Show the current gaps (another page may have imported or enrolled)."""
        if self._worker is None:
            self._show_gaps()

    def _show_gaps(self) -> None:
        lines = gap_warnings(self._enrolment.devices())
        if lines:
            self.gaps.show_message("\n".join(lines))
        else:
            self.gaps.clear()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.files_button, self.folder_button, self.receipts_button):
            button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.progress_row.setVisible(busy)

    def _start(self, job: Callable[[Worker], Any], finished: Callable[[Any], None]) -> None:
        self.error.clear()
        self._worker = Worker(job)
        self._worker.finished.connect(finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._set_busy(True)
        start(self._worker)

    # --- actions --------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> bool:
        """Start importing files and folders; False if an import is already running."""
        if self._worker is not None or not paths:
            return False
        imports = self._imports
        self.model.clear()
        self.details.clear()
        for banner in (self.summary, self.summary_warning, self.receipts_result):
            banner.clear()
        self._total = 0
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.current.setText(self.tr("Bestanden zoeken…"))

        def job(worker: Worker) -> list[ImportFileResult]:
            files = expand_paths(paths)
            worker.progress(0, len(files), None)
            return imports.import_files(
                files, progress=worker.progress, cancelled=worker.is_cancelled
            )

        self._start(job, self._on_import_finished)
        return True

    def _on_files_button_clicked(self) -> None:
        paths = self._choose_files()
        if paths:
            self.import_paths(paths)

    def _on_folder_button_clicked(self) -> None:
        folder = self._choose_directory(self.tr("Kies de map met synchronisatiebestanden"))
        if folder is not None:
            self.import_paths([folder])

    def _on_stop_button_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.stop_button.setEnabled(False)
            self.current.setText(self.tr("Stoppen na het huidige bestand…"))

    def _on_receipts_button_clicked(self) -> None:
        if self._worker is not None:
            return
        folder = self._choose_directory(self.tr("Kies de map voor de ontvangstbewijzen"))
        if folder is None:
            return
        imports = self._imports
        self.receipts_result.clear()
        self.progress.setRange(0, 0)
        self.current.setText(self.tr("Ontvangstbewijzen schrijven…"))
        self._start(lambda _worker: imports.write_receipts(folder), self._on_receipts_finished)

    # --- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (
            self._worker is None
            and mime.hasUrls()
            and any(url.isLocalFile() for url in mime.urls())
        ):
            event.acceptProposedAction()
            self.drop_area.set_active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_area.set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_area.set_active(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.import_paths(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- worker slots ---------------------------------------------------------------------

    def _on_worker_progressed(self, done: int, total: int, item: object) -> None:
        self._total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} van {total}").format(done=done, total=total))
        if isinstance(item, ImportFileResult):
            self.model.add_result(item)
            self.current.setText(item.file_name)
            self.file_imported.emit(done, total, item)

    def _finish(self) -> bool:
        cancelled = self._worker is not None and self._worker.is_cancelled()
        self._worker = None
        self._set_busy(False)
        return cancelled

    def _on_import_finished(self, results: list[ImportFileResult]) -> None:
        cancelled = self._finish()
        counts = {kind: sum(r.result == kind for r in results) for kind in _KINDS}
        if not results and not cancelled:
            self.summary_warning.show_message(
                self.tr("Geen synchronisatiebestanden (.idosync) gevonden.")
            )
        else:
            text = self.tr("{imported} ingelezen, {known} al bekend, {refused} geweigerd").format(
                **counts
            )
            if cancelled:
                text = self.tr("Gestopt na {done} van {total} bestanden: {summary}").format(
                    done=len(results), total=self._total, summary=text
                )
            banner = self.summary_warning if counts["refused"] or cancelled else self.summary
            banner.show_message(text)
        self._show_gaps()
        refused = [i for i in range(self.proxy.rowCount()) if self._row(i).result == "refused"]
        if refused or self.proxy.rowCount():
            # A refusal first; otherwise the first file, so the keyboard lands on a selected row.
            self.table.selectRow(refused[0] if refused else 0)
        self.files_imported.emit(results)

    def _on_receipts_finished(self, written: list[Path]) -> None:
        self._finish()
        if written:
            self.receipts_result.show_message(
                self.tr("{n} ontvangstbewijzen geschreven in {folder}").format(
                    n=len(written), folder=written[0].parent
                )
            )
        else:
            self.receipts_result.show_message(
                self.tr("Nog niets ingelezen: er is geen ontvangstbewijs geschreven.")
            )
        self.receipts_written.emit(written)

    def _on_worker_failed(self, error: BaseException) -> None:
        self._finish()
        self.error.show_message(labels.any_error_message(error, self._language))

    def _row(self, proxy_row: int) -> ImportFileResult:
        return self.proxy.index(proxy_row, 0).data(ROW_ROLE)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.details.clear()
            return
        proxy_row = indexes[0].row()
        row = self._row(proxy_row)
        self.details.setText(
            self.model.refusal_text(row)
            or f"{row.file_name}: {self.proxy.index(proxy_row, ImportColumn.DETAILS).data()}"
        )


_KINDS = ("imported", "known", "refused")

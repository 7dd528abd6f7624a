"""Importing a spreadsheet into a reference list: first the preview, then (on request) the import.

Both steps run on the thread pool. A file with invalid cells shows a table of every refused cell
(row, column, what is wrong) and cannot be imported; nothing changes until "Importeren".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.reference_fields import field as field_spec
from ido_desktop.domain.reference_rules import kind_title
from ido_desktop.messages import message
from ido_desktop.services.reference_import import (
    ImportPreview,
    PreviewLine,
    ReferenceImportService,
    ReferenceSheetError,
)
from ido_desktop.ui import labels
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner
from ido_desktop.ui.workers import Worker, start


class ReferenceImportDialog(QDialog):
    def __init__(
        self,
        sheets: ReferenceImportService,
        kind: str,
        path: Path,
        language: str,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sheets = sheets
        self._kind = kind
        self._path = Path(path)
        self._language = language
        self._actor = actor
        self._worker: Worker | None = None
        self.preview: ImportPreview | None = None
        self.applied: ImportPreview | None = None
        self.setWindowTitle(
            self.tr("{list} importeren uit {file}").format(
                list=kind_title(kind, language), file=self._path.name
            )
        )
        self.setAccessibleName(self.tr("Spreadsheet importeren"))
        self.intro = QLabel(self.tr("De spreadsheet wordt gecontroleerd…"))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Uitleg"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Bezig"))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Wat de import verandert"))
        self.summary.setAccessibleDescription(self.tr("Nieuw, gewijzigd en vervallen, per item"))
        self.summary.hide()
        self.problems = QTableWidget(0, 3)
        self.problems.setAccessibleName(self.tr("Cellen die niet kloppen"))
        self.problems.setAccessibleDescription(self.tr("Rij, kolom en wat er niet klopt, per cel"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Rij"), self.tr("Kolom"), self.tr("Wat klopt er niet")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        self.problems.hide()
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Importeren"))
        self.import_button.setAccessibleName(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        set_primary(self.import_button)
        self.close_button = QPushButton(self.tr("&Annuleren"))
        self.close_button.setAccessibleName(self.tr("Annuleren"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self._run(
            lambda _w: self._sheets.preview(self._path, self._kind), self._on_preview_finished
        )

    def is_busy(self) -> bool:
        return self._worker is not None

    def _run(self, job, finished) -> None:  # noqa: ANN001 - a job and a slot
        self.busy.show()
        self.import_button.setEnabled(False)
        self._worker = Worker(job)
        self._worker.finished.connect(finished)
        self._worker.failed.connect(self._on_worker_failed)
        start(self._worker)

    def _lines(self, title: str, lines: tuple[PreviewLine, ...]) -> list[str]:
        if not lines:
            return []
        out = [f"{title} ({len(lines)}):"]
        for line in lines:
            if line.fields:
                names = ", ".join(self._field_name(key) for key in line.fields)
                out.append(f"  • {line.label} ({line.code}): {names}")
            else:
                out.append(f"  • {line.label} ({line.code})")
        return [*out, ""]

    def _field_name(self, key: str) -> str:
        try:
            spec = field_spec(self._kind, key)
        except KeyError:
            return key
        return spec.label_en if self._language == "en" else spec.header

    def _on_preview_finished(self, preview: ImportPreview) -> None:
        self._worker = None
        self.busy.hide()
        self.preview = preview
        if preview.empty:
            self.intro.setText(
                self.tr("De spreadsheet is gelijk aan de lijst: er verandert niets.")
            )
            return
        self.intro.setText(
            self.tr(
                "Dit verandert er als u importeert. Controleer het en kies Importeren; tot "
                "dan verandert er niets."
            )
        )
        text = (
            self._lines(self.tr("Nieuw"), preview.added)
            + self._lines(self.tr("Gewijzigd"), preview.changed)
            + self._lines(
                self.tr("Vervalt (niet meer in de spreadsheet of 'Vervallen: ja')"), preview.retired
            )
            + self._lines(self.tr("Weer in gebruik"), preview.restored)
        )
        if preview.reordered:
            text.append(self.tr("De volgorde van de lijst verandert."))
        text.append(self.tr("Ongewijzigd: {n}").format(n=preview.unchanged))
        if preview.ignored_columns:
            text.append(
                self.tr("Niet gebruikte kolommen: {columns}").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
        self.summary.setPlainText("\n".join(text))
        self.summary.show()
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def _on_import_button_clicked(self) -> None:
        if self.preview is None or self._worker is not None:
            return
        expected = self.preview
        self._run(
            lambda _w: self._sheets.apply(self._path, self._kind, self._actor, expected),
            self._on_apply_finished,
        )

    def _on_apply_finished(self, preview: ImportPreview) -> None:
        self._worker = None
        self.applied = preview
        self.accept()

    def _on_worker_failed(self, error: BaseException) -> None:
        self._worker = None
        self.busy.hide()
        if isinstance(error, ReferenceSheetError):
            self.intro.setText(
                self.tr(
                    "De spreadsheet is niet ingelezen: {n} cel(len) kloppen niet. Er is niets "
                    "veranderd. Verbeter de cellen in de spreadsheet en importeer opnieuw."
                ).format(n=len(error.problems))
            )
            self.problems.setRowCount(len(error.problems))
            for row, problem in enumerate(error.problems):
                cells = (
                    str(problem.row) if problem.row else "–",
                    problem.column or "–",
                    message(problem.code, dict(problem.params), self._language),
                )
                for column, text in enumerate(cells):
                    self.problems.setItem(row, column, QTableWidgetItem(text))
            self.problems.resizeRowsToContents()
            self.problems.show()
            self.problems.setFocus()
            return
        self.error.show_message(labels.any_error_message(error, self._language))

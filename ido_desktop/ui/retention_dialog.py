"""Back office: reduce consultations older than the retention period to counts.

First a preview of what would go (it runs again when the period changes); only after ticking
that this cannot be undone does the button do it. Both run on the thread pool. The service
keeps the report counts, removes the records in one transaction and writes the audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.retention import DEFAULT_MONTHS, MAX_MONTHS, RetentionPreview
from ido_desktop.services.retention_service import RetentionService
from ido_desktop.ui import labels
from ido_desktop.ui.today_model import locale_for
from ido_desktop.ui.widgets import MessageBanner
from ido_desktop.ui.workers import Worker, start


class RetentionDialog(QDialog):
    """Preview, then confirm: 'Bewaartermijn'."""

    previewed = Signal(object)  # RetentionPreview
    applied = Signal(object)  # RetentionPreview of what went

    def __init__(
        self,
        retention: RetentionService,
        actor: str,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        self._actor = actor
        self._language = language
        self._locale = locale_for(language)
        self._preview: RetentionPreview | None = None
        self._workers: set[Worker] = set()
        self._number = 0
        self.setWindowTitle(self.tr("Bewaartermijn"))
        self.setAccessibleName(self.tr("Bewaartermijn"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Consulten die ouder zijn dan de bewaartermijn worden teruggebracht tot "
                "tellingen: rapportages over die periode houden dezelfde totalen, maar de "
                "consulten zelf, hun vragen, doorverwijzingen en geschiedenis verdwijnen."
            )
        )
        intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setAccessibleName(self.tr("Bewaartermijn in maanden"))
        self.months.valueChanged.connect(self._on_months_value_changed)
        self.summary = QLabel(self.tr("Bezig met tellen…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Wat er verdwijnt"))
        self.confirm = QCheckBox(self.tr("Ik begrijp dat dit niet ongedaan kan worden"))
        self.confirm.setAccessibleName(self.tr("Bevestigen dat dit niet ongedaan kan worden"))
        self.confirm.toggled.connect(self._update_buttons)
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.apply_button = QPushButton(self.tr("&Terugbrengen tot tellingen"))
        self.apply_button.setAccessibleName(self.tr("Terugbrengen tot tellingen"))
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Be&waartermijn"), self.months)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_buttons()
        self.preview()

    # --- preview and apply ----------------------------------------------------------------

    def preview(self) -> None:
        """Count what the chosen period would remove (on the thread pool)."""
        self._number += 1
        number, months, retention = self._number, self.months.value(), self._retention
        self._preview = None
        self.confirm.setChecked(False)
        self.summary.setText(self.tr("Bezig met tellen…"))
        self._update_buttons()
        self._run(lambda _w: (number, retention.preview(months)), self._on_preview_finished)

    def apply(self) -> None:
        """Reduce to counts what the preview showed (the same period)."""
        if self._preview is None or not self.confirm.isChecked():
            return
        months, retention, actor = self._preview.months, self._retention, self._actor
        self._number += 1
        number = self._number
        self.apply_button.setEnabled(False)
        self.months.setEnabled(False)
        self.summary.setText(self.tr("Bezig met terugbrengen tot tellingen…"))
        self._run(lambda _w: (number, retention.apply(months, actor)), self._on_apply_finished)

    def is_busy(self) -> bool:
        return bool(self._workers)

    # --- slots ----------------------------------------------------------------------------

    def _on_months_value_changed(self, _value: int) -> None:
        self.preview()

    def _on_preview_finished(self, result: tuple[int, RetentionPreview]) -> None:
        self._forget(result)
        number, found = result
        if number != self._number:
            return
        self.error.clear()
        self._preview = found
        self.summary.setText(self._describe(found))
        self._update_buttons()
        self.previewed.emit(found)

    def _on_apply_finished(self, result: tuple[int, RetentionPreview]) -> None:
        self._forget(result)
        _number, found = result
        self.months.setEnabled(True)
        self.confirm.setChecked(False)
        self._preview = None
        self._update_buttons()
        self.summary.setText(
            self.tr("Klaar: {n} consulten van vóór {day} zijn teruggebracht tot tellingen.").format(
                n=self._locale.toString(found.consultations), day=self._day(found)
            )
        )
        self.applied.emit(found)

    def _on_worker_failed(self, error: BaseException) -> None:
        self._workers = {w for w in self._workers if w.signals is not self.sender()}
        self.months.setEnabled(True)
        self.summary.clear()
        self.error.show_message(labels.any_error_message(error, self._language))
        self._update_buttons()

    # --- helpers --------------------------------------------------------------------------

    def _run(self, job, finished) -> None:  # type: ignore[no-untyped-def]
        worker = Worker(job)
        worker.finished.connect(finished)
        worker.failed.connect(self._on_worker_failed)
        self._workers.add(worker)
        start(worker)

    def _forget(self, _result: object) -> None:
        sender = self.sender()
        self._workers = {w for w in self._workers if w.signals is not sender}

    def _update_buttons(self) -> None:
        ready = self._preview is not None and self._preview.anything
        self.confirm.setEnabled(ready)
        self.apply_button.setEnabled(ready and self.confirm.isChecked())

    def _day(self, found: RetentionPreview) -> str:
        day = found.cutoff
        return self._locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def _describe(self, found: RetentionPreview) -> str:
        if not found.anything:
            return self.tr("Er is niets van vóór {day}; er verdwijnt niets.").format(
                day=self._day(found)
            )
        number = self._locale.toString
        return self.tr(
            "Van vóór {day} verdwijnen {n} consulten met {q} vragen en {r} doorverwijzingen, "
            "{s} spreekuren en {h} versies uit de geschiedenis."
        ).format(
            day=self._day(found),
            n=number(found.consultations),
            q=number(found.questions),
            r=number(found.referrals),
            s=number(found.spreekuren),
            h=number(found.revisions),
        )

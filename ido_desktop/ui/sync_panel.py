"""Laptop: the 'Synchroniseren' tab. Write a sync file, read a receipt, read a pairing file.

Writing and reading run on the thread pool; the panel shows a busy bar meanwhile and learns the
outcome only through the worker's signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.reference_diff import KindDiff
from ido_desktop.domain.reference_rules import kind_title
from ido_desktop.domain.sync_model import ExportResult, PairingOffer, ReceiptResult, SyncStatus
from ido_desktop.services.export_service import ExportService
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.services.receipt_service import ReceiptService
from ido_desktop.ui import labels
from ido_desktop.ui.pairing_dialog import PairingDialog
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle
from ido_desktop.ui.workers import Worker, start


def when(moment: datetime | None) -> str | None:
    """Local date and time, or None."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M") if moment else None


def describe_changes(diffs: list[KindDiff], language: str) -> list[str]:
    """One line per list: 'Locaties: 1 nieuw, 2 gewijzigd'."""
    words = {
        "nl": ("nieuw", "gewijzigd", "vervallen", "weer in gebruik"),
        "en": ("new", "changed", "retired", "back in use"),
    }[language if language == "en" else "nl"]
    lines = []
    for diff in diffs:
        counts = diff.counts()
        parts = [
            f"{counts[key]} {word}"
            for key, word in zip(("added", "changed", "retired", "restored"), words, strict=True)
            if counts[key]
        ]
        if parts:
            lines.append(f"{kind_title(diff.kind, language)}: {', '.join(parts)}")
    return lines


class SyncPanel(QWidget):
    """Call ``refresh()`` whenever consultations may have changed."""

    exported = Signal(object)  # ExportResult: a sync file was written
    receipt_read = Signal(object)  # ReceiptResult: a receipt was read
    paired = Signal(object)  # PairingOffer: a pairing/configuration file was applied
    # PairingOffer: a newer configuration found on the stick was applied (new lists)
    configuration_applied = Signal(object)

    def __init__(
        self,
        exports: ExportService,
        receipts: ReceiptService,
        pairing: PairingService,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exports = exports
        self._receipts = receipts
        self._pairing = pairing
        self._language = language
        self._worker: Worker | None = None
        self._found: object = None  # a newer configuration found on the stick, to offer
        self.status: SyncStatus | None = None
        self.setAccessibleName(self.tr("Synchroniseren"))

        title = PageTitle(self.tr("Synchroniseren met de backoffice"))
        intro = QLabel(
            self.tr(
                "Zet na het spreekuur de registraties op een USB-stick of in een map en breng "
                "die naar de backoffice. Lees daarna het ontvangstbewijs van de backoffice in."
            )
        )
        intro.setAccessibleName(self.tr("Uitleg"))
        intro.setWordWrap(True)

        self.not_paired = MessageBanner("warning", self)
        self.not_paired.setAccessibleName(self.tr("Nog niet gekoppeld"))

        self.paired_to = self._value(self.tr("Gekoppeld met"))
        self.unsent = self._value(self.tr("Nog niet verzonden"))
        self.unacknowledged = self._value(self.tr("Nog niet bevestigd"))
        self.last_file = self._value(self.tr("Laatste synchronisatiebestand"))
        self.last_receipt = self._value(self.tr("Laatste ontvangstbewijs"))
        status_box = QFrame()
        status_box.setObjectName("syncStatus")
        status_box.setAccessibleName(self.tr("Stand van de synchronisatie"))
        status_box.setStyleSheet(
            "#syncStatus { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        grid = QGridLayout(status_box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        for row, (text, value) in enumerate(
            (
                (self.tr("Backoffice:"), self.paired_to),
                (self.tr("Nog niet verzonden:"), self.unsent),
                (self.tr("Nog niet bevestigd door de backoffice:"), self.unacknowledged),
                (self.tr("Laatste synchronisatiebestand:"), self.last_file),
                (self.tr("Laatste ontvangstbewijs:"), self.last_receipt),
            )
        ):
            caption = QLabel(text)
            caption.setAccessibleName(text)
            caption.setBuddy(value)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)

        self.export_button = QPushButton(self.tr("&Synchroniseren naar USB-stick of map…"))
        set_primary(self.export_button)
        self.export_button.setAccessibleName(self.tr("Synchroniseren naar USB-stick of map"))
        self.export_button.setAccessibleDescription(
            self.tr("Schrijf een synchronisatiebestand met alles wat de backoffice nog niet heeft")
        )
        self.export_button.setToolTip(
            self.tr("Schrijf een synchronisatiebestand met alles wat de backoffice nog niet heeft")
        )
        self.receipt_button = QPushButton(self.tr("&Ontvangstbewijs inlezen…"))
        self.receipt_button.setAccessibleName(self.tr("Ontvangstbewijs inlezen"))
        self.receipt_button.setAccessibleDescription(
            self.tr("Lees het ontvangstbewijs (.idoreceipt) dat de backoffice heeft gemaakt")
        )
        self.receipt_button.setToolTip(
            self.tr("Lees het ontvangstbewijs (.idoreceipt) dat de backoffice heeft gemaakt")
        )
        self.pair_button = QPushButton(self.tr("&Koppelbestand inlezen…"))
        self.pair_button.setAccessibleName(self.tr("Koppelbestand inlezen"))
        self.pair_button.setAccessibleDescription(
            self.tr("Lees het koppelbestand (.idopair) van de backoffice in")
        )
        self.pair_button.setToolTip(
            self.tr("Lees het koppelbestand (.idopair) van de backoffice in")
        )
        self.export_button.clicked.connect(self.export_now)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.pair_button.clicked.connect(self._on_pair_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.pair_button)
        buttons.addStretch(1)

        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Bezig"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(240)
        self.busy_label = QLabel()
        self.busy_label.setAccessibleName(self.tr("Bezig met"))
        self.busy_row = QWidget()
        self.busy_row.setAccessibleName(self.tr("Bezig"))
        busy_row = QHBoxLayout(self.busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.busy)
        busy_row.addWidget(self.busy_label, 1)
        self.busy_row.hide()

        self.result = MessageBanner("success", self)
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))

        content = QWidget()
        # A comfortable line length that grows with the system font size.
        content.setMaximumWidth(max(900, self.fontMetrics().averageCharWidth() * 130))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.not_paired)
        layout.addWidget(status_box)
        layout.addLayout(buttons)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.addWidget(content, 1)
        outer.addStretch(0)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the current sync status."""
        status = self._exports.status()
        self.status = status
        if status.paired:
            self.not_paired.clear()
            self.paired_to.setText(status.backoffice_name or self.tr("gekoppeld"))
        else:
            self.paired_to.setText(self.tr("Nog niet gekoppeld"))
            self.not_paired.show_message(
                self.tr(
                    "Deze laptop is nog niet gekoppeld aan een backoffice. Lees eerst het "
                    "koppelbestand (.idopair) in dat u van de backoffice hebt gekregen."
                )
            )
        self.unsent.setText(self._records(status.unsent))
        self.unacknowledged.setText(self._records(status.unacknowledged))
        if status.last_sequence and status.last_export_at:
            self.last_file.setText(
                self.tr("nummer {sequence}, {time}").format(
                    sequence=status.last_sequence, time=when(status.last_export_at)
                )
            )
        else:
            self.last_file.setText(self.tr("nog niet geschreven"))
        self.last_receipt.setText(when(status.last_receipt_at) or self.tr("nog niet ingelezen"))
        self._update_buttons()

    def _records(self, n: int) -> str:
        return self.tr("1 record") if n == 1 else self.tr("{n} records").format(n=n)

    def is_busy(self) -> bool:
        return self._worker is not None

    def _update_buttons(self) -> None:
        idle = self._worker is None
        paired = self.status is not None and self.status.paired
        self.export_button.setEnabled(idle and paired)
        self.receipt_button.setEnabled(idle and paired)
        self.pair_button.setEnabled(idle)
        set_primary(self.pair_button, not paired)

    def _run(
        self, job: Callable[[Worker], Any], busy_text: str, finished: Callable[[Any], None]
    ) -> None:
        self.result.clear()
        self.error.clear()
        self.busy_label.setText(busy_text)
        self.busy_row.show()
        self._worker = Worker(job)
        self._worker.finished.connect(finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._update_buttons()
        start(self._worker)

    def _done(self) -> None:
        self._worker = None
        self.busy_row.hide()
        self.busy_label.clear()
        self.refresh()

    # --- overridable choices (tests replace these) ----------------------------------------

    def _choose_directory(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Kies de USB-stick of map voor het synchronisatiebestand")
        )
        return Path(folder) if folder else None

    def _choose_receipt(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies het ontvangstbewijs"),
            "",
            self.tr("IDO-ontvangstbewijs (*.idoreceipt)"),
        )
        return Path(path) if path else None

    def _choose_pairing_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies het koppelbestand van de backoffice"),
            "",
            self.tr("IDO-koppelbestand (*.idopair)"),
        )
        return Path(path) if path else None

    def _run_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def _confirm_configuration(self, offer: PairingOffer, changes: list[str]) -> bool:
        text = self.tr(
            "Op de USB-stick staat een nieuwe configuratie van de backoffice (versie "
            "{version}). Nu toepassen? De lijsten zijn dan meteen bijgewerkt; consulten die al "
            "zijn ingevoerd houden hun gegevens."
        ).format(version=offer.config_version)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Nieuwe configuratie"), text, parent=self
        )
        box.setInformativeText("\n".join(changes) or self.tr("Geen wijzigingen in de lijsten."))
        apply_button = box.addButton(self.tr("Nu &toepassen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(apply_button)
        box.exec()
        return box.clickedButton() is apply_button

    # --- actions --------------------------------------------------------------------------

    def export_now(self) -> None:
        """Ask for a folder and write the next sync file there."""
        if self._worker is not None:
            return
        if self.status is None or not self.status.paired:
            self.pair_button.setFocus()
            return
        folder = self._choose_directory()
        if folder is None:
            return
        self._run(
            lambda _worker: (self._exports.export(folder), self._configuration_on(folder)),
            self.tr("Synchronisatiebestand schrijven en controleren…"),
            self._on_export_finished,
        )

    def _on_receipt_button_clicked(self) -> None:
        if self._worker is not None:
            return
        path = self._choose_receipt()
        if path is None:
            return
        self._run(
            lambda _worker: (
                self._receipts.read_receipt(path),
                self._configuration_on(path.parent),
            ),
            self.tr("Ontvangstbewijs controleren…"),
            self._on_receipt_finished,
        )

    def _on_pair_button_clicked(self) -> None:
        if self._worker is not None:
            return
        path = self._choose_pairing_file()
        if path is None:
            return
        self.result.clear()
        self.error.clear()
        dialog = PairingDialog(self._pairing, path, self._language, self)
        if self._run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.applied:
            offer = dialog.applied
            self.result.show_message(
                self.tr(
                    "Gekoppeld met backoffice “{name}” (configuratie versie {version})."
                ).format(name=offer.backoffice_name, version=offer.config_version)
            )
            self.refresh()
            self.paired.emit(offer)
        dialog.deleteLater()

    # --- worker slots ---------------------------------------------------------------------

    def _on_export_finished(self, outcome: tuple[ExportResult, object]) -> None:
        result, self._found = outcome
        self._done()
        self.result.show_message(
            self.tr("Synchronisatiebestand {sequence} geschreven: {path} ({n} records)").format(
                sequence=result.sequence, path=result.path, n=result.records
            )
        )
        self.exported.emit(result)
        self._offer_found_configuration()

    # --- a configuration on the stick -----------------------------------------------------

    def _configuration_on(self, folder: Path) -> object:
        """In a worker, after writing to or reading from a stick: a newer configuration on it
        (path, offer, changes), or None. A stick that cannot be searched offers nothing."""
        try:
            found = self._pairing.find_update(folder)
            if found is None:
                return None
            path, offer = found
            return path, offer, self._pairing.changes_in(path)
        except IdoError:
            return None

    def _offer_found_configuration(self) -> None:
        found, self._found = self._found, None
        if found is not None:
            self._on_configuration_found(found)

    def _on_configuration_found(self, found: object) -> None:
        if not found:
            return
        path, offer, diffs = cast("tuple[Path, PairingOffer, list[KindDiff]]", found)
        if not self._confirm_configuration(offer, describe_changes(diffs, self._language)):
            return
        self._run(
            lambda _worker: self._pairing.apply(path),
            self.tr("Configuratie toepassen…"),
            self._on_configuration_applied,
        )

    def _on_configuration_applied(self, offer: PairingOffer) -> None:
        self._done()
        self.result.show_message(
            self.tr(
                "Configuratie versie {version} van de backoffice toegepast: de lijsten zijn "
                "bijgewerkt."
            ).format(version=offer.config_version)
        )
        self.configuration_applied.emit(offer)

    def _on_receipt_finished(self, outcome: tuple[ReceiptResult, object]) -> None:
        result, self._found = outcome
        self._done()
        if result.still_unacknowledged:
            text = self.tr(
                "Ontvangstbewijs ingelezen; {n} oude records opgeschoond. Nog {left} records "
                "wachten op bevestiging: synchroniseer opnieuw."
            ).format(n=result.purged, left=result.still_unacknowledged)
        else:
            text = self.tr(
                "Alles ontvangen door de backoffice; {n} oude records opgeschoond."
            ).format(n=result.purged)
        self.result.show_message(text)
        self.receipt_read.emit(result)
        self._offer_found_configuration()

    def _on_worker_failed(self, error: BaseException) -> None:
        self._done()
        self.error.show_message(labels.any_error_message(error, self._language))

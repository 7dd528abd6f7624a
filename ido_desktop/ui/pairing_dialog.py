"""Laptop: reading a pairing/configuration file and confirming the back office's fingerprint.

The file is verified (``pairing.inspect``) before anything is shown; nothing is applied until
the user confirms. At the first pairing the user compares the fingerprint with the one the back
office reads out (phone or paper); a later file is an update from the pinned back office.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.sync_model import PairingOffer
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.ui import labels
from ido_desktop.ui.widgets import MessageBanner


def fingerprint_lines(fingerprint: str, groups_per_line: int = 8) -> str:
    """The fingerprint in lines of a few four-character groups, easy to read out loud."""
    groups = fingerprint.split()
    return "\n".join(
        " ".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)
    )


class FingerprintLabel(QLabel):
    """A key fingerprint in large monospace type, selectable, in a light frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.setObjectName("fingerprint")
        self.setStyleSheet(
            "#fingerprint { background: #f4f7fb; color: #1f1f1f; border: 2px solid #1f4e79;"
            " border-radius: 6px; padding: 12px 16px; }"
        )
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Vingerafdruk"))

    def show_fingerprint(self, fingerprint: str) -> None:
        self.setText(fingerprint_lines(fingerprint))
        self.setAccessibleDescription(fingerprint)


class PairingDialog(QDialog):
    """Shows a verified pairing file and applies it only after confirmation.

    After ``exec()`` returned ``Accepted``, ``applied`` holds the applied offer.
    """

    pairing_applied = Signal(object)  # PairingOffer

    def __init__(
        self,
        pairing: PairingService,
        path: Path,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairing = pairing
        self._path = Path(path)
        self._language = language
        self.offer: PairingOffer | None = None
        self.applied: PairingOffer | None = None
        self.setWindowTitle(self.tr("Koppelbestand inlezen"))
        self.setAccessibleName(self.tr("Koppelbestand inlezen"))
        self.setMinimumWidth(620)

        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Backoffice"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setAccessibleName(self.tr("Gegevens van het koppelbestand"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instruction = QLabel()
        self.instruction.setAccessibleName(self.tr("Wat u moet doen"))
        self.instruction.setWordWrap(True)
        font = self.instruction.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.instruction.setFont(font)
        self.fingerprint = FingerprintLabel()
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("&Ja, koppelen"))
        self.confirm_button.setAccessibleName(self.tr("Ja, koppelen"))
        self.confirm_button.setAccessibleDescription(
            self.tr("Koppel deze laptop aan de backoffice als de vingerafdruk klopt.")
        )
        self.cancel_button = QPushButton(self.tr("&Annuleren"))
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setAccessibleDescription(self.tr("Niet koppelen; er verandert niets."))
        # Enter must not confirm by reflex: the safe choice is the default.
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.instruction)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._inspect()

    # --- state ----------------------------------------------------------------------------

    def _inspect(self) -> None:
        try:
            offer = self._pairing.inspect(self._path)
        except IdoError as exc:  # shown plainly; nothing is applied
            self._show_refusal(exc)
            return
        self.offer = offer
        self.fingerprint.show_fingerprint(offer.fingerprint)
        if offer.first_pairing:
            self.title.setText(
                self.tr("Koppelen met backoffice “{name}”").format(name=offer.backoffice_name)
            )
            self.details.setText(
                self.tr("Bestand: {file}\nSleutel-id: {key_id}").format(
                    file=self._path.name, key_id=offer.key_id
                )
            )
            self.instruction.setText(
                self.tr(
                    "Vergelijk deze vingerafdruk met de backoffice (telefoon of papier). "
                    "Klopt hij precies?"
                )
            )
        else:
            self.title.setText(
                self.tr("Bijgewerkte configuratie van backoffice “{name}”").format(
                    name=offer.backoffice_name
                )
            )
            self.details.setText(
                self.tr(
                    "Bestand: {file}\nVersie {version}, ondertekend met de vastgelegde sleutel "
                    "{key_id} van de backoffice waarmee deze laptop gekoppeld is."
                ).format(file=self._path.name, version=offer.config_version, key_id=offer.key_id)
            )
            self.instruction.setText(
                self.tr("Bijwerken? De lijsten en instellingen van de backoffice worden vervangen.")
            )
            self.confirm_button.setText(self.tr("&Bijwerken"))
            self.confirm_button.setAccessibleName(self.tr("Bijwerken"))
            self.confirm_button.setDefault(True)

    def _show_refusal(self, error: BaseException) -> None:
        self.title.setText(self.tr("Dit koppelbestand kan niet gebruikt worden"))
        self.details.setText(self.tr("Bestand: {file}").format(file=self._path.name))
        self.instruction.hide()
        self.fingerprint.hide()
        self.error.show_message(labels.any_error_message(error, self._language))
        self.confirm_button.hide()
        self.cancel_button.setText(self.tr("&Sluiten"))
        self.cancel_button.setAccessibleName(self.tr("Sluiten"))

    # --- slots ----------------------------------------------------------------------------

    def _on_confirm_button_clicked(self) -> None:
        try:
            applied = self._pairing.apply(self._path)
        except IdoError as exc:  # shown plainly; the dialog stays open
            self.error.show_message(labels.any_error_message(exc, self._language))
            self.confirm_button.setEnabled(False)
            return
        self.applied = applied
        self.pairing_applied.emit(applied)
        self.accept()

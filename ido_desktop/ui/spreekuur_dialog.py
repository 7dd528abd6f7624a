"""Starting a spreekuur: where, and who (a staff code, never a name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.model import Spreekuur
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.services.spreekuur_service import SpreekuurService
from ido_desktop.ui import labels
from ido_desktop.ui.widgets import MessageBanner


class StartSpreekuurDialog(QDialog):
    """Asks for location and staff code, then opens the spreekuur."""

    def __init__(
        self,
        spreekuren: SpreekuurService,
        catalog: ReferenceCatalog,
        language: str,
        last_location: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._spreekuren = spreekuren
        self._catalog = catalog
        self.started: Spreekuur | None = None
        self.setWindowTitle(self.tr("Spreekuur starten"))
        self.setAccessibleName(self.tr("Spreekuur starten"))

        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Locatie"))
        self.location.setAccessibleDescription(
            self.tr(
                "De bibliotheek of pop-up-locatie waar het spreekuur is. Kies met de "
                "pijltjestoetsen."
            )
        )
        self.location.setAccessibleDescription(
            self.tr(
                "De bibliotheek of pop-up-locatie waar het spreekuur is. Kies met de "
                "pijltjestoetsen."
            )
        )
        for item in catalog.items("locations"):
            suffix = self.tr(" (op locatie)") if item.get("type") == "popup" else ""
            self.location.addItem(item.label(language) + suffix, item.code)
            self.location.setItemData(
                self.location.count() - 1, item.get("address") or "", Qt.ItemDataRole.ToolTipRole
            )
        if last_location:
            index = self.location.findData(last_location)
            if index >= 0:
                self.location.setCurrentIndex(index)

        self.staff_code = QLineEdit()
        self.staff_code.setAccessibleName(self.tr("Medewerkerscode"))
        self.staff_code.setAccessibleDescription(
            self.tr(
                "Uw medewerkerscode, bijvoorbeeld MW07; nooit uw naam. Enter start het spreekuur."
            )
        )
        self.staff_code.setPlaceholderText(self.tr("bijvoorbeeld MW07"))
        self.staff_code.setMaxLength(12)

        self.error = MessageBanner("error", self)
        self.error.setAccessibleDescription(self.tr("Foutmelding"))

        form = QFormLayout()
        location_label = QLabel(self.tr("&Locatie:"))
        location_label.setBuddy(self.location)
        staff_label = QLabel(self.tr("&Medewerkerscode:"))
        staff_label.setBuddy(self.staff_code)
        form.addRow(location_label, self.location)
        form.addRow(staff_label, self.staff_code)
        hint = QLabel(
            self.tr("Gebruik je medewerkerscode, niet je naam. Zo blijven de cijfers anoniem.")
        )
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start spreekuur"))
        start.setAccessibleName(self.tr("Start spreekuur"))
        start.setAccessibleDescription(self.tr("Open het spreekuur met deze locatie en code."))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit zonder een spreekuur te starten (Esc)."))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.staff_code.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            self.started = self._spreekuren.start(
                self.location.currentData(), self.staff_code.text(), self._catalog
            )
        except IdoError as exc:
            self.error.show_message(labels.error_message(exc))
            self.staff_code.setFocus()
            return
        self.accept()

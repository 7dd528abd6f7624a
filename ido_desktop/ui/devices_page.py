"""Back office: the laptops. Enrol a laptop's key, rename or revoke it, write the pairing file.

Enrolling, revoking and writing a pairing file are small, quick steps on small files; they run
on the GUI thread. The back office's own fingerprint is always shown, so staff can read it out to
a laptop user who is pairing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.sync_model import EnrolledDeviceInfo
from ido_desktop.services.enrolment_service import MAX_NAME, EnrolmentService
from ido_desktop.services.keystore import KeyStore
from ido_desktop.services.pairing_service import PairingService
from ido_desktop.ui import labels
from ido_desktop.ui.devices_model import DevicesColumn, DevicesModel, gap_warnings
from ido_desktop.ui.pairing_dialog import FingerprintLabel
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle


class TrustDialog(QDialog):
    """Choose a laptop's public key file (``ido.pub``) and give the laptop a name."""

    device_enrolled = Signal(object)  # EnrolledDeviceInfo

    def __init__(
        self, enrolment: EnrolmentService, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enrolment = enrolment
        self._language = language
        self.enrolled: EnrolledDeviceInfo | None = None
        self.setWindowTitle(self.tr("Laptop inschrijven"))
        self.setAccessibleName(self.tr("Laptop inschrijven"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Kies het bestand ido.pub van de laptop (de laptop toont het bij 'whoami') en "
                "geef de laptop een naam, bijvoorbeeld 'Laptop 03'."
            )
        )
        intro.setAccessibleName(self.tr("Uitleg"))
        intro.setWordWrap(True)
        self.key_file = QLineEdit()
        self.key_file.setAccessibleName(self.tr("Sleutelbestand van de laptop"))
        self.key_file.setPlaceholderText(self.tr("ido.pub van de laptop"))
        self.browse_button = QPushButton(self.tr("&Bladeren…"))
        self.browse_button.setAccessibleName(self.tr("Sleutelbestand kiezen"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.key_file, 1)
        file_row.addWidget(self.browse_button)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de laptop"))
        self.name.setPlaceholderText(self.tr("Laptop 03"))
        self.name.setMaxLength(MAX_NAME)
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))

        form = QFormLayout()
        key_label = QLabel(self.tr("&Sleutelbestand:"))
        key_label.setBuddy(self.key_file)
        name_label = QLabel(self.tr("&Naam:"))
        name_label.setBuddy(self.name)
        form.addRow(key_label, file_row)
        form.addRow(name_label, self.name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Inschrijven"))
        ok.setAccessibleName(self.tr("Inschrijven"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _choose_key_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies het sleutelbestand van de laptop"),
            "",
            self.tr("Publieke sleutel (*.pub);;Alle bestanden (*)"),
        )
        return Path(path) if path else None

    def _on_browse_button_clicked(self) -> None:
        path = self._choose_key_file()
        if path is not None:
            self.key_file.setText(str(path))
            self.name.setFocus()

    def _on_buttons_accepted(self) -> None:
        if not self.key_file.text().strip():
            self.error.show_message(
                self.tr("Kies eerst het sleutelbestand (ido.pub) van de laptop.")
            )
            self.browse_button.setFocus()
            return
        try:
            self.enrolled = self._enrolment.trust(
                Path(self.key_file.text().strip()), self.name.text()
            )
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.device_enrolled.emit(self.enrolled)
        self.accept()


class DevicesPage(QWidget):
    """The 'Laptops' tab. Call ``refresh()`` after imports."""

    devices_changed = Signal()  # a laptop was enrolled or revoked
    pairing_file_written = Signal(str)  # path of the new pairing file

    def __init__(
        self,
        enrolment: EnrolmentService,
        pairing: PairingService,
        keystore: KeyStore,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enrolment = enrolment
        self._pairing = pairing
        self._keystore = keystore
        self._language = language
        self.setAccessibleName(self.tr("Laptops"))

        title = PageTitle(self.tr("Gekoppelde laptops"))

        self.enrol_button = QPushButton(self.tr("Laptop &inschrijven…"))
        set_primary(self.enrol_button)
        self.enrol_button.setAccessibleName(self.tr("Laptop inschrijven"))
        self.enrol_button.setAccessibleDescription(
            self.tr("Schrijf een nieuwe laptop in met zijn openbare sleutel.")
        )
        self.enrol_button.setToolTip(
            self.tr(
                "Vertrouw de sleutel (ido.pub) van een laptop, zodat de backoffice "
                "zijn synchronisatiebestanden inleest"
            )
        )
        self.revoke_button = QPushButton(self.tr("In&trekken"))
        self.revoke_button.setAccessibleName(self.tr("Intrekken"))
        self.revoke_button.setAccessibleDescription(
            self.tr("Trek de gekozen laptop in: zijn bestanden worden daarna geweigerd.")
        )
        self.revoke_button.setToolTip(
            self.tr("Weiger voortaan synchronisatiebestanden van de gekozen laptop")
        )
        self.rename_button = QPushButton(self.tr("&Naam wijzigen…"))
        self.rename_button.setAccessibleName(self.tr("Naam wijzigen"))
        self.rename_button.setAccessibleDescription(
            self.tr("Geef de gekozen laptop een andere naam.")
        )
        self.rename_button.setToolTip(self.tr("Geef de gekozen laptop een andere naam"))
        self.pairing_button = QPushButton(self.tr("&Koppelbestand maken…"))
        self.pairing_button.setAccessibleName(self.tr("Koppelbestand maken"))
        self.pairing_button.setAccessibleDescription(
            self.tr(
                "Schrijf het koppelbestand (.idopair) dat een laptop inleest om met deze "
                "backoffice te koppelen."
            )
        )
        self.pairing_button.setToolTip(
            self.tr("Schrijf het koppelbestand (.idopair) met de sleutels en lijsten voor laptops")
        )
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.pairing_button.clicked.connect(self._on_pairing_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pairing_button)

        self.model = DevicesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Ingeschreven laptops"))
        self.table.setAccessibleDescription(
            self.tr(
                "Een regel per laptop: laatste bestand, ontbrekende bestanden en of hij is "
                "ingetrokken."
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DevicesColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DevicesColumn.STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.empty = QLabel(
            self.tr(
                "Nog geen laptops ingeschreven. Kies 'Laptop inschrijven…' met het bestand "
                "ido.pub van de laptop."
            )
        )
        self.empty.setAccessibleName(self.tr("Lege lijst"))
        self.empty.setWordWrap(True)

        self.gaps = MessageBanner("warning", self)
        self.gaps.setAccessibleName(self.tr("Ontbrekende synchronisatiebestanden"))
        self.result = MessageBanner("success", self)
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))

        own = QGroupBox(self.tr("Vingerafdruk van deze backoffice"))
        own.setAccessibleName(self.tr("Vingerafdruk van deze backoffice"))
        self.own_hint = QLabel(
            self.tr(
                "Lees deze vingerafdruk voor aan de laptopgebruiker (of geef hem op papier) "
                "wanneer die het koppelbestand inleest. Sleutel-id: {key_id}"
            ).format(key_id=keystore.public_key().key_id_hex)
        )
        self.own_hint.setAccessibleName(self.tr("Uitleg bij de vingerafdruk"))
        self.own_hint.setWordWrap(True)
        self.own_fingerprint = FingerprintLabel()
        self.own_fingerprint.show_fingerprint(keystore.public_key().fingerprint)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.own_hint)
        own_layout.addWidget(self.own_fingerprint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.gaps)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(own)
        self.refresh()

    # --- overridable choices (tests replace these) ----------------------------------------

    def _choose_pairing_target(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Koppelbestand opslaan"),
            "koppel.idopair",
            self.tr("IDO-koppelbestand (*.idopair)"),
        )
        return Path(path) if path else None

    def _run_trust_dialog(self, dialog: TrustDialog) -> int:
        return dialog.exec()

    def _ask_name(self, device: EnrolledDeviceInfo) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Naam wijzigen"),
            self.tr("Nieuwe naam voor {name}:").format(name=device.name),
            QLineEdit.EchoMode.Normal,
            device.name,
        )
        return name if ok else None

    # --- state ----------------------------------------------------------------------------

    def refresh(self) -> None:
        devices = self._enrolment.devices()
        selected = self.selected_device()
        self.model.set_latest_config(self._pairing.issued_version())
        self.model.set_rows(devices)
        self.empty.setVisible(not devices)
        self.table.setVisible(bool(devices))
        lines = gap_warnings(devices)
        if lines:
            self.gaps.show_message("\n".join(lines))
        else:
            self.gaps.clear()
        if selected is not None:
            self.select(selected.key_id)
        self._update_buttons()

    def selected_device(self) -> EnrolledDeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, key_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).key_id == key_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        device = self.selected_device()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None)
        self.rename_button.setEnabled(device is not None)

    def _clear_messages(self) -> None:
        self.result.clear()
        self.error.clear()

    # --- slots ----------------------------------------------------------------------------

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _on_enrol_button_clicked(self) -> None:
        self._clear_messages()
        dialog = TrustDialog(self._enrolment, self._language, self)
        if self._run_trust_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.enrolled:
            device = dialog.enrolled
            self.refresh()
            self.select(device.key_id)
            self.result.show_message(
                self.tr("{name} is ingeschreven (sleutel-id {key_id}).").format(
                    name=device.name, key_id=device.key_id
                )
            )
            self.devices_changed.emit()
        dialog.deleteLater()

    def _on_revoke_button_clicked(self) -> None:
        device = self.selected_device()
        if device is None or device.revoked_at is not None:
            return
        self._clear_messages()
        answer = QMessageBox.question(
            self,
            self.tr("Laptop intrekken"),
            self.tr(
                "{name} intrekken? Synchronisatiebestanden van deze laptop worden daarna "
                "geweigerd. Dit kan niet ongedaan worden gemaakt."
            ).format(name=device.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._enrolment.revoke(device.key_id)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.refresh()
        self.result.show_message(self.tr("{name} is ingetrokken.").format(name=device.name))
        self.devices_changed.emit()

    def _on_rename_button_clicked(self) -> None:
        device = self.selected_device()
        if device is None:
            return
        self._clear_messages()
        name = self._ask_name(device)
        if name is None or name.strip() == device.name:
            return
        try:
            renamed = self._enrolment.rename(device.key_id, name)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.refresh()
        self.select(renamed.key_id)
        self.result.show_message(
            self.tr("{old} heet nu {name}.").format(old=device.name, name=renamed.name)
        )
        self.devices_changed.emit()

    def _on_pairing_button_clicked(self) -> None:
        self._clear_messages()
        path = self._choose_pairing_target()
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".idopair")
        try:
            written = self._pairing.write_config_file(path)
        except (IdoError, OSError) as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.result.show_message(
            self.tr(
                "Koppelbestand geschreven: {path}. Geef het aan de laptopgebruiker en lees de "
                "vingerafdruk hieronder voor."
            ).format(path=written)
        )
        self.own_fingerprint.setFocus()
        self.pairing_file_written.emit(str(written))

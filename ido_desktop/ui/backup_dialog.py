"""Backups: the list of encrypted backups, take one now, restore one after a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.services.backup_service import BackupService
from ido_desktop.ui.labels import any_error_message
from ido_desktop.ui.widgets import MessageBanner

_PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupDialog(QDialog):
    def __init__(
        self, backups: BackupService, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._language = language
        self.setWindowTitle(self.tr("Reservekopieën"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr(
                "Elke dag en vóór elke update maakt IDO Desktop een versleutelde reservekopie; "
                "de nieuwste zeven blijven bewaard. Terugzetten vervangt alle gegevens door die "
                "van de gekozen kopie (de huidige toestand wordt eerst ook bewaard)."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reservekopieën, nieuwste eerst"))
        self.list.setAccessibleDescription(self.tr("Datum, reden en grootte van elke kopie"))
        self.error = MessageBanner("error")
        self.success = MessageBanner("success")
        self.backup_button = QPushButton(self.tr("Nu een reservekopie &maken"))
        self.backup_button.clicked.connect(self._on_backup)
        self.backup_button.setAccessibleName(self.tr("Nu een reservekopie maken"))
        self.backup_button.setAccessibleDescription(
            self.tr("Maak een versleutelde kopie van alle gegevens en controleer die")
        )
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.clicked.connect(self._on_restore)
        self.restore_button.setAccessibleName(self.tr("Terugzetten"))
        self.restore_button.setAccessibleDescription(
            self.tr("Vervang alle gegevens door die van de gekozen kopie")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Sluiten"))
        close.setAccessibleDescription(self.tr("Sluit dit venster"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.success)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for info in self._backups.list():
            when = info.taken_at.astimezone().strftime("%d-%m-%Y %H:%M")
            text = self.tr("{when} — {reason} — {size} MB").format(
                when=when, reason=info.reason, size=f"{info.size / 1_000_000:.1f}"
            )
            item = QListWidgetItem(text)
            item.setData(_PATH_ROLE, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _run(self, action: Callable[[], object], success: str) -> None:
        self.error.hide()
        self.success.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action()
        except IdoError as exc:
            self.error.show_message(any_error_message(exc, self._language))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.success.show_message(success)
        self.refresh()

    def _on_backup(self) -> None:
        self._run(self._backups.backup_now, self.tr("De reservekopie is gemaakt en gecontroleerd."))

    def _on_restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reservekopie terugzetten"),
            self.tr(
                "Alle gegevens worden vervangen door die van {name}. Wat daarna is "
                "geregistreerd, staat dan alleen nog in de kopie 'before-restore'. Doorgaan?"
            ).format(name=item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = Path(item.data(_PATH_ROLE))
        self._run(lambda: self._backups.restore(path), self.tr("De reservekopie is teruggezet."))

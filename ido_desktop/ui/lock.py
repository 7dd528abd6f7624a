"""The unlock screen and the lock: at start, after idle time, on Ctrl+L, after the machine slept.

Locking hides every window at once and closes the database and forgets the key
(``Services.lock``) as soon as no background job uses the store any more: an import of forty files
that the idle time interrupts finishes first, behind the unlock screen. Unlocking shows the same
windows again, with whatever was typed in them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError, StoreError
from ido_desktop.domain.lock import IdleLock, UnlockThrottle
from ido_desktop.services.vault import PendingKey, Vault
from ido_desktop.ui.labels import any_error_message
from ido_desktop.ui.widgets import MessageBanner, PageTitle
from ido_desktop.ui.workers import wait_while_painting

CHECK_INTERVAL_MS = 5_000
BUSY_POLL_MS = 250  # how soon a lock that waits for a background job closes the store
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def unwrap_responsively(vault: Vault, passphrase: str) -> PendingKey | None:
    """Unwrap the store key in a thread (about half a second of Argon2id, on purpose) while the
    windows keep painting; typing and clicks wait until it is done. None without a key file."""
    if not vault.exists():
        return None
    pending = vault.unlock_in_background(passphrase)
    wait_while_painting(pending.done)
    return pending


class UnlockWindow(QWidget):
    """Passphrase (or PIN) entry. With ``new``, asks twice: the first start of an old store."""

    unlocked = Signal()

    def __init__(
        self,
        try_unlock: Callable[[str], None],
        language: str,
        *,
        new: bool = False,
        reset: Callable[[str, str], None] | None = None,
        title: str = "",
    ) -> None:
        super().__init__()
        self._try_unlock = try_unlock
        self._reset = reset
        self._language = language
        self._new = new
        self._throttle = UnlockThrottle()
        self.setWindowTitle(self.tr("IDO Desktop — ontgrendelen"))
        self.setAccessibleName(self.tr("Ontgrendelen"))
        self.resize(460, 300)

        heading = PageTitle(title or self.tr("IDO Desktop is vergrendeld"))
        self.explanation = explanation = QLabel(
            self.tr(
                "De gegevens op deze laptop zijn versleuteld. Kies een wachtwoord (8 tekens of "
                "meer) of een pincode (6 cijfers of meer) en onthoud het goed."
            )
            if new
            else self.tr("Typ uw wachtwoord of pincode om verder te werken.")
        )
        explanation.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord"))
        self.passphrase.setAccessibleDescription(
            self.tr("Uw wachtwoord of pincode; Enter ontgrendelt")
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Herhaal het wachtwoord"))
        self.repeat.setAccessibleDescription(self.tr("Typ hetzelfde wachtwoord nog een keer"))
        form = QFormLayout()
        label = QLabel(self.tr("&Wachtwoord:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        if new:
            repeat_label = QLabel(self.tr("&Herhaal:"))
            repeat_label.setBuddy(self.repeat)
            form.addRow(repeat_label, self.repeat)
        else:
            self.repeat.hide()

        self.banner = MessageBanner("error")
        self.unlock_button = QPushButton(
            self.tr("Wachtwoord instellen") if new else self.tr("&Ontgrendelen")
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.setAccessibleDescription(
            self.tr("Controleer het wachtwoord en ga verder waar u was")
        )
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.forgot_button = QPushButton(self.tr("Wachtwoord &vergeten…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(self.tr("Wachtwoord vergeten"))
        self.forgot_button.setAccessibleDescription(
            self.tr("Kies een nieuw wachtwoord met de herstelcode van de backoffice")
        )
        self.forgot_button.clicked.connect(self._on_forgot)
        self.forgot_button.setVisible(reset is not None and not new)

        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._update_wait)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.passphrase.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Centred on the screen: the only thing visible while the program is locked."""
        screen = self.screen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        super().showEvent(event)

    def show_opening(self) -> None:
        """The passphrase came with the start (a file, the environment): nothing to type; the
        window says that the store is being opened."""
        for widget in (self.passphrase, self.repeat, self.unlock_button):
            widget.setEnabled(False)
        self.forgot_button.hide()
        self.explanation.setText(
            self.tr("De gegevens worden geopend met het wachtwoord dat bij het starten is gegeven.")
        )
        self.unlock_button.setText(self.tr("Bezig met openen…"))

    def _submit(self) -> None:
        if self._throttle.wait_seconds(time.monotonic()) > 0:
            return
        passphrase = self.passphrase.text()
        if self._new and passphrase != self.repeat.text():
            self._show_error(StoreError("E_PASSPHRASE_MISMATCH"))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._try_unlock(passphrase)
        except IdoError as exc:
            if exc.code == "E_PASSPHRASE_WRONG":
                self._throttle.failed(time.monotonic())
                self._update_wait()
            self._show_error(exc)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._throttle.succeeded()
        self.passphrase.clear()
        self.repeat.clear()
        self.banner.hide()
        self.unlocked.emit()

    def _show_error(self, error: IdoError) -> None:
        self.banner.show_message(any_error_message(error, self._language))

    def _update_wait(self) -> None:
        wait = self._throttle.wait_seconds(time.monotonic())
        self.unlock_button.setEnabled(wait <= 0)
        if wait > 0:
            self.unlock_button.setText(self.tr("Wacht nog {n} s").format(n=int(wait) + 1))
            self._wait_timer.start()
        else:
            self._wait_timer.stop()
            self.unlock_button.setText(self.tr("&Ontgrendelen"))

    def _on_forgot(self) -> None:
        if self._reset is None:
            return
        dialog = RecoveryDialog(self._reset, self._language, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.unlocked.emit()


class RecoveryDialog(QDialog):
    """A new passphrase with the recovery code the back office read out."""

    def __init__(
        self, reset: Callable[[str, str], None], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reset = reset
        self._language = language
        self.setWindowTitle(self.tr("Nieuw wachtwoord met herstelcode"))
        intro = QLabel(
            self.tr(
                "Vraag de backoffice om de herstelcode van deze laptop (zij hebben daarvoor het "
                "bestand ido.sqlite3.key uit de gegevensmap nodig). Typ de code en kies een nieuw "
                "wachtwoord."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Herstelcode"))
        self.code.setAccessibleDescription(self.tr("De code van de backoffice, groepjes van vier"))
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("Nieuw wachtwoord"))
        self.new.setAccessibleDescription(
            self.tr("8 tekens of meer, of een pincode van 6 cijfers of meer")
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Herhaal het nieuwe wachtwoord"))
        self.repeat.setAccessibleDescription(self.tr("Typ hetzelfde wachtwoord nog een keer"))
        form = QFormLayout()
        for text, field in (
            (self.tr("&Herstelcode:"), self.code),
            (self.tr("&Nieuw wachtwoord:"), self.new),
            (self.tr("H&erhaal:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.banner = MessageBanner("error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(self.tr("Nieuw wachtwoord instellen"))
        ok.setAccessibleDescription(self.tr("Controleer de code en stel het nieuwe wachtwoord in"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Terug naar het ontgrendelscherm"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        try:
            if self.new.text() != self.repeat.text():
                raise StoreError("E_PASSPHRASE_MISMATCH")
            self._reset(self.code.text(), self.new.text())
        except IdoError as exc:
            self.banner.show_message(any_error_message(exc, self._language))
            return
        self.accept()


class LockController(QObject):
    """Watches for input and time; locks on idle, on request and after sleep.

    ``lock`` and ``unlock`` are the services' own (closing the store and forgetting the key).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        lock: Callable[[], None],
        unlock: Callable[[str], None],
        reset: Callable[[str, str], None] | None,
        language: str,
        idle_seconds: float,
        clock: Callable[[], tuple[float, float]] | None = None,
        busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__()
        self._lock = lock
        # Every slow job runs on the global pool (ui/workers.py); while one runs, the store stays
        # open behind the unlock screen, so the job is not cut off halfway.
        self._busy = busy or (lambda: QThreadPool.globalInstance().activeThreadCount() > 0)
        self._store_closed = False
        self._unlock = unlock
        self._reset = reset
        self._language = language
        self._clock = clock or (lambda: (time.monotonic(), time.time()))
        self.idle = IdleLock(idle_seconds)
        self.idle.touch(*self._clock())
        self._hidden: list[QWidget] = []
        self.window: UnlockWindow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            # Waking from sleep makes the application active again: check the clocks at once.
            app.applicationStateChanged.connect(lambda _state: self.check())

    @property
    def is_locked(self) -> bool:
        return self.window is not None

    def set_idle_seconds(self, seconds: float) -> None:
        self.idle.idle_seconds = seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS and not self.is_locked:
            self.idle.touch(*self._clock())
        return False

    def check(self) -> None:
        """Lock when idle for too long; also called when the app becomes active after sleep."""
        if not self.is_locked and self.idle.due(*self._clock()):
            self.lock_now()

    def lock_now(self) -> None:
        if self.is_locked:
            return
        self._store_closed = False
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.window = UnlockWindow(self._unlock, self._language, reset=self._reset)
        self.window.unlocked.connect(self._on_unlocked)
        self.window.show()
        self.window.activateWindow()
        self._close_store_when_idle()
        self.locked.emit()

    @property
    def store_closed(self) -> bool:
        """Locked, with the store closed and its key forgotten (no longer waiting for a job)."""
        return self.is_locked and self._store_closed

    def _close_store_when_idle(self) -> None:
        if not self.is_locked or self._store_closed:
            return  # unlocked meanwhile (the store stayed open), or closed already
        if self._busy():
            QTimer.singleShot(BUSY_POLL_MS, self._close_store_when_idle)
            return
        self._lock()
        self._store_closed = True

    def _on_unlocked(self) -> None:
        window, self.window = self.window, None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if window is not None:
            window.close()
            window.deleteLater()
        self.idle.touch(*self._clock())
        self.unlocked.emit()

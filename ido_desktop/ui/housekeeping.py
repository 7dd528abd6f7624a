"""Chores of the start that wait until the main window shows its data (``Services.housekeeping``).

The day's first backup used to be taken before the window showed, so a start took longer the
larger the store (docs/performance.md). While it runs, the lock keeps the store open
(``LockController``) and closing the program waits for it (``GuiSession.close``). A failure is
shown once; the program goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desktop.ui import workers
from ido_desktop.ui.labels import any_error_message


class Housekeeping(QObject):
    def __init__(self, job: Callable[[], object], window: QWidget, language: str) -> None:
        super().__init__(window)
        self._job = job
        self._window = window
        self._language = language
        self.worker: workers.Worker | None = None

    def start(self) -> None:
        worker = workers.Worker(lambda _worker: self._job())
        worker.failed.connect(self._on_failed)
        self.worker = workers.start(worker)

    def _on_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, "IDO Desktop", any_error_message(error, self._language))

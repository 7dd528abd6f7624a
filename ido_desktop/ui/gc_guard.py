"""Python's garbage collector runs only in the GUI thread.

The collector starts in whichever thread happens to allocate; when that is a worker thread
(an import, a report) and the garbage holds Qt objects of the GUI thread, deleting them there
crashes the process. So automatic collection is switched off and a timer in the GUI thread
collects instead, young objects often and everything now and then (a known PySide/PyQt recipe).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
FULL_EVERY = 20  # ticks: a full collection every ten seconds


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect()
        elif gc.get_count()[0] > self._threshold[0]:
            gc.collect(0)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

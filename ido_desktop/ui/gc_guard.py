"""Python's garbage collector runs only in the GUI thread.

The collector starts in whichever thread happens to allocate; when that is a worker thread
(an import, a report) and the garbage holds Qt objects of the GUI thread, deleting them there
crashes the process. So automatic collection is switched off and a timer in the GUI thread
collects instead, young objects often and everything now and then (a known PySide/PyQt recipe).

During the start nothing is collected: the start makes hundreds of thousands of objects (modules,
classes, SQLAlchemy's and Qt's) that live as long as the program, and a collection over them took
60 ms. Once the main window shows its data they are frozen out of the collector's way
(``gc.freeze``) and the timer starts (docs/performance.md).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
FULL_EVERY = 20  # ticks: a full collection every ten seconds


class GuiThreadCollector(QObject):
    """Collects from a timer in the GUI thread; with ``started=False`` only after ``start``."""

    def __init__(self, parent: QObject | None = None, *, started: bool = True) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        if started:
            self._timer.start()

    def start(self) -> None:
        """The start is over: freeze what it made, and collect from now on."""
        if not self._timer.isActive():
            gc.freeze()
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

"""Running slow service calls off the GUI thread.

A :class:`Worker` runs one job on a ``QThreadPool`` and talks to the GUI only through its
signals. The job gets the worker itself, so it can report progress (``worker.progress``) and poll
for cancellation (``worker.is_cancelled``); both are safe to call from the worker thread.

Connect the signals to methods of a ``QObject`` living in the GUI thread (not to lambdas): then
Qt queues every emission to the GUI thread and slots may touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal


class WorkerSignals(QObject):
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception the job raised
    progressed = Signal(int, int, object)  # done, total, the item just finished


class Worker(QRunnable):
    """One job, run once. Keep a reference until ``finished`` or ``failed`` arrived."""

    def __init__(self, job: Callable[[Worker], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job
        self._cancelled = threading.Event()
        self.signals = WorkerSignals()
        self.finished = self.signals.finished
        self.failed = self.signals.failed
        self.progressed = self.signals.progressed

    def run(self) -> None:
        try:
            result = self._job(self)
        except Exception as exc:  # every failure goes to the GUI as a signal
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; the job decides where that is."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int, item: object = None) -> None:
        """Report progress from the job (any thread)."""
        self.signals.progressed.emit(done, total, item)


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Start ``worker`` on ``pool`` (default: the global pool) and return it."""
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def wait_while_painting(done: Callable[[], bool], poll_ms: int = 5) -> None:
    """Return once ``done()`` is true (work of another thread); the windows keep painting
    meanwhile, while typing and clicks wait until it is over."""
    if done():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    if not done():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()

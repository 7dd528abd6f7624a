"""Start-up baseline: the stack IDO Desktop cannot avoid. Imports ``sqlalchemy.orm``, opens a bare
PySide6 window, and quits as soon as the event loop runs. ``bench/run.py`` times the whole process,
and the moment the window showed from the time printed (as ``smoke`` prints its own).
"""

from __future__ import annotations

import os
import sys
import time

import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("baseline")
    window.show()

    def shown() -> None:
        print(f"baseline: window shown (at {time.time():.3f})", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

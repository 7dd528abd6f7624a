"""Start-up baseline: the stack IDO Desktop cannot avoid. Imports ``sqlalchemy.orm``, opens a bare
PySide6 window, and quits as soon as the event loop runs. ``bench/run.py`` times the whole process.
"""

from __future__ import annotations

import os
import sys

import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("baseline")
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

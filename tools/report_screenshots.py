"""The reports page screenshot and the sample quarterly report, from demo data only.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/report_screenshots.py
Writes docs/screenshots/reports.png, docs/samples/kwartaalrapportage-voorbeeld.pdf and its first
page as docs/screenshots/quarterly-pdf.png (needs pdftoppm from poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway stores: a fixed passphrase and cheap key stretching.
os.environ.setdefault("IDO_PASSPHRASE", "schermafbeelding")
os.environ.setdefault("IDO_KDF_TARGET_MS", "1")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ido_desktop.app import initialise  # noqa: E402
from ido_desktop.domain.vocab import Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402
from ido_desktop.services.quarterly_report import previous_quarter  # noqa: E402
from ido_desktop.ui.application import build_main_window  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "docs" / "samples"
NAME = "Bibliotheek Rotterdam, backoffice"


def _wait(signal: object, ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    _app = QApplication(sys.argv)  # alive for the whole run
    with tempfile.TemporaryDirectory() as tmp:
        services = initialise(DataPaths(Path(tmp)), Role.BACKOFFICE, NAME)
        DemoService(
            services.store.session_factory, services.clock, services.device.device_id
        ).generate(4000, services.reference.catalog(), seed=5)
        window = build_main_window(services)
        window.resize(1400, 880)
        window.show()
        page = window.reports_page
        assert page is not None
        window.tabs.setCurrentWidget(page)
        if page.is_busy():
            _wait(page.report_built)
        page.set_period("this_year")
        page.dimensions[0].setCurrentIndex(page.dimensions[0].findData("organisation"))
        page.build()
        _wait(page.report_built)
        page.table.selectRow(0)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        window.grab().save(str(SHOTS / "reports.png"))

        today = services.consults.today()
        year, quarter = previous_quarter(today.year, (today.month - 1) // 3 + 1)
        sample = SAMPLES / "kwartaalrapportage-voorbeeld.pdf"
        services.reports.quarterly_report(year, quarter, sample, "pdf", "nl", source=NAME)
        window.close()
        services.close()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(sample),
         str(SHOTS / "quarterly-pdf")],
        check=True,
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a laptop's start loads before its first window and before its data (issue 12).

The first window (the unlock screen) must show without the store's code: no ORM models, no
backups, no audit, nothing of the back office, no report or spreadsheet libraries; started at the
unlock screen, not even SQLAlchemy. Until the main window shows its data, the back office, the
backups, the lazily built pages and the heavy libraries stay out too. This fails when a change
(of any branch) pulls one of them onto the start: make that import lazy (docs/performance.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The program as `ido-desktop smoke`, with sys.modules written down at each milestone.
RECORDER = r"""
import json, sys
from ido_desktop.ui import application

seen = {}


class Recording(application.StartupReport):
    def first_window(self):
        seen["first_window"] = sorted(sys.modules)
        super().first_window()

    def data_shown(self, window, key_wait):
        seen["data_shown"] = sorted(sys.modules)
        super().data_shown(window, key_wait)


application.StartupReport = Recording
from ido_desktop.cli import main

code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump(seen, out)
sys.exit(code)
"""

BACK_OFFICE = (
    "ido_desktop.services.import_service",
    "ido_desktop.services.enrolment_service",
    "ido_desktop.services.records_service",
    "ido_desktop.services.report_service",
    "ido_desktop.services.report_export",
    "ido_desktop.services.report_pdf",
    "ido_desktop.services.quarterly_report",
    "ido_desktop.services.quarterly_pdf",
    "ido_desktop.services.signals_service",
    "ido_desktop.services.retention_service",
    "ido_desktop.services.audit_service",
    "ido_desktop.db.repositories.records_repo",
    "ido_desktop.db.repositories.report_agg_repo",
    "ido_desktop.ui.import_page",
    "ido_desktop.ui.devices_page",
    "ido_desktop.ui.records_page",
    "ido_desktop.ui.reports_page",
    "ido_desktop.ui.signals_page",
    "ido_desktop.ui.audit_page",
    "ido_desktop.cli_report",
    "ido_desktop.cli_signals",
    "ido_desktop.cli_audit",
    "ido_desktop.cli_retention",
)
BACKUPS = ("ido_desktop.db.backups", "ido_desktop.services.backup_service")
HEAVY_LIBRARIES = ("alembic", "mako", "reportlab", "openpyxl", "psycopg")
# Never before the first window: the store's code.
NOT_BEFORE_FIRST_WINDOW = (
    *BACK_OFFICE,
    *BACKUPS,
    *HEAVY_LIBRARIES,
    "ido_desktop.app",
    "ido_desktop.db.models",
    "ido_desktop.db.repositories",
    "ido_desktop.ui.main_window",
)
# Never before a laptop shows its data: what its first screen does not use.
NOT_BEFORE_DATA = (
    *BACK_OFFICE,
    *BACKUPS,
    *HEAVY_LIBRARIES,
    "ido_desktop.services.export_service",
    "ido_desktop.services.receipt_service",
    "ido_desktop.services.pairing_service",
    "ido_desktop.ui.sync_panel",
    "ido_desktop.ui.today_page",
    "ido_desktop.ui.partner_page",
    "ido_desktop.ui.backup_dialog",
    "ido_desktop.ui.housekeeping",
)


def offenders(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """The modules that are one of ``forbidden`` or inside one of those packages."""
    return sorted(
        name
        for name in modules
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    )


def _start(store: Path, tmp_path: Path, *smoke_options: str) -> dict[str, list[str]]:
    out = tmp_path / "modules.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RECORDER, str(out), "--data-dir", str(store), "smoke"]
        + list(smoke_options),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: main window showed its data" in done.stdout
    return json.loads(out.read_text())


@pytest.fixture
def laptop(services, data_paths) -> Path:
    services.close()
    return data_paths.root


def test_a_laptop_started_with_its_passphrase_loads_no_more_than_it_shows(laptop, tmp_path):
    seen = _start(laptop, tmp_path)
    assert offenders(seen["first_window"], NOT_BEFORE_FIRST_WINDOW) == []
    assert "PySide6.QtWidgets" in seen["first_window"]
    assert offenders(seen["data_shown"], NOT_BEFORE_DATA) == []
    assert "ido_desktop.db.models" in seen["data_shown"]  # the data did come from the store


def test_the_unlock_screen_shows_before_sqlalchemy_is_loaded(laptop, tmp_path):
    seen = _start(laptop, tmp_path, "--unlock-screen")
    assert offenders(seen["first_window"], (*NOT_BEFORE_FIRST_WINDOW, "sqlalchemy")) == []
    assert offenders(seen["data_shown"], NOT_BEFORE_DATA) == []


def test_the_check_names_what_it_finds():
    found = ["ido_desktop.db.models", "sqlalchemy.orm", "reportlab.pdfgen", "ido_desktop.db"]
    assert offenders(found, ("ido_desktop.db.models", "reportlab")) == [
        "ido_desktop.db.models",
        "reportlab.pdfgen",
    ]
    assert offenders(found, ("sqlalchemy",)) == ["sqlalchemy.orm"]

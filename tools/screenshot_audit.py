"""Make docs/screenshots/backoffice-audit.png: the Logboek page with synthetic entries.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_audit.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ido_desktop.app import initialise  # noqa: E402
from ido_desktop.db.repositories import audit_repo  # noqa: E402
from ido_desktop.domain.audit import AuditAction  # noqa: E402
from ido_desktop.domain.records import RecordFilter  # noqa: E402
from ido_desktop.domain.vocab import Channel, Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402
from ido_desktop.ui.application import build_main_window  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "backoffice-audit.png"


def fill(root: Path):
    """A back office with a day of work on it: pairing, enrolment, imports, a correction."""
    office = initialise(DataPaths(root / "office"), Role.BACKOFFICE, "Backoffice Centrale")
    laptops = []
    stick = root / "stick"
    pairing = office.pairing.write_config_file(stick / "koppel.idopair")
    for number in ("03", "07"):
        laptop = initialise(DataPaths(root / number), Role.FIELD, f"Laptop {number}")
        laptop.pairing.apply(pairing)
        office.enrolment.trust(laptop.keystore.public_key_path, f"Laptop {number}")
        DemoService(laptop.store.session_factory, laptop.clock, laptop.device.device_id).generate(
            40, laptop.reference.catalog(), seed=int(number)
        )
        laptops.append(laptop)
    for laptop in laptops:
        office.imports.import_files([Path(laptop.exports.export(stick).path)])
    broken = stick / "ido-onbekend-0004.idosync"
    broken.write_bytes(b"IDOSYNC1 this file was damaged on the stick")
    office.imports.import_files([broken])
    [consult_id] = office.records.find_ids(RecordFilter(), limit=1)
    draft = office.records.load_draft(consult_id)
    office.records.correct(replace(draft, channel=Channel.TELEFONISCH), "Backoffice Centrale")
    office.enrolment.rename(laptops[1].keystore.public_key().key_id_hex, "Laptop 07 Charlois")
    office.settings.set_language("nl")
    with office.store.session_factory.begin() as session:
        audit_repo.add(
            session,
            None,
            AuditAction.RETENTION_APPLIED,
            "retention:2024-10-31",
            {"before": "2024-10-31", "consultations": 412, "kept_as_aggregates": True},
            datetime.now(UTC) + timedelta(minutes=1),
        )
    office.enrolment.revoke(laptops[0].keystore.public_key().key_id_hex)
    for laptop in laptops:
        laptop.close()
    return office


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        office = fill(Path(folder))
        window = build_main_window(office)
        window.resize(1360, 760)
        window.show()
        window.tabs.setCurrentWidget(window.audit_page)
        for _ in range(20):
            app.processEvents()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT))
        print(f"saved {OUT}")
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The signals page screenshot and the sample feedback sheet, from synthetic data only.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/signals_screenshots.py
Writes docs/screenshots/signals.png, docs/samples/feedbackblad-voorbeeld.pdf and its first page
as docs/screenshots/feedback-pdf.png (needs pdftoppm from poppler-utils).

Demo consultations give the background; on top, a made-up bottleneck (logging in at Toeslagen)
rises this month, registered through the normal consult service with made-up, harmless notes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway stores: a fixed passphrase and cheap key stretching.
os.environ.setdefault("IDO_PASSPHRASE", "schermafbeelding")
os.environ.setdefault("IDO_KDF_TARGET_MS", "1")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ido_desktop.app import initialise  # noqa: E402
from ido_desktop.domain.model import ConsultDraft, QuestionDraft  # noqa: E402
from ido_desktop.domain.signals import add_months, month_start  # noqa: E402
from ido_desktop.domain.vocab import DurationBand, PartOfDay, Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402
from ido_desktop.ui.application import build_main_window  # noqa: E402
from ido_desktop.ui.roles import ROW_ROLE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "docs" / "samples"
NAME = "Bibliotheek Rotterdam, backoffice"
# Signals per month, three months ago .. this month (so far).
STORY = {
    ("toeslagen", "inloggen_onmogelijk"): (2, 3, 2, 9),
    ("toeslagen", "onbegrijpelijk"): (3, 2, 4, 3),
    ("belastingdienst", "storing"): (1, 4, 2, 3),
    ("uwv", "niet_bereikbaar"): (2, 2, 3, 2),
}
NOTES = (
    "Inloggen met de DigiD-app lukte niet: na het scannen van de QR-code bleef het scherm wit.",
    "Na inloggen kwam steeds 'sessie verlopen' bij het doorgeven van een wijziging.",
    "Bezoeker had geen smartphone; sms-controle werkt niet met vaste telefoon.",
    "Inlogknop deed niets in de browser van de bieb-pc, wel op de laptop.",
    "Brief over terugvordering was zonder uitleg niet te begrijpen.",
)


class _Clock:
    def __init__(self) -> None:
        self.value = datetime.now(UTC)

    def now(self) -> datetime:
        return self.value


def _fill(services, today: date) -> None:  # type: ignore[no-untyped-def]
    catalog = services.reference.catalog()
    clock = services.clock
    DemoService(services.store.session_factory, clock, services.device.device_id).generate(
        3000, catalog, seed=7
    )
    services.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    note_index = 0
    for (organisation, kind), per_month in STORY.items():
        for offset, count in zip((-3, -2, -1, 0), per_month, strict=True):
            first = add_months(today, offset)
            last_day = today.day if offset == 0 else 26
            for n in range(count):
                day = first.replace(day=1 + (n * 5) % last_day)
                clock.value = datetime(day.year, day.month, day.day, 11, tzinfo=UTC)
                note = ""
                if organisation == "toeslagen" and n == 0 and note_index < len(NOTES):
                    note, note_index = NOTES[note_index], note_index + 1
                topic = next(
                    t.code
                    for t in catalog.topics_for(organisation)
                    if not catalog.is_digid_topic(t.code)
                )
                services.consults.register(
                    ConsultDraft(
                        consult_date=day,
                        part_of_day=PartOfDay.OCHTEND,
                        duration_band=DurationBand.FROM_20_TO_30,
                        questions=(
                            QuestionDraft(
                                organisations=(organisation,),
                                topic=topic,
                                help_forms=("meekijken",),
                                result="deels",
                                signal_organisation=organisation,
                                signal_kind=kind,
                                note=note,
                            ),
                        ),
                    ),
                    catalog,
                )
    clock.value = datetime.now(UTC)


def _wait(signal: object, ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = QApplication(sys.argv)
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        services = initialise(DataPaths(Path(tmp)), Role.BACKOFFICE, NAME, clock=_Clock())
        _fill(services, today)
        window = build_main_window(services)
        window.resize(1400, 900)
        window.show()
        page = window.signals_page
        assert page is not None
        window.tabs.setCurrentWidget(page)
        app.processEvents()
        page.set_preset("last_3")
        _wait(page.details_loaded)
        for row in range(page.proxy.rowCount()):
            if page.proxy.index(row, 0).data(ROW_ROLE).organisation == "toeslagen":
                page.table.selectRow(row)
                _wait(page.details_loaded)
                break
        model = page.notes_model
        for row in (0, 1, 2):
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
        app.processEvents()
        window.grab().save(str(SHOTS / "signals.png"))

        date_from = month_start(add_months(today, -2))
        chosen = model.chosen_ids()
        sample = SAMPLES / "feedbackblad-voorbeeld.pdf"
        services.signals.feedback_sheet("toeslagen", date_from, today, chosen, sample)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(sample)]
            + [str(SHOTS / "feedback-pdf")],
            check=True,
        )
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Make the README screenshots from a synthetic store (no real person anywhere).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway stores: a fixed passphrase and cheap key stretching.
os.environ.setdefault("IDO_PASSPHRASE", "schermafbeelding")
os.environ.setdefault("IDO_KDF_TARGET_MS", "1")

from PySide6.QtWidgets import QApplication  # noqa: E402

from ido_desktop.app import initialise  # noqa: E402
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft  # noqa: E402
from ido_desktop.domain.vocab import AgeBand, DurationBand, PartOfDay, Warmth  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402
from ido_desktop.ui.application import build_main_window  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

TODAY = [
    ("belastingdienst", "aangifte_inkomstenbelasting", ("uitleg",), "opgelost", None),
    ("toeslagen", "huurtoeslag", ("meekijken",), "opgelost", None),
    ("digid_logius", "digid", ("meekijken", "uitleg"), "deels", "wachtwoord"),
    ("uwv", "werkmap", ("uitleg",), "vervolgafspraak", None),
    ("gemeente", "kwijtschelding", ("handeling_toestemming",), "opgelost", None),
    ("cjib", "boete_cjib", ("informeren", "doorverwijzen"), "niet_opgelost", None),
]


def fill(services) -> None:
    catalog = services.reference.catalog()
    DemoService(services.store.session_factory, services.clock, services.device.device_id).generate(
        2000, catalog, seed=5
    )
    services.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    today = services.consults.today()
    for index, (org, topic, helps, result, detail) in enumerate(TODAY):
        referrals = ()
        if "doorverwijzen" in helps:
            referrals = (
                ReferralDraft(warmth=Warmth.WARM_CONTACT, partner_code="kredietbank_rotterdam")
                if catalog.has("partners", "kredietbank_rotterdam")
                else ReferralDraft(warmth=Warmth.WARM_CONTACT, category_code="schulden_geldzaken"),
            )
        question = QuestionDraft(
            organisations=(org,),
            topic=topic,
            help_forms=helps,
            result=result,
            digid_detail=detail,
            referrals=referrals,
        )
        services.consults.register(
            ConsultDraft(
                consult_date=today if index != 3 else today - timedelta(days=2),
                part_of_day=PartOfDay.OCHTEND,
                duration_band=list(DurationBand)[index % 4],
                age_band=list(AgeBand)[index % 7],
                questions=(question,),
            ),
            catalog,
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 2 for 200%%")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    suffix = "" if args.scale == 1 else f"-{int(args.scale * 100)}pct"
    with tempfile.TemporaryDirectory() as tmp:
        services = initialise(DataPaths(Path(tmp)), "field", "Laptop 03")  # type: ignore[arg-type]
        fill(services)
        window = build_main_window(services)
        window.resize(int(1280 * min(args.scale, 1.6)), int(860 * min(args.scale, 1.6)))
        window.show()
        app.processEvents()
        window._refresh()  # noqa: SLF001
        window.form.start_new()
        app.processEvents()
        window.grab().save(str(OUT / f"main-window{suffix}.png"))
        window.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(OUT / f"today-window{suffix}.png"))
        window.tabs.setCurrentIndex(2)
        window.partners.search.setText("schuld")
        app.processEvents()
        window.grab().save(str(OUT / f"partners-window{suffix}.png"))
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots with the text at 200%: the field screens and the back-office import page.

Someone who sets the system font to twice its size must still see every word. This renders the
main screens with the application font at twice its default point size, from synthetic data only,
so we can look for clipped or overlapping text.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/large_text_screenshots.py [--scale 2]
Writes docs/screenshots/field-start-200.png, field-consult-200.png, field-today-200.png,
field-sync-200.png and backoffice-import-200.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Throwaway stores (once the store is encrypted): a fixed passphrase and cheap key stretching.
os.environ.setdefault("IDO_PASSPHRASE", "schermafbeelding")
os.environ.setdefault("IDO_KDF_TARGET_MS", "1")

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import fill  # noqa: E402

from ido_desktop.app import Services, initialise  # noqa: E402
from ido_desktop.domain.vocab import Role  # noqa: E402
from ido_desktop.paths import DataPaths  # noqa: E402
from ido_desktop.services.demo_service import DemoService  # noqa: E402
from ido_desktop.ui.application import build_main_window  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1600, 1000)  # a full-HD laptop screen, less the task bar and window frame


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str) -> None:
    _settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parents[1])} ({widget.width()}×{widget.height()})")


def _type(app: QApplication, widget: QWidget, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    _settle(app)


def field(app: QApplication, root: Path, office: Services, suffix: str) -> Path:
    """The field laptop's screens; returns the folder with its sync file for the back office."""
    laptop = initialise(DataPaths(root / "laptop"), Role.FIELD, "Laptop 03")
    laptop.pairing.apply(office.pairing.write_config_file(root / "koppel.idopair"))
    office.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")

    window = build_main_window(laptop)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    window._refresh()  # noqa: SLF001
    _save(app, window, f"field-start{suffix}.png")

    fill(laptop)
    window._refresh()  # noqa: SLF001
    window.form.start_new()
    editor = window.form.question_editors()[0]
    _type(app, editor.organisation, "digid")
    _type(app, editor.topic, "digid")
    _save(app, window, f"field-consult{suffix}.png")
    window.form.start_new()

    window.tabs.setCurrentWidget(window.today)
    window.today.refresh()
    _save(app, window, f"field-today{suffix}.png")

    stick = root / "stick"
    stick.mkdir()
    assert window.sync_panel is not None
    laptop.exports.export(stick)
    window.tabs.setCurrentWidget(window.sync_panel)
    window.sync_panel.refresh()
    _save(app, window, f"field-sync{suffix}.png")
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    laptop.close()
    return stick


def backoffice(app: QApplication, office: Services, stick: Path, suffix: str) -> None:
    DemoService(office.store.session_factory, office.clock, office.device.device_id).generate(
        200, office.reference.catalog(), seed=7
    )
    damaged = stick / "ido-laptop-07-000004.idosync"
    data = bytearray(next(stick.glob("*.idosync")).read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    window = build_main_window(office)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    page = window.import_page
    assert page is not None
    window.tabs.setCurrentWidget(page)
    loop = QEventLoop()
    page.files_imported.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    page.import_paths([stick])
    loop.exec()
    _save(app, window, f"backoffice-import{suffix}.png")
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=2.0, help="font scale (2 is 200%%)")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    suffix = f"-{round(args.scale * 100)}"
    with tempfile.TemporaryDirectory() as tmp:
        office = initialise(DataPaths(Path(tmp) / "office"), Role.BACKOFFICE, "Backoffice")
        stick = field(app, Path(tmp), office, suffix)
        backoffice(app, office, stick, suffix)
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The package build's one step beyond setuptools: compile the Qt translations.

Everything else is in ``pyproject.toml``. Every wheel (built from the checkout or from the sdist)
gets ``ido_desktop/resources/translations/*.qm`` compiled from the ``.ts`` sources by Qt's
``lrelease``, which comes with PySide6-Essentials (a build requirement). The sdist holds only the
``.ts`` files (``MANIFEST.in``). An editable install (``make venv``) writes the ``.qm`` beside the
``.ts`` in the checkout, where the program reads them.

``IDO_LRELEASE=/path/to/lrelease`` uses another ``lrelease`` (a distribution's Qt tools, when
building without build isolation and without PySide6). A translation that does not compile fails
the build: a package without its English must never be made.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from setuptools import Command, setup
from setuptools.command.build import build

TRANSLATIONS = Path("ido_desktop", "resources", "translations")
_LRELEASE_BY_PYSIDE6 = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def lrelease_command() -> list[str]:
    """How to run lrelease: IDO_LRELEASE, else the one shipped in PySide6."""
    given = os.environ.get("IDO_LRELEASE")
    if given:
        return [given]
    try:
        import PySide6  # noqa: F401 - only to know that its lrelease is there
    except ImportError as exc:
        raise SystemExit(
            "build_qm: PySide6-Essentials (a build requirement) is not installed, so Qt's "
            "lrelease cannot compile the translations; install it, or set IDO_LRELEASE to an "
            "lrelease program"
        ) from exc
    return [sys.executable, "-c", _LRELEASE_BY_PYSIDE6]


class BuildQm(Command):
    """Compile every ``.ts`` under TRANSLATIONS into a ``.qm`` in the build (or the checkout,
    for an editable install). A sub-command of ``build``, so it runs for every wheel."""

    description = "compile the Qt translations (.ts) into .qm files"
    user_options: list[tuple[str, str | None, str]] = []

    def initialize_options(self) -> None:
        self.build_lib: str | None = None
        self.editable_mode = False

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def _pairs(self) -> list[tuple[Path, Path]]:
        target = TRANSLATIONS if self.editable_mode else Path(str(self.build_lib), TRANSLATIONS)
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            raise SystemExit(f"build_qm: no translation sources (*.ts) in {TRANSLATIONS}")
        return [(ts, target / ts.with_suffix(".qm").name) for ts in sources]

    def run(self) -> None:
        command = lrelease_command()
        for ts, qm in self._pairs():
            qm.parent.mkdir(parents=True, exist_ok=True)
            qm.unlink(missing_ok=True)  # never ship a stale one copied from the checkout
            done = subprocess.run([*command, str(ts), "-qm", str(qm)], check=False)
            if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"build_qm: lrelease could not compile {ts} into {qm}")

    # The sub-command protocol of setuptools' build; an editable install's .qm files are in
    # the checkout, not outputs of the build.
    def get_outputs(self) -> list[str]:
        return [] if self.editable_mode else [str(qm) for _ts, qm in self._pairs()]

    def get_source_files(self) -> list[str]:
        return [str(ts) for ts, _qm in self._pairs()]

    def get_output_mapping(self) -> dict[str, str]:
        return {} if self.editable_mode else {str(qm): str(ts) for ts, qm in self._pairs()}


class BuildWithQm(build):
    sub_commands = [*build.sub_commands, ("build_qm", None)]


setup(cmdclass={"build": BuildWithQm, "build_qm": BuildQm})

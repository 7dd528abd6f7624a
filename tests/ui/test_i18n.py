"""A missing or damaged translation file stops the start with a clear message (issue 12)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from ido_desktop.domain.errors import InstallError
from ido_desktop.messages import message
from ido_desktop.paths import TRANSLATIONS_DIR
from ido_desktop.ui import i18n
from ido_desktop.ui.application import GuiSession


@pytest.fixture
def translations(tmp_path, monkeypatch):
    """A copy of the shipped translations that the program reads instead."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TRANSLATIONS_DIR / "ido_en.qm", folder / "ido_en.qm")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    return folder


def test_the_shipped_english_loads():
    translator = i18n.own_translator("en")
    assert translator is not None and not translator.isEmpty()
    assert translator.translate("MainWindow", "Registreren (Ctrl+1)") == "Register (Ctrl+1)"
    assert i18n.own_translator("nl") is None  # the source language


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage"])
def test_a_broken_translation_file_is_an_error_that_names_it(translations, damage):
    qm = translations / "ido_en.qm"
    if damage == "missing":
        qm.unlink()
    else:
        qm.write_bytes(b"" if damage == "empty" else b"not a qm file" * 100)
    with pytest.raises(InstallError) as refused:
        i18n.require_translations()
    assert refused.value.code == "E_TRANSLATION_MISSING"
    assert refused.value.params["path"] == str(qm)
    text = message(refused.value.code, refused.value.params, lang="nl")
    assert str(qm) in text and "Installeer het programma opnieuw" in text
    assert str(qm) in message(refused.value.code, refused.value.params, lang="en")


def test_a_start_in_dutch_refuses_too_before_any_window(qapp, translations, data_paths):
    # A Dutch user could choose English later: the file is checked at every start.
    (translations / "ido_en.qm").unlink()
    before = set(QApplication.topLevelWidgets())
    with pytest.raises(InstallError) as refused:
        GuiSession(qapp, data_paths, None)
    assert refused.value.code == "E_TRANSLATION_MISSING"
    assert set(QApplication.topLevelWidgets()) == before


def test_the_command_line_says_which_file_is_missing(services, data_paths, tmp_path):
    """The real program, started as `ido-desktop smoke`, with its translation file hidden."""
    services.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ido_desktop.ui import i18n\n"
        "i18n.TRANSLATIONS_DIR = Path(sys.argv[1])\n"
        "from ido_desktop.cli import main\n"
        "sys.exit(main(sys.argv[2:]))\n"
    )
    empty = tmp_path / "no-translations"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", script, str(empty), "--data-dir", str(data_paths.root), "smoke"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("E_TRANSLATION_MISSING: ")
    assert str(empty / "ido_en.qm") in done.stderr
    assert "main window" not in done.stdout

"""English translation: complete, placeholders intact, and really used by the window.

Dutch is the source language of every UI string; ``ido_desktop/resources/translations/ido_en.ts``
holds the English. A string added to the code without an English translation fails here, and so
does a translation left in the .ts after its Dutch source disappeared (run ``make ts-update``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.privacy import FindingKind
from ido_desktop.ui import labels
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.referral_dialog import ReferralDialog
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "ido_desktop" / "resources" / "translations" / "ido_en.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")
SHORTCUT = re.compile(r"\bCtrl\+[\w+]+|\((?:Enter|Esc|Del)\)")
ALT_HINT = re.compile(r"\bAlt\+(\w)\b")
# The language menu names each language in that language.
ENDONYMS = {"Nederlands"}


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            result[(name, message.findtext("source") or "")] = translation
    return result


def _lupdate(ts: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ido_desktop" / "ui").glob("*.py"))
    # The same command line as `make ts-update`.
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)]
        + ["-source-language", "nl_NL", "-target-language", "en_GB"]
        + ["-no-obsolete", "-locations", "none"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def _lrelease(qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str], ET.Element]:
    return _messages(TS_FILE)


@pytest.fixture
def english(tmp_path, qapp) -> Iterator[QTranslator]:
    """Our compiled English installed on the application, as i18n.install_translators does."""
    qm = tmp_path / "ido_en.qm"
    _lrelease(qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    old_locale = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(old_locale)


def test_every_source_string_has_a_finished_translation(tmp_path, committed):
    fresh = tmp_path / "fresh.ts"
    _lupdate(fresh)
    found = set(_messages(fresh))
    assert found, "lupdate found no strings"

    missing = sorted(found - set(committed))
    assert not missing, f"not in ido_en.ts (run `make ts-update` and translate): {missing}"
    obsolete = sorted(set(committed) - found)
    assert not obsolete, f"in ido_en.ts but gone from the code (run `make ts-update`): {obsolete}"

    unfinished = [
        key
        for key, translation in committed.items()
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert not unfinished, f"untranslated, unfinished or obsolete in ido_en.ts: {unfinished}"


def test_placeholders_mnemonics_and_shortcut_hints_are_kept(committed):
    for (context, source), translation in committed.items():
        english = translation.text or ""
        where = f"{context}: {source!r} -> {english!r}"
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), where
        assert len(MNEMONIC.findall(english)) == len(MNEMONIC.findall(source)), where
        assert sorted(SHORTCUT.findall(english)) == sorted(SHORTCUT.findall(source)), where


def test_alt_hints_name_a_mnemonic_of_the_same_form(committed):
    """ "(Alt+X)" in a tooltip must be an underlined letter in the same context."""
    letters: dict[str, set[str]] = {}
    for (context, _source), translation in committed.items():
        for match in re.finditer(r"&([^&\s])", translation.text or ""):
            letters.setdefault(context, set()).add(match.group(1).casefold())
    for (context, source), translation in committed.items():
        for letter in ALT_HINT.findall(translation.text or ""):
            assert letter.casefold() in letters.get(context, set()), (context, source)


def _plain(text: str) -> str:
    return MNEMONIC.sub("", text).strip()


def _dutch_matchers(committed) -> list[re.Pattern[str]]:
    """Every Dutch source whose English differs, as a pattern that also fits filled-in {n}."""
    patterns = set()
    for (_context, source), translation in committed.items():
        if _plain(source) == _plain(translation.text or ""):
            continue  # "OK", "Help", "IDO Desktop", "< 10 min", ...
        parts = PLACEHOLDER.split(_plain(source))
        patterns.add("(?s)" + ".+".join(re.escape(part) for part in parts))
    return [re.compile(p) for p in sorted(patterns)]


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        kind = type(widget).__name__
        yield f"{kind}.windowTitle", widget.windowTitle()
        yield f"{kind}.toolTip", widget.toolTip()
        yield f"{kind}.accessibleName", widget.accessibleName()
        yield f"{kind}.accessibleDescription", widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QAbstractButton):
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{kind}.tabText", widget.tabText(i)
                yield f"{kind}.tabToolTip", widget.tabToolTip(i)
        if isinstance(widget, QMenu):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox)):
            yield f"{kind}.placeholderText", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{kind}.itemText", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private
                columns = 1
            for section in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{kind}.header", value
        for action in widget.actions():
            yield f"{kind}.action", action.text()
            yield f"{kind}.action.toolTip", action.toolTip()


def _dutch_left(root: QWidget, matchers) -> list[tuple[str, str]]:
    left = []
    for where, text in _visible_texts(root):
        plain = _plain(text)
        if plain and plain not in ENDONYMS and any(m.fullmatch(plain) for m in matchers):
            left.append((where, text))
    return sorted(set(left))


def test_main_window_shows_no_dutch_in_english(qtbot, services, english, committed):
    services.spreekuren.start("centrale_bibliotheek", "MW07", services.reference.catalog())
    services.settings.set_language("en")
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    matchers = _dutch_matchers(committed)

    assert window.tabs.tabText(0) == "Register (Ctrl+1)"  # the translator really is in use
    assert _dutch_left(window, matchers) == []


def test_dialogs_show_no_dutch_in_english(qtbot, services, english, committed):
    catalog = services.reference.catalog()
    matchers = _dutch_matchers(committed)
    for dialog in (
        StartSpreekuurDialog(services.spreekuren, catalog, "en"),
        ReferralDialog(catalog, "en"),
    ):
        qtbot.addWidget(dialog)
        assert _dutch_left(dialog, matchers) == [], type(dialog).__name__


def test_labels_are_english_with_the_translator(english):
    assert labels.error_message(ValidationError("E_FIELD_MISSING", "topic", index=1)) == (
        "Question 2: Fill in 'Topic'."
    )
    assert labels.error_message(IdoError("E_NO_OPEN_SPREEKUUR")) == (
        "No session is open. Start a session first."
    )
    assert labels.error_message(IdoError("E_DATE_TOO_OLD", days=30)).startswith(
        "The date is more than 30 days ago."
    )
    assert labels.error_message(IdoError("E_WHATEVER")) == (
        "Something went wrong (E_WHATEVER). Please try again."
    )
    assert labels.finding(FindingKind.EMAIL) == "This looks like an email address."
    assert labels.finding(FindingKind.TOO_LONG) == "The note is longer than 200 characters."


def test_labels_stay_dutch_without_the_translator(qapp):
    assert labels.finding(FindingKind.EMAIL) == "Dit lijkt een e-mailadres."
    assert labels.error_message(IdoError("E_NO_OPEN_SPREEKUUR")).startswith("Er is geen spreekuur")

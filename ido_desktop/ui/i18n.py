"""Loading translations. Dutch is the source language; English comes from ido_en.qm."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ido_desktop.domain.errors import InstallError
from ido_desktop.paths import TRANSLATIONS_DIR

# Our compiled translation per language the program offers besides Dutch (built by the package
# build, setup.py, or `make translations`).
OWN_FILES = {"en": "ido_en.qm"}


def own_translator(language: str, directory: Path | None = None) -> QTranslator | None:
    """Our translator for ``language`` (None for Dutch).

    Raises:
        InstallError: E_TRANSLATION_MISSING when its file is missing, damaged or empty: the
            program never falls back to Dutch silently.
    """
    name = OWN_FILES.get(language)
    if name is None:
        return None
    path = (directory or TRANSLATIONS_DIR) / name
    translator = QTranslator()
    if not translator.load(str(path)) or translator.isEmpty():
        raise InstallError("E_TRANSLATION_MISSING", str(path), path=str(path))
    return translator


def require_translations(directory: Path | None = None) -> None:
    """Check every language's file at start, so a choice made later cannot find one missing."""
    for language in OWN_FILES:
        own_translator(language, directory)


def install_translators(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Install our and Qt's own translators; the caller keeps the returned list alive.

    Raises:
        InstallError: E_TRANSLATION_MISSING (``own_translator``).
    """
    translators = []
    ours = own_translator(language, directory)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    elif language == "nl":  # Qt's source language is English: there is no qtbase_en
        # Qt's own words (standard buttons) stay English; the program itself still works.
        print(f"warning: Qt's Dutch translation (qtbase_nl.qm) is not in {qt_dir}", file=sys.stderr)
    if ours is not None:
        ours.setParent(app)
        app.installTranslator(ours)
        translators.append(ours)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    return translators

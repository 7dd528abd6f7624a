"""Loading translations. Dutch is the source language; English comes from ido_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ido_desktop.paths import TRANSLATIONS_DIR


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our and Qt's own translators; the caller keeps the returned list alive."""
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "ido_en.qm")):
            app.installTranslator(ours)
            translators.append(ours)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    return translators

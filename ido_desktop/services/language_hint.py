"""The interface language kept beside the store, for the unlock screen (which cannot read the
store). A module of its own so the first screen does not import the store's code."""

from __future__ import annotations

from pathlib import Path

LANGUAGES = ("nl", "en")


def read_language_hint(path: Path) -> str | None:
    """The language last used on this install, for the screen shown before unlocking."""
    try:
        value = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if value in LANGUAGES else None


def write_language_hint(path: Path, language: str) -> None:
    """Best effort: without the hint the unlock screen follows the system language."""
    if language not in LANGUAGES or read_language_hint(path) == language:
        return
    try:
        path.write_text(language + "\n", encoding="ascii")
    except OSError:
        pass

"""Preferences of this install, kept in the store (so they travel with a backup)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import settings_repo
from ido_desktop.domain.errors import ValidationError

LANGUAGES = ("nl", "en")
LOCK_MINUTES_DEFAULT = 5
LOCK_MINUTES_RANGE = range(1, 61)


class SettingsService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def language(self) -> str:
        with self._session_factory() as session:
            value = settings_repo.get(session, "language", "nl")
        return value if value in LANGUAGES else "nl"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        with self._session_factory.begin() as session:
            settings_repo.put(session, "language", language)

    def last_location(self) -> str | None:
        with self._session_factory() as session:
            return settings_repo.get(session, "last_location")

    def remember_location(self, code: str) -> None:
        with self._session_factory.begin() as session:
            settings_repo.put(session, "last_location", code)

    def lock_minutes(self) -> int:
        """Minutes without input after which the program locks itself."""
        with self._session_factory() as session:
            value = settings_repo.get(session, "lock_minutes")
        try:
            minutes = int(value) if value is not None else LOCK_MINUTES_DEFAULT
        except ValueError:
            return LOCK_MINUTES_DEFAULT
        return minutes if minutes in LOCK_MINUTES_RANGE else LOCK_MINUTES_DEFAULT

    def set_lock_minutes(self, minutes: int) -> None:
        if minutes not in LOCK_MINUTES_RANGE:
            raise ValidationError("E_LOCK_MINUTES", "lock_minutes")
        with self._session_factory.begin() as session:
            settings_repo.put(session, "lock_minutes", str(minutes))

"""Preferences of this install, kept in the store (so they travel with a backup)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import settings_repo

LANGUAGES = ("nl", "en")


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

"""Preferences of this install, kept in the store (so they travel with a backup).

On a back office, a change of configuration is written to the audit log in the same
transaction (``changed``); remembered choices such as the last location are not configuration.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import audit_repo, settings_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import ValidationError
from ido_desktop.services.language_hint import LANGUAGES

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
            put_config(session, "language", language)

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
            put_config(session, "lock_minutes", str(minutes))


def put_config(session: Session, key: str, value: str, actor: str | None = None) -> bool:
    """Store a configuration setting; on a back office, audit a change. Returns whether it
    changed. For every back-office setting (language, retention period, lock time, ...)."""
    old = settings_repo.get(session, key)
    if old == value:
        return False
    settings_repo.put(session, key, value)
    if audit_repo.is_backoffice(session):
        audit_repo.add(
            session,
            actor,
            AuditAction.SETTING_CHANGED,
            f"setting:{key}",
            {"key": key, "old": old, "new": value},
        )
    return True

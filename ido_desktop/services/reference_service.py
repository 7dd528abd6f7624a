"""Reference data: brought up to date from the shipped files, read as a catalog."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import reference_repo
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.services.reference_files import read_reference_files


class ReferenceService:
    def __init__(self, session_factory: sessionmaker[Session], reference_dir: Path) -> None:
        self._session_factory = session_factory
        self._reference_dir = reference_dir
        self._catalog: ReferenceCatalog | None = None

    def update_from_files(self) -> list[str]:
        """Store every shipped kind whose file version is newer; returns the kinds updated."""
        files = read_reference_files(self._reference_dir)
        updated = []
        with self._session_factory.begin() as session:
            stored = reference_repo.versions(session)
            for kind, file in files.items():
                if file.version > stored.get(kind, 0):
                    reference_repo.replace_kind(session, kind, file.version, file.items)
                    updated.append(kind)
        if updated:
            self._catalog = None
        return updated

    def catalog(self) -> ReferenceCatalog:
        if self._catalog is None:
            with self._session_factory() as session:
                self._catalog = reference_repo.load_catalog(session)
        return self._catalog

    def forget_catalog(self) -> None:
        """Reload on next use (after a configuration file changed the reference data)."""
        self._catalog = None

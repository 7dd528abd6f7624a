"""Reference data: brought up to date from the shipped files, read as a catalog.

Where the shipped files count depends on the role. A back office merges a program update's
shipped lists into what it maintains (new codes are added; fields it edited keep their value).
A laptop uses the shipped lists until it applies its first configuration from the back office;
from then on only configurations change its lists.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import audit_repo, reference_repo, settings_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.reference_diff import changed_fields
from ido_desktop.domain.reference_merge import merge_item
from ido_desktop.domain.reference_rules import derive
from ido_desktop.domain.vocab import Role
from ido_desktop.services.clock import Clock, SystemClock
from ido_desktop.services.reference_files import ReferenceFile, read_reference_files

#: The laptop's setting with the configuration version it runs (also in pairing_service).
CONFIG_VERSION = "config_version"


class ReferenceService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        reference_dir: Path,
        role: Role = Role.FIELD,
        clock: Clock | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._reference_dir = reference_dir
        self._role = role
        self._clock = clock or SystemClock()
        self._catalog: ReferenceCatalog | None = None

    def update_from_files(self) -> list[str]:
        """Bring the stored lists up to date with the shipped files; returns the kinds changed."""
        files = read_reference_files(self._reference_dir)
        updated = []
        with self._session_factory.begin() as session:
            if self._role is Role.BACKOFFICE:
                updated = [k for k, f in files.items() if self._merge_shipped(session, f)]
            elif int(settings_repo.get(session, CONFIG_VERSION, "0") or 0) == 0:
                stored = reference_repo.versions(session)
                for kind, file in files.items():
                    if file.version > stored.get(kind, 0):
                        reference_repo.replace_kind(session, kind, file.version, file.items)
                        updated.append(kind)
        if updated:
            self.reload()
        return updated

    def _merge_shipped(self, session: Session, file: ReferenceFile) -> bool:
        """Back office: merge one shipped file if it is newer than the one merged last."""
        kind = file.kind
        version = reference_repo.version_row(session, kind)
        if file.version <= version.shipped_version:
            return False
        if version.version == 0:  # a new store: the shipped list as it is
            reference_repo.replace_kind(session, kind, file.version, file.items)
            for row in reference_repo.rows(session, kind):
                row.shipped = dict(row.data)
            reference_repo.version_row(session, kind).shipped_version = file.version
            return True
        rows = {row.code: row for row in reference_repo.rows(session, kind)}
        shipped_codes = set()
        added: list[str] = []
        changed: dict[str, list[str]] = {}
        for data in file.items:
            code = str(data["code"])
            shipped_codes.add(code)
            found = rows.get(code)
            if found is None:
                reference_repo.add_item(session, kind, data).shipped = dict(data)
                added.append(code)
                continue
            row = found
            merged = merge_item(row.data, row.shipped, data)
            derive(kind, merged)
            fields = changed_fields(row.data, merged)
            if fields or bool(merged.get("retired")) != row.retired:
                changed[code] = sorted(fields) + (["retired"] if "retired" not in fields else [])
                reference_repo.set_data(row, merged)
            row.shipped = dict(data)
        for code, row in rows.items():
            if row.shipped is not None and code not in shipped_codes and not row.retired:
                merged = merge_item(row.data, row.shipped, {**row.shipped, "retired": True})
                if merged.get("retired"):
                    reference_repo.set_data(row, merged)
                    changed[code] = ["retired"]
                row.shipped = {**row.shipped, "retired": True}
        version = reference_repo.version_row(session, kind)
        version.shipped_version = file.version
        if added or changed:
            version.version += 1
            audit_repo.add(
                session,
                None,
                AuditAction.REFERENCE_SHIPPED,
                f"reference:{kind}",
                {
                    "kind": kind,
                    "version": version.version,
                    "shipped_version": file.version,
                    "added": added,
                    "changed": changed,
                },
                self._clock.now(),
            )
        return bool(added or changed)

    def catalog(self) -> ReferenceCatalog:
        """The lists as stored. The same object is returned every time: ``reload`` updates it
        in place, so pages holding it show the new lists."""
        if self._catalog is None:
            with self._session_factory() as session:
                self._catalog = reference_repo.load_catalog(session)
        return self._catalog

    def reload(self) -> ReferenceCatalog:
        """Read the lists again after they changed (an edit, a configuration file)."""
        with self._session_factory() as session:
            fresh = reference_repo.load_catalog(session)
        if self._catalog is None:
            self._catalog = fresh
        else:
            self._catalog.replace_with(fresh)
        return self._catalog

    def forget_catalog(self) -> None:
        """Reload (after a configuration file changed the reference data)."""
        if self._catalog is not None:
            self.reload()

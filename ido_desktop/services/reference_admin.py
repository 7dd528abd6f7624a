"""Back office: adding, changing, retiring and ordering reference data (PRODUCT.md 4.2, 6).

Every change is checked first (``domain.reference_rules``), then written in one transaction
that also raises the list's version by one and appends an audit entry naming the codes and the
fields with their old and new values (reference data is not personal data). A code is never
given twice, and an item is retired, never deleted, so old records keep resolving.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.faults import store_errors
from ido_desktop.db.models import ReferenceItem
from ido_desktop.db.repositories import audit_repo, reference_repo
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference import REFERENCE_KINDS, ReferenceCatalog, RefItem
from ido_desktop.domain.reference_diff import changed_fields
from ido_desktop.domain.reference_rules import (
    Problem,
    ReferenceDataError,
    check_list,
    check_new_code,
    make_code,
    normalise,
)
from ido_desktop.services.clock import Clock
from ido_desktop.services.reference_service import ReferenceService


@dataclass(frozen=True)
class SavedChange:
    """What one action changed: the list's new version and, per code, field -> (old, new)."""

    kind: str
    code: str
    version: int
    changes: Mapping[str, Mapping[str, tuple[Any, Any]]] = field(default_factory=dict)


def check_kind(kind: str) -> None:
    if kind not in REFERENCE_KINDS:
        raise StateError("E_REF_KIND_UNKNOWN", kind=kind, known=", ".join(REFERENCE_KINDS))


def audit_changes(
    changes: Mapping[str, Mapping[str, tuple[Any, Any]]],
) -> dict[str, dict[str, list[Any]]]:
    """Changes as JSON for the audit log: code -> field -> [old, new]."""
    return {code: {k: [a, b] for k, (a, b) in fields.items()} for code, fields in changes.items()}


class ReferenceAdminService:
    def __init__(
        self, session_factory: sessionmaker[Session], reference: ReferenceService, clock: Clock
    ) -> None:
        self._session_factory = session_factory
        self._reference = reference
        self._clock = clock

    # --- reading --------------------------------------------------------------------------

    def catalog(self) -> ReferenceCatalog:
        """The catalog the editors show; it is updated in place after every change."""
        return self._reference.catalog()

    def items(self, kind: str) -> list[RefItem]:
        """Every item of a kind, retired ones too, in their order."""
        check_kind(kind)
        return self._reference.catalog().items(kind, include_retired=True)

    def stored(self, kind: str, code: str) -> dict[str, Any]:
        """The item as stored: what an editor starts from and hands back as ``original``."""
        with self._session_factory() as session:
            row = reference_repo.row(session, kind, code)
            if row is None:
                raise StateError("E_REF_NOT_FOUND", kind=kind, item=code)
            return dict(row.data)

    def suggest_code(self, kind: str, label: str) -> str:
        with self._session_factory() as session:
            return make_code(label, (r.code for r in reference_repo.rows(session, kind)))

    # --- changing -------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        values: Mapping[str, Any],
        code: str | None = None,
        actor: str | None = None,
    ) -> SavedChange:
        """A new item; without ``code`` one is made from its Dutch label or name.

        Raises:
            ReferenceDataError: an ``E_REF_`` code for the first problem; ``problems`` has all.
        """
        check_kind(kind)
        with store_errors(), self._session_factory.begin() as session:
            version = reference_repo.version_row(session, kind, lock=True)
            rows = reference_repo.rows(session, kind)
            taken = [r.code for r in rows]
            label = str(values.get("name") or values.get("nl") or "")
            code = (code or "").strip() or make_code(label, taken)
            problems = check_new_code(code, taken)
            item, found = normalise(kind, values, self._active_codes(), None)
            item = {"code": code, **item}
            problems += found
            moved = self._move_central(kind, item, rows)
            problems += check_list(kind, [*(moved.get(r.code, r.data) for r in rows), item])
            _refuse(problems)
            reference_repo.add_item(session, kind, item)
            changes = {code: changed_fields({}, item), **self._apply_moves(rows, moved)}
            saved = self._commit(
                session, version, kind, code, AuditAction.REFERENCE_ADDED, changes, actor
            )
        self._reference.reload()
        return saved

    def update(
        self,
        kind: str,
        code: str,
        values: Mapping[str, Any],
        original: Mapping[str, Any],
        actor: str | None = None,
    ) -> SavedChange:
        """Change an item. ``original`` is the item as the editor read it: if someone else
        changed it since, E_REF_CHANGED_MEANWHILE and nothing is written.

        Raises:
            ReferenceDataError, StateError: E_REF_NOT_FOUND, E_REF_CHANGED_MEANWHILE.
        """
        check_kind(kind)
        with store_errors(), self._session_factory.begin() as session:
            version = reference_repo.version_row(session, kind, lock=True)
            rows = reference_repo.rows(session, kind)
            row = _find(rows, kind, code)
            if dict(row.data) != dict(original):
                raise StateError("E_REF_CHANGED_MEANWHILE", kind=kind, item=code)
            item, problems = normalise(kind, values, self._active_codes(), row.data)
            item = {**item, "code": code}
            moved = self._move_central(kind, item, rows)
            others = [moved.get(r.code, r.data) for r in rows if r.code != code]
            problems += check_list(kind, [*others, item])
            _refuse(problems)
            changes = {code: changed_fields(row.data, item)}
            if not changes[code] and not moved:
                return SavedChange(kind, code, version.version)
            reference_repo.set_data(row, item)
            changes.update(self._apply_moves(rows, moved))
            saved = self._commit(
                session, version, kind, code, AuditAction.REFERENCE_CHANGED, changes, actor
            )
        self._reference.reload()
        return saved

    def set_retired(
        self, kind: str, code: str, retired: bool, actor: str | None = None
    ) -> SavedChange:
        """Retire an item (new records cannot use it; old ones keep it) or take it back.

        Raises:
            ReferenceDataError: E_REF_IN_USE (a partner category active partners still use),
                E_REF_CENTRAL_REQUIRED (the central library).
            StateError: E_REF_NOT_FOUND.
        """
        check_kind(kind)
        with store_errors(), self._session_factory.begin() as session:
            version = reference_repo.version_row(session, kind, lock=True)
            rows = reference_repo.rows(session, kind)
            row = _find(rows, kind, code)
            if row.retired == retired:
                return SavedChange(kind, code, version.version)
            item = {**row.data, "retired": True} if retired else _without(row.data, "retired")
            problems = self._in_use(session, kind, code) if retired else []
            problems += check_list(kind, [item if r.code == code else r.data for r in rows])
            _refuse(problems)
            reference_repo.set_data(row, item)
            action = AuditAction.REFERENCE_RETIRED if retired else AuditAction.REFERENCE_RESTORED
            changes = {code: {"retired": (not retired, retired)}}
            saved = self._commit(session, version, kind, code, action, changes, actor)
        self._reference.reload()
        return saved

    def move(self, kind: str, code: str, step: int, actor: str | None = None) -> SavedChange:
        """Move an item ``step`` places up (negative) or down in its list (the order laptops
        show it in)."""
        check_kind(kind)
        with store_errors(), self._session_factory.begin() as session:
            version = reference_repo.version_row(session, kind, lock=True)
            rows = reference_repo.rows(session, kind)
            row = _find(rows, kind, code)
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + step))
            if target == index:
                return SavedChange(kind, code, version.version)
            rows.insert(target, rows.pop(index))
            for position, each in enumerate(rows):
                each.position = position
            changes = {code: {"position": (index + 1, target + 1)}}
            saved = self._commit(
                session, version, kind, code, AuditAction.REFERENCE_CHANGED, changes, actor
            )
        self._reference.reload()
        return saved

    # --- helpers --------------------------------------------------------------------------

    def _active_codes(self) -> dict[str, set[str]]:
        return self._reference.catalog().active_codes()

    @staticmethod
    def _move_central(
        kind: str, item: Mapping[str, Any], rows: Sequence[ReferenceItem]
    ) -> dict[str, dict[str, Any]]:
        """Making a location the central library takes the mark from the one that had it:
        there is always exactly one."""
        if kind != "locations" or not item.get("is_central") or item.get("retired"):
            return {}
        return {
            r.code: {**r.data, "is_central": False}
            for r in rows
            if r.code != item.get("code") and r.data.get("is_central")
        }

    @staticmethod
    def _apply_moves(
        rows: Sequence[ReferenceItem], moved: Mapping[str, dict[str, Any]]
    ) -> dict[str, dict[str, tuple[Any, Any]]]:
        changes = {}
        for row in rows:
            if row.code in moved:
                changes[row.code] = changed_fields(row.data, moved[row.code])
                reference_repo.set_data(row, moved[row.code])
        return changes

    @staticmethod
    def _in_use(session: Session, kind: str, code: str) -> list[Problem]:
        if kind != "partner_categories":
            return []
        users = [
            r.code
            for r in reference_repo.rows(session, "partners")
            if not r.retired and r.data.get("category") == code
        ]
        if not users:
            return []
        return [Problem("", "E_REF_IN_USE", {"item": code, "count": len(users), "first": users[0]})]

    def _commit(
        self,
        session: Session,
        version: Any,
        kind: str,
        code: str,
        action: AuditAction,
        changes: Mapping[str, Mapping[str, tuple[Any, Any]]],
        actor: str | None,
    ) -> SavedChange:
        version.version += 1
        audit_repo.add(
            session,
            actor,
            action,
            f"reference:{kind}:{code}",
            {
                "kind": kind,
                "code": code,
                "version": version.version,
                "changes": audit_changes(changes),
            },
            self._clock.now(),
        )
        return SavedChange(kind, code, version.version, changes)


def _find(rows: Sequence[ReferenceItem], kind: str, code: str) -> ReferenceItem:
    for row in rows:
        if row.code == code:
            return row
    raise StateError("E_REF_NOT_FOUND", kind=kind, item=code)


def _without(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


def _refuse(problems: Sequence[Problem]) -> None:
    if problems:
        raise ReferenceDataError(problems)

"""Reference data as stored: one row per coded item, one version per kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ido_desktop.db.models import ConfigIssue, ReferenceItem, ReferenceVersion
from ido_desktop.domain.reference import ReferenceCatalog, item_from_dict


def versions(session: Session) -> dict[str, int]:
    return {row.kind: row.version for row in session.scalars(select(ReferenceVersion))}


def load_catalog(session: Session) -> ReferenceCatalog:
    rows = session.scalars(
        select(ReferenceItem).order_by(ReferenceItem.kind, ReferenceItem.position)
    )
    return ReferenceCatalog((item_from_dict(r.kind, r.data) for r in rows), versions(session))


def replace_kind(
    session: Session, kind: str, version: int, items: Sequence[Mapping[str, Any]]
) -> None:
    """Store a new version of one kind. Codes missing from it are kept as retired."""
    existing = {
        r.code: r for r in session.scalars(select(ReferenceItem).where(ReferenceItem.kind == kind))
    }
    seen = set()
    for position, data in enumerate(items):
        code = str(data["code"])
        seen.add(code)
        row = existing.get(code)
        if row is None:
            session.add(
                ReferenceItem(
                    kind=kind,
                    code=code,
                    position=position,
                    retired=bool(data.get("retired", False)),
                    data=dict(data),
                )
            )
        else:
            row.position, row.retired, row.data = position, bool(data.get("retired")), dict(data)
    for code, row in existing.items():
        if code not in seen:  # a code is retired, never deleted: old records still use it
            row.retired = True
            row.data = {**row.data, "retired": True}
    session.execute(delete(ReferenceVersion).where(ReferenceVersion.kind == kind))
    session.add(ReferenceVersion(kind=kind, version=version))


# --- back office: editing, shipped updates, configuration history ---------------------------


def rows(session: Session, kind: str) -> list[ReferenceItem]:
    """The stored items of one kind, retired ones too, in their order."""
    return list(
        session.scalars(
            select(ReferenceItem)
            .where(ReferenceItem.kind == kind)
            .order_by(ReferenceItem.position, ReferenceItem.code)
        )
    )


def row(session: Session, kind: str, code: str, lock: bool = False) -> ReferenceItem | None:
    query = select(ReferenceItem).where(ReferenceItem.kind == kind, ReferenceItem.code == code)
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


def version_row(session: Session, kind: str, lock: bool = False) -> ReferenceVersion:
    """The version row of a kind (made at version 0 when missing). With ``lock`` it is held
    until the transaction ends, so two clerks' changes to one list take turns."""
    if lock and session.get_bind().dialect.name == "sqlite":
        # SQLite ignores FOR UPDATE: a no-op UPDATE takes its single write lock now.
        session.execute(
            update(ReferenceVersion)
            .where(ReferenceVersion.kind == kind)
            .values(version=ReferenceVersion.version)
        )
    query = select(ReferenceVersion).where(ReferenceVersion.kind == kind)
    found = session.scalars(query.with_for_update() if lock else query).first()
    if found is None:
        found = ReferenceVersion(kind=kind, version=0, shipped_version=0)
        session.add(found)
        session.flush()
    return found


def add_item(session: Session, kind: str, data: Mapping[str, Any]) -> ReferenceItem:
    """A new item at the end of its list."""
    last = session.scalar(
        select(func.max(ReferenceItem.position)).where(ReferenceItem.kind == kind)
    )
    item = ReferenceItem(
        kind=kind,
        code=str(data["code"]),
        position=(last if last is not None else -1) + 1,
        retired=bool(data.get("retired", False)),
        data=dict(data),
        shipped=None,
    )
    session.add(item)
    return item


def set_data(item: ReferenceItem, data: Mapping[str, Any]) -> None:
    item.data = dict(data)
    item.retired = bool(data.get("retired", False))


def add_config_issue(
    session: Session, version: int, created_at: datetime, reference: Mapping[str, Any]
) -> None:
    session.add(ConfigIssue(version=version, created_at=created_at, reference=dict(reference)))


def config_issue(session: Session, version: int) -> ConfigIssue | None:
    return session.get(ConfigIssue, version)


def last_config_issue(session: Session) -> ConfigIssue | None:
    return session.scalars(select(ConfigIssue).order_by(ConfigIssue.version.desc())).first()

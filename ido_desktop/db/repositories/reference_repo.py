"""Reference data as stored: one row per coded item, one version per kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ido_desktop.db.models import ReferenceItem, ReferenceVersion
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

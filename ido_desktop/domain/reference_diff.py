"""What changed between two versions of the reference lists: for the audit log, the import
preview and the configuration a laptop still has to receive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ido_desktop.domain.reference import REFERENCE_KINDS, ReferenceCatalog

#: Fields compared inside, so a change names ``hours.mon`` rather than ``hours``.
NESTED = ("hours", "keywords")


@dataclass(frozen=True)
class KindDiff:
    """The changes to one kind: codes added, retired, restored, and changed (with the fields)."""

    kind: str
    added: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    changed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reordered: bool = False

    @property
    def empty(self) -> bool:
        return not (self.added or self.retired or self.restored or self.changed or self.reordered)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "retired": len(self.retired),
            "restored": len(self.restored),
        }


def _flat(item: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if key in NESTED and isinstance(value, Mapping):
            for inner, inner_value in value.items():
                flat[f"{key}.{inner}"] = inner_value
        elif key != "retired":
            flat[key] = value
    return flat


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field to (old value, new value) for every field that differs (``retired`` aside).

    A missing value and an empty one are the same: ``""``, ``[]`` and None do not count.
    """
    before, after = _flat(old), _flat(new)
    changes = {}
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a != b and (a or b):
            changes[key] = (a, b)
    return changes


def diff_kind(
    kind: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> KindDiff:
    """Compare two versions of one kind's items (in list order)."""
    before = {str(i["code"]): i for i in old}
    after = {str(i["code"]): i for i in new}
    added, retired, restored = [], [], []
    changed: dict[str, tuple[str, ...]] = {}
    for code, item in after.items():
        previous = before.get(code)
        if previous is None:
            added.append(code)
            continue
        was, now = bool(previous.get("retired")), bool(item.get("retired"))
        if now and not was:
            retired.append(code)
        elif was and not now:
            restored.append(code)
        fields = tuple(changed_fields(previous, item))
        if fields:
            changed[code] = fields
    retired.extend(code for code in before if code not in after and not before[code].get("retired"))
    common = [code for code in after if code in before]
    reordered = common != [code for code in before if code in after]
    return KindDiff(kind, tuple(added), tuple(retired), tuple(restored), changed, reordered)


def reference_block(catalog: ReferenceCatalog) -> dict[str, Any]:
    """The reference lists as a configuration file carries them: kind -> version and items."""
    block: dict[str, Any] = {}
    for kind in REFERENCE_KINDS:
        items = []
        for item in catalog.items(kind, include_retired=True):
            data: dict[str, Any] = {"code": item.code}
            if kind != "partners":  # partners carry a name, not labels
                data.update(nl=item.nl, en=item.en)
            data.update(item.extra)
            if item.retired:
                data["retired"] = True
            items.append(data)
        block[kind] = {"version": catalog.versions.get(kind, 1), "items": items}
    return block


def diff_blocks(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[KindDiff]:
    """The kinds that differ between two reference blocks, in the usual order."""
    diffs = []
    for kind in REFERENCE_KINDS:
        before = (old.get(kind) or {}).get("items", [])
        after = (new.get(kind) or {}).get("items", [])
        diff = diff_kind(kind, before, after)
        if not diff.empty:
            diffs.append(diff)
    return diffs

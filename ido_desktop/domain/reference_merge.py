"""Taking a program update's shipped reference data without undoing the back office's edits.

Each field is merged against the item as last shipped (the base): a field the back office left
as shipped takes the new shipped value; a field it changed keeps its value. Nested fields
(opening hours per day, search words per language) are merged per inner key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ido_desktop.domain.reference_diff import NESTED


def merge_item(
    current: Mapping[str, Any], base: Mapping[str, Any] | None, shipped: Mapping[str, Any]
) -> dict[str, Any]:
    """``current`` with every field that still equals ``base`` replaced by ``shipped``'s."""
    base = base or {}
    merged = dict(current)
    for key in set(shipped) | set(base):
        new, old, mine = shipped.get(key), base.get(key), current.get(key)
        if key in NESTED and isinstance(new, Mapping):
            merged[key] = merge_item(
                mine if isinstance(mine, Mapping) else {},
                old if isinstance(old, Mapping) else {},
                new,
            )
        elif _same(mine, old):
            if new is None or new is False and key == "retired":
                merged.pop(key, None)
            else:
                merged[key] = new
    return merged


def _same(a: Any, b: Any) -> bool:
    return a == b or (not a and not b and a in (None, "", [], False) and b in (None, "", [], False))

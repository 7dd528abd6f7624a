"""Reference data (PRODUCT.md 4.2): read-only catalog built from versioned data files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

REFERENCE_KINDS: tuple[str, ...] = (
    "locations",
    "organisations",
    "topics",
    "digid_details",
    "help_forms",
    "results",
    "problems",
    "signal_kinds",
    "partner_categories",
    "courses",
    "partners",
)


@dataclass(frozen=True)
class RefItem:
    """One coded item. ``extra`` holds the kind-specific fields of the data file."""

    kind: str
    code: str
    nl: str
    en: str
    retired: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    def label(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)


def item_from_dict(kind: str, data: Mapping[str, Any]) -> RefItem:
    """Build a RefItem from one item of a data file. Partners carry a name, not labels."""
    code = str(data["code"])
    nl = str(data.get("nl") or data.get("name") or code)
    en = str(data.get("en") or data.get("name") or nl)
    extra = {k: v for k, v in data.items() if k not in ("code", "nl", "en", "retired")}
    return RefItem(kind, code, nl, en, bool(data.get("retired", False)), extra)


class ReferenceCatalog:
    """All reference items by kind and code, in file order."""

    def __init__(self, items: Iterable[RefItem], versions: Mapping[str, int] | None = None):
        self._by_kind: dict[str, dict[str, RefItem]] = {k: {} for k in REFERENCE_KINDS}
        for item in items:
            self._by_kind.setdefault(item.kind, {})[item.code] = item
        self.versions: dict[str, int] = dict(versions or {})

    def replace_with(self, other: ReferenceCatalog) -> None:
        """Take ``other``'s items and versions, so every holder of this catalog sees them.

        The pages keep the catalog they were given; after a new configuration this swaps its
        contents in one step (each attribute assignment is atomic for other threads).
        """
        self._by_kind = other._by_kind
        self.versions = dict(other.versions)

    def active_codes(self) -> dict[str, set[str]]:
        """The codes not retired, per kind."""
        return {
            kind: {code for code, item in items.items() if not item.retired}
            for kind, items in self._by_kind.items()
        }

    def items(self, kind: str, include_retired: bool = False) -> list[RefItem]:
        return [i for i in self._by_kind.get(kind, {}).values() if include_retired or not i.retired]

    def get(self, kind: str, code: str | None) -> RefItem | None:
        if code is None:
            return None
        return self._by_kind.get(kind, {}).get(code)

    def has(self, kind: str, code: str | None, include_retired: bool = True) -> bool:
        item = self.get(kind, code)
        return item is not None and (include_retired or not item.retired)

    def label(self, kind: str, code: str | None, language: str = "nl") -> str:
        item = self.get(kind, code)
        if item is None:
            return code or ""
        return item.label(language)

    def topics_for(self, organisation: str | None) -> list[RefItem]:
        """Topics that fit an organisation: its own first, then the general ones."""
        own, general = [], []
        for topic in self.items("topics"):
            orgs = topic.get("organisations") or []
            if not orgs:
                general.append(topic)
            elif organisation in orgs:
                own.append(topic)
        return own + general if organisation else self.items("topics")

    def is_digid_topic(self, code: str | None) -> bool:
        topic = self.get("topics", code)
        return bool(topic and topic.get("is_digid"))

    def domain_of_topic(self, code: str | None) -> str | None:
        topic = self.get("topics", code)
        return topic.get("domain") if topic else None

"""Searching the partner directory (sociale kaart) offline.

Pure Python: staff type a few letters of a name, a category or what a partner helps with,
without caring about capitals or accents, and the best matches come first.
"""

from __future__ import annotations

import unicodedata

from ido_desktop.domain.reference import ReferenceCatalog, RefItem

# Rank of a match: lower comes first.
_RANK_NAME_PREFIX = 0
_RANK_NAME_CONTAINS = 1
_RANK_OTHER = 2


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, so 'Café' and 'cafe' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def localized(item: RefItem, field: str, language: str = "nl") -> str:
    """A partner's ``<field>_nl`` / ``<field>_en`` text, falling back to Dutch."""
    text = item.get(f"{field}_{language}") or item.get(f"{field}_nl") or item.get(field) or ""
    return str(text)


def _haystack(item: RefItem, catalog: ReferenceCatalog) -> str:
    category = catalog.get("partner_categories", item.get("category"))
    parts = [
        item.nl,
        item.en,
        category.nl if category else "",
        category.en if category else "",
        str(item.get("helps_with_nl") or ""),
        str(item.get("helps_with_en") or ""),
        str(item.get("address") or ""),
        str(item.get("notes_nl") or ""),
        str(item.get("notes_en") or ""),
    ]
    return fold(" ".join(parts))


def search_partners(
    catalog: ReferenceCatalog,
    text: str = "",
    category: str | None = None,
    language: str = "nl",
) -> list[RefItem]:
    """Partners matching every word of ``text`` (and ``category`` when given), best first.

    A word matches when it occurs anywhere in the name, the category label, what the partner
    helps with (Dutch and English), the address or the notes. Names that start with the search
    text come first, then names that contain all words, then the rest; alphabetical within
    each group. Retired partners are never shown.
    """
    words = fold(text).split()
    query = " ".join(words)
    ranked: list[tuple[int, str, RefItem]] = []
    for item in catalog.items("partners"):
        if category and item.get("category") != category:
            continue
        if not all(word in _haystack(item, catalog) for word in words):
            continue
        name = fold(item.label(language))
        if words and name.startswith(query):
            rank = _RANK_NAME_PREFIX
        elif words and all(word in name for word in words):
            rank = _RANK_NAME_CONTAINS
        else:
            rank = _RANK_OTHER
        ranked.append((rank, name, item))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in ranked]

"""Searching the partner directory: accents, capitals, several words, ranking, categories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ido_desktop.domain.partners import fold, localized, search_partners
from ido_desktop.domain.reference import ReferenceCatalog, RefItem, item_from_dict

REF_DIR = Path(__file__).resolve().parents[2] / "ido_desktop" / "resources" / "reference"


def _load(kind: str) -> list[RefItem]:
    data = json.loads((REF_DIR / f"{kind}.json").read_text(encoding="utf-8"))
    return [item_from_dict(kind, item) for item in data["items"]]


@pytest.fixture(scope="module")
def shipped() -> ReferenceCatalog:
    return ReferenceCatalog(_load("partners") + _load("partner_categories"))


def _partner(code: str, name: str, category: str = "overig", **extra: object) -> RefItem:
    retired = bool(extra.pop("retired", False))
    return item_from_dict(
        "partners", {"code": code, "name": name, "category": category, "retired": retired, **extra}
    )


@pytest.fixture
def small() -> ReferenceCatalog:
    return ReferenceCatalog(
        [
            item_from_dict("partner_categories", {"code": "overig", "nl": "Overig", "en": "Other"}),
            item_from_dict("partner_categories", {"code": "taal", "nl": "Taal", "en": "Language"}),
            _partner("b", "Buurthuis Het Anker", helps_with_nl="Koffie en een praatje"),
            _partner("a", "Anker Taalcafé", "taal", helps_with_nl="Nederlands oefenen"),
            _partner("c", "Café de Hoek", address="Ankerstraat 1"),
            _partner("z", "Ankerpunt (oud)", retired=True),
            _partner(
                "e", "Eetcafé", notes_nl="Vraag naar Jan", helps_with_en="Warm meals for neighbours"
            ),
        ]
    )


def _codes(items: list[RefItem]) -> list[str]:
    return [item.code for item in items]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Café ÉÉN Ĳssel") == fold("cafe een ijssel")


def test_empty_search_lists_every_live_partner_alphabetically(small: ReferenceCatalog) -> None:
    assert _codes(search_partners(small)) == ["a", "b", "c", "e"]


def test_retired_partners_are_never_found(small: ReferenceCatalog) -> None:
    assert "z" not in _codes(search_partners(small, "ankerpunt"))
    assert search_partners(small, "oud") == []


def test_ranking_name_prefix_then_name_contains_then_other_fields(
    small: ReferenceCatalog,
) -> None:
    # "Anker Taalcafé" starts with it, "Buurthuis Het Anker" contains it, "Café de Hoek" only
    # has it in its address.
    assert _codes(search_partners(small, "anker")) == ["a", "b", "c"]


def test_accents_and_capitals_do_not_matter(small: ReferenceCatalog) -> None:
    # "Café de Hoek" starts with it; the other two contain it and come alphabetically.
    assert _codes(search_partners(small, "CAFE")) == ["c", "a", "e"]
    assert _codes(search_partners(small, "taalcafé")) == ["a"]


def test_every_word_must_match_somewhere(small: ReferenceCatalog) -> None:
    assert _codes(search_partners(small, "anker koffie")) == ["b"]
    assert search_partners(small, "anker pizza") == []


def test_searches_category_label_helps_with_in_both_languages_and_notes(
    small: ReferenceCatalog,
) -> None:
    assert _codes(search_partners(small, "language")) == ["a"]
    assert _codes(search_partners(small, "meals")) == ["e"]
    assert _codes(search_partners(small, "jan")) == ["e"]


def test_category_filter(small: ReferenceCatalog) -> None:
    assert _codes(search_partners(small, category="taal")) == ["a"]
    assert _codes(search_partners(small, "anker", category="overig")) == ["b", "c"]


def test_schuld_finds_the_debt_help_partners(shipped: ReferenceCatalog) -> None:
    found = _codes(search_partners(shipped, "schuld"))
    assert found[0] == "schuldhulpmaatje"  # the name starts with it
    for code in ("kredietbank_rotterdam", "humanitas_thuisadministratie", "geldfit"):
        assert code in found
    assert "digid_helpdesk" not in found


def test_search_with_extra_spaces_and_two_words(shipped: ReferenceCatalog) -> None:
    found = _codes(search_partners(shipped, "  wijkteam   CHARLOIS "))
    assert found[0] == "wijkteam_charlois"


def test_localized_falls_back_to_dutch(shipped: ReferenceCatalog) -> None:
    partner = shipped.get("partners", "kredietbank_rotterdam")
    assert partner is not None
    assert localized(partner, "helps_with", "en").startswith("Debt counselling")
    dutch_only = _partner("x", "X", helps_with_nl="Alleen Nederlands")
    assert localized(dutch_only, "helps_with", "en") == "Alleen Nederlands"

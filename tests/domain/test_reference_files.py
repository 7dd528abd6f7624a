"""Consistency checks for the shipped reference data files.

They are ``ido_desktop/resources/reference/*.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

REF_DIR = Path(__file__).resolve().parents[2] / "ido_desktop" / "resources" / "reference"

KINDS = [
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
]
LABELLED_KINDS = [k for k in KINDS if k != "partners"]

CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DOMAINS = {"digitale_overheid", "bibliotheek", "overig"}
POPUP_TYPES = {"school", "voedselbank", "buurthuis", "zorg_welzijn", "overig"}
PLACEHOLDER_RE = re.compile(r"^010-000\d{4}$")

# Real, public, general numbers that may appear with phone_is_placeholder false.
# Add a number here only after checking it on the organisation's own website.
KNOWN_PUBLIC_NUMBERS = {
    "14 010",  # Gemeente Rotterdam (incl. VraagWijzer, wijkteams, Werkplein)
    "0800-0543",  # BelastingTelefoon (also Toeslagen)
    "088-1236555",  # DigiD helpdesk
    "088-8982070",  # UWV klantcontact werknemers
    "0900-8020",  # Het Juridisch Loket
    "050-5997755",  # DUO
    "0800-2000",  # Veilig Thuis
    "0800-0113",  # 113 Zelfmoordpreventie
}

REQUIRED_CODES = {
    "organisations": {
        "belastingdienst",
        "toeslagen",
        "cak",
        "cbr",
        "ciz",
        "cjib",
        "duo",
        "svb",
        "uwv",
        "rdw",
        "huurcommissie",
        "lbio",
        "raad_rechtsbijstand",
        "digid_logius",
        "mijnoverheid",
        "gemeente",
        "zorgverzekeraar",
        "zorgaanbieder",
        "bank",
        "woningcorporatie",
        "energie_telecom",
        "overig",
        "bibliotheek",
    },
    "digid_details": {
        "aanvragen",
        "activeren",
        "app",
        "inloggen_lukt_niet",
        "wachtwoord",
        "machtigen",
        "sms_telefoonnummer",
        "buitenland",
    },
    "help_forms": {
        "informeren",
        "uitleg",
        "meekijken",
        "handeling_toestemming",
        "cursus",
        "doorverwijzen",
    },
    "results": {"opgelost", "deels", "niet_opgelost", "vervolgafspraak"},
    "signal_kinds": {
        "inloggen_onmogelijk",
        "storing",
        "onbegrijpelijk",
        "niet_bereikbaar",
        "regel_sluit_uit",
        "overig",
    },
    "problems": {
        "geldzorgen",
        "taal",
        "eenzaamheid",
        "gezondheid",
        "wonen",
        "werk_inkomen",
        "veiligheid",
    },
}

PARTNER_TEXT_FIELDS = [
    "name",
    "helps_with_nl",
    "helps_with_en",
    "phone",
    "address",
    "opening_hours_nl",
    "opening_hours_en",
]
PARTNER_STRING_FIELDS = PARTNER_TEXT_FIELDS + ["category", "notes_nl", "notes_en", "website"]


@cache
def load(kind: str) -> dict:
    return json.loads((REF_DIR / f"{kind}.json").read_text(encoding="utf-8"))


def items(kind: str) -> list[dict]:
    return load(kind)["items"]


def codes(kind: str) -> set[str]:
    return {item["code"] for item in items(kind)}


@pytest.mark.parametrize("kind", KINDS)
def test_file_exists_and_has_envelope(kind: str) -> None:
    path = REF_DIR / f"{kind}.json"
    assert path.is_file(), f"missing {path}"
    data = load(kind)
    assert set(data) == {"kind", "version", "items"}
    assert data["kind"] == kind
    assert isinstance(data["version"], int) and not isinstance(data["version"], bool)
    assert data["version"] >= 1
    assert isinstance(data["items"], list) and data["items"]


@pytest.mark.parametrize("kind", KINDS)
def test_codes_unique_and_well_formed(kind: str) -> None:
    all_codes = [item["code"] for item in items(kind)]
    assert len(all_codes) == len(set(all_codes)), f"duplicate codes in {kind}"
    for code in all_codes:
        assert isinstance(code, str) and CODE_RE.match(code), f"bad code {code!r} in {kind}"


@pytest.mark.parametrize("kind", KINDS)
def test_retired_flag_only_true(kind: str) -> None:
    for item in items(kind):
        if "retired" in item:
            assert item["retired"] is True, f"{kind}/{item['code']}: omit 'retired' when false"


@pytest.mark.parametrize("kind", LABELLED_KINDS)
def test_labels_non_empty(kind: str) -> None:
    for item in items(kind):
        for key in ("nl", "en"):
            assert isinstance(item.get(key), str) and item[key].strip(), (
                f"{kind}/{item['code']}.{key}"
            )


@pytest.mark.parametrize("kind", sorted(REQUIRED_CODES))
def test_required_codes_present(kind: str) -> None:
    assert REQUIRED_CODES[kind] <= codes(kind), REQUIRED_CODES[kind] - codes(kind)


@pytest.mark.parametrize("kind", sorted(set(REQUIRED_CODES) - {"organisations"}))
def test_closed_lists_have_exactly_required_codes(kind: str) -> None:
    assert codes(kind) == REQUIRED_CODES[kind]


def test_organisations_exact_and_domains() -> None:
    assert codes("organisations") == REQUIRED_CODES["organisations"]
    for org in items("organisations"):
        assert org["domain"] in DOMAINS
    assert items("organisations")[-1]["code"] == "overig"


def test_locations() -> None:
    locs = items("locations")
    popup_counts = {t: 0 for t in POPUP_TYPES}
    for loc in locs:
        assert loc["type"] in {"branch", "popup"}, loc["code"]
        assert isinstance(loc["address"], str) and loc["address"].strip(), loc["code"]
        assert isinstance(loc["is_central"], bool), loc["code"]
        if loc["type"] == "branch":
            assert loc["popup_type"] is None, loc["code"]
        else:
            assert loc["popup_type"] in POPUP_TYPES, loc["code"]
            assert not loc["is_central"], loc["code"]
            popup_counts[loc["popup_type"]] += 1
    assert all(n >= 2 for n in popup_counts.values()), popup_counts
    central = [loc for loc in locs if loc["is_central"]]
    assert len(central) == 1
    assert central[0]["type"] == "branch"


def test_topics() -> None:
    org_codes = codes("organisations")
    topics = items("topics")
    assert 40 <= len(topics) <= 60
    for topic in topics:
        assert topic["domain"] in DOMAINS, topic["code"]
        assert isinstance(topic["organisations"], list), topic["code"]
        unknown = set(topic["organisations"]) - org_codes
        assert not unknown, f"{topic['code']}: unknown organisations {unknown}"
        assert isinstance(topic["is_digid"], bool), topic["code"]
    digid = [t for t in topics if t["is_digid"]]
    assert [t["code"] for t in digid] == ["digid"]


def test_courses_have_provider() -> None:
    for course in items("courses"):
        assert isinstance(course.get("provider"), str) and course["provider"].strip(), course[
            "code"
        ]


@pytest.mark.parametrize("kind", ["help_forms", "results"])
def test_dutch_labels_have_distinct_first_letters(kind: str) -> None:
    firsts = [item["nl"][0].casefold() for item in items(kind)]
    assert len(firsts) == len(set(firsts)), firsts


def test_partners() -> None:
    partners = items("partners")
    assert len(partners) >= 25
    category_codes = codes("partner_categories")
    for partner in partners:
        code = partner["code"]
        assert "nl" not in partner and "en" not in partner, code
        for key in PARTNER_STRING_FIELDS:
            assert isinstance(partner.get(key), str), f"{code}.{key}"
        for key in PARTNER_TEXT_FIELDS:
            assert partner[key].strip(), f"{code}.{key} is empty"
        assert partner["category"] in category_codes, code
        assert isinstance(partner["phone_is_placeholder"], bool), code
        website = partner["website"]
        assert website == "" or website.startswith("https://"), code


def test_partner_phones_are_public_or_placeholder() -> None:
    for partner in items("partners"):
        phone = partner["phone"]
        if partner["phone_is_placeholder"]:
            assert PLACEHOLDER_RE.match(phone), f"{partner['code']}: placeholder {phone!r}"
        else:
            assert phone in KNOWN_PUBLIC_NUMBERS, f"{partner['code']}: {phone!r} not in allow-list"


@pytest.mark.parametrize("kind", KINDS)
def test_file_is_canonically_formatted(kind: str) -> None:
    text = (REF_DIR / f"{kind}.json").read_text(encoding="utf-8")
    expected = json.dumps(load(kind), indent=2, ensure_ascii=False)
    assert text.rstrip("\n") == expected, (
        f"{kind}.json is not formatted with indent=2, ensure_ascii=False"
    )

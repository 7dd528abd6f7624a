"""Checks of reference data as the back-office editors and spreadsheets make it."""

from __future__ import annotations

import pytest

from ido_desktop.domain.opening_hours import HoursError, normalise_day, summary
from ido_desktop.domain.reference_cells import from_cell, to_cells
from ido_desktop.domain.reference_diff import diff_kind
from ido_desktop.domain.reference_fields import field
from ido_desktop.domain.reference_merge import merge_item
from ido_desktop.domain.reference_rules import (
    check_list,
    check_new_code,
    format_phone,
    make_code,
    normalise,
)
from ido_desktop.paths import REFERENCE_DIR
from ido_desktop.services.reference_files import read_reference_files

ACTIVE = {"partner_categories": {"taal", "juridisch"}, "organisations": {"uwv", "svb"}}
PARTNER = {
    "name": "Taalcafé Noord",
    "category": "taal",
    "helps_with_nl": "Nederlands oefenen",
    "phone": "010 417 40 00",
    "phone_is_placeholder": False,
}


def codes(problems):
    return [(p.key, p.code) for p in problems]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0104174000", "010 417 4000"),
        ("+31 10 417 40 00", "010 417 4000"),
        ("14010", "14 010"),
        ("0800-0543", "0800 0543"),
        ("0900 8020", "0900 8020"),
        ("06-12345678", "06 12345678"),
    ],
)
def test_phone_numbers_are_stored_in_one_dutch_form(typed, stored):
    assert format_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12", "113", "010 417 40 00x", "bel ons", "0104174000000"])
def test_an_invalid_phone_number_is_refused(typed):
    assert format_phone(typed) is None
    _item, problems = normalise("partners", {**PARTNER, "phone": typed}, ACTIVE)
    assert codes(problems) == [("phone", "E_REF_PHONE_INVALID")]


def test_a_placeholder_is_in_the_placeholder_range_and_marked():
    item, problems = normalise(
        "partners", {**PARTNER, "phone": "010-0001234", "phone_is_placeholder": True}, ACTIVE
    )
    assert not problems and item["phone"] == "010 000 1234"
    _, unmarked = normalise("partners", {**PARTNER, "phone": "010 000 1234"}, ACTIVE)
    assert codes(unmarked) == [("phone", "E_REF_PHONE_LOOKS_PLACEHOLDER")]
    _, real_marked = normalise("partners", {**PARTNER, "phone_is_placeholder": True}, ACTIVE)
    assert codes(real_marked) == [("phone", "E_REF_PHONE_PLACEHOLDER_FORMAT")]


def test_postcode_address_and_hours_are_tidied_and_the_display_lines_derived():
    item, problems = normalise(
        "partners",
        {
            **PARTNER,
            "street": " Librijesteeg   4 ",
            "postcode": "3011ab",
            "city": "Rotterdam",
            "hours.mon": "9-17",
            "hours.tue": "09:00 - 17:00",
            "hours.wed": "9.00-12.00, 13.00-17.00",
            "hours_note_nl": "op afspraak",
            "website": "www.voorbeeld.nl",
        },
        ACTIVE,
    )
    assert not problems
    assert item["postcode"] == "3011 AB"
    assert item["address"] == "Librijesteeg 4, 3011 AB Rotterdam"
    assert item["hours"]["mon"] == item["hours"]["tue"] == "9.00-17.00"
    assert item["opening_hours_nl"] == "ma-di 9.00-17.00, wo 9.00-12.00, 13.00-17.00; op afspraak"
    assert item["opening_hours_en"].startswith("Mon-Tue 9.00-17.00, Wed")
    assert item["website"] == "https://www.voorbeeld.nl"


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("postcode", "0123 AB", "E_REF_POSTCODE_INVALID"),
        ("postcode", "3011", "E_REF_POSTCODE_INVALID"),
        ("hours.fri", "17-9", "E_REF_HOURS_INVALID"),
        ("hours.fri", "9.00-25.00", "E_REF_HOURS_INVALID"),
        ("hours.fri", "9-13, 12-17", "E_REF_HOURS_INVALID"),
        ("hours.fri", "ochtend", "E_REF_HOURS_INVALID"),
        ("website", "ftp://x.nl", "E_REF_URL_INVALID"),
        ("website", "zie de site", "E_REF_URL_INVALID"),
        ("category", "bestaat_niet", "E_REF_UNKNOWN_CODE"),
        ("name", "", "E_REF_FIELD_REQUIRED"),
        ("name", "x" * 81, "E_REF_TOO_LONG"),
    ],
)
def test_each_bad_value_is_refused_with_its_code_and_field(key, value, code):
    _item, problems = normalise("partners", {**PARTNER, key: value}, ACTIVE)
    assert codes(problems) == [(key, code)]
    assert problems[0].params["field_nl"] == field("partners", key).header


def test_opening_hours_day_and_night_and_every_day():
    assert summary(
        {d: "0.00-24.00" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    ) == ("dag en nacht")
    assert summary(
        {d: "9.00-18.00" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}, "en"
    ) == ("daily 9.00-18.00")
    assert summary({}) == ""
    assert normalise_day("9 tot 17") == "9.00-17.00"
    with pytest.raises(HoursError):
        normalise_day("24.30-1.00")


def test_a_new_code_comes_from_the_name_and_is_never_reused():
    assert make_code("Basisschool De Klimop", []) == "basisschool_de_klimop"
    assert make_code("Café Noord", ["cafe_noord", "cafe_noord_2"]) == "cafe_noord_3"
    assert make_code("113 hulp", []) == "x_113_hulp"
    assert codes(check_new_code("uwv", ["uwv"])) == [("code", "E_REF_CODE_TAKEN")]
    assert codes(check_new_code("Niet Goed", [])) == [("code", "E_REF_CODE_FORMAT")]


def test_whole_list_rules():
    branch = {"type": "branch", "is_central": False, "nl": "A", "en": "A"}
    one = [{**branch, "code": "a", "is_central": True}, {**branch, "code": "b", "nl": "B"}]
    assert not check_list("locations", one)
    two = [one[0], {**one[1], "is_central": True}]
    assert codes(check_list("locations", two)) == [("is_central", "E_REF_CENTRAL_UNIQUE")]
    none = [{**one[0], "is_central": False}, one[1]]
    assert codes(check_list("locations", none)) == [("is_central", "E_REF_CENTRAL_REQUIRED")]
    retired_central = [{**one[0], "retired": True}, one[1]]
    assert codes(check_list("locations", retired_central)) == [
        ("is_central", "E_REF_CENTRAL_REQUIRED")
    ]
    same = [{"code": "x", "nl": "Uitleg"}, {"code": "y", "nl": "uitleg"}]
    assert codes(check_list("problems", same)) == [("nl", "E_REF_LABEL_DUPLICATE")]
    letters = [{"code": "x", "nl": "Uitleg"}, {"code": "y", "nl": "Uitzoeken"}]
    assert codes(check_list("help_forms", letters)) == [("nl", "E_REF_FIRST_LETTER_TAKEN")]
    assert not check_list("help_forms", [letters[0], {**letters[1], "retired": True}])


def test_a_popup_location_needs_its_kind_and_cannot_be_central():
    base = {"nl": "School", "en": "School", "type": "popup", "popup_type": None}
    _, problems = normalise("locations", base, {})
    assert codes(problems) == [("popup_type", "E_REF_POPUP_TYPE_REQUIRED")]
    _, central = normalise("locations", {**base, "popup_type": "school", "is_central": True}, {})
    assert codes(central) == [("is_central", "E_REF_CENTRAL_NOT_BRANCH")]
    branch, _ = normalise("locations", {**base, "type": "branch", "popup_type": "school"}, {})
    assert branch["popup_type"] is None


def test_keywords_of_topics_are_edited_as_the_shipped_field():
    item, problems = normalise(
        "topics",
        {
            "nl": "Huurtoeslag",
            "en": "Housing benefit",
            "domain": "digitale_overheid",
            "keywords.nl": ["huur", " Huur ", "toeslag"],
            "keywords.en": "rent, allowance",
        },
        ACTIVE,
    )
    assert not problems
    assert item["keywords"] == {"nl": ["huur", "toeslag"], "en": ["rent", "allowance"]}


def test_merge_keeps_what_the_back_office_changed_and_takes_the_rest():
    base = {"code": "p", "name": "P", "phone": "010 000 1001", "hours": {"mon": ""}}
    mine = {**base, "phone": "010 417 4000"}
    shipped = {**base, "phone": "010 000 1999", "name": "P (nieuw)", "hours": {"mon": "9.00-17.00"}}
    merged = merge_item(mine, base, shipped)
    assert merged["phone"] == "010 417 4000"
    assert merged["name"] == "P (nieuw)"
    assert merged["hours"] == {"mon": "9.00-17.00"}


def test_diff_names_added_changed_retired_and_restored():
    old = [
        {"code": "a", "nl": "A"},
        {"code": "b", "nl": "B"},
        {"code": "c", "nl": "C", "retired": True},
    ]
    new = [
        {"code": "a", "nl": "A2"},
        {"code": "b", "nl": "B", "retired": True},
        {"code": "c", "nl": "C"},
        {"code": "d", "nl": "D"},
    ]
    diff = diff_kind("problems", old, new)
    assert diff.added == ("d",) and diff.retired == ("b",) and diff.restored == ("c",)
    assert diff.changed == {"a": ("nl",)}
    assert diff.counts() == {"added": 1, "changed": 1, "retired": 1, "restored": 1}


def test_cells_round_trip_every_shipped_item():
    from ido_desktop.domain.reference import ReferenceCatalog, item_from_dict
    from ido_desktop.domain.reference_cells import from_row
    from ido_desktop.domain.reference_fields import fields

    files = read_reference_files(REFERENCE_DIR)
    catalog = ReferenceCatalog(
        (item_from_dict(k, i) for k, f in files.items() for i in f.items),
        {k: f.version for k, f in files.items()},
    )
    active = catalog.active_codes()
    for kind, file in files.items():
        columns = list(fields(kind))
        for item in file.items:
            code, values, problems = from_row(kind, columns, to_cells(kind, item, catalog), catalog)
            assert code == item["code"] and not problems
            stored, found = normalise(kind, values, active, item)
            assert not found and {**stored, "code": code} == item


def test_cells_accept_what_a_clerk_types():
    yes = field("partners", "phone_is_placeholder")
    assert from_cell("partners", yes, "Ja", None)[0] is True  # type: ignore[arg-type]
    assert from_cell("partners", yes, "", None)[0] is False  # type: ignore[arg-type]
    value, problem = from_cell("partners", yes, "misschien", None)  # type: ignore[arg-type]
    assert problem is not None and problem.code == "E_REF_BOOL_INVALID"
    kind = field("locations", "type")
    assert from_cell("locations", kind, "Pop-up", None)[0] == "popup"  # type: ignore[arg-type]

"""The fields of each kind of reference data: what the editors show and the spreadsheets hold.

One list of :class:`Field` per kind drives the editor form, the validation and the spreadsheet
columns, so the three never disagree. ``key`` is where the value sits in the item as stored
(``keywords.nl`` is ``item["keywords"]["nl"]``); ``header`` is the Dutch column header of the
spreadsheet (clerks keep such lists in Excel); ``label_en`` names the field in English messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ido_desktop.domain.opening_hours import DAY_NAMES, DAYS


class FieldType(StrEnum):
    CODE = "code"
    TEXT = "text"
    LONG_TEXT = "long_text"
    BOOL = "bool"
    CHOICE = "choice"  # one of ``options``
    REF = "ref"  # a code of ``ref_kind``
    REF_LIST = "ref_list"  # codes of ``ref_kind``
    WORDS = "words"  # search words and synonyms
    PHONE = "phone"
    POSTCODE = "postcode"
    URL = "url"
    HOURS = "hours"  # one weekday's opening hours


@dataclass(frozen=True)
class Field:
    key: str
    header: str  # Dutch: the spreadsheet column and the editor's label
    label_en: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    max_length: int = 120
    options: tuple[str, ...] = ()  # CHOICE: the stored values
    ref_kind: str | None = None


# Fixed choices, with their Dutch and English words (the spreadsheet accepts either or the code).
CHOICE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "type": {"branch": ("vestiging", "branch"), "popup": ("pop-up", "pop-up")},
    "popup_type": {
        "school": ("school", "school"),
        "voedselbank": ("voedselbank", "food bank"),
        "buurthuis": ("buurthuis", "community centre"),
        "zorg_welzijn": ("zorg en welzijn", "care and wellbeing"),
        "overig": ("overig", "other"),
    },
    "domain": {
        "digitale_overheid": ("digitale overheid", "digital government"),
        "bibliotheek": ("bibliotheekdienstverlening", "library services"),
        "overig": ("overig", "other"),
    },
}

CODE = Field("code", "Code", "Code", FieldType.CODE, max_length=64)
NL = Field("nl", "Naam (nl)", "Name (Dutch)", required=True, max_length=80)
EN = Field("en", "Naam (en)", "Name (English)", required=True, max_length=80)
RETIRED = Field("retired", "Vervallen", "Retired", FieldType.BOOL)
KEYWORDS = (
    Field(
        "keywords.nl", "Zoekwoorden (nl)", "Search words (Dutch)", FieldType.WORDS, max_length=400
    ),
    Field(
        "keywords.en", "Zoekwoorden (en)", "Search words (English)", FieldType.WORDS, max_length=400
    ),
)
ADDRESS = (
    Field("street", "Adres", "Address", max_length=120),
    Field("postcode", "Postcode", "Postcode", FieldType.POSTCODE, max_length=7),
    Field("city", "Plaats", "Town", max_length=60),
)
DOMAIN = Field(
    "domain", "Domein", "Domain", FieldType.CHOICE, True, options=tuple(CHOICE_LABELS["domain"])
)
HOURS = tuple(
    Field(f"hours.{day}", DAY_NAMES["nl"][i], DAY_NAMES["en"][i], FieldType.HOURS, max_length=40)
    for i, day in enumerate(DAYS)
)


def _labelled(*extra: Field) -> tuple[Field, ...]:
    return (CODE, NL, EN, *extra, RETIRED)


FIELDS: dict[str, tuple[Field, ...]] = {
    "locations": _labelled(
        Field("type", "Soort", "Kind", FieldType.CHOICE, True, options=("branch", "popup")),
        Field(
            "popup_type",
            "Soort pop-up",
            "Pop-up kind",
            FieldType.CHOICE,
            options=tuple(CHOICE_LABELS["popup_type"]),
        ),
        *ADDRESS,
        Field("is_central", "Centrale bibliotheek", "Central library", FieldType.BOOL),
    ),
    "organisations": _labelled(DOMAIN),
    "topics": _labelled(
        DOMAIN,
        Field(
            "organisations",
            "Organisaties",
            "Organisations",
            FieldType.REF_LIST,
            max_length=400,
            ref_kind="organisations",
        ),
        Field("is_digid", "DigiD-onderwerp", "DigiD topic", FieldType.BOOL),
        *KEYWORDS,
    ),
    "digid_details": _labelled(*KEYWORDS),
    "help_forms": _labelled(),
    "results": _labelled(),
    "problems": _labelled(),
    "signal_kinds": _labelled(),
    "partner_categories": _labelled(),
    "courses": _labelled(Field("provider", "Aanbieder", "Provider", required=True, max_length=80)),
    "partners": (
        CODE,
        Field("name", "Naam", "Name", required=True, max_length=80),
        Field(
            "category",
            "Categorie",
            "Category",
            FieldType.REF,
            True,
            max_length=64,
            ref_kind="partner_categories",
        ),
        Field(
            "helps_with_nl", "Helpt bij (nl)", "Helps with (Dutch)", FieldType.LONG_TEXT, True, 300
        ),
        Field(
            "helps_with_en",
            "Helpt bij (en)",
            "Helps with (English)",
            FieldType.LONG_TEXT,
            False,
            300,
        ),
        Field("phone", "Telefoon", "Phone", FieldType.PHONE, max_length=20),
        Field(
            "phone_is_placeholder",
            "Telefoon is voorlopig",
            "Phone is a placeholder",
            FieldType.BOOL,
        ),
        *ADDRESS,
        *HOURS,
        Field(
            "hours_note_nl",
            "Openingstijden toelichting (nl)",
            "Opening hours note (Dutch)",
            max_length=120,
        ),
        Field(
            "hours_note_en",
            "Openingstijden toelichting (en)",
            "Opening hours note (English)",
            max_length=120,
        ),
        Field("website", "Website", "Website", FieldType.URL, max_length=200),
        Field("notes_nl", "Notities (nl)", "Notes (Dutch)", FieldType.LONG_TEXT, max_length=300),
        Field("notes_en", "Notities (en)", "Notes (English)", FieldType.LONG_TEXT, max_length=300),
        RETIRED,
    ),
}

#: Kept up to date from other fields on every save, for display on laptops (also older ones).
DERIVED_KEYS: dict[str, tuple[str, ...]] = {
    "locations": ("address",),
    "partners": ("address", "opening_hours_nl", "opening_hours_en"),
}

#: Dutch and English names of the kinds, for tabs, sheet names and messages.
KIND_TITLES: dict[str, tuple[str, str]] = {
    "partners": ("Sociale kaart", "Partner directory"),
    "locations": ("Locaties", "Locations"),
    "courses": ("Cursussen", "Courses"),
    "organisations": ("Organisaties", "Organisations"),
    "topics": ("Onderwerpen", "Topics"),
    "digid_details": ("DigiD-details", "DigiD details"),
    "help_forms": ("Vormen van hulp", "Forms of help"),
    "results": ("Resultaten", "Results"),
    "problems": ("Onderliggende problemen", "Underlying problems"),
    "signal_kinds": ("Soorten knelpunten", "Bottleneck kinds"),
    "partner_categories": ("Partnercategorieën", "Partner categories"),
}


def fields(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def field(kind: str, key: str) -> Field:
    for candidate in FIELDS[kind]:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def get_value(item: Mapping[str, Any], key: str) -> Any:
    """The value at ``key`` (``hours.mon`` looks inside ``item["hours"]``); None if absent."""
    head, _, rest = key.partition(".")
    value = item.get(head)
    if rest:
        return value.get(rest) if isinstance(value, Mapping) else None
    return value


def set_value(item: dict[str, Any], key: str, value: Any) -> None:
    head, _, rest = key.partition(".")
    if rest:
        inner = item.get(head)
        inner = dict(inner) if isinstance(inner, Mapping) else {}
        inner[rest] = value
        item[head] = inner
    else:
        item[head] = value


def choice_label(key: str, value: str | None, language: str = "nl") -> str:
    if value is None:
        return ""
    words = CHOICE_LABELS.get(key, {}).get(value)
    return (words[1] if language == "en" else words[0]) if words else value

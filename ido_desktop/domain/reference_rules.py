"""Checking and tidying an item of reference data before the back office stores it.

:func:`normalise` turns what an editor or a spreadsheet row gives into the item as stored (phone
numbers formatted with ``phonenumbers``, postcodes with ``python-stdnum``, opening hours in one
form, the display fields derived) and collects every problem; :func:`check_list` adds the rules
that need the whole list (one central library, unique Dutch labels, distinct first letters).
Problems carry stable ``E_REF_`` codes; ``ido_desktop.messages`` has their words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import postcode as nl_postcode

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.opening_hours import DAYS, HoursError, normalise_day, summary
from ido_desktop.domain.reference_fields import (
    KIND_TITLES,
    Field,
    FieldType,
    field,
    fields,
    get_value,
    set_value,
)

CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_CODE = 64
#: Placeholder numbers are in a range no Rotterdam line uses (010 000 xxxx): never a real person.
PLACEHOLDER_RE = re.compile(r"^010 000 \d{4}$")
MAX_WORD = 40
#: Kinds whose Dutch labels give the question form its keyboard mnemonics.
FIRST_LETTER_KINDS = ("help_forms", "results")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field (``key``; ``""`` for the item as a whole)."""

    key: str
    code: str
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)


class ReferenceDataError(IdoError):
    """Reference data that breaks a rule. ``problems`` lists every one; the first names the code.

    ``params`` carry ``field_nl`` and ``field_en`` (the field's name in both languages) so the
    messages can say which field is meant.
    """

    def __init__(self, problems: Sequence[Problem], message: str = "", **params: object) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else Problem("", "E_REF_INVALID")
        super().__init__(first.code, message or first.code, **{**dict(first.params), **params})


def field_names(kind: str, key: str) -> dict[str, str]:
    """``field_nl`` and ``field_en`` of a field, for messages."""
    for candidate in fields(kind):
        if candidate.key == key:
            return {"field_nl": candidate.header, "field_en": candidate.label_en}
    return {"field_nl": key, "field_en": key}


def _problem(kind: str, spec: Field, code: str, **params: Any) -> Problem:
    return Problem(spec.key, code, {**field_names(kind, spec.key), **params})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def make_code(label: str, taken: Iterable[str]) -> str:
    """A new stable code from a label: ``VraagWijzer Noord`` gives ``vraagwijzer_noord``.

    A code that exists, retired or not, is never given again: ``_2``, ``_3`` ... are added.
    """
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_") or "item"
    if not base[0].isalpha():
        base = f"x_{base}"
    base = base[: MAX_CODE - 4].rstrip("_")
    used = set(taken)
    code, number = base, 2
    while code in used:
        code, number = f"{base}_{number}", number + 1
    return code


def check_new_code(code: str, taken: Iterable[str]) -> list[Problem]:
    names = {"field_nl": "Code", "field_en": "Code"}
    if not CODE_RE.match(code) or len(code) > MAX_CODE:
        return [Problem("code", "E_REF_CODE_FORMAT", {**names, "value": code})]
    if code in set(taken):
        return [Problem("code", "E_REF_CODE_TAKEN", {**names, "value": code})]
    return []


# --- one item ------------------------------------------------------------------------------


def normalise(
    kind: str,
    values: Mapping[str, Any],
    active_codes: Mapping[str, set[str]],
    previous: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """The item as stored, from ``values`` (field key to Python value) and the ``previous`` item.

    ``active_codes`` gives the codes in use per kind, for the fields that refer to another list;
    a value the previous item already had is kept even when its code was retired since.
    Keys of the previous item that no field covers are kept as they are. Returns the item and
    every problem found (an empty list: the item may be stored).
    """
    item: dict[str, Any] = {k: v for k, v in (previous or {}).items() if k != "retired"}
    problems: list[Problem] = []
    for spec in fields(kind):
        if spec.type is FieldType.CODE or spec.key not in values:
            continue
        old = get_value(previous, spec.key) if previous else None
        value, found = _normalise_value(kind, spec, values[spec.key], active_codes, old)
        problems.extend(found)
        set_value(item, spec.key, value)
    for spec in fields(kind):
        if spec.required and spec.type is not FieldType.CODE and not get_value(item, spec.key):
            if not any(p.key == spec.key for p in problems):
                problems.append(_problem(kind, spec, "E_REF_FIELD_REQUIRED"))
    keywords = item.get("keywords")
    if isinstance(keywords, Mapping) and not any(keywords.values()):
        if not (previous and "keywords" in previous):
            del item["keywords"]  # no search words: the field stays out, as in shipped files
    if item.pop("retired", False):
        item["retired"] = True
    problems.extend(_kind_rules(kind, item))
    derive(kind, item)
    return item, problems


def _normalise_value(
    kind: str,
    spec: Field,
    value: Any,
    active_codes: Mapping[str, set[str]],
    old: Any,
) -> tuple[Any, list[Problem]]:
    kind_of = spec.type
    if kind_of is FieldType.BOOL:
        return bool(value), []
    if kind_of is FieldType.REF_LIST:
        codes = [str(c).strip() for c in (value or []) if str(c).strip()]
        known = active_codes.get(spec.ref_kind or "", set()) | set(old or [])
        unknown = [c for c in codes if c not in known]
        if unknown:
            return codes, [_problem(kind, spec, "E_REF_UNKNOWN_CODE", value=unknown[0])]
        return list(dict.fromkeys(codes)), []
    if kind_of is FieldType.WORDS:
        return _words(kind, spec, value)
    text = "" if value is None else str(value)
    text = " ".join(text.split()) if kind_of is not FieldType.LONG_TEXT else text.strip()
    if len(text) > spec.max_length:
        return text, [_problem(kind, spec, "E_REF_TOO_LONG", limit=spec.max_length)]
    if kind_of is FieldType.CHOICE:
        if not text:
            return None, []
        if text not in spec.options:
            return text, [_problem(kind, spec, "E_REF_CHOICE_UNKNOWN", value=text)]
        return text, []
    if kind_of is FieldType.REF:
        if text and text != old and text not in active_codes.get(spec.ref_kind or "", set()):
            return text, [_problem(kind, spec, "E_REF_UNKNOWN_CODE", value=text)]
        return text, []
    if not text:
        return "", []
    if kind_of is FieldType.PHONE:
        return _phone(kind, spec, text)
    if kind_of is FieldType.POSTCODE:
        try:
            return str(nl_postcode.validate(text)), []
        except StdnumError:
            return text, [_problem(kind, spec, "E_REF_POSTCODE_INVALID", value=text)]
    if kind_of is FieldType.URL:
        return _url(kind, spec, text)
    if kind_of is FieldType.HOURS:
        try:
            return normalise_day(text), []
        except HoursError:
            return text, [_problem(kind, spec, "E_REF_HOURS_INVALID", value=text)]
    return text, []


def _words(kind: str, spec: Field, value: Any) -> tuple[list[str], list[Problem]]:
    if isinstance(value, str):
        value = value.split(",")
    words: dict[str, str] = {}
    for raw in value or []:
        word = " ".join(str(raw).split())
        if word:
            words.setdefault(fold(word), word)
    result = list(words.values())
    if any(len(word) > MAX_WORD for word in result):
        return result, [_problem(kind, spec, "E_REF_TOO_LONG", limit=MAX_WORD)]
    if len(", ".join(result)) > spec.max_length:
        return result, [_problem(kind, spec, "E_REF_TOO_LONG", limit=spec.max_length)]
    return result, []


_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()./-]+$")


def format_phone(text: str) -> str | None:
    """The Dutch national form of a phone number (``010 417 4000``), or None if not valid."""
    if not _PHONE_CHARACTERS.match(text):
        return None
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def _phone(kind: str, spec: Field, text: str) -> tuple[str, list[Problem]]:
    formatted = format_phone(text)
    if formatted is None:
        return text, [_problem(kind, spec, "E_REF_PHONE_INVALID", value=text)]
    return formatted, []


def _url(kind: str, spec: Field, text: str) -> tuple[str, list[Problem]]:
    if text.lower().startswith("www."):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or "." not in parts.netloc or " " in text:
        return text, [_problem(kind, spec, "E_REF_URL_INVALID", value=text)]
    return text, []


def _kind_rules(kind: str, item: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if kind == "partners":
        phone = str(item.get("phone") or "")
        placeholder = bool(item.get("phone_is_placeholder"))
        spec = field(kind, "phone")
        if placeholder and not PLACEHOLDER_RE.match(phone):
            problems.append(_problem(kind, spec, "E_REF_PHONE_PLACEHOLDER_FORMAT", value=phone))
        elif not placeholder and PLACEHOLDER_RE.match(phone):
            problems.append(_problem(kind, spec, "E_REF_PHONE_LOOKS_PLACEHOLDER", value=phone))
    if kind == "locations":
        spec = field(kind, "popup_type")
        if item.get("type") == "popup":
            if not item.get("popup_type"):
                problems.append(_problem(kind, spec, "E_REF_POPUP_TYPE_REQUIRED"))
            if item.get("is_central"):
                central = field(kind, "is_central")
                problems.append(_problem(kind, central, "E_REF_CENTRAL_NOT_BRANCH"))
        else:
            item["popup_type"] = None
        item["is_central"] = bool(item.get("is_central"))
    return problems


def derive(kind: str, item: dict[str, Any]) -> None:
    """The display fields laptops show, from the fields the clerk edits."""
    if kind in ("partners", "locations") and any(k in item for k in ("street", "city")):
        place = " ".join(p for p in (item.get("postcode") or "", item.get("city") or "") if p)
        item["address"] = ", ".join(p for p in (item.get("street") or "", place) if p)
    if kind == "partners" and "hours" in item:
        hours = {day: str((item.get("hours") or {}).get(day) or "") for day in DAYS}
        item["hours"] = hours
        for language in ("nl", "en"):
            note = str(item.get(f"hours_note_{language}") or item.get("hours_note_nl") or "")
            line = summary(hours, language)
            item[f"opening_hours_{language}"] = "; ".join(p for p in (line, note) if p)


# --- the whole list ------------------------------------------------------------------------


def check_list(kind: str, items: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """Rules over all items of a kind: problems name the item's ``code`` in their params."""
    active = [i for i in items if not i.get("retired")]
    problems: list[Problem] = []
    label_key = "name" if kind == "partners" else "nl"
    seen: dict[str, str] = {}
    for item in active:
        label = fold(str(item.get(label_key) or ""))
        if label and label in seen:
            problems.append(
                Problem(
                    label_key,
                    "E_REF_LABEL_DUPLICATE",
                    {
                        **field_names(kind, label_key),
                        "item": item["code"],
                        "value": item.get(label_key),
                        "other": seen[label],
                    },
                )
            )
        seen.setdefault(label, str(item["code"]))
    if kind in FIRST_LETTER_KINDS:
        letters: dict[str, str] = {}
        for item in active:
            letter = fold(str(item.get("nl") or " "))[:1]
            if letter in letters:
                problems.append(
                    Problem(
                        "nl",
                        "E_REF_FIRST_LETTER_TAKEN",
                        {
                            **field_names(kind, "nl"),
                            "item": item["code"],
                            "letter": letter.upper(),
                            "other": letters[letter],
                        },
                    )
                )
            letters.setdefault(letter, str(item["code"]))
    if kind == "locations":
        central = [i for i in active if i.get("is_central")]
        names = field_names(kind, "is_central")
        if len(central) > 1:
            problems.append(
                Problem(
                    "is_central",
                    "E_REF_CENTRAL_UNIQUE",
                    {**names, "item": central[1]["code"], "other": central[0]["code"]},
                )
            )
        elif not central:
            problems.append(Problem("is_central", "E_REF_CENTRAL_REQUIRED", names))
    return problems


def kind_title(kind: str, language: str = "nl") -> str:
    nl, en = KIND_TITLES.get(kind, (kind, kind))
    return en if language == "en" else nl

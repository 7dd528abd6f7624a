"""The handleiding says exactly what the privacy guard catches (docs/handleiding.md).

Its table names one row per kind of finding with examples that are refused and examples that
may stay; its lists name the salutations and street words the guard knows. Each is checked
against the guard itself, both ways.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ido_desktop.domain import privacy_patterns
from ido_desktop.domain.privacy import MAX_NOTE_LENGTH, FindingKind, find_personal_data

HANDLEIDING = Path(__file__).resolve().parents[2] / "docs" / "handleiding.md"
ROW_KINDS = {
    "Naam": FindingKind.NAME,
    "Adres": FindingKind.ADDRESS,
    "Postcode": FindingKind.POSTCODE,
    "BSN": FindingKind.BSN,
    "Rekeningnummer": FindingKind.IBAN,
    "E-mailadres": FindingKind.EMAIL,
    "Telefoonnummer": FindingKind.PHONE,
    "Datum": FindingKind.BIRTH_DATE,
}
CODE_RE = re.compile(r"`([^`]+)`")


def _section() -> str:
    text = HANDLEIDING.read_text(encoding="utf-8")
    start = text.index("#### Wat niet in een notitie mag")
    end = text.index("\n### ", start)
    return text[start:end]


def _rows() -> dict[FindingKind, tuple[list[str], list[str]]]:
    rows = {}
    for line in _section().splitlines():
        if not line.startswith("| **"):
            continue
        what, refused, allowed = (cell.strip() for cell in line.strip("|").split(" | "))
        key = re.match(r"\*\*(.+?)\*\*", what)
        assert key is not None and key[1] in ROW_KINDS, f"unknown row {what!r}"
        rows[ROW_KINDS[key[1]]] = (CODE_RE.findall(refused), CODE_RE.findall(allowed))
    return rows


def _bullet(start: str) -> list[str]:
    """The code words of the bullet that starts with ``start``."""
    match = re.search(rf"^- {re.escape(start)}(.*?)(?=^- |^$)", _section(), re.M | re.S)
    assert match is not None, start
    return CODE_RE.findall(match[1])


def test_the_table_has_one_row_for_every_kind_of_personal_data() -> None:
    assert set(_rows()) == set(FindingKind) - {FindingKind.TOO_LONG}


@pytest.mark.parametrize("kind", sorted(set(ROW_KINDS.values())))
def test_every_refused_example_is_found_and_every_allowed_one_passes(kind: FindingKind) -> None:
    refused, allowed = _rows()[kind]
    assert refused and allowed
    for example in refused:
        findings = find_personal_data(example)
        assert findings and {f.kind for f in findings} == {kind}, example
    for example in allowed:
        assert find_personal_data(example) == [], example


def test_the_salutations_listed_are_exactly_the_ones_known() -> None:
    listed = _bullet("Aanheffen en titels:")
    known = privacy_patterns.SALUTATIONS + privacy_patterns.ENGLISH_SALUTATIONS
    assert sorted(listed) == sorted(known)
    for salutation in listed:
        note = f"{salutation} Jansen belt nog"
        assert [(f.kind, note[f.start : f.end]) for f in find_personal_data(note)] == [
            (FindingKind.NAME, "Jansen")
        ], note


def test_the_street_words_listed_are_exactly_the_ones_known() -> None:
    words = [w for w in _bullet("Straatnamen") if " " not in w]
    endings = [w.removeprefix("-") for w in words if w.startswith("-")]
    first = [w for w in words if w in privacy_patterns.STREET_FIRST_WORDS]
    english = [w for w in words if w in privacy_patterns.ENGLISH_STREET_WORDS]
    assert len(endings) + len(first) + len(english) == len(words)
    assert sorted(endings) == sorted(privacy_patterns.STREET_ENDINGS)
    assert sorted(first) == sorted(privacy_patterns.STREET_FIRST_WORDS)
    assert sorted(english) == sorted(privacy_patterns.ENGLISH_STREET_WORDS)
    notes = [
        *(f"Woont Voorbeeld{ending} 12" for ending in endings),
        *(f"Woont {word} van Voorbeeld 12" for word in first),
        *(f"Lives at 12 Example {word}" for word in english),
    ]
    for note in notes:
        found = [(f.kind, note[f.start : f.end]) for f in find_personal_data(note)]
        assert found == [(FindingKind.ADDRESS, note.split(" ", 1)[1].removeprefix("at "))], note


def test_the_length_limit_is_the_one_enforced() -> None:
    assert f"meer dan {MAX_NOTE_LENGTH} tekens" in _section()

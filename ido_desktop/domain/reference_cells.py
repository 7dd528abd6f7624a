"""Reference items as spreadsheet cells and back, and as the values an editor shows.

Cells are text as a clerk reads and types them: ``ja``/``nee`` for yes and no, the Dutch label
for a fixed choice or a category (the code is accepted too), codes separated by commas for a
list of organisations, search words separated by commas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.reference_fields import (
    CHOICE_LABELS,
    Field,
    FieldType,
    choice_label,
    fields,
    get_value,
)
from ido_desktop.domain.reference_rules import Problem, field_names, fold

YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
NO = {"nee", "n", "no", "false", "onwaar", "0", ""}


def editable_values(kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """The value of every field of a stored item, as an editor shows it.

    Items from before the address and hours fields (an older store) show their address line
    as the street and their opening hours line as the note, so saving loses nothing.
    """
    values = {spec.key: get_value(item, spec.key) for spec in fields(kind)}
    if "street" in values and not any(item.get(k) for k in ("street", "postcode", "city")):
        values["street"] = item.get("address") or ""
    if kind == "partners" and "hours" not in item:
        values["hours_note_nl"] = item.get("opening_hours_nl") or ""
        values["hours_note_en"] = item.get("opening_hours_en") or ""
    for spec in fields(kind):
        if values.get(spec.key) is None:
            if spec.type in (FieldType.REF_LIST, FieldType.WORDS):
                values[spec.key] = []
            elif spec.type is FieldType.BOOL:
                values[spec.key] = False
            elif spec.type is not FieldType.CHOICE:
                values[spec.key] = ""
    return values


def to_cell(spec: Field, value: Any, catalog: ReferenceCatalog) -> str:
    if spec.type is FieldType.BOOL:
        return "ja" if value else "nee"
    if spec.type is FieldType.CHOICE:
        return choice_label(spec.key, value)
    if spec.type is FieldType.REF:
        item = catalog.get(spec.ref_kind or "", value)
        return item.nl if item is not None else str(value or "")
    if spec.type in (FieldType.REF_LIST, FieldType.WORDS):
        return ", ".join(str(v) for v in value or [])
    return "" if value is None else str(value)


def to_cells(kind: str, item: Mapping[str, Any], catalog: ReferenceCatalog) -> list[str]:
    values = editable_values(kind, item)
    values["code"] = item.get("code")
    values["retired"] = bool(item.get("retired"))
    return [to_cell(spec, values.get(spec.key), catalog) for spec in fields(kind)]


def from_cell(
    kind: str, spec: Field, text: str, catalog: ReferenceCatalog
) -> tuple[Any, Problem | None]:
    """The value of one cell; a Problem (with the cell's text) when it cannot be read."""
    text = text.strip()
    names = field_names(kind, spec.key)
    if spec.type is FieldType.BOOL:
        word = fold(text)
        if word in YES:
            return True, None
        if word in NO:
            return False, None
        return None, Problem(spec.key, "E_REF_BOOL_INVALID", {**names, "value": text})
    if spec.type is FieldType.CHOICE:
        if not text:
            return None, None
        for code, words in CHOICE_LABELS.get(spec.key, {}).items():
            if fold(text) in (fold(code), *(fold(w) for w in words)):
                return code, None
        return None, Problem(spec.key, "E_REF_CHOICE_UNKNOWN", {**names, "value": text})
    if spec.type is FieldType.REF:
        return _ref(catalog, spec.ref_kind or "", text), None
    if spec.type is FieldType.REF_LIST:
        return [_ref(catalog, spec.ref_kind or "", part) for part in _parts(text)], None
    if spec.type is FieldType.WORDS:
        return _parts(text), None
    return text, None


def _parts(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _ref(catalog: ReferenceCatalog, kind: str, text: str) -> str:
    """The code for a code or a Dutch or English label; the text itself when unknown (the
    checks then name it)."""
    if not text or catalog.get(kind, text) is not None:
        return text
    wanted = fold(text)
    for item in catalog.items(kind, include_retired=True):
        if wanted in (fold(item.nl), fold(item.en)):
            return item.code
    return text


def headers(kind: str) -> list[str]:
    return [spec.header for spec in fields(kind)]


def field_for_header(kind: str, header: str) -> Field | None:
    wanted = fold(" ".join(str(header).split()))
    for spec in fields(kind):
        if fold(spec.header) == wanted or fold(spec.key) == wanted:
            return spec
    return None


def from_row(
    kind: str, columns: Sequence[Field | None], cells: Sequence[str], catalog: ReferenceCatalog
) -> tuple[str, dict[str, Any], list[Problem]]:
    """The code and the field values of one row (columns whose header is unknown are None)."""
    code = ""
    values: dict[str, Any] = {}
    problems = []
    for spec, text in zip(columns, cells, strict=False):
        if spec is None:
            continue
        if spec.type is FieldType.CODE:
            code = text.strip()
            continue
        value, problem = from_cell(kind, spec, text, catalog)
        if problem is not None:
            problems.append(problem)
        else:
            values[spec.key] = value
    return code, values, problems

"""The ``data`` object of each record kind in a sync file, and its validation.

Record lines carry the metadata every record has (PRODUCT.md 4.1); ``data`` carries the fields of
the kind. Codes are not checked against reference data here: a laptop with newer reference data
must still be able to deliver its records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ido_desktop.sync.errors import SyncError

CODE = "E_SYNC_RECORD_DATA_INVALID"
_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

# field: (type, required-not-null)
_STR, _INT, _BOOL, _LIST, _DATE, _TIME, _ID = "str", "int", "bool", "list", "date", "time", "id"

DATA_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "spreekuur": {
        "location_code": (_STR, True),
        "staff_code": (_STR, True),
        "started_at": (_TIME, True),
        "ended_at": (_TIME, False),
    },
    "consult": {
        "spreekuur_id": (_ID, True),
        "consult_date": (_DATE, True),
        "part_of_day": (_STR, True),
        "duration_band": (_STR, True),
        "channel": (_STR, True),
        "found_via": (_STR, True),
        "age_band": (_STR, True),
        "language": (_STR, True),
        "repeat_visit": (_STR, True),
        "on_behalf_consent": (_BOOL, True),
    },
    "vraag": {
        "consult_id": (_ID, True),
        "position": (_INT, True),
        "domain": (_STR, True),
        "topic": (_STR, True),
        "digid_detail": (_STR, False),
        "result": (_STR, True),
        "signal_kind": (_STR, False),
        "signal_organisation": (_STR, False),
        "note": (_STR, True),
        "organisations": (_LIST, True),
        "help_forms": (_LIST, True),
        "problems": (_LIST, True),
    },
    "doorverwijzing": {
        "vraag_id": (_ID, True),
        "partner_code": (_STR, False),
        "category_code": (_STR, False),
        "course_code": (_STR, False),
        "warmth": (_STR, True),
    },
}
MAX_TEXT = 200


def validate_record_data(record: dict[str, Any], line: int = 0) -> None:
    """Raise SyncError(E_SYNC_RECORD_DATA_INVALID) unless ``data`` fits its kind exactly."""
    kind = record["kind"]
    data = record["data"]
    if data.keys() != _FIELD_SETS[kind]:
        fields = DATA_FIELDS[kind]
        missing = sorted(set(fields) - set(data))
        extra = sorted(set(data) - set(fields))
        raise SyncError(CODE, "fields differ", line=line, missing=missing, extra=extra)
    for name, fits, required in _CHECKS[kind]:
        value = data[name]
        if value is None:
            if required:
                raise SyncError(CODE, f"{name} is null", line=line, field=name)
        elif not fits(value):
            raise SyncError(CODE, f"{name} has a wrong type", line=line, field=name)


def _fits_str(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _fits_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _fits_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _fits_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= 32
        and all(isinstance(v, str) and 0 < len(v) <= 64 for v in value)
        and len(set(value)) == len(value)
    )


def _fits_id(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def _fits_time(value: Any) -> bool:
    """A timestamp of the sync format that exists (no 30 February, no hour 24)."""
    if not (isinstance(value, str) and _TS.match(value)):
        return False
    try:
        datetime.fromisoformat(value)  # as the import reads it (sync_repo.parse_time)
    except ValueError:
        return False
    return True


def _fits_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


_FITS: dict[str, Callable[[Any], bool]] = {
    _STR: _fits_str,
    _INT: _fits_int,
    _BOOL: _fits_bool,
    _LIST: _fits_list,
    _ID: _fits_id,
    _TIME: _fits_time,
    _DATE: _fits_date,
}
# Per kind, computed once: the field names, and (name, check, required) of each field.
_FIELD_SETS = {kind: frozenset(fields) for kind, fields in DATA_FIELDS.items()}
_CHECKS = {
    kind: tuple((name, _FITS[type_], required) for name, (type_, required) in fields.items())
    for kind, fields in DATA_FIELDS.items()
}

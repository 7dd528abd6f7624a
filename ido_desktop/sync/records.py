"""The ``data`` object of each record kind in a sync file, and its validation.

Record lines carry the metadata every record has (PRODUCT.md 4.1); ``data`` carries the fields of
the kind. Codes are not checked against reference data here: a laptop with newer reference data
must still be able to deliver its records.
"""

from __future__ import annotations

import re
from datetime import date
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
    fields = DATA_FIELDS[record["kind"]]
    data = record["data"]
    if set(data) != set(fields):
        missing = sorted(set(fields) - set(data))
        extra = sorted(set(data) - set(fields))
        raise SyncError(CODE, "fields differ", line=line, missing=missing, extra=extra)
    for name, (kind, required) in fields.items():
        value = data[name]
        if value is None:
            if required:
                raise SyncError(CODE, f"{name} is null", line=line, field=name)
            continue
        if not _fits(kind, value):
            raise SyncError(CODE, f"{name} has a wrong type", line=line, field=name)


def _fits(kind: str, value: Any) -> bool:
    if kind == _STR:
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if kind == _INT:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if kind == _BOOL:
        return isinstance(value, bool)
    if kind == _LIST:
        return (
            isinstance(value, list)
            and len(value) <= 32
            and all(isinstance(v, str) and 0 < len(v) <= 64 for v in value)
            and len(set(value)) == len(value)
        )
    if kind == _ID:
        return isinstance(value, str) and bool(_UUID.match(value))
    if kind == _TIME:
        return isinstance(value, str) and bool(_TS.match(value))
    if kind == _DATE:
        if not isinstance(value, str):
            return False
        try:
            return date.fromisoformat(value).isoformat() == value
        except ValueError:
            return False
    return False

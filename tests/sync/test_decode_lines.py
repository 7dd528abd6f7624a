"""The record lines' short path (``syncfile.decode_lines``) decides exactly as the strict path.

``decode_lines`` accepts a line at once when it re-encodes to itself and the record is well
formed; every other line goes through ``parse_canonical`` and ``validate_record``. Here many
edited lines go through both, and the outcome (records, or the refusal with its code and
parameters) must be the same.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from ido_desktop.sync import syncfile
from ido_desktop.sync.canonical import canonical_json
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.records import validate_record_data
from tests.sync.conftest import DEVICE_ID

# Values of every JSON type and a few near misses of the record fields' forms.
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2**63 - 1,
    2**63,
    1.5,
    "",
    "x",
    "laptop-03",
    "2026-01-15T12:00:00Z",
    "2026-01-15T12:00:00.123456Z",
    "2026-02-30T12:00:00Z",
    "2026-01-15T24:00:00Z",
    "2026-01-15T12:00:00Z\n",
    "2026-01-15 12:00:00Z",
    "01a228e5-71e6-7187-8464-3315883c4a62",
    "01A228E5-71E6-7187-8464-3315883C4A62",
    "01a228e5-71e6-7187-8464-3315883c4a62\n",
    "spreekuur",
    "consult",
    "Vraag",
    [],
    ["a"],
    {},
    {"b": 1, "a": 2},
    "één – keer",
    "\ud800",
]


def strict(lines: bytes, device_id: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The reference: every line through parse_canonical and validate_record."""
    if lines and not lines.endswith(b"\n"):
        raise SyncError("E_SYNC_RECORD_NOT_CANONICAL", "last line lacks its newline")
    return syncfile._decode_strictly(lines.split(b"\n")[:-1], device_id)


def outcome(function: Any, lines: bytes, device_id: str = DEVICE_ID) -> Any:
    try:
        return ("ok", function(lines, device_id))
    except SyncError as exc:
        return ("refused", exc.code, exc.message, dict(exc.params))


def line_of(record: Any) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


def edited(record: dict[str, Any], rng: random.Random) -> bytes:
    """One edit of a record: a field's value, a field dropped or added, or the line's text."""
    record = json.loads(json.dumps(record))
    choice = rng.randrange(7)
    target = record["data"] if record["data"] and rng.random() < 0.4 else record
    key = rng.choice(sorted(target))
    if choice == 0:
        target[key] = rng.choice(ODD_VALUES)
    elif choice == 1:
        del target[key]
    elif choice == 2:
        target[rng.choice(["extra", "Kind", "zz", key + "_"])] = rng.choice(ODD_VALUES)
    elif choice == 3:
        record["device_id"] = rng.choice(["laptop-04", DEVICE_ID + " ", 7])
    line = line_of(record)
    if choice == 4:  # not canonical text: spaces, key order, escapes, a duplicate key
        text = line.decode("utf-8", "surrogatepass")
        text = rng.choice(
            [
                text.replace(",", ", ", 1),
                json.dumps(record, separators=(",", ":")),
                json.dumps(record, sort_keys=True, separators=(",", ":")),
                text[:-1] + ',"kind":"consult"}',
                " " + text,
                text.replace('"revision":', '"revision":1e0,"x":', 1),
            ]
        )
        line = text.encode("utf-8", "surrogatepass")
    elif choice == 5:  # bytes that are not UTF-8, a BOM, a NUL, a truncation
        position = rng.randrange(len(line))
        line = rng.choice(
            [
                line[:position] + b"\xff" + line[position:],
                b"\xef\xbb\xbf" + line,
                b"\x00" + line,
                line[:position],
                b"[" + line + b"]",
                b"NaN",
            ]
        )
    return line


@pytest.mark.parametrize("seed", range(8))
def test_edited_lines_meet_the_same_outcome_on_both_paths(records, seed):
    rng = random.Random(seed)
    good = [canonical_json(r) for r in records]
    for _ in range(400):
        lines = list(good)
        index = rng.randrange(len(lines))
        lines[index] = edited(records[index], rng)
        if rng.random() < 0.2:  # a second edit further on: the first refusal must win
            later = rng.randrange(index, len(lines))
            lines[later] = edited(records[later], rng)
        payload = b"".join(line + b"\n" for line in lines)
        assert outcome(syncfile.decode_lines, payload) == outcome(strict, payload), lines[index]


def test_good_lines_take_the_short_path_and_keep_their_text(records):
    payload = b"".join(canonical_json(r) + b"\n" for r in records)
    decoded, lines = syncfile.decode_lines(payload, DEVICE_ID)
    assert decoded == records
    assert lines == [canonical_json(r).decode("utf-8") for r in records]
    assert outcome(syncfile.decode_lines, payload[:-1]) == outcome(strict, payload[:-1])
    assert outcome(syncfile.decode_lines, payload, "not a device id!") == outcome(
        strict, payload, "not a device id!"
    )


@pytest.mark.parametrize(
    ("field", "value", "accepted"),
    [
        ("started_at", "2026-01-15T12:00:00Z", True),
        ("started_at", "2026-01-15T12:00:00.5Z", True),
        ("started_at", "2026-02-30T12:00:00Z", False),
        ("started_at", "2026-01-15T24:00:00Z", False),
        ("started_at", "2026-01-15T12:00:00Z\n", False),
        ("ended_at", "2025-02-29T12:00:00Z", False),
        ("ended_at", None, True),
    ],
)
def test_record_times_must_exist(records, field, value, accepted):
    spreekuur = next(r for r in records if r["kind"] == "spreekuur")
    spreekuur["data"] = {
        "location_code": "centrale_bibliotheek",
        "staff_code": "MW07",
        "started_at": "2026-01-15T09:00:00Z",
        "ended_at": "2026-01-15T12:00:00.000000Z",
        field: value,
    }
    if accepted:
        validate_record_data(spreekuur, 1)
    else:
        with pytest.raises(SyncError) as caught:
            validate_record_data(spreekuur, 1)
        assert caught.value.code == "E_SYNC_RECORD_DATA_INVALID"
        assert caught.value.params["field"] == field

"""Canonical JSON: one byte sequence per value, so a signature covers exactly one meaning.

Rules: UTF-8 without BOM, object keys sorted by code point, separators ``,`` and ``:`` with no
whitespace, non-ASCII characters written as themselves (not ``\\u`` escapes), no NaN or infinity,
no trailing newline. A reader accepts a document only if re-encoding it gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from ido_desktop.sync.errors import SyncError


def canonical_json(obj: Any) -> bytes:
    """Encode ``obj`` as canonical JSON bytes.

    Raises:
        SyncError: E_JSON_UNSUPPORTED_VALUE for NaN, infinity, non-string keys, lone surrogates or
            types JSON does not have.
    """
    try:
        text = json.dumps(
            obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError, RecursionError) as exc:
        raise SyncError("E_JSON_UNSUPPORTED_VALUE", str(exc)) from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise SyncError("E_JSON_DUPLICATE_KEY", key=key)
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise SyncError("E_JSON_NOT_CANONICAL", f"{name} is not allowed")


def parse_canonical(data: bytes) -> dict[str, Any]:
    """Parse a canonical JSON object, refusing anything else.

    Raises:
        SyncError: E_JSON_INVALID (not UTF-8 JSON, too deep), E_JSON_DUPLICATE_KEY,
            E_JSON_NOT_OBJECT, E_JSON_NOT_CANONICAL.
    """
    # Fast path: a plain parse that re-encodes to exactly these bytes is canonical, and can hold
    # no duplicate key or NaN (either would re-encode differently or not at all). Anything else
    # is parsed again strictly below, which names the precise problem.
    try:
        value = json.loads(data)
        if isinstance(value, dict) and canonical_json(value) == data:
            return value
    except (SyncError, UnicodeDecodeError, ValueError, RecursionError):
        pass
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except SyncError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SyncError("E_JSON_INVALID", str(exc)[:200]) from None
    if not isinstance(value, dict):
        raise SyncError("E_JSON_NOT_OBJECT")
    try:
        again = canonical_json(value)
    except SyncError:
        raise SyncError("E_JSON_NOT_CANONICAL", "cannot be re-encoded") from None
    if again != data:
        raise SyncError("E_JSON_NOT_CANONICAL")
    return value

"""Small strict validators for the JSON documents of the sync formats.

Each raises :class:`SyncError` with the code it is given and ``field`` naming the culprit. JSON
booleans are never accepted where an integer is expected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from ido_desktop.sync.errors import SyncError

TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
DEVICE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
KEY_ID_RE = re.compile(r"[0-9A-F]{16}")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def utc_now() -> str:
    """The current time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def keys(obj: Any, code: str, required: Iterable[str], where: str = "") -> dict[str, Any]:
    """Require ``obj`` to be an object with exactly the ``required`` keys."""
    if not isinstance(obj, dict):
        raise SyncError(code, "not an object", field=where)
    wanted = set(required)
    missing = sorted(wanted - obj.keys())
    unknown = sorted(obj.keys() - wanted)
    if missing:
        raise SyncError(code, f"missing {missing[0]}", field=f"{where}{missing[0]}")
    if unknown:
        raise SyncError(code, f"unknown {unknown[0]}", field=f"{where}{unknown[0]}")
    return obj


def integer(obj: dict[str, Any], key: str, code: str, minimum: int = 0, where: str = "") -> int:
    """Require an integer (not a boolean) ``>= minimum`` and below 2**63."""
    value = obj.get(key)
    if type(value) is not int or not minimum <= value < 2**63:
        raise SyncError(code, f"{key} must be an integer >= {minimum}", field=f"{where}{key}")
    return value


def boolean(obj: dict[str, Any], key: str, code: str, where: str = "") -> bool:
    value = obj.get(key)
    if type(value) is not bool:
        raise SyncError(code, f"{key} must be true or false", field=f"{where}{key}")
    return value


def text(obj: dict[str, Any], key: str, code: str, max_len: int = 200, where: str = "") -> str:
    """Require a non-empty one-line string of at most ``max_len`` characters."""
    value = obj.get(key)
    if not isinstance(value, str) or not value or len(value) > max_len or _CONTROL_RE.search(value):
        raise SyncError(code, f"{key} must be a short one-line text", field=f"{where}{key}")
    return value


def matching(
    obj: dict[str, Any], key: str, code: str, pattern: re.Pattern[str], where: str = ""
) -> str:
    """Require a string matching ``pattern`` in full."""
    value = obj.get(key)
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise SyncError(code, f"{key} has the wrong form", field=f"{where}{key}")
    return value


def timestamp(obj: dict[str, Any], key: str, code: str, where: str = "") -> str:
    """Require an ISO 8601 UTC timestamp ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z`` that exists."""
    value = matching(obj, key, code, TIMESTAMP_RE, where)
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        raise SyncError(code, f"{key} is not a real time", field=f"{where}{key}") from None
    return value

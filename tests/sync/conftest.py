"""Fixtures of the sync-format tests: keys, an age identity, records and a built sync file."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from ido_desktop.sync import agecrypt, minisign, syncfile
from ido_desktop.sync.errors import SyncError
from tests.sync import make_vectors

DEVICE_ID = make_vectors.DEVICE_ID


def needs_tool(name: str) -> pytest.MarkDecorator:
    """Skip an interop test, with a clear reason, only when the standard tool is missing."""
    return pytest.mark.skipif(
        shutil.which(name) is None, reason=f"the standard `{name}` tool is not installed"
    )


@pytest.fixture(scope="session")
def device_key() -> minisign.KeyPair:
    return minisign.KeyPair.generate()


@pytest.fixture(scope="session")
def backoffice_key() -> minisign.KeyPair:
    return minisign.KeyPair.generate()


@pytest.fixture(scope="session")
def age_pair() -> tuple[str, str]:
    return agecrypt.generate_identity()


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return make_vectors.records()


@pytest.fixture
def manifest_fields() -> dict[str, Any]:
    return {
        "schema_version": "0001_initial",
        "app_version": "0.1.0",
        "device_id": DEVICE_ID,
        "sequence": 7,
        "created_at": "2026-01-15T12:00:00Z",
    }


@pytest.fixture
def lookup(device_key):
    """A key lookup that knows only the device key."""

    def lookup_key(key_id: str) -> minisign.PublicKey:
        if key_id == device_key.public.key_id_hex:
            return device_key.public
        raise SyncError("E_SYNC_UNKNOWN_DEVICE", key_id=key_id)

    return lookup_key


@pytest.fixture
def sync_bytes(manifest_fields, records, device_key, age_pair) -> bytes:
    return syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])

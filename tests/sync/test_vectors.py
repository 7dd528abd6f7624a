"""Named good, bad and tampered files in tests/sync/vectors/, each with its expected code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ido_desktop.sync import agecrypt, minisign, pairing, receipt, syncfile
from ido_desktop.sync.errors import SYNC_ERROR_CODES, SyncError
from tests.sync import make_vectors

VECTORS = Path(__file__).resolve().parent / "vectors"
EXPECTED: dict[str, str | None] = json.loads((VECTORS / "expected.json").read_text("utf-8"))


def read_vector(name: str, data: bytes) -> object:
    """Read a vector the way the program would: back office for sync files, laptop otherwise."""
    device = minisign.read_public_key(VECTORS / "device.pub")
    backoffice = minisign.read_public_key(VECTORS / "backoffice.pub")
    if name.endswith(".idosync"):

        def lookup(key_id: str) -> minisign.PublicKey:
            if key_id != device.key_id_hex:
                raise SyncError("E_SYNC_UNKNOWN_DEVICE", key_id=key_id)
            return device

        identity = agecrypt.read_identity(VECTORS / "backoffice-identity.txt")
        return syncfile.read_sync_file(data, lookup, [identity])
    if name.endswith(".idoreceipt"):
        return receipt.read_receipt(data, backoffice)
    if name.endswith(".idopair"):
        return pairing.read_config(data, backoffice)
    raise AssertionError(name)


@pytest.mark.parametrize(("name", "code"), sorted(EXPECTED.items()))
def test_vector_gives_its_expected_code(name, code):
    data = (VECTORS / name).read_bytes()
    if code is None:
        read_vector(name, data)
        return
    assert code in SYNC_ERROR_CODES
    with pytest.raises(SyncError) as caught:
        read_vector(name, data)
    assert caught.value.code == code


def test_every_vector_file_is_listed():
    files = {
        p.name for p in VECTORS.iterdir() if p.suffix in {".idosync", ".idoreceipt", ".idopair"}
    }
    assert files == set(EXPECTED)


def test_the_vectors_cover_the_required_cases():
    codes = set(EXPECTED.values())
    for code in (
        None,
        "E_SYNC_NOT_ZIP",
        "E_SYNC_MEMBER_CORRUPT",
        "E_SYNC_SIGNATURE_KEY_MISMATCH",
        "E_SYNC_MEMBER_UNEXPECTED",
        "E_SYNC_MEMBER_MISSING",
        "E_SYNC_MEMBER_DUPLICATE",
        "E_SYNC_MEMBER_TOO_LARGE",
        "E_SYNC_MEMBER_COMPRESSED",
        "E_SYNC_FORMAT_NEWER",
        "E_SYNC_MANIFEST_NOT_CANONICAL",
        "E_SYNC_PAYLOAD_HASH_MISMATCH",
        "E_SYNC_TRUSTED_COMMENT_MISMATCH",
        "E_SYNC_RECORDS_CONTRADICT_MANIFEST",
        "E_SYNC_RECORD_WRONG_DEVICE",
        "E_CONFIG_WRONG_SIGNER",
    ):
        assert code in codes


def test_generator_makes_the_same_expectations(tmp_path):
    """Regenerating (with fresh age randomness) gives files with the same expected codes."""
    for name in ("backoffice-identity.txt", "other-identity.txt"):
        (tmp_path / name).write_bytes((VECTORS / name).read_bytes())
    expected = make_vectors.main(tmp_path)
    assert expected == EXPECTED
    for name in ("device.pub", "backoffice.pub", "other.pub", "device.key"):
        assert (tmp_path / name).read_bytes() == (VECTORS / name).read_bytes()
    for name in ("good.idoreceipt", "good.idopair", "tampered.idopair"):
        assert (tmp_path / name).read_bytes() == (VECTORS / name).read_bytes()  # no randomness


@pytest.mark.parametrize("name", ["good.idosync", "good-empty.idosync"])
def test_a_stored_version_1_sync_file_still_reads(name):
    """Files written before format version 2 (no ``config_version``) keep importing."""
    read = read_vector(name, (VECTORS / "v1" / name).read_bytes())
    assert isinstance(read, syncfile.SyncFile)
    assert read.manifest["format_version"] == 1
    assert "config_version" not in read.manifest


def test_a_version_2_sync_file_names_the_configuration_the_laptop_runs():
    read = read_vector("good.idosync", (VECTORS / "good.idosync").read_bytes())
    assert isinstance(read, syncfile.SyncFile)
    assert read.manifest["format_version"] == 2 == syncfile.FORMAT_VERSION
    assert read.manifest["config_version"] == 3

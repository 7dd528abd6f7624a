"""The sync file: round trip, determinism, strict reading and the auditor's standard tools."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import zipfile

import pytest

from ido_desktop.sync import agecrypt, container, minisign, syncfile
from ido_desktop.sync.canonical import canonical_json
from ido_desktop.sync.errors import SyncError
from tests.sync.conftest import DEVICE_ID, needs_tool


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_round_trip(sync_bytes, records, lookup, age_pair, device_key):
    result = syncfile.read_sync_file(sync_bytes, lookup, [age_pair[0]])
    assert result.records == records
    manifest = result.manifest
    assert manifest["format"] == "ido-sync" and manifest["format_version"] == 2
    assert manifest["key_id"] == device_key.public.key_id_hex
    assert manifest["sequence"] == 7 and manifest["device_id"] == DEVICE_ID
    assert manifest["record_counts"] == {
        "spreekuur": 1,
        "consult": 3,
        "vraag": 1,
        "doorverwijzing": 1,
    }
    assert manifest["revision_range"] == {"from_clock": 1, "to_clock": 6}
    assert result.manifest_bytes == canonical_json(manifest)
    assert result.file_sha256 == hashlib.sha256(sync_bytes).hexdigest()


def test_container_layout_is_exact(sync_bytes):
    with zipfile.ZipFile(io.BytesIO(sync_bytes)) as archive:
        infos = archive.infolist()
    assert [info.filename for info in infos] == [
        "manifest.json",
        "manifest.json.minisig",
        "payload.age",
    ]
    for info in infos:
        assert info.compress_type == zipfile.ZIP_STORED
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.extra == b"" and info.comment == b""


def test_container_is_deterministic_apart_from_age_randomness(
    manifest_fields, records, device_key, age_pair, monkeypatch
):
    first = syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])
    second = syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])
    assert first != second  # age uses a fresh file key each time
    one, two = members(first), members(second)
    m1, m2 = json.loads(one["manifest.json"]), json.loads(two["manifest.json"])
    for volatile in ("payload_sha256", "payload_size"):
        m1.pop(volatile), m2.pop(volatile)
    assert m1 == m2
    # With the randomness pinned, the whole file is byte-identical.
    monkeypatch.setattr(agecrypt, "encrypt", lambda data, recipients: b"fixed:" + data)
    third = syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])
    fourth = syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])
    assert third == fourth


def test_escrow_recipient_can_decrypt_too(manifest_fields, records, device_key, lookup):
    office, escrow = agecrypt.generate_identity(), agecrypt.generate_identity()
    data = syncfile.build_sync_file(
        manifest_fields, records, device_key.secret, [office[1], escrow[1]]
    )
    assert syncfile.read_sync_file(data, lookup, [escrow[0]]).records == records
    assert syncfile.read_sync_file(data, lookup, [office[0]]).records == records


def test_empty_export_is_valid(manifest_fields, device_key, age_pair, lookup):
    data = syncfile.build_sync_file(manifest_fields, [], device_key.secret, [age_pair[1]])
    result = syncfile.read_sync_file(data, lookup, [age_pair[0]])
    assert result.records == []
    assert result.manifest["revision_range"] == {"from_clock": 0, "to_clock": 0}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda f, r: f.update(sequence=0), "E_SYNC_MANIFEST_INVALID"),
        (lambda f, r: f.update(payload_size=3), "E_SYNC_MANIFEST_INVALID"),
        (lambda f, r: f.update(device_id="bad id"), "E_SYNC_MANIFEST_INVALID"),
        (lambda f, r: r[0].update(device_id="laptop-99"), "E_SYNC_RECORD_WRONG_DEVICE"),
        (lambda f, r: r[0].update(kind="visitor"), "E_SYNC_RECORD_INVALID"),
        (lambda f, r: r[0].update(revision=0), "E_SYNC_RECORD_INVALID"),
        (lambda f, r: r[0].update(deleted=0), "E_SYNC_RECORD_INVALID"),
        (lambda f, r: r[0].update(name="Jan"), "E_SYNC_RECORD_INVALID"),
        (lambda f, r: r.append(dict(r[0])), "E_SYNC_RECORD_DUPLICATE"),
    ],
)
def test_build_refuses_what_read_would_refuse(
    manifest_fields, records, device_key, age_pair, change, code
):
    change(manifest_fields, records)
    with pytest.raises(SyncError) as caught:
        syncfile.build_sync_file(manifest_fields, records, device_key.secret, [age_pair[1]])
    assert caught.value.code == code


def test_signature_is_checked_before_decryption(sync_bytes, age_pair, device_key):
    """An unknown device is refused before anything is decrypted."""
    calls = []

    def lookup(key_id):
        calls.append(key_id)
        raise SyncError("E_SYNC_REVOKED_DEVICE")

    def no_decrypt(*args):
        raise AssertionError("decrypted before the signature was checked")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(agecrypt, "decrypt", no_decrypt)
        with pytest.raises(SyncError) as caught:
            syncfile.read_sync_file(sync_bytes, lookup, [age_pair[0]])
    assert caught.value.code == "E_SYNC_REVOKED_DEVICE"
    assert calls == [device_key.public.key_id_hex]


def test_read_sync_path_refuses_oversized_files_without_reading_them(
    tmp_path, monkeypatch, sync_bytes, lookup, age_pair
):
    path = tmp_path / "x.idosync"
    path.write_bytes(sync_bytes)
    assert syncfile.read_sync_path(path, lookup, [age_pair[0]]).records
    monkeypatch.setattr(syncfile, "MAX_SYNC_FILE_SIZE", len(sync_bytes) - 1)
    with pytest.raises(SyncError) as caught:
        syncfile.read_sync_path(path, lookup, [age_pair[0]])
    assert caught.value.code == "E_SYNC_TOO_LARGE"
    with pytest.raises(SyncError) as caught:
        syncfile.read_sync_path(tmp_path / "gone.idosync", lookup, [age_pair[0]])
    assert caught.value.code == "E_SYNC_READ_FAILED"


def test_bounded_reading_catches_a_member_larger_than_claimed(
    sync_bytes, lookup, age_pair, monkeypatch
):
    small = container.MemberSpec(syncfile.PAYLOAD_NAME, 10)
    monkeypatch.setattr(syncfile, "MEMBERS", (*syncfile.MEMBERS[:2], small))
    with pytest.raises(SyncError) as caught:
        syncfile.read_sync_file(sync_bytes, lookup, [age_pair[0]])
    assert caught.value.code == "E_SYNC_MEMBER_TOO_LARGE"


# --- What an auditor does by hand, with the standard tools ---------------------------------


@needs_tool("minisign")
@needs_tool("age")
@needs_tool("gunzip")
def test_auditor_checks_a_sync_file_with_minisign_age_and_gunzip(
    tmp_path, sync_bytes, device_key, age_pair, records
):
    minisign.write_public_key(tmp_path / "laptop.pub", device_key.public)
    agecrypt.write_identity(tmp_path / "backoffice-identity.txt", age_pair[0])
    x = tmp_path / "x"
    with zipfile.ZipFile(io.BytesIO(sync_bytes)) as archive:
        archive.extractall(x)
    verified = subprocess.run(
        [
            "minisign",
            "-V",
            "-p",
            str(tmp_path / "laptop.pub"),
            "-m",
            str(x / "manifest.json"),
            "-x",
            str(x / "manifest.json.minisig"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert verified.returncode == 0, verified.stderr
    manifest_bytes = (x / "manifest.json").read_bytes()
    manifest = json.loads(manifest_bytes)
    expected = (
        f"ido-sync device={DEVICE_ID} sequence=7 "
        f"sha256={hashlib.sha256(manifest_bytes).hexdigest()}"
    )
    assert f"Trusted comment: {expected}" in verified.stdout
    assert (
        hashlib.sha256((x / "payload.age").read_bytes()).hexdigest() == manifest["payload_sha256"]
    )
    decrypted = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "backoffice-identity.txt"), str(x / "payload.age")],
        capture_output=True,
        timeout=30,
    )
    assert decrypted.returncode == 0, decrypted.stderr
    lines = gzip.decompress(decrypted.stdout).decode().splitlines()
    assert [json.loads(line) for line in lines] == records
    gunzipped = subprocess.run(["gunzip"], input=decrypted.stdout, capture_output=True, timeout=30)
    assert gunzipped.stdout.decode().splitlines() == lines


@needs_tool("unzip")
def test_unzip_tool_lists_exactly_the_three_members(tmp_path, sync_bytes):
    (tmp_path / "f.idosync").write_bytes(sync_bytes)
    listing = subprocess.run(
        ["unzip", "-Z1", str(tmp_path / "f.idosync")], capture_output=True, text=True, timeout=30
    )
    assert listing.stdout.split() == ["manifest.json", "manifest.json.minisig", "payload.age"]
    tested = subprocess.run(
        ["unzip", "-t", str(tmp_path / "f.idosync")], capture_output=True, text=True, timeout=30
    )
    assert tested.returncode == 0 and "No errors detected" in tested.stdout

"""Generate the named sync-format test vectors in tests/sync/vectors/.

Run from the repository root::

    .venv/bin/python tests/sync/make_vectors.py

Inputs are deterministic where possible: minisign keys come from fixed seeds, records and times
are fixed. age encryption is randomised by design, so ``payload.age`` (and with it the manifest
hash and signature) changes each time the vectors are regenerated; the age identities are made
once and then reused from the folder. Every key in the folder is a TEST KEY ONLY.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

from ido_desktop.sync import agecrypt, container, minisign, pairing, receipt, syncfile
from ido_desktop.sync.canonical import canonical_json

VECTORS = Path(__file__).resolve().parent / "vectors"
DEVICE_ID = "laptop-03"
CREATED_AT = "2026-01-15T12:00:00Z"
SCHEMA_VERSION = "0001_initial"
APP_VERSION = "0.1.0"


def test_key(name: str) -> minisign.KeyPair:
    """The minisign test key pair called ``name``, from a fixed seed."""
    seed = hashlib.sha256(f"ido-desktop test vector key: {name}".encode()).digest()
    key_id = hashlib.sha256(f"ido-desktop test vector key id: {name}".encode()).digest()[:8]
    return minisign.KeyPair.from_seed(seed, key_id)


def age_identity(folder: Path, name: str) -> str:
    """The age test identity ``name``: read from ``folder`` or made once and written there."""
    path = folder / f"{name}-identity.txt"
    if path.exists():
        return agecrypt.read_identity(path)
    identity, _ = agecrypt.generate_identity()
    agecrypt.write_identity(path, identity)
    return identity


def records(device_id: str = DEVICE_ID) -> list[dict[str, Any]]:
    """A small fixed set of records: one of each kind, a second revision and a tombstone."""

    def record(kind: str, number: int, revision: int, clock: int, **data: Any) -> dict[str, Any]:
        return {
            "kind": kind,
            "id": f"01900000-0000-7000-8000-{number:012d}",
            "device_id": device_id,
            "revision": revision,
            "created_at": "2026-01-15T09:00:00Z",
            "updated_at": f"2026-01-15T09:{clock:02d}:00Z",
            "updated_clock": clock,
            "deleted": False,
            "data": data,
        }

    spreekuur = record("spreekuur", 1, 1, 1, location="centrale_bibliotheek", staff_code="MW07")
    consult = record("consult", 2, 1, 2, channel="inloop", duration_band="10-20")
    consult2 = record("consult", 2, 2, 5, channel="inloop", duration_band="20-30")
    vraag = record("vraag", 3, 1, 3, domain="digitale_overheid", note="Toeslag aangevraagd")
    verwijzing = record("doorverwijzing", 4, 1, 4, partner="schuldhulp", warmth="warm")
    tombstone = {**record("consult", 5, 2, 6), "deleted": True}
    return [spreekuur, consult, vraag, verwijzing, consult2, tombstone]


class Forge:
    """Builds sync files piece by piece, so that one piece at a time can be made wrong."""

    def __init__(self, folder: Path) -> None:
        self.device = test_key("device")
        self.other = test_key("other")
        self.backoffice = test_key("backoffice")
        self.identity = age_identity(folder, "backoffice")
        self.other_identity = age_identity(folder, "other")
        self.recipient = agecrypt.recipient_of(self.identity)

    def payload(self, recs: list[dict[str, Any]], recipient: str | None = None) -> bytes:
        return agecrypt.encrypt(syncfile.encode_records(recs), [recipient or self.recipient])

    def manifest(self, recs: list[dict[str, Any]], payload: bytes, **changes: Any) -> dict:
        counts, span = syncfile.summarize(recs)
        manifest = {
            "format": "ido-sync",
            "format_version": syncfile.FORMAT_VERSION,
            "schema_version": SCHEMA_VERSION,
            "app_version": APP_VERSION,
            "device_id": DEVICE_ID,
            "key_id": self.device.public.key_id_hex,
            "sequence": 7,
            "revision_range": span,
            "record_counts": counts,
            "created_at": CREATED_AT,
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "payload_size": len(payload),
            "config_version": 3,
        }
        manifest.update(changes)
        return {key: value for key, value in manifest.items() if value is not None}

    def sync_file(
        self,
        recs: list[dict[str, Any]] | None = None,
        *,
        payload: bytes | None = None,
        manifest: dict | None = None,
        manifest_bytes: bytes | None = None,
        key: minisign.SecretKey | None = None,
        trusted: str | None = None,
        untrusted: str = syncfile.UNTRUSTED_COMMENT,
    ) -> bytes:
        recs = records() if recs is None else recs
        payload = self.payload(recs) if payload is None else payload
        manifest = self.manifest(recs, payload) if manifest is None else manifest
        manifest_bytes = canonical_json(manifest) if manifest_bytes is None else manifest_bytes
        if trusted is None:
            trusted = syncfile.trusted_comment(manifest, manifest_bytes)
        signature = minisign.sign(manifest_bytes, key or self.device.secret, trusted, untrusted)
        return container.pack(
            [
                (syncfile.MANIFEST_NAME, manifest_bytes),
                (syncfile.SIGNATURE_NAME, signature),
                (syncfile.PAYLOAD_NAME, payload),
            ]
        )


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def flip_bit(data: bytes, index: int, bit: int = 0) -> bytes:
    out = bytearray(data)
    out[index] ^= 1 << bit
    return bytes(out)


def flip_in_member(data: bytes, name: str, offset: int) -> bytes:
    """Flip a bit inside a member's stored bytes without fixing its CRC-32."""
    start = data.index(name.encode()) + len(name)  # local header name, then the data
    return flip_bit(data, start + offset)


def replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """Replace a member and re-pack canonically (a tamperer who fixes the CRC-32)."""
    return container.pack([(n, content if n == name else c) for n, c in members(data)])


def resign_sig_line(signature: bytes, line: int, flip_at: int) -> bytes:
    """Flip a bit in the decoded base64 of signature line ``line`` and re-encode it."""
    lines = signature.decode().split("\n")
    raw = flip_bit(base64.b64decode(lines[line]), flip_at)
    lines[line] = base64.b64encode(raw).decode()
    return "\n".join(lines).encode()


def forge_key_id(signature: bytes, forge: Forge) -> bytes:
    """Rewrite the key id inside a signature by another key to the device's key id."""
    lines = signature.decode().split("\n")
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(raw[:2] + forge.device.public.key_id + raw[10:]).decode()
    return "\n".join(lines).encode()


def legacy_signature(message: bytes, secret: minisign.SecretKey, trusted: str) -> bytes:
    """A valid but non-prehashed ("Ed") minisign signature, which we refuse."""
    sig = secret.key.sign(message)
    glob = secret.key.sign(sig + trusted.encode())
    line = base64.b64encode(b"Ed" + secret.key_id + sig).decode()
    text = (
        f"untrusted comment: {syncfile.UNTRUSTED_COMMENT}\n{line}\n"
        f"trusted comment: {trusted}\n{base64.b64encode(glob).decode()}\n"
    )
    return text.encode()


def patch_central_size(data: bytes, name: str, size: int) -> bytes:
    """Claim ``size`` for a member in both local and central headers (data unchanged)."""
    out = bytearray(data)
    for signature, size_at in ((b"PK\x03\x04", 18), (b"PK\x01\x02", 20)):
        at = 0
        while (at := out.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if out[name_at : name_at + len(name)] == name.encode():
                struct.pack_into("<II", out, at + size_at, size, size)
            at += 4
    return bytes(out)


def set_flag(data: bytes, name: str, flag: int) -> bytes:
    """Set a general-purpose flag bit of a member in both headers."""
    out = bytearray(data)
    for signature, flag_at, name_off in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = 0
        while (at := out.find(signature, at)) >= 0:
            if out[at + name_off : at + name_off + len(name)] == name.encode():
                struct.pack_into("<H", out, at + flag_at, flag)
            at += 4
    return bytes(out)


def deflated(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members(data):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            method = zipfile.ZIP_DEFLATED if name == syncfile.MANIFEST_NAME else 0
            archive.writestr(info, content, compress_type=method)
    return buffer.getvalue()


def sync_vectors(forge: Forge) -> dict[str, tuple[bytes, str | None]]:
    """Every sync-file vector: name -> (bytes, expected code or None)."""
    recs = records()
    good = forge.sync_file(recs)
    parts = dict(members(good))
    manifest = json.loads(parts[syncfile.MANIFEST_NAME])
    payload = parts[syncfile.PAYLOAD_NAME]
    sig = parts[syncfile.SIGNATURE_NAME]
    m, s, p = syncfile.MANIFEST_NAME, syncfile.SIGNATURE_NAME, syncfile.PAYLOAD_NAME
    other_payload = forge.payload(recs[:2])
    bad_device = [dict(r) for r in recs]
    bad_device[2]["device_id"] = "laptop-04"
    no_data = [dict(r) for r in recs]
    del no_data[1]["data"]
    bomb_payload = agecrypt.encrypt(gzip.compress(bytes(17 * 1024**2), mtime=0), [forge.recipient])
    plain_payload = agecrypt.encrypt(
        b"".join(canonical_json(r) + b"\n" for r in recs), [forge.recipient]
    )
    loose_line = json.dumps(recs[0]).encode() + b"\n"
    loose_payload = agecrypt.encrypt(gzip.compress(loose_line, mtime=0), [forge.recipient])
    trusted = syncfile.trusted_comment(manifest, parts[m])
    by_other = forge.sync_file(recs, payload=payload, manifest=manifest, key=forge.other.secret)
    other_sig = dict(members(by_other))[syncfile.SIGNATURE_NAME]
    forged_sig = replace_member(by_other, syncfile.SIGNATURE_NAME, forge_key_id(other_sig, forge))

    def signed(**kwargs: Any) -> bytes:
        return forge.sync_file(recs, **kwargs)

    def counted(recs_: list[dict[str, Any]], **changes: Any) -> bytes:
        payload_ = forge.payload(recs_)
        return forge.sync_file(
            recs_, payload=payload_, manifest=forge.manifest(recs_, payload_, **changes)
        )

    tampered_manifest = canonical_json({**manifest, "sequence": 8})
    return {
        "good.idosync": (good, None),
        "good-empty.idosync": (forge.sync_file([]), None),
        "empty.idosync": (b"", "E_SYNC_NOT_ZIP"),
        "not-a-zip.idosync": (b"This is not a sync file.\n", "E_SYNC_NOT_ZIP"),
        "truncated-half.idosync": (good[: len(good) // 2], "E_SYNC_NOT_ZIP"),
        "truncated-tail.idosync": (good[:-1], "E_SYNC_NOT_ZIP"),
        "bitflip-manifest.idosync": (flip_in_member(good, m, 10), "E_SYNC_MEMBER_CORRUPT"),
        "bitflip-signature.idosync": (
            flip_in_member(good, s, 40),
            "E_SYNC_MEMBER_CORRUPT",
        ),
        "bitflip-payload.idosync": (flip_in_member(good, p, 100), "E_SYNC_MEMBER_CORRUPT"),
        "tampered-manifest.idosync": (
            replace_member(good, m, tampered_manifest),
            "E_SYNC_SIGNATURE_INVALID",
        ),
        "tampered-signature.idosync": (
            replace_member(good, s, resign_sig_line(sig, 1, 20)),
            "E_SYNC_SIGNATURE_INVALID",
        ),
        "tampered-global-signature.idosync": (
            replace_member(good, s, resign_sig_line(sig, 3, 20)),
            "E_SYNC_TRUSTED_COMMENT_INVALID",
        ),
        "tampered-untrusted-comment.idosync": (
            replace_member(good, s, sig.replace(b"manifest signature", b"manifest signaturE")),
            "E_SYNC_SIGNATURE_MALFORMED",
        ),
        "tampered-payload.idosync": (
            replace_member(good, p, flip_bit(payload, 100)),
            "E_SYNC_PAYLOAD_HASH_MISMATCH",
        ),
        "wrong-key.idosync": (
            signed(payload=payload, manifest=manifest, key=forge.other.secret),
            "E_SYNC_SIGNATURE_KEY_MISMATCH",
        ),
        "forged-key-id.idosync": (forged_sig, "E_SYNC_SIGNATURE_INVALID"),
        "unknown-device.idosync": (
            signed(
                payload=payload,
                manifest={**manifest, "key_id": forge.other.public.key_id_hex},
                key=forge.other.secret,
            ),
            "E_SYNC_UNKNOWN_DEVICE",
        ),
        "legacy-signature.idosync": (
            container.pack(
                [
                    (m, parts[m]),
                    (s, legacy_signature(parts[m], forge.device.secret, trusted)),
                    (p, payload),
                ]
            ),
            "E_SYNC_SIGNATURE_UNSUPPORTED",
        ),
        "extra-member.idosync": (
            container.pack([*members(good), ("notes.txt", b"hello\n")]),
            "E_SYNC_MEMBER_UNEXPECTED",
        ),
        "directory-member.idosync": (
            container.pack([("x/", b""), *members(good)]),
            "E_SYNC_MEMBER_UNEXPECTED",
        ),
        "path-trick.idosync": (
            container.pack([(m, parts[m]), (s, sig), ("../payload.age", payload)]),
            "E_SYNC_MEMBER_UNEXPECTED",
        ),
        "missing-member.idosync": (
            container.pack([(m, parts[m]), (s, sig)]),
            "E_SYNC_MEMBER_MISSING",
        ),
        "duplicate-member.idosync": (
            container.pack([(m, parts[m]), (m, parts[m]), (s, sig), (p, payload)]),
            "E_SYNC_MEMBER_DUPLICATE",
        ),
        "member-order.idosync": (
            container.pack([(s, sig), (m, parts[m]), (p, payload)]),
            "E_SYNC_MEMBER_ORDER",
        ),
        "oversized-member.idosync": (
            patch_central_size(good, m, syncfile.MAX_MANIFEST_SIZE + 1),
            "E_SYNC_MEMBER_TOO_LARGE",
        ),
        "deflated-member.idosync": (deflated(good), "E_SYNC_MEMBER_COMPRESSED"),
        "encrypted-flag.idosync": (set_flag(good, m, 0x1), "E_SYNC_MEMBER_ENCRYPTED"),
        "zip-comment.idosync": (good[:-2] + b"\x05\x00hello", "E_SYNC_CONTAINER_NOT_CANONICAL"),
        "prepended-data.idosync": (b"MZ" + bytes(30) + good, "E_SYNC_CONTAINER_NOT_CANONICAL"),
        "non-canonical-manifest.idosync": (
            signed(
                payload=payload,
                manifest=manifest,
                manifest_bytes=json.dumps(manifest, indent=2).encode(),
            ),
            "E_SYNC_MANIFEST_NOT_CANONICAL",
        ),
        "wrong-format-name.idosync": (
            signed(payload=payload, manifest={**manifest, "format": "ido-sink"}),
            "E_SYNC_FORMAT_UNKNOWN",
        ),
        "newer-format-version.idosync": (
            signed(
                payload=payload,
                manifest={**manifest, "format_version": syncfile.FORMAT_VERSION + 1, "new": 1},
            ),
            "E_SYNC_FORMAT_NEWER",
        ),
        "manifest-missing-field.idosync": (
            signed(payload=payload, manifest=forge.manifest(recs, payload, app_version=None)),
            "E_SYNC_MANIFEST_INVALID",
        ),
        "manifest-no-config-version.idosync": (
            signed(payload=payload, manifest=forge.manifest(recs, payload, config_version=None)),
            "E_SYNC_MANIFEST_INVALID",
        ),
        "manifest-v1-with-config-version.idosync": (
            signed(payload=payload, manifest={**manifest, "format_version": 1}),
            "E_SYNC_MANIFEST_INVALID",
        ),
        "manifest-bool-sequence.idosync": (
            signed(payload=payload, manifest={**manifest, "sequence": True}),
            "E_SYNC_MANIFEST_INVALID",
        ),
        "trusted-comment-mismatch.idosync": (
            signed(
                payload=payload,
                manifest=manifest,
                trusted=trusted.replace("sequence=7", "sequence=8"),
            ),
            "E_SYNC_TRUSTED_COMMENT_MISMATCH",
        ),
        "payload-size-mismatch.idosync": (
            signed(payload=payload, manifest={**manifest, "payload_size": len(payload) + 1}),
            "E_SYNC_PAYLOAD_SIZE_MISMATCH",
        ),
        "payload-hash-mismatch.idosync": (
            signed(
                payload=payload,
                manifest={**manifest, "payload_sha256": hashlib.sha256(other_payload).hexdigest()},
            ),
            "E_SYNC_PAYLOAD_HASH_MISMATCH",
        ),
        "wrong-recipient.idosync": (
            signed(payload=forge.payload(recs, agecrypt.recipient_of(forge.other_identity))),
            "E_SYNC_PAYLOAD_DECRYPT_FAILED",
        ),
        "payload-not-gzip.idosync": (signed(payload=plain_payload), "E_SYNC_PAYLOAD_NOT_GZIP"),
        "payload-gzip-bomb.idosync": (signed(payload=bomb_payload), "E_SYNC_PAYLOAD_TOO_LARGE"),
        "record-not-canonical.idosync": (
            signed(payload=loose_payload, manifest=forge.manifest(recs[:1], loose_payload)),
            "E_SYNC_RECORD_NOT_CANONICAL",
        ),
        "record-invalid.idosync": (counted(no_data), "E_SYNC_RECORD_INVALID"),
        "record-wrong-device.idosync": (counted(bad_device), "E_SYNC_RECORD_WRONG_DEVICE"),
        "record-duplicate.idosync": (counted([*recs, recs[0]]), "E_SYNC_RECORD_DUPLICATE"),
        "records-contradict-count.idosync": (
            counted(recs, record_counts={**syncfile.summarize(recs)[0], "vraag": 2}),
            "E_SYNC_RECORDS_CONTRADICT_MANIFEST",
        ),
        "records-contradict-clock.idosync": (
            counted(recs, revision_range={"from_clock": 1, "to_clock": 9}),
            "E_SYNC_RECORDS_CONTRADICT_MANIFEST",
        ),
    }


def other_vectors(forge: Forge) -> dict[str, tuple[bytes, str | None]]:
    """Receipt and configuration-file vectors."""
    fields = {
        "device_id": DEVICE_ID,
        "sequences": [6, 7],
        "received_through_clock": 6,
        "record_revisions": 6,
        "created_at": CREATED_AT,
    }
    good_receipt = receipt.build_receipt(fields, forge.backoffice.secret)
    config_fields = {
        "config_version": 3,
        "backoffice_name": "Bibliotheek Centrum, back office",
        "recipients": [forge.recipient],
        "reference": {"locations": {"version": 2, "items": [{"code": "centrale_bibliotheek"}]}},
        "created_at": CREATED_AT,
    }
    good_config = pairing.build_config(config_fields, forge.backoffice.secret)
    config_json = dict(members(good_config))[pairing.CONFIG_NAME]
    return {
        "good.idoreceipt": (good_receipt, None),
        "tampered.idoreceipt": (
            replace_member(
                good_receipt,
                receipt.RECEIPT_NAME,
                dict(members(good_receipt))[receipt.RECEIPT_NAME].replace(b"[6,7]", b"[6,8]"),
            ),
            "E_RECEIPT_SIGNATURE_INVALID",
        ),
        "wrong-signer.idoreceipt": (
            receipt.build_receipt(fields, forge.other.secret),
            "E_RECEIPT_SIGNATURE_KEY_MISMATCH",
        ),
        "extra-member.idoreceipt": (
            container.pack([*members(good_receipt), ("x", b"")]),
            "E_RECEIPT_MEMBER_UNEXPECTED",
        ),
        "good.idopair": (good_config, None),
        "wrong-signer.idopair": (
            pairing.build_config(config_fields, forge.other.secret),
            "E_CONFIG_WRONG_SIGNER",
        ),
        "tampered.idopair": (
            replace_member(
                good_config,
                pairing.CONFIG_NAME,
                config_json.replace(b'"config_version":3', b'"config_version":4'),
            ),
            "E_CONFIG_SIGNATURE_INVALID",
        ),
    }


def main(folder: Path = VECTORS) -> dict[str, str | None]:
    """Write every vector and ``expected.json`` into ``folder``; return the expectations."""
    folder.mkdir(parents=True, exist_ok=True)
    forge = Forge(folder)
    for name in ("device", "other", "backoffice"):
        pair = test_key(name)
        minisign.write_public_key(folder / f"{name}.pub", pair.public)
        minisign.write_secret_key(folder / f"{name}.key", pair.secret)
    for old in [*folder.glob("*.idosync"), *folder.glob("*.idoreceipt"), *folder.glob("*.idopair")]:
        old.unlink()
    expected: dict[str, str | None] = {}
    for name, (data, code) in {**sync_vectors(forge), **other_vectors(forge)}.items():
        (folder / name).write_bytes(data)
        expected[name] = code
    (folder / "expected.json").write_text(
        json.dumps(expected, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return expected


if __name__ == "__main__":
    written = main(Path(sys.argv[1]) if len(sys.argv) > 1 else VECTORS)
    print(f"wrote {len(written)} vectors")

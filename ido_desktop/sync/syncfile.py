"""The sync file (``*.idosync``) that carries a laptop's records to the back office.

A canonical ZIP (see :mod:`ido_desktop.sync.container`) holding exactly, in this order:

- ``manifest.json``: canonical JSON, no personal data, see :data:`MANIFEST_FIELDS`;
- ``manifest.json.minisig``: minisign signature of ``manifest.json`` by the device key, trusted
  comment ``ido-sync device=<device_id> sequence=<n> sha256=<sha256 of manifest.json>``;
- ``payload.age``: the records as gzip-compressed JSON Lines, age-encrypted to the back office.

The format is described byte for byte in ``docs/sync-format.md``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ido_desktop.sync import agecrypt, container, minisign
from ido_desktop.sync.atomic import write_verified
from ido_desktop.sync.canonical import canonical_json, parse_canonical
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.fields import (
    DEVICE_ID_RE,
    KEY_ID_RE,
    SHA256_RE,
    TIMESTAMP_RE,
    UUID_RE,
    boolean,
    integer,
    keys,
    matching,
    text,
    timestamp,
    utc_now,
)

FORMAT = "ido-sync"
FORMAT_VERSION = 2
PREFIX = "SYNC"
KINDS = ("spreekuur", "consult", "vraag", "doorverwijzing")
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
PAYLOAD_NAME = "payload.age"
MAX_MANIFEST_SIZE = 64 * 1024
MAX_SIGNATURE_SIZE = 4 * 1024
MAX_PAYLOAD_SIZE = 1024**3
MAX_SYNC_FILE_SIZE = MAX_MANIFEST_SIZE + MAX_SIGNATURE_SIZE + MAX_PAYLOAD_SIZE + 64 * 1024
MAX_DECOMPRESSED_SIZE = 2 * 1024**3
DECOMPRESSION_RATIO = 64
MIN_DECOMPRESSED_CAP = 16 * 1024**2
UNTRUSTED_COMMENT = "ido-sync manifest signature"
MEMBERS = (
    container.MemberSpec(MANIFEST_NAME, MAX_MANIFEST_SIZE),
    container.MemberSpec(SIGNATURE_NAME, MAX_SIGNATURE_SIZE),
    container.MemberSpec(PAYLOAD_NAME, MAX_PAYLOAD_SIZE),
)
MANIFEST_FIELDS_V1 = (
    "format",
    "format_version",
    "schema_version",
    "app_version",
    "device_id",
    "key_id",
    "sequence",
    "revision_range",
    "record_counts",
    "created_at",
    "payload_sha256",
    "payload_size",
)
#: Version 2 adds ``config_version``: the configuration version the laptop runs (0: none yet).
MANIFEST_FIELDS = (*MANIFEST_FIELDS_V1, "config_version")
MANIFEST_FIELDS_BY_VERSION = {1: MANIFEST_FIELDS_V1, 2: MANIFEST_FIELDS}
#: The fields the caller gives to :func:`build_sync_file` (``created_at`` and
#: ``config_version`` are optional; the latter defaults to 0).
CALLER_FIELDS = (
    "schema_version",
    "app_version",
    "device_id",
    "sequence",
    "created_at",
    "config_version",
)
RECORD_FIELDS = (
    "kind",
    "id",
    "device_id",
    "revision",
    "created_at",
    "updated_at",
    "updated_clock",
    "deleted",
    "data",
)


@dataclass(frozen=True)
class SyncFile:
    """A sync file that passed every check."""

    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    manifest_bytes: bytes
    file_sha256: str
    #: Each record's line of the payload (canonical JSON, without its newline), as text.
    lines: list[str] = field(default_factory=list)


def trusted_comment(manifest: dict[str, Any], manifest_bytes: bytes) -> str:
    """The trusted comment that binds the signature to device, sequence and manifest bytes."""
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    return (
        f"{FORMAT} device={manifest['device_id']} sequence={manifest['sequence']} sha256={digest}"
    )


def validate_manifest(manifest: dict[str, Any]) -> None:
    """Check every manifest field (E_SYNC_MANIFEST_INVALID); the fields of its format version."""
    code = "E_SYNC_MANIFEST_INVALID"
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    known = MANIFEST_FIELDS_BY_VERSION.get(version if type(version) is int else 0)
    keys(manifest, code, known or MANIFEST_FIELDS)
    if manifest["format"] != FORMAT:
        raise SyncError("E_SYNC_FORMAT_UNKNOWN", expected=FORMAT)
    integer(manifest, "format_version", code, 1)
    text(manifest, "schema_version", code, 64)
    text(manifest, "app_version", code, 64)
    matching(manifest, "device_id", code, DEVICE_ID_RE)
    matching(manifest, "key_id", code, KEY_ID_RE)
    integer(manifest, "sequence", code, 1)
    span = keys(manifest["revision_range"], code, ("from_clock", "to_clock"), "revision_range.")
    low = integer(span, "from_clock", code, 0, "revision_range.")
    high = integer(span, "to_clock", code, 0, "revision_range.")
    if low > high:
        raise SyncError(code, "from_clock > to_clock", field="revision_range")
    counts = keys(manifest["record_counts"], code, KINDS, "record_counts.")
    for kind in KINDS:
        integer(counts, kind, code, 0, "record_counts.")
    timestamp(manifest, "created_at", code)
    matching(manifest, "payload_sha256", code, SHA256_RE)
    integer(manifest, "payload_size", code, 0)
    if "config_version" in manifest:
        integer(manifest, "config_version", code, 0)


def validate_record(record: Any, device_id: str, line: int = 0) -> None:
    """Check one record line (E_SYNC_RECORD_INVALID, E_SYNC_RECORD_WRONG_DEVICE)."""
    code = "E_SYNC_RECORD_INVALID"
    try:
        keys(record, code, RECORD_FIELDS)
        if record["kind"] not in KINDS:
            raise SyncError(code, "unknown kind", field="kind")
        matching(record, "id", code, UUID_RE)
        matching(record, "device_id", code, DEVICE_ID_RE)
        integer(record, "revision", code, 1)
        timestamp(record, "created_at", code)
        timestamp(record, "updated_at", code)
        integer(record, "updated_clock", code, 0)
        boolean(record, "deleted", code)
        if not isinstance(record["data"], dict):
            raise SyncError(code, "data must be an object", field="data")
    except SyncError as exc:
        raise SyncError(exc.code, exc.message, line=line, **exc.params) from None
    if record["device_id"] != device_id:
        raise SyncError("E_SYNC_RECORD_WRONG_DEVICE", line=line, expected=device_id)


def encode_records(records: Iterable[dict[str, Any]]) -> bytes:
    """Encode records as gzip-compressed JSON Lines (one canonical object per line, mtime 0)."""
    lines = b"".join(canonical_json(record) + b"\n" for record in records)
    return gzip.compress(lines, compresslevel=6, mtime=0)


def summarize(records: Sequence[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """Return the ``record_counts`` and ``revision_range`` that describe ``records``."""
    found = Counter(record["kind"] for record in records)
    clocks = [record["updated_clock"] for record in records]
    counts = {kind: found.get(kind, 0) for kind in KINDS}
    span = {"from_clock": min(clocks, default=0), "to_clock": max(clocks, default=0)}
    return counts, span


def sign_manifest(
    manifest_bytes: bytes, manifest: dict[str, Any], secret: minisign.SecretKey
) -> bytes:
    """Return ``manifest.json.minisig`` for the manifest."""
    comment = trusted_comment(manifest, manifest_bytes)
    return minisign.sign(manifest_bytes, secret, comment, UNTRUSTED_COMMENT)


def build_sync_file(
    manifest_fields: dict[str, Any],
    records: Iterable[dict[str, Any]],
    secret_key: minisign.SecretKey,
    recipients: Sequence[str],
) -> bytes:
    """Build a sync file; counts, clock range, key id and payload hash are computed here.

    Args:
        manifest_fields: ``schema_version``, ``app_version``, ``device_id``, ``sequence`` and
            optionally ``created_at`` (default: now).
        records: Record dicts with the fields of :data:`RECORD_FIELDS`.
        secret_key: The device's minisign key.
        recipients: age recipients: the back office first, optionally an escrow.

    Raises:
        SyncError: E_SYNC_MANIFEST_INVALID, E_SYNC_RECORD_INVALID, E_SYNC_RECORD_WRONG_DEVICE,
            E_SYNC_RECORD_DUPLICATE, E_AGE_BAD_RECIPIENT, E_JSON_UNSUPPORTED_VALUE. What this
            function builds always passes :func:`read_sync_file`.
    """
    unknown = sorted(set(manifest_fields) - set(CALLER_FIELDS))
    if unknown:
        raise SyncError("E_SYNC_MANIFEST_INVALID", f"unknown {unknown[0]}", field=unknown[0])
    fields = {"created_at": utc_now(), "config_version": 0, **manifest_fields}
    matching(fields, "device_id", "E_SYNC_MANIFEST_INVALID", DEVICE_ID_RE)
    records = list(records)
    for line, record in enumerate(records, start=1):
        validate_record(record, fields["device_id"], line)
    _check_duplicates(records)
    payload = agecrypt.encrypt(encode_records(records), recipients)
    counts, span = summarize(records)
    manifest = {
        **fields,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key_id": secret_key.key_id_hex,
        "revision_range": span,
        "record_counts": counts,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "payload_size": len(payload),
    }
    validate_manifest(manifest)
    manifest_bytes = canonical_json(manifest)
    if len(manifest_bytes) > MAX_MANIFEST_SIZE:
        raise SyncError("E_SYNC_MANIFEST_INVALID", "manifest too large")
    signature = sign_manifest(manifest_bytes, manifest, secret_key)
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise SyncError("E_SYNC_MEMBER_TOO_LARGE", member=PAYLOAD_NAME, limit=MAX_PAYLOAD_SIZE)
    return container.pack(
        [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature), (PAYLOAD_NAME, payload)]
    )


def write_sync_file(directory: Path, filename: str, data: bytes) -> Path:
    """Write a sync file atomically, read it back and compare; return its path.

    Raises:
        SyncError: E_EXPORT_BAD_FILENAME, E_EXPORT_DISK_FULL, E_EXPORT_READ_ONLY,
            E_EXPORT_WRITE_FAILED, E_EXPORT_VERIFY_FAILED. After a failure neither the final
            name nor a temporary file exists.
    """
    return write_verified(Path(directory), filename, data)


def _check_duplicates(records: Sequence[dict[str, Any]]) -> None:
    seen: set[tuple[str, str, int]] = set()
    for line, record in enumerate(records, start=1):
        key = (record["kind"], record["id"], record["revision"])
        if key in seen:
            raise SyncError("E_SYNC_RECORD_DUPLICATE", line=line, id=record["id"])
        seen.add(key)


def _gunzip(data: bytes) -> bytes:
    cap = min(MAX_DECOMPRESSED_SIZE, max(MIN_DECOMPRESSED_CAP, DECOMPRESSION_RATIO * len(data)))
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # gzip wrapper only
    out = bytearray()
    pending = data
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, 1 << 20)
            pending = inflater.unconsumed_tail
            out += chunk
            if len(out) > cap:
                raise SyncError("E_SYNC_PAYLOAD_TOO_LARGE", limit=cap)
            if not chunk and not pending and not inflater.eof:
                raise SyncError("E_SYNC_PAYLOAD_NOT_GZIP", "truncated")
    except zlib.error as exc:
        raise SyncError("E_SYNC_PAYLOAD_NOT_GZIP", str(exc)) from None
    if inflater.unused_data:
        raise SyncError("E_SYNC_PAYLOAD_NOT_GZIP", "data after the gzip stream")
    return bytes(out)


def decode_records(lines: bytes, device_id: str) -> list[dict[str, Any]]:
    """Parse and check JSON Lines of records (each line canonical, LF-terminated)."""
    return decode_lines(lines, device_id)[0]


def decode_lines(lines: bytes, device_id: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Parse and check JSON Lines of records; return the records and their lines as text.

    A line that is plain canonical JSON of a well-formed record takes a short path (one parse,
    one re-encoding, the record checks inline); any other line goes through
    :func:`parse_canonical` and :func:`validate_record`, which name the problem, so each
    refusal keeps its code.
    """
    if lines and not lines.endswith(b"\n"):
        raise SyncError("E_SYNC_RECORD_NOT_CANONICAL", "last line lacks its newline")
    try:
        texts = lines.decode("utf-8").split("\n")[:-1]
    except UnicodeDecodeError:
        texts = None  # the line at fault is found, and named, line by line below
    if texts is None or not DEVICE_ID_RE.fullmatch(device_id):
        return _decode_strictly(lines.split(b"\n")[:-1], device_id)
    records = []
    decode, encode = _DECODER.raw_decode, _CANONICAL.encode
    for number, line in enumerate(texts, start=1):
        try:
            record, end = decode(line)
            fast = end == len(line) and type(record) is dict and encode(record) == line
        except (ValueError, RecursionError):
            fast = False
        if not (fast and _well_formed(record, device_id)):
            record = _decode_line(line.encode("utf-8"), number)
            validate_record(record, device_id, number)
        records.append(record)
    _check_duplicates(records)
    return records, texts


def _decode_strictly(
    lines: list[bytes], device_id: str
) -> tuple[list[dict[str, Any]], list[str]]:
    records = []
    for number, line in enumerate(lines, start=1):
        record = _decode_line(line, number)
        validate_record(record, device_id, number)
        records.append(record)
    _check_duplicates(records)
    return records, [line.decode("utf-8") for line in lines]


def _decode_line(line: bytes, number: int) -> dict[str, Any]:
    try:
        return parse_canonical(line)
    except SyncError as exc:
        raise SyncError("E_SYNC_RECORD_NOT_CANONICAL", line=number, cause=exc.code) from None


# The encoder of canonical_json (sync.canonical), for text: a line is canonical when it equals
# the re-encoding of what it parses to (this rules out duplicate keys, NaN and lone surrogates).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
_DECODER = json.JSONDecoder()
_RECORD_KEYS = frozenset(RECORD_FIELDS)
_MAX_INT = 2**63


def _well_formed(record: dict[str, Any], device_id: str) -> bool:
    """True when :func:`validate_record` would accept ``record``; False when it may not."""
    if record.keys() != _RECORD_KEYS or record["device_id"] != device_id:
        return False
    kind, record_id, revision = record["kind"], record["id"], record["revision"]
    clock, created, updated = record["updated_clock"], record["created_at"], record["updated_at"]
    if not (
        type(kind) is str
        and kind in KINDS
        and type(record_id) is str
        and UUID_RE.fullmatch(record_id)
        and type(revision) is int
        and 1 <= revision < _MAX_INT
        and type(clock) is int
        and 0 <= clock < _MAX_INT
        and type(record["deleted"]) is bool
        and type(record["data"]) is dict
        and type(created) is str
        and type(updated) is str
        and TIMESTAMP_RE.fullmatch(created)
        and TIMESTAMP_RE.fullmatch(updated)
    ):
        return False
    try:
        datetime.fromisoformat(created[:-1])
        datetime.fromisoformat(updated[:-1])
    except ValueError:
        return False
    return True


def read_sync_file(
    data: bytes,
    lookup_key: Callable[[str], minisign.PublicKey],
    identities: Sequence[str],
) -> SyncFile:
    """Read a sync file strictly; the signature is checked before anything is decrypted.

    Args:
        data: The whole file.
        lookup_key: Gives the enrolled public key for a manifest ``key_id``; raises its own
            SyncError (E_SYNC_UNKNOWN_DEVICE, E_SYNC_REVOKED_DEVICE) when there is none.
        identities: The back office's age identities.

    Raises:
        SyncError: a code of :data:`~ido_desktop.sync.errors.SYNC_ERROR_CODES`, in the order
            documented in ``docs/sync-format.md``.
    """
    manifest_bytes, signature, payload = container.unpack(data, MEMBERS, PREFIX, MAX_SYNC_FILE_SIZE)
    manifest = container.parse_document(manifest_bytes, PREFIX)
    container.check_format(manifest, PREFIX, FORMAT, FORMAT_VERSION)
    validate_manifest(manifest)
    public_key = lookup_key(manifest["key_id"])
    if public_key.key_id_hex != manifest["key_id"]:
        raise SyncError("E_SYNC_SIGNATURE_KEY_MISMATCH", "lookup gave another key")
    container.verify_document(
        manifest_bytes,
        signature,
        public_key,
        PREFIX,
        untrusted_comment=UNTRUSTED_COMMENT,
        trusted_comment=trusted_comment(manifest, manifest_bytes),
    )
    if len(payload) != manifest["payload_size"]:
        raise SyncError("E_SYNC_PAYLOAD_SIZE_MISMATCH", found=len(payload))
    if hashlib.sha256(payload).hexdigest() != manifest["payload_sha256"]:
        raise SyncError("E_SYNC_PAYLOAD_HASH_MISMATCH")
    try:
        compressed = agecrypt.decrypt(payload, identities)
    except SyncError as exc:
        raise SyncError("E_SYNC_PAYLOAD_DECRYPT_FAILED", exc.message, cause=exc.code) from None
    records, lines = decode_lines(_gunzip(compressed), manifest["device_id"])
    counts, span = summarize(records)
    if counts != manifest["record_counts"] or span != manifest["revision_range"]:
        raise SyncError("E_SYNC_RECORDS_CONTRADICT_MANIFEST", counts=counts, revision_range=span)
    return SyncFile(manifest, records, manifest_bytes, hashlib.sha256(data).hexdigest(), lines)


def read_sync_path(
    path: Path,
    lookup_key: Callable[[str], minisign.PublicKey],
    identities: Sequence[str],
) -> SyncFile:
    """Read a sync file from disk, never more than :data:`MAX_SYNC_FILE_SIZE` bytes."""
    data = container.read_bounded(Path(path), MAX_SYNC_FILE_SIZE, PREFIX)
    return read_sync_file(data, lookup_key, identities)

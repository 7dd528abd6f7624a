"""The receipt (``*.idoreceipt``) the back office signs after an import.

A canonical ZIP holding exactly ``receipt.json`` (canonical JSON) and ``receipt.json.minisig``
(signed by the back-office key, trusted comment
``ido-receipt device=<device_id> sha256=<sha256 of receipt.json>``). Not encrypted: it holds no
personal data. See ``docs/sync-format.md``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ido_desktop.sync import container, minisign
from ido_desktop.sync.canonical import canonical_json
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.fields import (
    DEVICE_ID_RE,
    KEY_ID_RE,
    integer,
    keys,
    matching,
    timestamp,
    utc_now,
)

FORMAT = "ido-receipt"
FORMAT_VERSION = 1
PREFIX = "RECEIPT"
RECEIPT_NAME = "receipt.json"
SIGNATURE_NAME = "receipt.json.minisig"
MAX_RECEIPT_SIZE = 1024 * 1024
MAX_SIGNATURE_SIZE = 4 * 1024
MAX_RECEIPT_FILE_SIZE = MAX_RECEIPT_SIZE + MAX_SIGNATURE_SIZE + 64 * 1024
UNTRUSTED_COMMENT = "ido-receipt signature"
MEMBERS = (
    container.MemberSpec(RECEIPT_NAME, MAX_RECEIPT_SIZE),
    container.MemberSpec(SIGNATURE_NAME, MAX_SIGNATURE_SIZE),
)
RECEIPT_FIELDS = (
    "format",
    "format_version",
    "backoffice_key_id",
    "device_id",
    "sequences",
    "received_through_clock",
    "record_revisions",
    "created_at",
)
#: The fields the caller gives to :func:`build_receipt` (``created_at`` is optional).
CALLER_FIELDS = (
    "device_id",
    "sequences",
    "received_through_clock",
    "record_revisions",
    "created_at",
)


def trusted_comment(receipt: dict[str, Any], receipt_bytes: bytes) -> str:
    """The trusted comment that binds the signature to device and receipt bytes."""
    digest = hashlib.sha256(receipt_bytes).hexdigest()
    return f"{FORMAT} device={receipt['device_id']} sha256={digest}"


def validate_receipt(receipt: dict[str, Any]) -> None:
    """Check every receipt field (E_RECEIPT_CONTENT_INVALID).

    ``sequences`` is a non-empty, strictly ascending list of integers >= 1.
    """
    code = "E_RECEIPT_CONTENT_INVALID"
    keys(receipt, code, RECEIPT_FIELDS)
    if receipt["format"] != FORMAT:
        raise SyncError("E_RECEIPT_FORMAT_UNKNOWN", expected=FORMAT)
    integer(receipt, "format_version", code, 1)
    matching(receipt, "backoffice_key_id", code, KEY_ID_RE)
    matching(receipt, "device_id", code, DEVICE_ID_RE)
    sequences = receipt["sequences"]
    if not isinstance(sequences, list) or not sequences:
        raise SyncError(code, "sequences must be a non-empty list", field="sequences")
    for index, _ in enumerate(sequences):
        integer({"item": sequences[index]}, "item", code, 1, f"sequences[{index}].")
    if any(a >= b for a, b in zip(sequences, sequences[1:], strict=False)):
        raise SyncError(code, "sequences must ascend strictly", field="sequences")
    integer(receipt, "received_through_clock", code, 0)
    integer(receipt, "record_revisions", code, 0)
    timestamp(receipt, "created_at", code)


def build_receipt(fields: dict[str, Any], secret_key: minisign.SecretKey) -> bytes:
    """Build a signed receipt from :data:`CALLER_FIELDS`; the key id comes from ``secret_key``.

    Raises:
        SyncError: E_RECEIPT_CONTENT_INVALID.
    """
    unknown = sorted(set(fields) - set(CALLER_FIELDS))
    if unknown:
        raise SyncError("E_RECEIPT_CONTENT_INVALID", f"unknown {unknown[0]}", field=unknown[0])
    receipt = {
        "created_at": utc_now(),
        **fields,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "backoffice_key_id": secret_key.key_id_hex,
    }
    validate_receipt(receipt)
    receipt_bytes = canonical_json(receipt)
    if len(receipt_bytes) > MAX_RECEIPT_SIZE:
        raise SyncError("E_RECEIPT_CONTENT_INVALID", "receipt too large")
    comment = trusted_comment(receipt, receipt_bytes)
    signature = minisign.sign(receipt_bytes, secret_key, comment, UNTRUSTED_COMMENT)
    return container.pack([(RECEIPT_NAME, receipt_bytes), (SIGNATURE_NAME, signature)])


def read_receipt(data: bytes, public_key: minisign.PublicKey) -> dict[str, Any]:
    """Read a receipt strictly and verify it against the pinned back-office key.

    The caller still checks that ``device_id`` is its own (E_RECEIPT_WRONG_DEVICE).

    Raises:
        SyncError: an ``E_RECEIPT_`` code of :data:`~ido_desktop.sync.errors.SYNC_ERROR_CODES`.
    """
    receipt_bytes, signature = container.unpack(data, MEMBERS, PREFIX, MAX_RECEIPT_FILE_SIZE)
    receipt = container.parse_document(receipt_bytes, PREFIX)
    container.check_format(receipt, PREFIX, FORMAT, FORMAT_VERSION)
    validate_receipt(receipt)
    if receipt["backoffice_key_id"] != public_key.key_id_hex:
        raise SyncError(
            "E_RECEIPT_SIGNATURE_KEY_MISMATCH",
            named=receipt["backoffice_key_id"],
            expected=public_key.key_id_hex,
        )
    container.verify_document(
        receipt_bytes,
        signature,
        public_key,
        PREFIX,
        untrusted_comment=UNTRUSTED_COMMENT,
        trusted_comment=trusted_comment(receipt, receipt_bytes),
    )
    return receipt

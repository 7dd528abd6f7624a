"""The pairing/configuration file (``*.idopair``) the back office gives to laptops.

A canonical ZIP holding exactly ``config.json`` (canonical JSON) and ``config.json.minisig``
(signed by the back-office key, trusted comment
``ido-config version=<config_version> sha256=<sha256 of config.json>``). It carries the
back office's signing public key, its age recipients and the reference data. At first pairing
the laptop verifies it with the key inside the file and shows that key's fingerprint; later it
accepts only files signed by the pinned key. See ``docs/sync-format.md``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ido_desktop.sync import agecrypt, container, minisign
from ido_desktop.sync.canonical import canonical_json
from ido_desktop.sync.errors import SyncError
from ido_desktop.sync.fields import KEY_ID_RE, integer, keys, matching, text, timestamp, utc_now

FORMAT = "ido-config"
FORMAT_VERSION = 1
PREFIX = "CONFIG"
CONFIG_NAME = "config.json"
SIGNATURE_NAME = "config.json.minisig"
MAX_CONFIG_SIZE = 16 * 1024 * 1024
MAX_SIGNATURE_SIZE = 4 * 1024
MAX_CONFIG_FILE_SIZE = MAX_CONFIG_SIZE + MAX_SIGNATURE_SIZE + 64 * 1024
MAX_RECIPIENTS = 4
UNTRUSTED_COMMENT = "ido-config signature"
MEMBERS = (
    container.MemberSpec(CONFIG_NAME, MAX_CONFIG_SIZE),
    container.MemberSpec(SIGNATURE_NAME, MAX_SIGNATURE_SIZE),
)
CONFIG_FIELDS = (
    "format",
    "format_version",
    "config_version",
    "backoffice_name",
    "backoffice_public_key",
    "backoffice_key_id",
    "recipients",
    "reference",
    "created_at",
)
#: The fields the caller gives to :func:`build_config` (``created_at`` is optional).
CALLER_FIELDS = ("config_version", "backoffice_name", "recipients", "reference", "created_at")


def trusted_comment(config: dict[str, Any], config_bytes: bytes) -> str:
    """The trusted comment that binds the signature to version and configuration bytes."""
    digest = hashlib.sha256(config_bytes).hexdigest()
    return f"{FORMAT} version={config['config_version']} sha256={digest}"


def validate_config(config: dict[str, Any]) -> minisign.PublicKey:
    """Check every field (E_CONFIG_CONTENT_INVALID); return the embedded back-office key."""
    code = "E_CONFIG_CONTENT_INVALID"
    keys(config, code, CONFIG_FIELDS)
    if config["format"] != FORMAT:
        raise SyncError("E_CONFIG_FORMAT_UNKNOWN", expected=FORMAT)
    integer(config, "format_version", code, 1)
    integer(config, "config_version", code, 1)
    text(config, "backoffice_name", code, 200)
    key_text = config["backoffice_public_key"]
    try:
        if not isinstance(key_text, str):
            raise SyncError(code)
        public_key = minisign.read_public_key(key_text)
    except SyncError:
        raise SyncError(code, "not a minisign public key", field="backoffice_public_key") from None
    if key_text != public_key.to_text():
        raise SyncError(code, "public key not in canonical form", field="backoffice_public_key")
    matching(config, "backoffice_key_id", code, KEY_ID_RE)
    if config["backoffice_key_id"] != public_key.key_id_hex:
        raise SyncError(code, "key id does not match the key", field="backoffice_key_id")
    recipients = config["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise SyncError(code, "recipients must be a list of 1 to 4", field="recipients")
    for index, recipient in enumerate(recipients):
        try:
            canonical = agecrypt.parse_recipient(recipient)
        except SyncError:
            raise SyncError(code, "bad age recipient", field=f"recipients[{index}]") from None
        if canonical != recipient:
            raise SyncError(code, "recipient not in canonical form", field=f"recipients[{index}]")
    if len(set(recipients)) != len(recipients):
        raise SyncError(code, "duplicate recipient", field="recipients")
    reference = config["reference"]
    if not isinstance(reference, dict):
        raise SyncError(code, "reference must be an object", field="reference")
    for kind, block in reference.items():
        where = f"reference.{kind}."
        keys(block, code, ("version", "items"), where)
        integer(block, "version", code, 1, where)
        if not isinstance(block["items"], list) or not all(
            isinstance(item, dict) for item in block["items"]
        ):
            raise SyncError(code, "items must be a list of objects", field=f"{where}items")
    timestamp(config, "created_at", code)
    return public_key


def build_config(fields: dict[str, Any], secret_key: minisign.SecretKey) -> bytes:
    """Build a signed configuration file from :data:`CALLER_FIELDS`.

    The back-office public key and key id are taken from ``secret_key``.

    Raises:
        SyncError: E_CONFIG_CONTENT_INVALID.
    """
    unknown = sorted(set(fields) - set(CALLER_FIELDS))
    if unknown:
        raise SyncError("E_CONFIG_CONTENT_INVALID", f"unknown {unknown[0]}", field=unknown[0])
    public = secret_key.public_key
    config = {
        "created_at": utc_now(),
        **fields,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "backoffice_public_key": public.to_text(),
        "backoffice_key_id": public.key_id_hex,
    }
    validate_config(config)
    config_bytes = canonical_json(config)
    if len(config_bytes) > MAX_CONFIG_SIZE:
        raise SyncError("E_CONFIG_CONTENT_INVALID", "configuration too large")
    comment = trusted_comment(config, config_bytes)
    signature = minisign.sign(config_bytes, secret_key, comment, UNTRUSTED_COMMENT)
    return container.pack([(CONFIG_NAME, config_bytes), (SIGNATURE_NAME, signature)])


def read_config(data: bytes, pinned_public_key: minisign.PublicKey | None) -> dict[str, Any]:
    """Read a configuration file strictly.

    Args:
        data: The whole file.
        pinned_public_key: The back-office key pinned at first pairing, or None at first
            pairing: then the key inside the file verifies it, and the caller shows
            ``read_public_key(config["backoffice_public_key"]).fingerprint`` for confirmation.

    Raises:
        SyncError: an ``E_CONFIG_`` code, among them E_CONFIG_WRONG_SIGNER (signed by another
            key than the pinned one) and E_CONFIG_KEY_CHANGED (signed by the pinned key but
            naming another back-office key; key rotation is not supported).
    """
    config_bytes, signature = container.unpack(data, MEMBERS, PREFIX, MAX_CONFIG_FILE_SIZE)
    config = container.parse_document(config_bytes, PREFIX)
    container.check_format(config, PREFIX, FORMAT, FORMAT_VERSION)
    embedded = validate_config(config)
    key = pinned_public_key or embedded
    if pinned_public_key is not None:
        try:
            signer = minisign.parse_signature(signature).key_id
        except SyncError:
            raise SyncError("E_CONFIG_SIGNATURE_MALFORMED") from None
        if signer != pinned_public_key.key_id:
            raise SyncError(
                "E_CONFIG_WRONG_SIGNER",
                signer=minisign.key_id_hex(signer),
                pinned=pinned_public_key.key_id_hex,
            )
    container.verify_document(
        config_bytes,
        signature,
        key,
        PREFIX,
        untrusted_comment=UNTRUSTED_COMMENT,
        trusted_comment=trusted_comment(config, config_bytes),
    )
    if pinned_public_key is not None and embedded != pinned_public_key:
        raise SyncError("E_CONFIG_KEY_CHANGED", announced=embedded.key_id_hex)
    return config

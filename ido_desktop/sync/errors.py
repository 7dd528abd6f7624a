"""Error codes of the sync layer.

Every refusal raises :class:`SyncError` with one of the stable codes in :data:`SYNC_ERROR_CODES`.
The UI maps a code (and its ``params``) to Dutch or English words; the descriptions here are
for developers and for ``docs/sync-format.md``.

The three signed file kinds (sync file, receipt, configuration file) are read by the same strict
container reader, so they share one set of codes, each with its own prefix: ``E_SYNC_``,
``E_RECEIPT_`` and ``E_CONFIG_``.
"""

from __future__ import annotations

from ido_desktop.domain.errors import IdoError


class SyncError(IdoError):
    """A sync, receipt, configuration or key file was refused, or could not be written."""

    code = "E_SYNC"


#: Prefix, noun and name of the signed JSON document of each file kind.
FILE_KINDS: dict[str, tuple[str, str]] = {
    "SYNC": ("sync file", "MANIFEST"),
    "RECEIPT": ("receipt", "CONTENT"),
    "CONFIG": ("configuration file", "CONTENT"),
}

# Checks shared by the three file kinds, in the order the reader performs them.
_CONTAINER_CODES: tuple[tuple[str, str], ...] = (
    ("READ_FAILED", "the {noun} cannot be read from disk"),
    ("TOO_LARGE", "the {noun} is larger than its size limit"),
    ("NOT_ZIP", "the {noun} is not a readable ZIP archive (truncated, or not a ZIP at all)"),
    ("MEMBER_DUPLICATE", "a member name occurs more than once in the {noun}"),
    (
        "MEMBER_UNEXPECTED",
        "the {noun} holds a member that does not belong (extra file, directory, path trick)",
    ),
    ("MEMBER_MISSING", "a required member is missing from the {noun}"),
    ("MEMBER_ORDER", "the members of the {noun} are not in the required order"),
    ("MEMBER_TOO_LARGE", "a member of the {noun} is larger than its size limit"),
    ("MEMBER_COMPRESSED", "a member of the {noun} is compressed; only STORED is allowed"),
    ("MEMBER_ENCRYPTED", "a member of the {noun} has the ZIP encryption flag set"),
    ("MEMBER_CORRUPT", "a member of the {noun} cannot be read intact (bad local header or CRC-32)"),
    (
        "CONTAINER_NOT_CANONICAL",
        "the ZIP container of the {noun} differs from the canonical layout "
        "(prepended data, comment, extra fields, timestamps, attributes)",
    ),
    ("{doc}_NOT_CANONICAL", "the JSON document of the {noun} is not canonical JSON"),
    ("FORMAT_UNKNOWN", "the {noun} names another format"),
    ("FORMAT_NEWER", "the {noun} has a newer format version than this program reads; update"),
    ("{doc}_INVALID", "a field of the {noun} is missing, unknown or has a wrong type or value"),
    ("SIGNATURE_MALFORMED", "the minisign signature of the {noun} is malformed"),
    ("SIGNATURE_UNSUPPORTED", "the signature of the {noun} is not a prehashed Ed25519 ('ED') one"),
    (
        "SIGNATURE_KEY_MISMATCH",
        "the {noun} was signed by another key than the one it names or the one expected",
    ),
    ("SIGNATURE_INVALID", "the signature does not match the {noun} (altered, or a forged key id)"),
    ("TRUSTED_COMMENT_INVALID", "the signature over the trusted comment of the {noun} is invalid"),
    ("TRUSTED_COMMENT_MISMATCH", "the trusted comment does not match the {noun}"),
)

_SPECIFIC_CODES: dict[str, str] = {
    # Sync file: raised by the caller's key lookup and schema check.
    "E_SYNC_UNKNOWN_DEVICE": "the sync file is signed by a key that is not enrolled (caller)",
    "E_SYNC_REVOKED_DEVICE": "the sync file is signed by a revoked device key (caller)",
    "E_SYNC_SCHEMA_NEWER": "the sync file's schema version is newer than the database (caller)",
    "E_SYNC_DEVICE_MISMATCH": "the signing key is enrolled for another device id (caller)",
    # Sync file: payload and records, checked only after the signature.
    "E_SYNC_PAYLOAD_SIZE_MISMATCH": "payload.age does not have the size named in the manifest",
    "E_SYNC_PAYLOAD_HASH_MISMATCH": "payload.age does not have the SHA-256 named in the manifest",
    "E_SYNC_PAYLOAD_DECRYPT_FAILED": "payload.age cannot be decrypted with the given identities",
    "E_SYNC_PAYLOAD_NOT_GZIP": "the decrypted payload is not one complete gzip stream",
    "E_SYNC_PAYLOAD_TOO_LARGE": "the decompressed payload exceeds its size cap (zip-bomb guard)",
    "E_SYNC_RECORD_NOT_CANONICAL": "a payload line is not canonical JSON",
    "E_SYNC_RECORD_INVALID": "a record lacks a field, has an unknown one, or a wrong type/value",
    "E_SYNC_RECORD_WRONG_DEVICE": "a record names another device than the manifest",
    "E_SYNC_RECORD_DUPLICATE": "the same record revision (kind, id, revision) occurs twice",
    "E_SYNC_RECORDS_CONTRADICT_MANIFEST": "record counts or clock range differ from the manifest",
    # Sync file: checked by the importer against the record format and the database.
    "E_SYNC_RECORD_DATA_INVALID": "a record's data lacks a field or has a wrong type (caller)",
    "E_SYNC_RECORD_FOREIGN": "a record id is already held for another device (caller)",
    "E_SYNC_PARENT_MISSING": "a record refers to a parent record the back office lacks (caller)",
    # Receipt: raised by the caller.
    "E_RECEIPT_WRONG_DEVICE": "the receipt is for another device (caller)",
    # Configuration file.
    "E_CONFIG_WRONG_SIGNER": "the configuration file is not signed by the pinned back-office key",
    "E_CONFIG_KEY_CHANGED": "the configuration file announces another back-office key than pinned",
    "E_CONFIG_OLDER": "the configuration version is not newer than the one in use (caller)",
    # Writing a sync file (or receipt, configuration file) to a folder or USB stick.
    "E_EXPORT_BAD_FILENAME": "the file name is empty or holds a path separator",
    "E_EXPORT_DISK_FULL": "the target disk or stick is full",
    "E_EXPORT_READ_ONLY": "the target folder is read-only or not writable",
    "E_EXPORT_WRITE_FAILED": "writing the file failed (I/O error, stick removed)",
    "E_EXPORT_VERIFY_FAILED": "the file read back differs from what was written",
    # Key files.
    "E_KEY_READ_FAILED": "a key file cannot be read from disk",
    "E_KEY_WRITE_FAILED": "a key file cannot be written",
    "E_KEY_MALFORMED": "a key file is not in minisign or age-keygen format",
    "E_KEY_UNSUPPORTED": "a minisign key uses an unsupported algorithm",
    "E_KEY_ENCRYPTED": "a minisign secret key is password-protected (unsupported)",
    "E_KEY_CORRUPT": "a minisign secret key fails its checksum or its public half",
    # minisign signatures (verify() used on its own).
    "E_SIG_MALFORMED": "a minisign signature file is malformed",
    "E_SIG_UNSUPPORTED": "a minisign signature is not prehashed Ed25519 ('ED')",
    "E_SIG_KEY_MISMATCH": "a minisign signature was made by another key id",
    "E_SIG_INVALID": "a minisign signature does not match the message",
    "E_SIG_TRUSTED_COMMENT_INVALID": "the global signature over the trusted comment is invalid",
    "E_SIG_BAD_COMMENT": "a comment to sign holds a line break or is too long",
    # age encryption.
    "E_AGE_BAD_IDENTITY": "an age identity (AGE-SECRET-KEY-1...) is malformed",
    "E_AGE_BAD_RECIPIENT": "an age recipient (age1...) is malformed, or none was given",
    "E_AGE_ENCRYPT_FAILED": "age encryption failed",
    "E_AGE_DECRYPT_FAILED": "age decryption failed (no matching identity, or damaged data)",
    # Canonical JSON.
    "E_JSON_INVALID": "not UTF-8 JSON, or nested too deeply",
    "E_JSON_DUPLICATE_KEY": "a JSON object holds the same key twice",
    "E_JSON_NOT_OBJECT": "the top level of the JSON document is not an object",
    "E_JSON_NOT_CANONICAL": "the JSON is not byte-identical to its canonical encoding",
    "E_JSON_UNSUPPORTED_VALUE": "a value cannot be encoded canonically (NaN, infinity, bad type)",
}


def _build_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for prefix, (noun, doc) in FILE_KINDS.items():
        for suffix, description in _CONTAINER_CODES:
            codes[f"E_{prefix}_{suffix.format(doc=doc)}"] = description.format(noun=noun)
    codes.update(_SPECIFIC_CODES)
    return codes


#: Every code the sync layer (or its callers, where marked) raises, with a one-line description.
SYNC_ERROR_CODES: dict[str, str] = _build_codes()


def container_code(prefix: str, suffix: str) -> str:
    """Return the container code ``E_<prefix>_<suffix>`` (``{doc}`` filled in), checked."""
    code = f"E_{prefix}_{suffix.format(doc=FILE_KINDS[prefix][1])}"
    if code not in SYNC_ERROR_CODES:
        raise KeyError(code)
    return code

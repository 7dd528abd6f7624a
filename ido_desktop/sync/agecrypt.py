"""age encryption (https://age-encryption.org/v1) with X25519 identities, through ``pyrage``.

Identities (``AGE-SECRET-KEY-1...``) and recipients (``age1...``) are passed around as strings;
identity files use the ``age-keygen`` format::

    # created: 2026-01-31T12:00:00Z
    # public key: age1...
    AGE-SECRET-KEY-1...
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from pyrage import x25519

from ido_desktop.sync.atomic import atomic_write
from ido_desktop.sync.errors import SyncError

IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
RECIPIENT_PREFIX = "age1"


def generate_identity() -> tuple[str, str]:
    """Return a new ``(identity, recipient)`` pair as strings."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def _identity(text: str) -> x25519.Identity:
    if not isinstance(text, str) or not text.upper().startswith(IDENTITY_PREFIX):
        raise SyncError("E_AGE_BAD_IDENTITY")
    try:
        return x25519.Identity.from_str(text)
    except (pyrage.IdentityError, ValueError):
        raise SyncError("E_AGE_BAD_IDENTITY") from None


def parse_recipient(text: str) -> str:
    """Return the canonical (lower-case) form of an ``age1...`` recipient.

    Raises:
        SyncError: E_AGE_BAD_RECIPIENT.
    """
    if not isinstance(text, str) or not text.startswith(RECIPIENT_PREFIX):
        raise SyncError("E_AGE_BAD_RECIPIENT")
    try:
        return str(x25519.Recipient.from_str(text))
    except (pyrage.RecipientError, ValueError):
        raise SyncError("E_AGE_BAD_RECIPIENT") from None


def recipient_of(identity: str) -> str:
    """Return the recipient (public key) of an identity."""
    return str(_identity(identity).to_public())


def identity_text(identity: str, created: datetime | None = None) -> str:
    """The identity file in ``age-keygen`` format."""
    when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"# created: {when}\n# public key: {recipient_of(identity)}\n{identity}\n"


def write_identity(path: Path, identity: str, created: datetime | None = None) -> None:
    """Write an identity file atomically, mode 0600 from its creation on.

    Raises:
        SyncError: E_AGE_BAD_IDENTITY, E_KEY_WRITE_FAILED.
    """
    text = identity_text(identity, created)
    try:
        atomic_write(Path(path), text.encode("ascii"), mode=0o600)
    except OSError as exc:
        raise SyncError("E_KEY_WRITE_FAILED", str(exc), path=str(path)) from exc


def read_identity(path: Path | str) -> str:
    """Read an ``age-keygen`` identity file holding exactly one identity.

    Comment lines (``#``) and blank lines are skipped; a ``# public key:`` line, when present,
    must match the key.

    Raises:
        SyncError: E_KEY_READ_FAILED, E_AGE_BAD_IDENTITY.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError("E_KEY_READ_FAILED", str(exc), path=str(path)) from None
    return parse_identity(data)


def parse_identity(data: bytes) -> str:
    """The identity in the text of an ``age-keygen`` identity file (see ``read_identity``)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError("E_AGE_BAD_IDENTITY", "not UTF-8") from None
    keys, claimed = [], []
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("# public key:"):
            claimed.append(line.removeprefix("# public key:").strip())
        elif line and not line.startswith("#"):
            keys.append(line)
    if len(keys) != 1:
        raise SyncError("E_AGE_BAD_IDENTITY", f"expected one identity, found {len(keys)}")
    identity = keys[0]
    recipient = recipient_of(identity)
    if any(item != recipient for item in claimed):
        raise SyncError("E_AGE_BAD_IDENTITY", "public key comment does not match the identity")
    return identity


def encrypt(data: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt ``data`` to every recipient (binary age format, not armored).

    Raises:
        SyncError: E_AGE_BAD_RECIPIENT (also when none is given), E_AGE_ENCRYPT_FAILED.
    """
    if not recipients:
        raise SyncError("E_AGE_BAD_RECIPIENT", "no recipients")
    parsed = [x25519.Recipient.from_str(parse_recipient(item)) for item in recipients]
    try:
        return pyrage.encrypt(data, parsed)
    except (pyrage.EncryptError, ValueError) as exc:
        raise SyncError("E_AGE_ENCRYPT_FAILED", str(exc)) from None


def decrypt(data: bytes, identities: Sequence[str]) -> bytes:
    """Decrypt binary age data with any of ``identities``.

    Raises:
        SyncError: E_AGE_BAD_IDENTITY, E_AGE_DECRYPT_FAILED.
    """
    parsed = [_identity(item) for item in identities]
    if not parsed:
        raise SyncError("E_AGE_BAD_IDENTITY", "no identities")
    try:
        return pyrage.decrypt(data, parsed)
    except (pyrage.DecryptError, ValueError, TypeError) as exc:
        raise SyncError("E_AGE_DECRYPT_FAILED", str(exc)[:200]) from None

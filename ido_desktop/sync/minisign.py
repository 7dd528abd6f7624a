"""minisign keys and signatures (https://jedisct1.github.io/minisign/), byte for byte.

Public key file::

    untrusted comment: minisign public key <KEYID>\\n
    base64("Ed" || key_id[8] || ed25519_pk[32])\\n

Secret key file (unencrypted, as ``minisign -G -W`` writes it)::

    untrusted comment: <text>\\n
    base64("Ed" || kdf_alg[2] = 00 00 || "B2" || kdf_salt[32] || opslimit[8] || memlimit[8]
           || key_id[8] || ed25519_sk[64] = seed || pk || checksum[32])\\n

``checksum`` is BLAKE2b-256("Ed" || key_id || ed25519_sk); minisign 0.11 leaves it zero for
unencrypted keys, so a zero checksum is accepted too. ``<KEYID>`` is the 8 key-id bytes read as a
little-endian 64-bit number and printed as 16 upper-case hex digits (``%016llX``).

Signature file (prehashed, algorithm "ED")::

    untrusted comment: <text>\\n
    base64("ED" || key_id[8] || Ed25519(BLAKE2b-512(message))[64])\\n
    trusted comment: <text>\\n
    base64(Ed25519(signature[64] || trusted_comment_bytes))\\n
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ido_desktop.sync.atomic import atomic_write
from ido_desktop.sync.errors import SyncError

SIG_ALG = b"Ed"
SIG_ALG_PREHASHED = b"ED"
KDF_NONE = b"\x00\x00"
KDF_SCRYPT = b"Sc"
CHK_ALG = b"B2"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_COMMENT_BYTES = 1000  # minisign reads at most 1024 bytes for the comment line
MAX_TRUSTED_COMMENT_BYTES = 4000  # minisign reads at most 8192 bytes for the trusted line
_SECRET_LEN = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32


def _b64decode(text: str, length: int, code: str) -> bytes:
    """Decode strict base64 of exactly ``length`` bytes, refusing non-canonical encodings."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SyncError(code, "bad base64") from None
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        raise SyncError(code, "bad base64 length or encoding")
    return raw


def _raw_public(key: Ed25519PublicKey) -> bytes:
    # Not public_bytes(Encoding.Raw, ...): importing cryptography's serialization module costs
    # 20-40 ms of every start (docs/performance.md).
    return key.public_bytes_raw()


def key_id_hex(key_id: bytes) -> str:
    """Return the key id as minisign prints it: little-endian uint64, 16 upper-case hex digits."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: 8-byte key id and an Ed25519 public key."""

    key_id: bytes
    key: Ed25519PublicKey

    @property
    def raw(self) -> bytes:
        return _raw_public(self.key)

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the raw 32-byte public key, upper-case hex in groups of four."""
        digest = hashlib.sha256(self.raw).hexdigest().upper()
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))

    @property
    def base64(self) -> str:
        """The key as ``minisign -P`` takes it."""
        return base64.b64encode(SIG_ALG + self.key_id + self.raw).decode("ascii")

    def to_text(self) -> str:
        """The public key file, exactly as ``minisign -G`` writes it."""
        return f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n{self.base64}\n"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PublicKey) and self.key_id == other.key_id and self.raw == other.raw
        )

    def __hash__(self) -> int:
        return hash((self.key_id, self.raw))


@dataclass(frozen=True)
class SecretKey:
    """A minisign secret key: 8-byte key id and an Ed25519 private key."""

    key_id: bytes
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self.key.public_key())

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


@dataclass(frozen=True)
class KeyPair:
    """A freshly made signing key and its public half."""

    secret: SecretKey
    public: PublicKey

    @classmethod
    def generate(cls) -> KeyPair:
        """Make a new key pair with a random key id, as ``minisign -G`` does."""
        return cls.from_seed(os.urandom(32), os.urandom(8))

    @classmethod
    def from_seed(cls, seed: bytes, key_id: bytes) -> KeyPair:
        """Make the key pair of a 32-byte Ed25519 seed (deterministic; for test vectors)."""
        if len(seed) != 32 or len(key_id) != 8:
            raise ValueError("seed must be 32 bytes and key_id 8 bytes")
        secret = SecretKey(key_id, Ed25519PrivateKey.from_private_bytes(seed))
        return cls(secret, secret.public_key)


def _lines(source: str | bytes | Path, code: str) -> list[str]:
    try:
        if isinstance(source, Path):
            source = source.read_bytes()
        text = source.decode("utf-8") if isinstance(source, bytes) else source
    except OSError as exc:
        raise SyncError("E_KEY_READ_FAILED", str(exc)) from None
    except UnicodeDecodeError:
        raise SyncError(code, "not UTF-8") from None
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def public_key_from_base64(text: str) -> PublicKey:
    """Parse the base64 line of a public key (what ``minisign -P`` takes)."""
    raw = _b64decode(text.strip(), 42, "E_KEY_MALFORMED")
    if raw[:2] != SIG_ALG:
        raise SyncError("E_KEY_UNSUPPORTED", "signature algorithm")
    try:
        return PublicKey(raw[2:10], Ed25519PublicKey.from_public_bytes(raw[10:]))
    except ValueError:
        raise SyncError("E_KEY_MALFORMED", "not an Ed25519 public key") from None


def read_public_key(source: str | bytes | Path) -> PublicKey:
    """Read a minisign public key file: its text (``str``/``bytes``) or its ``Path``.

    Raises:
        SyncError: E_KEY_READ_FAILED, E_KEY_MALFORMED, E_KEY_UNSUPPORTED.
    """
    lines = _lines(source, "E_KEY_MALFORMED")
    if len(lines) != 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
        raise SyncError("E_KEY_MALFORMED", "expected a comment line and a key line")
    return public_key_from_base64(lines[1])


def read_secret_key(path: Path | str | bytes) -> SecretKey:
    """Read an unencrypted minisign secret key (ours, or ``minisign -G -W``); ``Path`` or text.

    Raises:
        SyncError: E_KEY_READ_FAILED, E_KEY_MALFORMED, E_KEY_UNSUPPORTED, E_KEY_ENCRYPTED,
            E_KEY_CORRUPT.
    """
    lines = _lines(Path(path) if isinstance(path, str) else path, "E_KEY_MALFORMED")
    if len(lines) != 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
        raise SyncError("E_KEY_MALFORMED", "expected a comment line and a key line")
    raw = _b64decode(lines[1], _SECRET_LEN, "E_KEY_MALFORMED")
    sig_alg, kdf_alg, chk_alg = raw[0:2], raw[2:4], raw[4:6]
    if sig_alg != SIG_ALG or chk_alg != CHK_ALG:
        raise SyncError("E_KEY_UNSUPPORTED", "signature or checksum algorithm")
    if kdf_alg == KDF_SCRYPT:
        raise SyncError("E_KEY_ENCRYPTED")
    if kdf_alg != KDF_NONE:
        raise SyncError("E_KEY_UNSUPPORTED", "key derivation function")
    key_id, sk, checksum = raw[54:62], raw[62:126], raw[126:158]
    expected = hashlib.blake2b(SIG_ALG + key_id + sk, digest_size=32).digest()
    if checksum not in (expected, bytes(32)):
        raise SyncError("E_KEY_CORRUPT", "checksum")
    private = Ed25519PrivateKey.from_private_bytes(sk[:32])
    if _raw_public(private.public_key()) != sk[32:]:
        raise SyncError("E_KEY_CORRUPT", "public half does not match the seed")
    return SecretKey(key_id, private)


def secret_key_text(secret: SecretKey) -> str:
    """The unencrypted secret key file, in ``minisign -G -W`` format with a real checksum."""
    seed = secret.key.private_bytes_raw()
    sk = seed + _raw_public(secret.key.public_key())
    checksum = hashlib.blake2b(SIG_ALG + secret.key_id + sk, digest_size=32).digest()
    raw = SIG_ALG + KDF_NONE + CHK_ALG + bytes(32 + 8 + 8) + secret.key_id + sk + checksum
    body = base64.b64encode(raw).decode("ascii")
    return f"{UNTRUSTED_PREFIX}minisign secret key {secret.key_id_hex} (unencrypted)\n{body}\n"


def write_secret_key(path: Path, secret: SecretKey) -> None:
    """Write the secret key file atomically, mode 0600 from its creation on.

    Raises:
        SyncError: E_KEY_WRITE_FAILED.
    """
    try:
        atomic_write(Path(path), secret_key_text(secret).encode("ascii"), mode=0o600)
    except OSError as exc:
        raise SyncError("E_KEY_WRITE_FAILED", str(exc), path=str(path)) from exc


def write_public_key(path: Path, public: PublicKey) -> None:
    """Write the public key file atomically (mode 0644).

    Raises:
        SyncError: E_KEY_WRITE_FAILED.
    """
    try:
        atomic_write(Path(path), public.to_text().encode("ascii"), mode=0o644)
    except OSError as exc:
        raise SyncError("E_KEY_WRITE_FAILED", str(exc), path=str(path)) from exc


def _check_comment(comment: str, limit: int) -> bytes:
    data = comment.encode("utf-8")
    if "\n" in comment or "\r" in comment or "\0" in comment or len(data) > limit:
        raise SyncError("E_SIG_BAD_COMMENT")
    if comment != comment.strip():  # minisign trims the line; keep signed == shown
        raise SyncError("E_SIG_BAD_COMMENT", "leading or trailing whitespace")
    return data


def sign(message: bytes, secret: SecretKey, trusted_comment: str, untrusted_comment: str) -> bytes:
    """Return a prehashed minisign signature file (``.minisig``) of ``message``.

    Raises:
        SyncError: E_SIG_BAD_COMMENT when a comment holds a line break or is too long.
    """
    trusted = _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_BYTES)
    _check_comment(untrusted_comment, MAX_COMMENT_BYTES)
    signature = secret.key.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = secret.key.sign(signature + trusted)
    sig_line = base64.b64encode(SIG_ALG_PREHASHED + secret.key_id + signature).decode("ascii")
    global_line = base64.b64encode(global_signature).decode("ascii")
    text = (
        f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{sig_line}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n{global_line}\n"
    )
    return text.encode("utf-8")


@dataclass(frozen=True)
class Signature:
    """A parsed signature file."""

    untrusted_comment: str
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(signature_file: bytes) -> Signature:
    """Parse a ``.minisig`` file strictly: four LF-terminated lines, canonical base64.

    Raises:
        SyncError: E_SIG_MALFORMED.
    """
    try:
        text = signature_file.decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError("E_SIG_MALFORMED", "not UTF-8") from None
    lines = text.split("\n")
    if len(lines) != 5 or lines[4] != "" or any("\r" in line for line in lines):
        raise SyncError("E_SIG_MALFORMED", "expected four lines")
    untrusted, sig_line, trusted, global_line = lines[:4]
    if not untrusted.startswith(UNTRUSTED_PREFIX) or not trusted.startswith(TRUSTED_PREFIX):
        raise SyncError("E_SIG_MALFORMED", "comment prefixes")
    raw = _b64decode(sig_line, 74, "E_SIG_MALFORMED")
    global_signature = _b64decode(global_line, 64, "E_SIG_MALFORMED")
    return Signature(
        untrusted[len(UNTRUSTED_PREFIX) :],
        raw[:2],
        raw[2:10],
        raw[10:],
        trusted[len(TRUSTED_PREFIX) :],
        global_signature,
    )


def verify(message: bytes, signature_file: bytes, public_key: PublicKey) -> str:
    """Verify a prehashed minisign signature of ``message``; return the trusted comment.

    Raises:
        SyncError: E_SIG_MALFORMED, E_SIG_UNSUPPORTED (legacy non-prehashed "Ed" or other),
            E_SIG_KEY_MISMATCH, E_SIG_INVALID, E_SIG_TRUSTED_COMMENT_INVALID.
    """
    parsed = parse_signature(signature_file)
    if parsed.algorithm != SIG_ALG_PREHASHED:
        raise SyncError("E_SIG_UNSUPPORTED", algorithm=parsed.algorithm.hex())
    if parsed.key_id != public_key.key_id:
        raise SyncError(
            "E_SIG_KEY_MISMATCH",
            signature_key_id=key_id_hex(parsed.key_id),
            public_key_id=public_key.key_id_hex,
        )
    try:
        public_key.key.verify(parsed.signature, hashlib.blake2b(message, digest_size=64).digest())
    except InvalidSignature:
        raise SyncError("E_SIG_INVALID") from None
    try:
        public_key.key.verify(
            parsed.global_signature, parsed.signature + parsed.trusted_comment.encode("utf-8")
        )
    except InvalidSignature:
        raise SyncError("E_SIG_TRUSTED_COMMENT_INVALID") from None
    return parsed.trusted_comment

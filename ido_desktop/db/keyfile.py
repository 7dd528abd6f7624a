"""The store key file: one random 256-bit key that encrypts the store, wrapped twice.

- per staff passphrase: Argon2id (parameters stored beside the wrapped key, calibrated to about half
  a second on the machine that set the passphrase) and AES-256-GCM;
- optionally for the back office (recovery): age-encrypted to the back office's age recipient, so a
  forgotten passphrase does not lose unsent records. The back office turns that slot into a
  one-time recovery code; with the code a new passphrase is set.

The file holds no secret in the clear; it sits beside the database as ``ido.sqlite3.key``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ido_desktop.domain.errors import StoreError
from ido_desktop.sync import agecrypt
from ido_desktop.sync.atomic import atomic_write

FORMAT = "ido-store-key"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TARGET_ENV = "IDO_KDF_TARGET_MS"  # calibration target; tests set a tiny one
DEFAULT_TARGET_MS = 500
MIN_PASSPHRASE = 8
MIN_PIN = 6
_WRAP_AAD = b"ido-store-key/v1/passphrase"
_CHECK_INFO = b"ido-store-key/v1/check"
_MAX_MEMORY_KIB = 256 * 1024
_PROBE_MEMORY_KIB = 8 * 1024
_MIN_MEMORY_KIB = 1024  # only reached with a tiny target (tests) or a very slow machine
_MAX_ITERATIONS = 20


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = 1


@dataclass(frozen=True)
class PassphraseSlot:
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyFile:
    """What is stored: a check value to recognise the right key, and the wrapped copies."""

    check: bytes
    passphrase: PassphraseSlot
    recovery: bytes | None = None  # age ciphertext of the key, for the back office
    recovery_recipient: str | None = None


def check_passphrase_strength(passphrase: str) -> None:
    """A passphrase of 8 characters or more, or a PIN of 6 digits or more.

    Raises:
        StoreError: E_PASSPHRASE_TOO_SHORT.
    """
    value = passphrase.strip()
    if value.isdigit() and len(value) >= MIN_PIN:
        return
    if len(value) < MIN_PASSPHRASE:
        raise StoreError("E_PASSPHRASE_TOO_SHORT", minimum=MIN_PASSPHRASE, pin=MIN_PIN)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes) -> bytes:
    return hmac.new(key, _CHECK_INFO, hashlib.sha256).digest()[:16]


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def target_seconds() -> float:
    try:
        return max(int(os.environ.get(TARGET_ENV, DEFAULT_TARGET_MS)), 1) / 1000
    except ValueError:
        return DEFAULT_TARGET_MS / 1000


def calibrate(target: float | None = None) -> KdfParams:
    """Argon2id parameters that take about ``target`` seconds on this machine.

    One probe at 8 MiB gives the cost per KiB; memory grows first (it is what costs an attacker
    most), up to 256 MiB, then the number of passes.
    """
    target = target_seconds() if target is None else target
    probe = KdfParams(_PROBE_MEMORY_KIB, 1)
    started = time.perf_counter()
    derive("calibration", bytes(SALT_BYTES), probe)
    per_kib = max(time.perf_counter() - started, 1e-6) / _PROBE_MEMORY_KIB
    memory = int(target / per_kib)
    if memory <= _MAX_MEMORY_KIB:
        return KdfParams(max(memory, _MIN_MEMORY_KIB), 1)
    iterations = max(1, min(_MAX_ITERATIONS, int(memory / _MAX_MEMORY_KIB)))
    return KdfParams(_MAX_MEMORY_KIB, iterations)


def wrap(key: bytes, passphrase: str, params: KdfParams | None = None) -> PassphraseSlot:
    params = params or calibrate()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping = derive(passphrase, salt, params)
    return PassphraseSlot(params, salt, nonce, AESGCM(wrapping).encrypt(nonce, key, _WRAP_AAD))


def unwrap(keyfile: KeyFile, passphrase: str) -> bytes:
    """The store key, or E_PASSPHRASE_WRONG."""
    slot = keyfile.passphrase
    wrapping = derive(passphrase, slot.salt, slot.params)
    try:
        key = AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped, _WRAP_AAD)
    except InvalidTag:
        raise StoreError("E_PASSPHRASE_WRONG") from None
    if not hmac.compare_digest(key_check(key), keyfile.check):
        raise StoreError("E_PASSPHRASE_WRONG")
    return key


def create(key: bytes, passphrase: str, params: KdfParams | None = None) -> KeyFile:
    check_passphrase_strength(passphrase)
    return KeyFile(key_check(key), wrap(key, passphrase, params))


def with_passphrase(keyfile: KeyFile, key: bytes, passphrase: str) -> KeyFile:
    """The same key file with a new passphrase (the recovery slot stays)."""
    check_passphrase_strength(passphrase)
    if not hmac.compare_digest(key_check(key), keyfile.check):
        raise StoreError("E_RECOVERY_CODE_WRONG")
    return replace(keyfile, passphrase=wrap(key, passphrase))


def with_recovery(keyfile: KeyFile, key: bytes, recipient: str) -> KeyFile:
    """Add (or replace) the back-office recovery slot."""
    sealed = agecrypt.encrypt(key, [agecrypt.parse_recipient(recipient)])
    return replace(keyfile, recovery=sealed, recovery_recipient=recipient)


# --- recovery codes --------------------------------------------------------------------------
# The code is the key in base32 with a 2-byte checksum, in groups of four: typed over the phone
# or from paper, so it must survive case, spaces and dashes.


def recovery_code(key: bytes) -> str:
    checksum = hashlib.sha256(b"ido-recovery" + key).digest()[:2]
    text = base64.b32encode(key + checksum).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(code: str) -> bytes:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except (ValueError, TypeError):
        raise StoreError("E_RECOVERY_CODE_WRONG") from None
    key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(key) != KEY_BYTES or hashlib.sha256(b"ido-recovery" + key).digest()[:2] != checksum:
        raise StoreError("E_RECOVERY_CODE_WRONG")
    return key


def recover(keyfile_bytes: bytes, identity: str) -> str:
    """Back office: the recovery code for a laptop's key file, opened with our age identity.

    Raises:
        StoreError: E_KEYFILE_INVALID, E_RECOVERY_NOT_SET, E_RECOVERY_NOT_OURS.
    """
    keyfile = parse(keyfile_bytes)
    if keyfile.recovery is None:
        raise StoreError("E_RECOVERY_NOT_SET")
    try:
        key = agecrypt.decrypt(keyfile.recovery, [identity])
    except Exception:  # any age failure means: not encrypted to this back office
        raise StoreError("E_RECOVERY_NOT_OURS") from None
    if not hmac.compare_digest(key_check(key), keyfile.check):
        raise StoreError("E_RECOVERY_NOT_OURS")
    return recovery_code(key)


# --- the file ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def serialise(keyfile: KeyFile) -> bytes:
    slot = keyfile.passphrase
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "check": _b64(keyfile.check),
        "passphrase": {
            "kdf": "argon2id",
            "memory_kib": slot.params.memory_kib,
            "iterations": slot.params.iterations,
            "lanes": slot.params.lanes,
            "salt": _b64(slot.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(slot.nonce),
            "wrapped": _b64(slot.wrapped),
        },
    }
    if keyfile.recovery is not None:
        document["recovery"] = {
            "recipient": keyfile.recovery_recipient,
            "age": _b64(keyfile.recovery),
        }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def parse(data: bytes) -> KeyFile:
    try:
        document = json.loads(data.decode("utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise ValueError("not an IDO store key file")
        slot = document["passphrase"]
        if slot["kdf"] != "argon2id" or slot["cipher"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        params = KdfParams(int(slot["memory_kib"]), int(slot["iterations"]), int(slot["lanes"]))
        recovery = document.get("recovery")
        return KeyFile(
            check=base64.b64decode(document["check"], validate=True),
            passphrase=PassphraseSlot(
                params,
                base64.b64decode(slot["salt"], validate=True),
                base64.b64decode(slot["nonce"], validate=True),
                base64.b64decode(slot["wrapped"], validate=True),
            ),
            recovery=base64.b64decode(recovery["age"], validate=True) if recovery else None,
            recovery_recipient=recovery["recipient"] if recovery else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError("E_KEYFILE_INVALID", str(exc)) from None


def load(path: Path) -> KeyFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StoreError("E_KEYFILE_MISSING", path=str(path)) from None
    return parse(data)


def save(path: Path, keyfile: KeyFile) -> None:
    atomic_write(path, serialise(keyfile), mode=0o600)


# --- files sealed with the store key ----------------------------------------------------------
# The signing key and the age identity are sealed with a key derived from the store key, so they
# are as safe as the store itself and readable only after unlocking.

_SEALED_MAGIC = b"IDO-SEALED-1\n"


def _file_key(key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=b"ido-store-key/v1/files").derive(key)


def seal(key: bytes, data: bytes, label: str) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(_file_key(key)).encrypt(nonce, data, label.encode("ascii"))
    return _SEALED_MAGIC + nonce + sealed


def is_sealed(data: bytes) -> bool:
    return data.startswith(_SEALED_MAGIC)


def unseal(key: bytes, data: bytes, label: str) -> bytes:
    """Raises StoreError E_KEYFILE_INVALID when the file was not sealed with this key."""
    if not is_sealed(data):
        raise StoreError("E_KEYFILE_INVALID", f"{label} is not sealed")
    body = data[len(_SEALED_MAGIC) :]
    try:
        nonce, sealed = body[:NONCE_BYTES], body[NONCE_BYTES:]
        return AESGCM(_file_key(key)).decrypt(nonce, sealed, label.encode("ascii"))
    except InvalidTag:
        raise StoreError("E_KEYFILE_INVALID", f"{label} does not belong to this store") from None

"""This install's keys on disk: a minisign signing key, and for a back office an age identity.

The secret files are sealed with the store key (``db.keyfile.seal``): as safe as the store and
readable only while it is unlocked. Files from before encryption are sealed on first use.
"""

from __future__ import annotations

from pathlib import Path

from ido_desktop.db import keyfile
from ido_desktop.domain.errors import StoreError
from ido_desktop.domain.vocab import Role
from ido_desktop.sync import agecrypt, minisign
from ido_desktop.sync.atomic import atomic_write
from ido_desktop.sync.errors import SyncError

_SIGNING = "minisign-secret-key"
_AGE = "age-identity"


class KeyStore:
    def __init__(self, keys_dir: Path, store_key: bytes) -> None:
        self.keys_dir = keys_dir
        self._store_key: bytes | None = store_key

    def store_key(self) -> bytes:
        if self._store_key is None:
            raise StoreError("E_STORE_LOCKED")
        return self._store_key

    def forget(self) -> None:
        self._store_key = None

    def remember(self, store_key: bytes) -> None:
        self._store_key = store_key

    @property
    def secret_key_path(self) -> Path:
        return self.keys_dir / "ido.key.sealed"

    @property
    def _plain_secret_key_path(self) -> Path:
        return self.keys_dir / "ido.key"

    @property
    def public_key_path(self) -> Path:
        return self.keys_dir / "ido.pub"

    @property
    def age_identity_path(self) -> Path:
        return self.keys_dir / "age-identity.sealed"

    @property
    def _plain_age_identity_path(self) -> Path:
        return self.keys_dir / "age-identity.txt"

    def ensure(self, role: Role) -> minisign.PublicKey:
        """Create whatever key this role needs and does not have yet; return the public key."""
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        self.seal_plain_files()
        if not self.secret_key_path.exists():
            pair = minisign.KeyPair.generate()
            secret_text = minisign.secret_key_text(pair.secret)
            self._write_sealed(self.secret_key_path, secret_text, _SIGNING)
            minisign.write_public_key(self.public_key_path, pair.public)
        elif not self.public_key_path.exists():
            minisign.write_public_key(self.public_key_path, self.secret_key().public_key)
        if role is Role.BACKOFFICE and not self.age_identity_path.exists():
            identity, _recipient = agecrypt.generate_identity()
            self._write_sealed(self.age_identity_path, agecrypt.identity_text(identity), _AGE)
        return self.public_key()

    def seal_plain_files(self) -> None:
        """Seal key files written before the store was encrypted, and remove the plain ones."""
        for plain, sealed, label in (
            (self._plain_secret_key_path, self.secret_key_path, _SIGNING),
            (self._plain_age_identity_path, self.age_identity_path, _AGE),
        ):
            if plain.exists():
                if not sealed.exists():
                    self._write_sealed(sealed, plain.read_text(encoding="utf-8"), label)
                plain.unlink()

    def _write_sealed(self, path: Path, text: str, label: str) -> None:
        data = keyfile.seal(self.store_key(), text.encode("utf-8"), label)
        try:
            atomic_write(path, data, mode=0o600)
        except OSError as exc:
            raise SyncError("E_KEY_WRITE_FAILED", str(exc), path=str(path)) from exc

    def _read_sealed(self, path: Path, label: str) -> bytes:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError("E_KEY_READ_FAILED", str(exc), path=str(path)) from None
        return keyfile.unseal(self.store_key(), data, label)

    def secret_key(self) -> minisign.SecretKey:
        return minisign.read_secret_key(self._read_sealed(self.secret_key_path, _SIGNING))

    def public_key(self) -> minisign.PublicKey:
        return minisign.read_public_key(self.public_key_path)

    def age_identity(self) -> str:
        return agecrypt.parse_identity(self._read_sealed(self.age_identity_path, _AGE))

    def age_recipient(self) -> str:
        return agecrypt.recipient_of(self.age_identity())

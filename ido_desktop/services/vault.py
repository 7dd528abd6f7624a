"""The store key of one install: set up, unlock, change the passphrase, recover.

The key file (``db.keyfile``) sits beside the database. Unlocking derives the wrapping key from
the passphrase with Argon2id; a wrong passphrase raises E_PASSPHRASE_WRONG. The back-office
recovery slot is added when the laptop is paired (the pairing file brings the back office's age
recipient).
"""

from __future__ import annotations

from pathlib import Path

from ido_desktop.db import keyfile
from ido_desktop.domain.errors import StoreError


class Vault:
    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str) -> bytes:
        """A new store key wrapped with ``passphrase``; refuses to replace an existing key file."""
        if self.exists():
            raise StoreError("E_STORE_EXISTS", path=str(self.path))
        key = keyfile.new_key()
        keyfile.save(self.path, keyfile.create(key, passphrase))
        return key

    def unlock(self, passphrase: str) -> bytes:
        return keyfile.unwrap(keyfile.load(self.path), passphrase)

    def change_passphrase(self, old: str, new: str) -> None:
        current = keyfile.load(self.path)
        key = keyfile.unwrap(current, old)
        keyfile.save(self.path, keyfile.with_passphrase(current, key, new))

    def reset_with_recovery_code(self, code: str, new: str) -> bytes:
        """Set a new passphrase with the code the back office gave; returns the store key."""
        current = keyfile.load(self.path)
        key = keyfile.parse_recovery_code(code)
        keyfile.save(self.path, keyfile.with_passphrase(current, key, new))
        return key

    def has_recovery(self) -> bool:
        return self.exists() and keyfile.load(self.path).recovery is not None

    def set_recovery(self, key: bytes, recipient: str) -> None:
        current = keyfile.load(self.path)
        if current.recovery_recipient == recipient:
            return
        keyfile.save(self.path, keyfile.with_recovery(current, key, recipient))

"""The store key of one install: set up, unlock, change the passphrase, recover.

The key file (``db.keyfile``) sits beside the database. Unlocking derives the wrapping key from
the passphrase with Argon2id; a wrong passphrase raises E_PASSPHRASE_WRONG. The back-office
recovery slot is added when the laptop is paired (the pairing file brings the back office's age
recipient).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from ido_desktop.db import keyfile
from ido_desktop.domain.errors import StoreError

PASSPHRASE_ENV = "IDO_PASSPHRASE"
NEW_PASSPHRASE_ENV = "IDO_NEW_PASSPHRASE"  # change-passphrase / reset-passphrase, for automation


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

    def unlock_in_background(self, passphrase: str) -> PendingKey:
        """Start ``unlock`` in a thread; ``PendingKey.key()`` waits for it."""
        return PendingKey(self, passphrase)

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


class PendingKey:
    """The store key being unwrapped in a background thread.

    Unwrapping takes about half a second of Argon2id on purpose (``db.keyfile``), and Argon2id
    releases the GIL: a start with the passphrase already given (IDO_PASSPHRASE,
    --passphrase-file) imports Qt and the program's modules meanwhile (docs/performance.md).
    """

    def __init__(self, vault: Vault, passphrase: str) -> None:
        self.passphrase = passphrase
        self.waited = 0.0  # seconds ``key()`` waited for the thread (the start-up figures)
        self._key: bytes | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._unlock, args=(vault,), name="ido-unlock")
        self._thread.start()

    def _unlock(self, vault: Vault) -> None:
        try:
            self._key = vault.unlock(self.passphrase)
        except BaseException as exc:  # handed to the thread that asks for the key
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def key(self) -> bytes:
        """Wait for the thread. Raises what ``Vault.unlock`` raised (E_PASSPHRASE_WRONG, ...)."""
        started = time.perf_counter()
        self._thread.join()
        self.waited += time.perf_counter() - started
        if self._error is not None:
            raise self._error
        assert self._key is not None
        return self._key

"""This install's keys on disk: a minisign signing key, and for a back office an age identity.

Secret key files are written atomically with owner-only permissions by the sync layer.
"""

from __future__ import annotations

from pathlib import Path

from ido_desktop.domain.vocab import Role
from ido_desktop.sync import agecrypt, minisign


class KeyStore:
    def __init__(self, keys_dir: Path) -> None:
        self.keys_dir = keys_dir

    @property
    def secret_key_path(self) -> Path:
        return self.keys_dir / "ido.key"

    @property
    def public_key_path(self) -> Path:
        return self.keys_dir / "ido.pub"

    @property
    def age_identity_path(self) -> Path:
        return self.keys_dir / "age-identity.txt"

    def ensure(self, role: Role) -> minisign.PublicKey:
        """Create whatever key this role needs and does not have yet; return the public key."""
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        if not self.secret_key_path.exists():
            pair = minisign.KeyPair.generate()
            minisign.write_secret_key(self.secret_key_path, pair.secret)
            minisign.write_public_key(self.public_key_path, pair.public)
        elif not self.public_key_path.exists():
            minisign.write_public_key(self.public_key_path, self.secret_key().public_key)
        if role is Role.BACKOFFICE and not self.age_identity_path.exists():
            identity, _recipient = agecrypt.generate_identity()
            agecrypt.write_identity(self.age_identity_path, identity)
        return self.public_key()

    def secret_key(self) -> minisign.SecretKey:
        return minisign.read_secret_key(self.secret_key_path)

    def public_key(self) -> minisign.PublicKey:
        return minisign.read_public_key(self.public_key_path)

    def age_identity(self) -> str:
        return agecrypt.read_identity(self.age_identity_path)

    def age_recipient(self) -> str:
        return agecrypt.recipient_of(self.age_identity())

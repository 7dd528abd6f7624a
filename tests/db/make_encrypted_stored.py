"""Writes tests/db/stored/encrypted/: each released schema as an encrypted store with its key file.

Run once per released schema (``python -m tests.db.make_encrypted_stored``); the files are
committed, so the upgrade test opens stores exactly as an earlier release left them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ido_desktop.db import encryption, keyfile
from ido_desktop.db.schema import HEAD_REVISION

STORED = Path(__file__).parent / "stored"
ENCRYPTED = STORED / "encrypted"
PASSPHRASE = "opgeslagen-wachtwoord"
CHEAP = keyfile.KdfParams(memory_kib=1024, iterations=1)


def main() -> None:
    ENCRYPTED.mkdir(exist_ok=True)
    for plain in sorted(STORED.glob("schema-*.sqlite3")):
        target = ENCRYPTED / plain.name
        if target.exists():
            continue
        key = keyfile.new_key()
        keyfile.save(Path(f"{target}.key"), keyfile.create(key, PASSPHRASE, CHEAP))
        encryption.encrypt_copy(plain, target, key)
        print(f"wrote {target}")
    head = ENCRYPTED / f"schema-{HEAD_REVISION}.sqlite3"
    if not head.exists():
        from ido_desktop.app import initialise
        from ido_desktop.cli import main as cli_main
        from ido_desktop.domain.vocab import Role
        from ido_desktop.paths import DataPaths

        with tempfile.TemporaryDirectory() as tmp:
            os.environ.setdefault("IDO_KDF_TARGET_MS", "1")
            paths = DataPaths(Path(tmp))
            initialise(paths, Role.FIELD, "Opgeslagen laptop", passphrase=PASSPHRASE).close()
            os.environ["IDO_PASSPHRASE"] = PASSPHRASE
            cli_main(["--data-dir", tmp, "demo", "--consultations", "60"])
            shutil.copy(paths.database, head)
            shutil.copy(paths.keyfile, f"{head}.key")
        print(f"wrote {head}")


if __name__ == "__main__":
    main()

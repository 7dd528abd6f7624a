"""The encrypted store: the key file, SQLCipher, encrypting an old store, encrypted upgrades."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from ido_desktop.app import unlock_key
from ido_desktop.db import backups, encryption, keyfile
from ido_desktop.db.schema import HEAD_REVISION
from ido_desktop.db.store import open_store
from ido_desktop.domain.errors import StoreError
from ido_desktop.paths import DataPaths
from ido_desktop.sync import agecrypt

STORED = Path(__file__).parent / "stored"
PASSPHRASE = "opgeslagen-wachtwoord"
CHEAP = keyfile.KdfParams(1024, 1)


def test_the_key_unwraps_with_its_passphrase_only():
    key = keyfile.new_key()
    wrapped = keyfile.parse(keyfile.serialise(keyfile.create(key, "juist-wachtwoord", CHEAP)))
    assert keyfile.unwrap(wrapped, "juist-wachtwoord") == key
    with pytest.raises(StoreError) as refused:
        keyfile.unwrap(wrapped, "Juist-wachtwoord")
    assert refused.value.code == "E_PASSPHRASE_WRONG"


def test_argon2id_parameters_are_calibrated_and_stored_with_the_key(monkeypatch):
    monkeypatch.delenv(keyfile.TARGET_ENV, raising=False)
    params = keyfile.calibrate()
    assert params.memory_kib >= 8 * 1024 and params.iterations >= 1
    text_ = keyfile.serialise(keyfile.create(keyfile.new_key(), "een-wachtwoord", params))
    assert b'"kdf": "argon2id"' in text_ and f'"memory_kib": {params.memory_kib}'.encode() in text_


@pytest.mark.parametrize("passphrase", ["kort", "1234", "12345"])
def test_short_passphrases_and_pins_are_refused(passphrase):
    with pytest.raises(StoreError) as refused:
        keyfile.create(keyfile.new_key(), passphrase, CHEAP)
    assert refused.value.code == "E_PASSPHRASE_TOO_SHORT"


def test_a_six_digit_pin_is_accepted():
    keyfile.create(keyfile.new_key(), "482913", CHEAP)


def test_recovery_codes_survive_typing_and_catch_typos():
    key = keyfile.new_key()
    code = keyfile.recovery_code(key)
    assert keyfile.parse_recovery_code(code.lower().replace("-", " ")) == key
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(StoreError) as refused:
        keyfile.parse_recovery_code(typo)
    assert refused.value.code == "E_RECOVERY_CODE_WRONG"


def test_the_back_office_recovers_a_laptop_key_and_no_other_office_can():
    identity, recipient = agecrypt.generate_identity()
    other, _ = agecrypt.generate_identity()
    key = keyfile.new_key()
    laptop = keyfile.with_recovery(keyfile.create(key, "laptop-wachtwoord", CHEAP), key, recipient)
    data = keyfile.serialise(laptop)
    assert keyfile.parse_recovery_code(keyfile.recover(data, identity)) == key
    with pytest.raises(StoreError) as refused:
        keyfile.recover(data, other)
    assert refused.value.code == "E_RECOVERY_NOT_OURS"


@pytest.mark.parametrize("damage", [b"", b"{}", b"not json", b'{"format": "ido-store-key"}'])
def test_a_damaged_key_file_is_refused(damage):
    with pytest.raises(StoreError) as refused:
        keyfile.parse(damage)
    assert refused.value.code == "E_KEYFILE_INVALID"


def test_sealed_files_open_only_with_their_key_and_label():
    key = keyfile.new_key()
    sealed = keyfile.seal(key, b"geheim", "age-identity")
    assert keyfile.unseal(key, sealed, "age-identity") == b"geheim"
    for other_key, label in ((keyfile.new_key(), "age-identity"), (key, "minisign")):
        with pytest.raises(StoreError):
            keyfile.unseal(other_key, sealed, label)


def test_an_encrypted_store_is_unreadable_without_its_key(tmp_path):
    path = tmp_path / "ido.sqlite3"
    key = keyfile.new_key()
    store = open_store(f"sqlite:///{path}", key=key, create=True)
    store.dispose()
    assert not encryption.is_plain_sqlite(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{path}", key=keyfile.new_key())
    assert refused.value.code == "E_STORE_UNREADABLE"


def test_temporary_files_stay_in_memory(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'ido.sqlite3'}", key=keyfile.new_key(), create=True)
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    store.dispose()


def test_a_store_from_before_encryption_is_encrypted_on_first_start(tmp_path):
    paths = DataPaths(tmp_path / "laptop")
    paths.ensure()
    shutil.copy(STORED / "schema-0002.sqlite3", paths.database)
    old_backup = paths.backups / "ido-20260101T000000Z-daily.sqlite3"
    shutil.copy(STORED / "schema-0001.sqlite3", old_backup)
    before = sqlite3.connect(paths.database).execute("SELECT count(*) FROM consult").fetchone()[0]

    key = unlock_key(paths, None, "nieuw-wachtwoord")

    assert paths.keyfile.exists() and not encryption.is_plain_sqlite(paths.database)
    store = open_store(paths.database_url, key=key, backup_dir=paths.backups)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM consult")).scalar() == before > 0
    store.dispose()
    kept = backups.list_backups(paths.backups)
    assert {"before-encryption", "daily"} <= {info.reason for info in kept}
    for info in kept:  # old plain backups are encrypted as well
        assert not encryption.is_plain_sqlite(info.path)
        backups.verify(info.path, key)


@pytest.mark.parametrize(
    "stored", sorted((STORED / "encrypted").glob("schema-*.sqlite3")), ids=lambda p: p.stem
)
def test_every_released_schema_opens_encrypted_with_its_data(stored, tmp_path):
    """An encrypted store of every released schema is upgraded after an encrypted backup."""
    paths = DataPaths(tmp_path / "store")
    paths.ensure()
    shutil.copy(stored, paths.database)
    shutil.copy(f"{stored}.key", paths.keyfile)
    key = unlock_key(paths, None, PASSPHRASE)
    store = open_store(paths.database_url, key=key, backup_dir=paths.backups)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert conn.execute(text("SELECT count(*) FROM consult")).scalar() > 0
    store.dispose()
    if stored.stem != f"schema-{HEAD_REVISION}":
        (backup,) = backups.list_backups(paths.backups)
        assert not encryption.is_plain_sqlite(backup.path)
        backups.verify(backup.path, key)


def test_the_upgrade_to_0005_marks_every_day_and_the_cubes_then_match_the_records(tmp_path):
    """Report cubes (0005) of a store of schema 0004: every consult day is marked; once
    computed, the cubes give what counting the records gives."""
    from datetime import date

    from ido_desktop.db.repositories import report_agg_repo, report_repo

    stored = STORED / "encrypted" / "schema-0004.sqlite3"
    paths = DataPaths(tmp_path / "store")
    paths.ensure()
    shutil.copy(stored, paths.database)
    shutil.copy(f"{stored}.key", paths.keyfile)
    key = unlock_key(paths, None, PASSPHRASE)
    store = open_store(paths.database_url, key=key, backup_dir=paths.backups)
    with store.engine.connect() as conn:
        days = conn.execute(text("SELECT count(DISTINCT consult_date) FROM consult")).scalar()
        marked = conn.execute(text("SELECT count(DISTINCT day) FROM report_dirty")).scalar()
        cubes = conn.execute(text("SELECT count(*) FROM report_cube")).scalar()
    assert marked == days > 0 and cubes == 0
    with store.session_factory.begin() as session:
        assert report_agg_repo.refresh(session) == days
    period = (date(2000, 1, 1), date(2099, 12, 31))
    with store.session_factory() as session:
        shapes = (("age_band", "language", "channel"), ("period_month", "location", "found_via"))
        for keys in shapes:
            cubes_found = report_agg_repo.cube_counts(session, *period, keys)
            records = report_repo.group_counts(session, *period, keys)
            assert cubes_found is not None
            assert sorted(cubes_found, key=repr) == sorted(records, key=repr)
    store.dispose()

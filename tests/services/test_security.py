"""Encryption at rest, locking, recovery and backups, through the services on real stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from ido_desktop.app import open_services
from ido_desktop.db import backups, keyfile
from ido_desktop.domain.errors import IdoError, StoreError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay
from ido_desktop.services.vault import Vault
from tests.services.sync_helpers import snapshot

MARKER = "markeertekst kwikstaart"


def _register(services, note: str = "") -> str:
    question = QuestionDraft(
        organisations=("belastingdienst",),
        topic="aangifte_inkomstenbelasting",
        help_forms=("uitleg",),
        result="opgelost",
        note=note,
    )
    draft = ConsultDraft(
        consult_date=services.consults.today(),
        part_of_day=PartOfDay.OCHTEND,
        duration_band=DurationBand.FROM_10_TO_20,
        questions=(question,),
    )
    return services.consults.register(draft, services.reference.catalog())


def _open_spreekuur(services) -> None:
    services.spreekuren.start("centrale_bibliotheek", "MW07", services.reference.catalog())


def test_a_planted_marker_is_in_no_file_on_disk(tmp_path, office, laptop):
    _open_spreekuur(laptop)
    consult_id = _register(laptop, f"Ouder toestel; {MARKER}.")
    assert MARKER in laptop.consults.load(consult_id).questions[0].note  # it is really stored
    exported = laptop.exports.export(tmp_path / "stick")
    [imported] = office.imports.import_files([Path(exported.path)])
    assert imported.result == "imported"
    office.imports.write_receipts(tmp_path / "stick" / "receipts")
    laptop.backups.backup_now()
    if office.backups.available:
        office.backups.backup_now()

    # Still open, so the write-ahead logs are on disk too.
    needle = MARKER.encode("utf-8")
    searched = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in searched)
    assert any(p.suffix == ".idosync" for p in searched)
    expected_backups = 2 if office.backups.available else 1  # PostgreSQL: the server's own
    assert len([p for p in searched if p.parent.name == "backups"]) >= expected_backups
    found = [str(p) for p in searched if needle in p.read_bytes()]
    assert found == []


def test_locking_closes_the_store_and_forgets_the_key(services, open_spreekuur):
    consult_id = _register(services)
    services.lock()
    assert services.locked
    for action in (services.consults.registered_on, services.keystore.secret_key):
        with pytest.raises(StoreError) as refused:
            action()
        assert refused.value.code == "E_STORE_LOCKED"
    with pytest.raises(StoreError) as wrong:
        services.unlock("niet-het-wachtwoord")
    assert wrong.value.code == "E_PASSPHRASE_WRONG" and services.locked
    services.unlock("test-passphrase")
    assert not services.locked
    assert [row.id for row in services.consults.registered_on()] == [consult_id]
    services.keystore.secret_key()


def test_a_key_unwrapped_in_the_background_opens_the_store_or_is_refused(
    data_paths, services, open_spreekuur
):
    consult_id = _register(services)
    services.close()
    wrong = Vault(data_paths.keyfile).unlock_in_background("niet-het-wachtwoord")
    with pytest.raises(StoreError) as refused:
        open_services(data_paths, passphrase="niet-het-wachtwoord", pending=wrong)
    assert refused.value.code == "E_PASSPHRASE_WRONG"
    right = Vault(data_paths.keyfile).unlock_in_background("test-passphrase")
    reopened = open_services(data_paths, passphrase="test-passphrase", pending=right)
    assert [row.id for row in reopened.consults.registered_on()] == [consult_id]
    reopened.close()


def test_changing_the_passphrase_keeps_every_record(data_paths, services, open_spreekuur):
    _register(services)
    services.vault.change_passphrase("test-passphrase", "een-nieuw-wachtwoord")
    services.close()
    with pytest.raises(StoreError) as refused:
        open_services(data_paths, passphrase="test-passphrase")
    assert refused.value.code == "E_PASSPHRASE_WRONG"
    reopened = open_services(data_paths, passphrase="een-nieuw-wachtwoord")
    assert reopened.stats.stats().consultations == 1
    reopened.close()


def test_a_forgotten_passphrase_is_reset_with_the_back_office_recovery_code(
    tmp_path, office, laptop
):
    _open_spreekuur(laptop)
    _register(laptop)
    assert laptop.vault.has_recovery()  # added when the laptop was paired
    laptop.close()
    code = keyfile.recover(laptop.paths.keyfile.read_bytes(), office.keystore.age_identity())

    mistyped = ("B" if code[0] != "B" else "C") + code[1:]  # a key character, not padding bits
    with pytest.raises(StoreError) as typo:
        laptop.vault.reset_with_recovery_code(mistyped, "vergeten-en-nieuw")
    assert typo.value.code == "E_RECOVERY_CODE_WRONG"
    laptop.vault.reset_with_recovery_code(code, "vergeten-en-nieuw")

    reopened = open_services(laptop.paths, passphrase="vergeten-en-nieuw")
    assert reopened.stats.stats().consultations == 1
    assert reopened.exports.export(tmp_path / "stick").records > 0  # unsent records still go
    reopened.close()


def test_restore_brings_back_a_backup_and_keeps_the_state_before(services, open_spreekuur):
    first = _register(services)
    backup = services.backups.backup_now()
    _register(services)
    assert services.stats.stats().consultations == 2

    before = services.backups.restore(backup)

    assert [row.id for row in services.consults.registered_on()] == [first]
    assert before.exists() and "before-restore" in before.name
    backups.verify(before, services.store.key)


def test_restoring_a_damaged_file_is_refused_and_changes_nothing(
    tmp_path, services, open_spreekuur
):
    _register(services)
    before = snapshot(services)
    damaged = tmp_path / "ido-20260101T000000Z-daily.sqlite3"
    damaged.write_bytes(b"\0" * 8192)
    for path in (damaged, tmp_path / "missing.sqlite3"):
        with pytest.raises(IdoError) as refused:
            services.backups.restore(path)
        assert refused.value.code == "E_BACKUP_UNREADABLE"
    assert snapshot(services) == before


def test_the_newest_seven_backups_are_kept(services):
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    for day in range(10):
        backups.backup(
            services.store.engine,
            services.paths.backups,
            "daily",
            services.store.key,
            now=start + timedelta(days=day),
        )
    kept = backups.list_backups(services.paths.backups)
    assert len(kept) == backups.KEEP
    assert kept[0].taken_at == start + timedelta(days=9)


def test_the_first_start_of_a_day_takes_a_verified_backup(data_paths, services):
    services.close()
    assert backups.list_backups(data_paths.backups) == []  # a new store has nothing to keep
    open_services(data_paths).close()
    open_services(data_paths).close()
    [daily] = backups.list_backups(data_paths.backups)
    assert daily.reason == "daily"
    key = keyfile.unwrap(keyfile.load(data_paths.keyfile), "test-passphrase")
    backups.verify(daily.path, key)


def test_a_restore_on_the_back_office_is_in_the_audit_log(tmp_path):
    from ido_desktop.app import initialise
    from ido_desktop.db.repositories import audit_repo
    from ido_desktop.domain.vocab import Role
    from ido_desktop.paths import DataPaths

    office = initialise(DataPaths(tmp_path / "office"), Role.BACKOFFICE, "Backoffice")
    try:
        backup = office.backups.backup_now()
        office.backups.restore(backup)
        with office.store.session_factory() as session:
            [entry] = audit_repo.entries_for(session, f"backup:{backup.name}")
        assert entry.action == "store.restored" and entry.actor == "Backoffice"
    finally:
        office.close()

"""The whole sync path between a laptop and a back office, on real stores and real files."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ido_desktop.db.models import Conflict, Consult, ImportLog, Vraag
from ido_desktop.db.repositories import sync_repo
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay, Role
from ido_desktop.sync.canonical import canonical_json
from ido_desktop.sync.errors import SYNC_ERROR_CODES, SyncError
from ido_desktop.sync.receipt import build_receipt
from ido_desktop.sync.syncfile import build_sync_file
from tests.services.records_data import question, register
from tests.services.sync_helpers import copy_identity, counts, demo, make, snapshot

# Laptop-side tests need a paired back office, but not on both databases.
laptop_only = pytest.mark.parametrize("backoffice_databases", ["sqlite"], indirect=True)


def test_round_trip_idempotent_and_receipt(tmp_path, office, laptop):
    demo(laptop, 300)
    stick = tmp_path / "stick"
    exported = laptop.exports.export(stick)
    assert exported.sequence == 1 and Path(exported.path).name.endswith("000001.idosync")
    [result] = office.imports.import_files([stick])
    assert result.result == "imported" and result.applied == exported.records
    assert counts(office) == counts(laptop)

    before = snapshot(office)
    copy = stick / "renamed-copy.idosync"
    copy.write_bytes(Path(exported.path).read_bytes())
    again = office.imports.import_files([Path(exported.path), copy])
    assert [r.result for r in again] == ["known", "known"]
    assert snapshot(office) == before

    [receipt] = office.imports.write_receipts(tmp_path / "receipts")
    status = laptop.exports.status()
    assert status.unacknowledged == exported.records
    result = laptop.receipts.read_receipt(receipt)
    assert result.still_unacknowledged == 0
    assert laptop.exports.status().unacknowledged == 0
    # Received records are purged once older than the retention period (30 days), not before.
    cutoff = laptop.clock.now() - timedelta(days=30)
    with laptop.store.session_factory() as session:
        kept = session.scalars(select(Consult)).all()
    assert result.purged > 0 and kept
    assert all(c.updated_at >= cutoff for c in kept)
    laptop.receipts.read_receipt(receipt, purge_now=True)
    assert counts(laptop) == (0, 0, 0)
    assert counts(office)[0] == 300


def test_overlapping_exports_and_edits_apply_by_revision(tmp_path, office, laptop):
    catalog = laptop.reference.catalog()
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    question = QuestionDraft(
        organisations=("uwv",), topic="ww_uitkering", help_forms=("uitleg",), result="opgelost"
    )
    consult_id = laptop.consults.register(
        ConsultDraft(
            consult_date=laptop.consults.today(),
            part_of_day=PartOfDay.MIDDAG,
            duration_band=DurationBand.UNDER_10,
            questions=(question,),
        ),
        catalog,
    )
    first = laptop.exports.export(tmp_path / "stick")
    stored = laptop.consults.load(consult_id)
    laptop.consults.update(
        replace(stored, questions=(replace(stored.questions[0], result="deels"),)), catalog
    )
    second = laptop.exports.export(tmp_path / "stick")  # overlaps: holds the consult again
    office.imports.import_files([Path(second.path)])
    office.imports.import_files([Path(first.path)])  # older file after newer: changes nothing
    with office.store.session_factory() as session:
        vraag = session.scalars(select(Vraag)).one()
    assert (vraag.result, vraag.revision) == ("deels", 2)

    laptop.consults.delete(consult_id)
    third = laptop.exports.export(tmp_path / "stick")
    office.imports.import_files([Path(third.path)])
    assert office.stats.stats().deleted_consultations == 1  # the tombstone is honoured


def test_order_independence_on_one_back_office(tmp_path, office, laptop, backoffice_databases):
    stick = tmp_path / "stick"
    paths = []
    for seed in (1, 2, 3):
        demo(laptop, 30, seed=seed)
        paths.append(Path(laptop.exports.export(stick).path))
    results = {}
    for order in ([0, 1, 2], [2, 0, 1], [1, 2, 0]):
        name = f"o{''.join(map(str, order))}"
        fresh = make(tmp_path, name, Role.BACKOFFICE, backoffice_databases())
        copy_identity(office, fresh)  # so the files decrypt
        fresh.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
        fresh.imports.import_files([paths[i] for i in order])
        results[tuple(order)] = snapshot(fresh)
        fresh.close()
    assert len({repr(s) for s in results.values()}) == 1
    assert counts(laptop)[0] == 90


def test_gaps_are_reported(tmp_path, office, laptop):
    stick = tmp_path / "stick"
    files = []
    for seed in (1, 2, 3):
        demo(laptop, 5, seed=seed)
        files.append(Path(laptop.exports.export(stick).path))
    office.imports.import_files([files[0], files[2]])
    [device] = office.enrolment.devices()
    assert device.missing_sequences == (2,)
    assert counts(office) == counts(laptop)  # each file holds all unconfirmed revisions


def test_same_revision_with_other_content_is_a_conflict(tmp_path, office, laptop):
    demo(laptop, 3)
    first = laptop.exports.export(tmp_path / "stick")
    office.imports.import_files([Path(first.path)])
    with laptop.store.session_factory.begin() as session:  # a laptop restored from an old backup
        consult = session.scalars(select(Consult)).first()
        consult.channel = "telefonisch"
    second = laptop.exports.export(tmp_path / "stick")
    [result] = office.imports.import_files([Path(second.path)])
    assert result.result == "imported" and result.conflicts == 1
    with office.store.session_factory() as session:
        conflict = session.scalars(select(Conflict)).one()
    assert conflict.incoming["data"]["channel"] == "telefonisch"


@pytest.mark.parametrize("case", ["unknown", "revoked", "tampered", "wrong_office"])
def test_refused_files_change_nothing_and_go_to_quarantine(
    tmp_path, office, laptop, case, backoffice_databases
):
    demo(laptop, 20)
    path = Path(laptop.exports.export(tmp_path / "stick").path)
    if case == "unknown":
        stranger = make(tmp_path, "stranger", Role.FIELD)
        stranger.pairing.apply(tmp_path / "stick" / "pair.idopair")
        demo(stranger, 5)
        (tmp_path / "other").mkdir()
        path = Path(stranger.exports.export(tmp_path / "other").path)
        stranger.close()
        expected = "E_SYNC_UNKNOWN_DEVICE"
    elif case == "revoked":
        office.enrolment.revoke(laptop.keystore.public_key().key_id_hex)
        expected = "E_SYNC_REVOKED_DEVICE"
    elif case == "tampered":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        expected = None
    else:
        other = make(tmp_path, "other-office", Role.BACKOFFICE, backoffice_databases())
        other.enrolment.trust(laptop.keystore.public_key_path, "Laptop 03")
        office = other
        expected = "E_SYNC_PAYLOAD_DECRYPT_FAILED"
    before = snapshot(office)
    [result] = office.imports.import_files([path])
    assert result.result == "refused"
    assert result.error_code in SYNC_ERROR_CODES
    if expected:
        assert result.error_code == expected
    assert snapshot(office) == before
    quarantine = Path(result.quarantine_path)
    assert (quarantine / path.name).read_bytes() == path.read_bytes()
    assert result.error_code in (quarantine / "reason.txt").read_text()
    with office.store.session_factory() as session:
        log = session.scalars(select(ImportLog)).all()[-1]
    assert (log.result, log.error_code) == ("refused", result.error_code)


def test_export_needs_pairing(tmp_path):
    lonely = make(tmp_path, "lonely", Role.FIELD)
    with pytest.raises(StateError) as refused:
        lonely.exports.export(tmp_path)
    assert refused.value.code == "E_NOT_PAIRED"
    lonely.close()


@laptop_only
@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errno.ENOSPC, "E_EXPORT_DISK_FULL"),
        (errno.EROFS, "E_EXPORT_READ_ONLY"),
        (errno.EIO, "E_EXPORT_WRITE_FAILED"),
    ],
)
def test_a_failing_stick_leaves_no_file_and_marks_nothing(
    tmp_path, laptop, monkeypatch, error, code
):
    demo(laptop, 10)
    stick = tmp_path / "stick"
    before = set(stick.iterdir())
    real_fsync = os.fsync

    def broken(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(SyncError) as refused:
        laptop.exports.export(stick)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert refused.value.code == code
    assert set(stick.iterdir()) == before
    status = laptop.exports.status()
    assert status.last_sequence == 0 and status.last_export_at is None
    assert laptop.exports.export(stick).sequence == 1  # the next try takes number 1


@laptop_only
def test_a_missing_stick_folder_is_a_clear_refusal(tmp_path, laptop):
    with pytest.raises(StateError) as refused:
        laptop.exports.export(tmp_path / "no-stick-here")
    assert refused.value.code == "E_EXPORT_NO_FOLDER"
    assert not (tmp_path / "no-stick-here").exists()


def test_receipt_for_another_device_or_from_another_office_is_refused(tmp_path, office, laptop):
    demo(laptop, 5)
    office.imports.import_files([Path(laptop.exports.export(tmp_path / "stick").path)])
    [receipt] = office.imports.write_receipts(tmp_path / "r")
    other = make(tmp_path, "laptop04", Role.FIELD)
    other.pairing.apply(tmp_path / "stick" / "pair.idopair")
    with pytest.raises(SyncError) as refused:
        other.receipts.read_receipt(receipt)
    assert refused.value.code == "E_RECEIPT_WRONG_DEVICE"
    other.close()
    impostor = make(tmp_path, "office2", Role.BACKOFFICE)
    forged = tmp_path / "forged.idoreceipt"
    forged.write_bytes(
        build_receipt(
            {
                "device_id": laptop.device.device_id,
                "sequences": [1],
                "received_through_clock": 10**9,
                "record_revisions": 1,
            },
            impostor.keystore.secret_key(),
        )
    )
    before = laptop.exports.status()
    with pytest.raises(SyncError) as refused:
        laptop.receipts.read_receipt(forged, purge_now=True)
    assert refused.value.code.startswith("E_RECEIPT_SIGNATURE")
    assert laptop.exports.status() == before
    impostor.close()


def test_later_configuration_must_come_from_the_pinned_office(tmp_path, office, laptop):
    newer = office.pairing.write_config_file(tmp_path / "stick" / "pair2.idopair")
    assert laptop.pairing.apply(newer).config_version == 2
    with pytest.raises(SyncError) as older:
        laptop.pairing.apply(tmp_path / "stick" / "pair.idopair")
    assert older.value.code == "E_CONFIG_OLDER"
    impostor = make(tmp_path, "impostor", Role.BACKOFFICE)
    forged = impostor.pairing.write_config_file(tmp_path / "stick" / "forged.idopair")
    with pytest.raises(SyncError) as wrong:
        laptop.pairing.apply(forged)
    assert wrong.value.code in ("E_CONFIG_WRONG_SIGNER", "E_CONFIG_KEY_CHANGED")
    impostor.close()


def _forged_sync_file(laptop, tmp_path, **manifest_changes) -> Path:
    """A correctly signed file from the laptop's own key, with chosen manifest values."""
    with laptop.store.session_factory() as session:
        records = list(sync_repo.records_since(session, laptop.device.device_id, 0))
    fields = {
        "schema_version": "0002",
        "app_version": "9.9",
        "device_id": laptop.device.device_id,
        "sequence": 1,
        **manifest_changes,
    }
    path = tmp_path / "forged.idosync"
    path.write_bytes(
        build_sync_file(fields, records, laptop.keystore.secret_key(), laptop.pairing.recipients())
    )
    return path


def test_a_file_from_a_newer_schema_is_refused(tmp_path, office, laptop):
    demo(laptop, 5)
    path = _forged_sync_file(laptop, tmp_path, schema_version="9999")
    before = snapshot(office)
    [result] = office.imports.import_files([path])
    assert result.error_code == "E_SYNC_SCHEMA_NEWER"
    assert snapshot(office) == before


def test_a_key_that_moves_to_another_device_id_is_refused(tmp_path, office, laptop):
    demo(laptop, 5)
    office.imports.import_files([Path(laptop.exports.export(tmp_path / "stick").path)])
    path = _forged_sync_file(laptop, tmp_path, sequence=2)
    data = path.read_bytes()
    assert office.imports.import_files([path])[0].result == "imported"  # same device: fine
    with laptop.store.session_factory() as session:
        records = list(sync_repo.records_since(session, laptop.device.device_id, 0))
    other_id = "01900000-0000-7000-8000-000000000001"
    for record in records:
        record["device_id"] = other_id
    path.write_bytes(
        build_sync_file(
            {"schema_version": "0002", "app_version": "9.9", "device_id": other_id, "sequence": 3},
            records,
            laptop.keystore.secret_key(),
            laptop.pairing.recipients(),
        )
    )
    assert path.read_bytes() != data
    before = snapshot(office)
    [result] = office.imports.import_files([path])
    assert result.error_code == "E_SYNC_DEVICE_MISMATCH"
    assert snapshot(office) == before


def test_a_value_too_long_for_its_column_is_refused_on_both_databases(tmp_path, office, laptop):
    """SQLite would store it and PostgreSQL would fail: both refuse the file instead."""
    demo(laptop, 5)
    with laptop.store.session_factory() as session:
        records = list(sync_repo.records_since(session, laptop.device.device_id, 0))
    consult = next(r for r in records if r["kind"] == "consult")
    consult["data"]["channel"] = "x" * 100  # a valid sync-file string, too long for the column
    path = tmp_path / "long.idosync"
    path.write_bytes(
        build_sync_file(
            {
                "schema_version": "0002",
                "app_version": "9.9",
                "device_id": laptop.device.device_id,
                "sequence": 1,
            },
            records,
            laptop.keystore.secret_key(),
            laptop.pairing.recipients(),
        )
    )
    before = snapshot(office)
    [result] = office.imports.import_files([path])
    assert (result.result, result.error_code) == ("refused", "E_SYNC_RECORD_DATA_INVALID")
    assert result.error_params["field"] == "channel"
    assert snapshot(office) == before


def test_the_import_log_lists_every_file_with_its_result(tmp_path, office, laptop):
    demo(laptop, 5)
    good = Path(laptop.exports.export(tmp_path / "stick").path)
    bad = tmp_path / "bad.idosync"
    bad.write_bytes(b"not a sync file")
    office.imports.import_files([good, good, bad])
    log = office.imports.recent()
    assert [(e.file_name, e.result) for e in log] == [
        ("bad.idosync", "refused"),
        (good.name, "known"),
        (good.name, "imported"),
    ]
    assert log[0].error_code == "E_SYNC_NOT_ZIP" and log[2].sequence == 1


def _signed_file(laptop, path: Path, records: list[dict]) -> Path:
    path.write_bytes(
        build_sync_file(
            {
                "schema_version": "0002",
                "app_version": "9.9",
                "device_id": laptop.device.device_id,
                "sequence": 1,
            },
            records,
            laptop.keystore.secret_key(),
            laptop.pairing.recipients(),
        )
    )
    return path


def test_a_time_that_does_not_exist_is_refused_on_both_databases(tmp_path, office, laptop):
    """The form alone is not enough: 30 February is refused, not stored or crashed on."""
    demo(laptop, 3)
    with laptop.store.session_factory() as session:
        records = list(sync_repo.records_since(session, laptop.device.device_id, 0))
    spreekuur = next(r for r in records if r["kind"] == "spreekuur")
    spreekuur["data"]["started_at"] = "2026-02-30T10:00:00.000000Z"
    path = _signed_file(laptop, tmp_path / "february.idosync", records)
    before = snapshot(office)
    [result] = office.imports.import_files([path])
    assert (result.result, result.error_code) == ("refused", "E_SYNC_RECORD_DATA_INVALID")
    assert result.error_params["field"] == "started_at"
    assert snapshot(office) == before


def test_the_history_keeps_each_revision_as_its_sync_file_line(tmp_path, office, laptop):
    """An import keeps every applied record in record_revision as the canonical JSON line of
    its sync file, new and replaced records alike, on SQLite and PostgreSQL."""
    demo(laptop, 4)
    catalog = laptop.reference.catalog()
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    consult_id = register(laptop, 0, question("uwv", "ww_uitkering", "uitleg", "opgelost"))
    first = laptop.exports.export(tmp_path / "stick")
    stored = laptop.consults.load(consult_id)
    laptop.consults.update(
        replace(stored, questions=(replace(stored.questions[0], note="één keer – gelezen"),)),
        catalog,
    )
    second = laptop.exports.export(tmp_path / "stick")
    for exported in (first, second):
        [result] = office.imports.import_files([Path(exported.path)])
        assert result.result == "imported"

    with laptop.store.session_factory() as session:
        records = list(sync_repo.records_since(session, laptop.device.device_id, 0))
    with office.store.engine.connect() as conn:
        kept = {
            (kind, record_id, revision): data
            for kind, record_id, revision, data in conn.execute(
                text("SELECT kind, record_id, revision, CAST(data AS TEXT) FROM record_revision")
            )
        }
    # every revision: the first file's, and the edited ones of the second
    assert len(kept) == len(records) + sum(r["revision"] - 1 for r in records)
    for record in records:  # the latest revision of each record, as the laptop holds it now
        line = kept[(record["kind"], record["id"], record["revision"])]
        assert line == canonical_json(record).decode("utf-8")
        assert json.loads(line) == record
    assert any(r["revision"] == 2 and "één keer" in r["data"]["note"] for r in records)

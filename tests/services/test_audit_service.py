"""The audit log: every back-office change writes one entry; entries are never changed or
removed; the log can be filtered, paged and exported (SQLite and PostgreSQL)."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update

from ido_desktop.db.models import AuditLog, Setting
from ido_desktop.db.repositories import audit_repo
from ido_desktop.domain.audit import AuditAction, AuditFilter
from ido_desktop.domain.errors import IdoError, StateError, StoreError, ValidationError
from ido_desktop.domain.vocab import Role
from ido_desktop.messages import MESSAGES, message
from ido_desktop.services.audit_service import AuditService
from ido_desktop.services.clock import local_day_bounds
from ido_desktop.sync.errors import SyncError
from tests.services.sync_helpers import demo, make


def _log(services) -> list[tuple]:
    with services.store.session_factory() as session:
        return [
            (a.id, a.at, a.actor, a.action, a.subject, a.details)
            for a in session.scalars(select(AuditLog).order_by(AuditLog.id))
        ]


def _actions(services) -> list[str]:
    return [entry[3] for entry in _log(services)]


def test_every_back_office_change_writes_one_entry(tmp_path, office, laptop):
    # The laptop fixture wrote a pairing file and enrolled the laptop.
    key_id = laptop.keystore.public_key().key_id_hex
    assert _actions(office) == ["pairing.written", "device.trusted"]
    pairing, trusted = _log(office)
    assert pairing[2] == "backoffice"  # the install's name is the actor
    assert pairing[4] == "pairing:1"
    assert pairing[5]["file"] == "pair.idopair" and pairing[5]["config_version"] == 1
    assert str(tmp_path) not in repr(pairing)  # no folder: it may hold a user name
    assert trusted[4] == f"device:{key_id}"
    assert trusted[5] == {
        "key_id": key_id,
        "name": "Laptop 03",
        "fingerprint": laptop.keystore.public_key().fingerprint,
    }

    demo(laptop, 5)
    exported = laptop.exports.export(tmp_path / "stick")
    [imported] = office.imports.import_files([Path(exported.path)])
    bad = tmp_path / "kapot.idosync"
    bad.write_bytes(b"not a sync file")
    [refused] = office.imports.import_files([bad])
    office.imports.import_files([Path(exported.path)])  # known: changes nothing, no entry
    office.enrolment.rename(key_id, "Laptop 03 (Charlois)")
    office.enrolment.rename(key_id, "Laptop 03 (Charlois)")  # same name: no entry
    office.enrolment.revoke(key_id)
    office.enrolment.revoke(key_id)  # already revoked: no entry
    office.settings.set_language("en")
    office.settings.set_language("en")  # unchanged: no entry
    office.settings.remember_location("bib_charlois")  # a remembered choice, not configuration

    entries = _log(office)[2:]
    assert [e[3] for e in entries] == [
        "sync.imported",
        "sync.refused",
        "device.renamed",
        "device.revoked",
        "setting.changed",
    ]
    sync, bad_file, renamed, revoked, setting = entries
    assert sync[4] == f"device:{key_id}"
    assert sync[5] == {
        "file": Path(exported.path).name,
        "name": "Laptop 03",
        "sequence": 1,
        "applied": imported.applied,
        "unchanged": 0,
        "conflicts": 0,
    }
    assert imported.applied > 0
    assert bad_file[4] == "file:kapot.idosync"
    assert bad_file[5]["error_code"] == refused.error_code
    assert renamed[5] == {"key_id": key_id, "old_name": "Laptop 03", "name": "Laptop 03 (Charlois)"}
    assert revoked[4] == f"device:{key_id}"
    assert setting[4] == "setting:language"
    assert setting[5] == {"key": "language", "old": None, "new": "en"}
    assert {e[2] for e in entries} == {"backoffice"}


def test_a_field_install_audits_no_settings(services):
    services.settings.set_language("en")
    assert services.settings.language() == "en"
    assert _actions(services) == []


def test_a_refused_change_writes_nothing(tmp_path, office, laptop):
    key_id = laptop.keystore.public_key().key_id_hex
    before = _log(office)
    with pytest.raises(ValidationError) as name_error:
        office.enrolment.rename(key_id, "   ")
    assert name_error.value.code == "E_DEVICE_NAME"
    with pytest.raises(StateError) as unknown:
        office.enrolment.rename("0000000000000000", "Laptop 9")
    assert unknown.value.code == "E_DEVICE_UNKNOWN"
    with pytest.raises(StateError):
        office.enrolment.revoke("0000000000000000")
    with pytest.raises(StateError) as twice:
        office.enrolment.trust(laptop.keystore.public_key_path, "Nog eens")
    assert twice.value.code == "E_DEVICE_ALREADY_TRUSTED"
    # A pairing file that cannot be written uses no version number and leaves no entry.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    with pytest.raises(SyncError):
        office.pairing.write_config_file(blocked / "pair.idopair")
    assert _log(office) == before
    assert [d.name for d in office.enrolment.devices()] == ["Laptop 03"]
    office.pairing.write_config_file(tmp_path / "stick" / "again.idopair")
    assert _log(office)[-1][4] == "pairing:2"


def test_audit_entries_are_never_changed_or_removed(office, laptop):
    before = _log(office)
    assert len(before) == 2
    attempts = [
        lambda s: s.execute(update(AuditLog).values(actor="iemand anders")),
        lambda s: s.execute(delete(AuditLog)),
        lambda s: s.execute(text("UPDATE audit_log SET action = 'x'")),
        lambda s: s.execute(text("delete from audit_log where id = 1")),
        lambda s: setattr(s.scalars(select(AuditLog)).first(), "actor", "iemand"),
        lambda s: s.delete(s.scalars(select(AuditLog)).first()),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError) as refused:
            with office.store.session_factory.begin() as session:
                session.add(Setting(key="marker", value="1"))  # rolled back with the attempt
                attempt(session)
                session.flush()
        assert refused.value.code == "E_AUDIT_APPEND_ONLY"
        assert _log(office) == before
        with office.store.session_factory() as session:
            assert session.get(Setting, "marker") is None
    # The repository offers nothing but adding and reading.
    public = {
        name
        for name, f in inspect.getmembers(audit_repo, inspect.isfunction)
        if f.__module__ == audit_repo.__name__ and not name.startswith("_")
    }
    assert public == {
        "add",
        "entries_for",
        "find",
        "count",
        "actions",
        "actors",
        "local_actor",
        "is_backoffice",
    }


def _synthetic(office) -> dict[str, datetime]:
    """Five entries on three days, by two actors."""
    base = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)
    moments = {
        "m1": base,
        "m2": base + timedelta(hours=1),
        "m3": base + timedelta(days=1),
        "m4": base + timedelta(days=2),
        "m5": base + timedelta(days=2, hours=1),
    }
    with office.store.session_factory.begin() as session:
        for name, at in moments.items():
            actor = "Anna" if name in ("m1", "m3", "m5") else "Bram"
            action = AuditAction.RECORD_CORRECTED if name != "m4" else AuditAction.DEVICE_REVOKED
            subject = f"consult:{name}-abc" if name != "m4" else "device:ABCDEF0123456789"
            audit_repo.add(session, actor, action, subject, {"n": name}, at)
    return moments


def test_filter_and_page_the_log(office):
    moments = _synthetic(office)
    audit = AuditService(office.store.session_factory)
    every = audit.find(AuditFilter())
    assert [r.details["n"] for r in every] == ["m5", "m4", "m3", "m2", "m1"]  # newest first
    assert audit.count(AuditFilter()) == 5
    day = moments["m3"].astimezone().date()

    def names(f: AuditFilter) -> list[str]:
        assert audit.count(f) == len(audit.find(f))
        return [r.details["n"] for r in audit.find(f)]

    assert names(AuditFilter(date_from=day, date_to=day)) == ["m3"]
    assert names(AuditFilter(date_from=day)) == ["m5", "m4", "m3"]
    assert names(AuditFilter(date_to=day)) == ["m3", "m2", "m1"]
    assert names(AuditFilter(action="device.revoked")) == ["m4"]
    assert names(AuditFilter(actor="Bram")) == ["m4", "m2"]
    assert names(AuditFilter(text="M2-ABC")) == ["m2"]  # any case
    assert names(AuditFilter(text="%")) == []  # a character, not a wildcard
    assert names(AuditFilter(actor="Anna", action="record.corrected", date_to=day)) == ["m3", "m1"]
    assert [r.details["n"] for r in audit.find(AuditFilter(), offset=1, limit=2)] == ["m4", "m3"]
    assert [r.details["n"] for r in audit.find(AuditFilter(), offset=4, limit=2)] == ["m1"]
    assert audit.actors() == ["Anna", "Bram"]
    assert set(AuditAction) <= set(audit.actions())
    start, end = local_day_bounds(day)
    assert start <= moments["m3"] < end

    with pytest.raises(ValidationError) as wrong:
        audit.find(AuditFilter(date_from=day, date_to=day - timedelta(days=1)))
    assert wrong.value.code == "E_AUDIT_PERIOD"


def test_export_the_log_as_csv_for_excel(tmp_path, office):
    _synthetic(office)
    with office.store.session_factory.begin() as session:
        audit_repo.add(session, "=HYPERLINK(1)", "setting.changed", "setting:x", {"new": "é"})
    audit = AuditService(office.store.session_factory)
    out = tmp_path / "export" / "logboek.csv"
    out.parent.mkdir()
    assert audit.export_csv(AuditFilter(actor="Bram"), out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "tijdstip,door,actie,onderwerp,details"
    assert lines[1].split(",")[1:4] == ["Bram", "device.revoked", "device:ABCDEF0123456789"]
    assert lines[1].endswith('"{""n"": ""m4""}"')
    assert lines[3] == ""
    english = audit.csv_text(AuditFilter(action="setting.changed"), language="en")
    header, row, _ = english.split("\r\n")
    assert header == "time,by,action,subject,details"
    assert row.split(",")[1] == "'=HYPERLINK(1)"  # never run as a formula
    assert "é" in row
    assert [p.name for p in out.parent.iterdir()] == ["logboek.csv"]  # no temporary file left


def test_an_export_that_cannot_be_written_leaves_no_file(tmp_path, office):
    _synthetic(office)
    audit = AuditService(office.store.session_factory)
    with pytest.raises(IdoError) as failed:
        audit.export_csv(AuditFilter(), tmp_path / "missing-folder" / "logboek.csv")
    assert failed.value.code == "E_AUDIT_WRITE_FAILED"
    with pytest.raises(IdoError) as cancelled:
        audit.export_csv(AuditFilter(), tmp_path / "logboek.csv", cancelled=lambda: True)
    assert cancelled.value.code == "E_AUDIT_CANCELLED"
    assert list(tmp_path.glob("*logboek*")) == []


def test_audit_entries_fit_the_columns(tmp_path, backoffice_db):
    office = make(tmp_path, "o" * 80, Role.BACKOFFICE, backoffice_db)
    try:
        long_file = tmp_path / (("x" * 150) + ".idosync")
        long_file.write_bytes(b"kapot")
        [result] = office.imports.import_files([long_file])
        assert result.error_code
        [entry] = _log(office)
        assert len(entry[4]) == 80 and entry[4].endswith("…")
        assert entry[5]["file"] == long_file.name  # the details keep the whole name
        with office.store.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(AuditLog)) == 1
    finally:
        office.close()


@pytest.mark.parametrize(
    ("code", "params"),
    [
        ("E_AUDIT_PERIOD", {"date_from": "2026-12-01", "date_to": "2026-11-01"}),
        ("E_AUDIT_DATE", {"value": "30-11-2026"}),
        ("E_AUDIT_ACTION", {"value": "x", "known": "device.revoked"}),
        ("E_AUDIT_WRITE_FAILED", {"path": "/media/stick/logboek.csv"}),
        ("E_AUDIT_CANCELLED", {}),
        ("E_AUDIT_APPEND_ONLY", {}),
    ],
)
def test_every_audit_refusal_has_plain_words_in_both_languages(code, params):
    assert code in MESSAGES
    dutch, english = message(code, params, "nl"), message(code, params, "en")
    assert dutch != english and "{" not in dutch + english
    assert all(str(value) in dutch and str(value) in english for value in params.values())

"""Program updates bring new shipped lists: a back office takes new codes and the fields it did
not edit, keeps its own edits; stores of every released schema are upgraded and seeded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from ido_desktop.db.models import AuditLog, ReferenceItem, ReferenceVersion
from ido_desktop.db.store import open_store
from ido_desktop.domain.reference_cells import editable_values
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import REFERENCE_DIR
from ido_desktop.services.clock import SystemClock
from ido_desktop.services.reference_service import ReferenceService

STORED = Path(__file__).resolve().parents[1] / "db" / "stored"


def shipped_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "reference-next"
    shutil.copytree(REFERENCE_DIR, folder)
    return folder


def edit_file(folder: Path, kind: str, change) -> None:  # noqa: ANN001 - a function of the data
    path = folder / f"{kind}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["items"])
    data["version"] += 1
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def test_a_program_update_adds_new_codes_and_keeps_the_back_offices_edits(office, tmp_path):
    admin = office.reference_admin
    original = admin.stored("partners", "mee_rotterdam")
    admin.update(
        "partners",
        "mee_rotterdam",
        {
            **editable_values("partners", original),
            "phone": "010 282 1111",
            "phone_is_placeholder": False,
        },
        original,
    )
    versions = dict(office.reference.catalog().versions)
    folder = shipped_copy(tmp_path)

    def next_release(items):
        for item in items:
            if item["code"] == "mee_rotterdam":
                item["phone"] = "010 000 1999"  # the back office changed this field: kept
                item["helps_with_nl"] = "Ondersteuning bij een beperking."  # untouched: taken
        items.append({**items[0], "code": "nieuwe_partner", "name": "Nieuwe partner"})
        items[:] = [i for i in items if i["code"] != "huurteam_rotterdam"]  # dropped: retired

    edit_file(folder, "partners", next_release)
    service = ReferenceService(office.store.session_factory, folder, Role.BACKOFFICE, SystemClock())
    assert service.update_from_files() == ["partners"]
    catalog = service.catalog()
    mee = catalog.get("partners", "mee_rotterdam")
    assert mee.get("phone") == "010 282 1111"
    assert mee.get("helps_with_nl") == "Ondersteuning bij een beperking."
    assert catalog.get("partners", "nieuwe_partner") is not None
    assert catalog.get("partners", "huurteam_rotterdam").retired
    assert catalog.versions["partners"] == versions["partners"] + 1
    with office.store.session_factory() as session:
        entry = session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
    assert entry.action == "reference.shipped"
    assert entry.details["added"] == ["nieuwe_partner"]
    # the same files again: nothing more
    assert service.update_from_files() == []


def test_a_laptop_that_runs_a_configuration_ignores_shipped_lists(office, laptop, tmp_path):
    folder = shipped_copy(tmp_path)
    edit_file(folder, "courses", lambda items: items.append({**items[0], "code": "nieuw"}))
    service = ReferenceService(laptop.store.session_factory, folder, Role.FIELD, SystemClock())
    assert service.update_from_files() == []
    assert service.catalog().get("courses", "nieuw") is None


@pytest.mark.parametrize("stored", sorted(STORED.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_store_is_upgraded_and_gets_the_shipped_lists(stored, tmp_path):
    copy = tmp_path / "ido.sqlite3"
    shutil.copy(stored, copy)
    store = open_store(f"sqlite:///{copy}", backup_dir=tmp_path / "backups")
    try:
        with store.session_factory() as session:
            before = {r.kind: r.version for r in session.scalars(select(ReferenceVersion))}
            baseline = session.scalars(select(ReferenceItem)).all()
            assert all(row.shipped == row.data for row in baseline)  # 0008: shipped = stored
        service = ReferenceService(
            store.session_factory, REFERENCE_DIR, Role.BACKOFFICE, SystemClock()
        )
        updated = service.update_from_files()
        catalog = service.catalog()
        assert "partners" in updated and "locations" in updated
        partner = catalog.get("partners", "juridisch_loket")
        assert (
            partner.get("hours", {}).get("mon") == "9.00-18.00"
            and partner.get("phone") == "0900 8020"
        )
        assert (
            catalog.get("locations", "centrale_bibliotheek").get("address")
            == "Librijesteeg 4, Rotterdam"
        )
        assert catalog.versions["partners"] == before.get("partners", 0) + 1
    finally:
        store.dispose()

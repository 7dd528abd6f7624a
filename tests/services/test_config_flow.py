"""Distribution: the back office writes configurations, laptops report the one they run, the
back office sees who is behind and what they miss; a laptop takes a newer one from the stick."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ido_desktop.domain.reference_cells import editable_values
from ido_desktop.services.config_service import ConfigService
from ido_desktop.sync.canonical import parse_canonical
from tests.services.records_data import question, register
from tests.services.test_reference_admin import SCHOOL


def configs(office) -> ConfigService:
    return ConfigService(office.store.session_factory, office.reference, office.pairing)


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return parse_canonical(archive.read("manifest.json"))


def clerk_changes(office) -> None:
    admin = office.reference_admin
    admin.add("locations", SCHOOL)
    original = admin.stored("partners", "mee_rotterdam")
    values = {
        **editable_values("partners", original),
        "phone": "010 282 1111",
        "phone_is_placeholder": False,
    }
    admin.update("partners", "mee_rotterdam", values, original)
    admin.set_retired("partners", "geldfit", True)


def test_laptops_report_their_configuration_and_the_back_office_sees_who_is_behind(
    tmp_path, office, laptop
):
    stick = tmp_path / "stick"
    exported = laptop.exports.export(stick)
    assert manifest_of(Path(exported.path))["config_version"] == 1
    office.imports.import_files([Path(exported.path)])
    overview = configs(office).overview()
    assert overview.latest == 1 and overview.pending == ()
    [device] = overview.laptops
    assert device.config_version == 1 and not device.outdated and device.changes == ()

    clerk_changes(office)
    overview = configs(office).overview()
    pending = {d.kind: d.counts() for d in overview.pending}
    assert pending == {
        "locations": {"added": 1, "changed": 0, "retired": 0, "restored": 0},
        "partners": {"added": 0, "changed": 1, "retired": 1, "restored": 0},
    }
    written = configs(office).write(stick / "configuratie.idopair")
    overview = configs(office).overview()
    [device] = overview.laptops
    assert overview.latest == 2 and device.outdated
    assert {d.kind for d in device.changes} == {"locations", "partners"}
    assert [d.config_version for d in office.enrolment.devices()] == [1]

    # On the laptop: the new file is found on the stick, described, and applied.
    found = laptop.pairing.find_update(stick)
    assert found is not None and found[0] == written and found[1].config_version == 2
    diffs = {d.kind: d for d in laptop.pairing.changes_in(written)}
    assert diffs["locations"].added == ("basisschool_de_vlinder",)
    assert diffs["partners"].retired == ("geldfit",)
    catalog = laptop.reference.catalog()  # the object the laptop's pages hold
    laptop.pairing.apply(written)
    assert catalog.get("locations", "basisschool_de_vlinder") is not None
    assert catalog.get("partners", "mee_rotterdam").get("phone") == "010 282 1111"
    assert catalog.get("partners", "geldfit").retired
    assert laptop.pairing.find_update(stick) is None  # nothing newer any more

    again = laptop.exports.export(stick)
    assert manifest_of(Path(again.path))["config_version"] == 2
    office.imports.import_files([Path(again.path)])
    [device] = configs(office).overview().laptops
    assert device.config_version == 2 and not device.outdated
    assert [d.config_version for d in office.enrolment.devices()] == [2]


def test_consultations_keep_their_codes_when_a_configuration_retires_them(tmp_path, office, laptop):
    catalog = laptop.reference.catalog()
    laptop.spreekuren.start("popup_bs_de_klimop", "MW07", catalog)
    consult = register(laptop, 0, question("uwv", "ww_uitkering", "uitleg", "opgelost"))
    office.reference_admin.set_retired("locations", "popup_bs_de_klimop", True)
    written = office.pairing.write_config_file(tmp_path / "stick" / "nieuw.idopair")
    laptop.pairing.apply(written)
    assert laptop.consults.load(consult).questions[0].topic == "ww_uitkering"
    assert laptop.spreekuren.current().location_code == "popup_bs_de_klimop"
    assert catalog.label("locations", "popup_bs_de_klimop").startswith("Basisschool De Klimop")
    assert "popup_bs_de_klimop" not in [i.code for i in catalog.items("locations")]


def test_a_stick_with_an_older_damaged_or_foreign_file_offers_nothing(tmp_path, office, laptop):
    stick = tmp_path / "stick"
    (stick / "kapot.idopair").write_bytes(b"PK\x03\x04 damaged")
    assert laptop.pairing.find_update(stick) is None  # the pairing file is version 1, applied
    assert laptop.pairing.find_update(tmp_path / "does-not-exist") is None


@pytest.mark.parametrize("backoffice_databases", ["sqlite"], indirect=True)
def test_an_unpaired_laptop_is_never_offered_a_configuration_silently(tmp_path, office):
    from ido_desktop.domain.vocab import Role
    from tests.services.sync_helpers import make

    fresh = make(tmp_path, "fresh", Role.FIELD)
    try:
        office.pairing.write_config_file(tmp_path / "stick" / "koppel.idopair")
        assert fresh.pairing.find_update(tmp_path / "stick") is None
    finally:
        fresh.close()

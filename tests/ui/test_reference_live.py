"""A laptop takes a new configuration from the stick during Synchroniseren and shows the new
lists at once, without a restart: the start dialog, the sociale kaart, the referral dialog and
the registration form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.referral_dialog import ReferralDialog
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog
from tests.services.sync_helpers import make
from tests.services.test_config_flow import clerk_changes


@pytest.fixture
def office(tmp_path) -> Iterator[Services]:
    services = make(tmp_path, "office", Role.BACKOFFICE)
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


@pytest.fixture
def laptop(tmp_path, office) -> Iterator[Services]:
    services = make(tmp_path, "laptop", Role.FIELD)
    services.pairing.apply(office.pairing.write_config_file(tmp_path / "first" / "koppel.idopair"))
    office.enrolment.trust(services.keystore.public_key_path, "Laptop 03")
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


def clerk_edits(office: Services, stick: Path) -> None:
    """The back office adds a pop-up school, gives a partner its real number, retires one, and
    writes the configuration to the stick."""
    clerk_changes(office)
    office.pairing.write_config_file(stick / "configuratie.idopair")


def test_synchroniseren_offers_the_new_configuration_and_the_window_uses_it_at_once(
    qtbot, office, laptop, tmp_path, monkeypatch
):
    window = build_main_window(laptop)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", laptop.reference.catalog())
    window.events.spreekuur_changed.emit()
    partners = window.partners
    partners.search.setText("MEE")
    assert partners.model.row_of("mee_rotterdam") >= 0
    stick = tmp_path / "stick"
    stick.mkdir()
    clerk_edits(office, stick)

    form_before = window.form.question_editors()[0]
    panel = window.sync_panel
    offered: list[list[str]] = []
    monkeypatch.setattr(panel, "_choose_directory", lambda: stick)
    monkeypatch.setattr(
        panel, "_confirm_configuration", lambda offer, lines: offered.append(lines) or True
    )
    with qtbot.waitSignal(panel.configuration_applied, timeout=20_000):
        panel.export_now()
    assert offered == [["Locaties: 1 nieuw", "Sociale kaart: 1 gewijzigd, 1 vervallen"]]
    assert "Configuratie versie 2" in panel.result.accessibleName()

    # The sociale kaart shows the new number, the retired partner is gone.
    partners._select_row(partners.model.row_of("mee_rotterdam"))
    assert partners.details.phone_label.text() == "010 282 1111"
    assert partners.details.placeholder_label.isHidden()
    partners.search.setText("geldfit")
    assert partners.model.rowCount() == 0
    # The referral dialog (opened from the form) and the start dialog use the same lists.
    editor = window.form.question_editors()[0]
    assert editor is not form_before  # the empty form was built again with the new lists
    dialog = ReferralDialog(laptop.reference.catalog(), "nl", window)
    qtbot.addWidget(dialog)
    dialog.search.setText("MEE Rotterdam")
    assert "010 282 1111" in dialog.details.text()
    laptop.spreekuren.close()
    start = StartSpreekuurDialog(laptop.spreekuren, laptop.reference.catalog(), "nl", None, window)
    qtbot.addWidget(start)
    assert start.location.findData("basisschool_de_vlinder") >= 0
    # Consultations already made keep their codes; the next sync file names version 2.
    again = laptop.exports.export(stick)
    assert again.sequence == 2
    office.imports.import_files([Path(again.path)])
    assert [d.config_version for d in office.enrolment.devices()] == [2]


def test_later_leaves_the_laptop_on_its_configuration(qtbot, office, laptop, tmp_path, monkeypatch):
    window = build_main_window(laptop)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    stick = tmp_path / "stick"
    stick.mkdir()
    clerk_edits(office, stick)
    panel = window.sync_panel
    monkeypatch.setattr(panel, "_choose_directory", lambda: stick)
    asked = []
    monkeypatch.setattr(
        panel, "_confirm_configuration", lambda offer, lines: asked.append(offer) or False
    )
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        panel.export_now()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].config_version == 2
    assert laptop.pairing.config_version() == 1
    assert laptop.reference.catalog().get("locations", "basisschool_de_vlinder") is None

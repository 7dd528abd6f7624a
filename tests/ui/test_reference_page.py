"""The back office's Referentiegegevens page, as a clerk uses it: by keyboard, with refusals that
say what is wrong and where, spreadsheet import with a preview, and the configuration."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.reference_editor import ReferenceListEditor
from ido_desktop.ui.reference_import_dialog import ReferenceImportDialog
from ido_desktop.ui.reference_model import ReferenceModel
from tests.services.sync_helpers import make

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(tmp_path) -> Services:
    services = make(tmp_path, "office", Role.BACKOFFICE)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, office):
    window = build_main_window(office)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=5000):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.reference_page is not None and window.reference_page.isVisible())
    # The tab's placeholder (which had the focus) is deleted once the page is built: offscreen
    # that leaves no active window, so activate it again for the keyboard tests.
    qtbot.wait(10)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.reference_page


def line(editor: ReferenceListEditor, key: str) -> QLineEdit:
    widget = editor.form.widgets[key]
    assert isinstance(widget, QLineEdit)
    return widget


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_ctrl_shift_r_opens_the_page_with_the_sociale_kaart(page):
    assert page.tabs.tabText(0) == "Sociale kaart"
    editor = page.editor("partners")
    assert editor.isVisible() and editor.model.rowCount() == 42
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Sociale kaart",
        "Locaties",
        "Cursussen",
        "Keuzelijsten",
        "Configuratie voor laptops",
    ]


def test_the_model_passes_qt_model_tests(qtmodeltester, office):
    model = ReferenceModel("partners", office.reference.catalog(), "nl")
    model.set_rows(office.reference.catalog().items("partners", include_retired=True))
    qtmodeltester.check(model)


def test_add_a_popup_school(page, office, qtbot):
    editor = page.show_kind("locations")
    editor.new_button.click()  # Alt+N (offscreen Qt does not deliver mnemonics here)
    assert editor.form.code.hasFocus() and not editor.form.code.isReadOnly()
    type_into(qtbot, line(editor, "nl"), "Basisschool De Vlinder")
    type_into(qtbot, line(editor, "en"), "De Vlinder primary school")
    kind = editor.form.widgets["type"]
    popup = editor.form.widgets["popup_type"]
    assert isinstance(kind, QComboBox) and isinstance(popup, QComboBox)
    kind.setCurrentIndex(kind.findData("popup"))
    popup.setCurrentIndex(popup.findData("school"))
    type_into(qtbot, line(editor, "postcode"), "3072ab")
    qtbot.keyClick(line(editor, "postcode"), Qt.Key.Key_S, CTRL)
    school = office.reference.catalog().get("locations", "basisschool_de_vlinder")
    assert school is not None and school.get("postcode") == "3072 AB"
    assert "Opgeslagen" in editor.result.text()
    assert editor.selected().code == "basisschool_de_vlinder"


def test_a_bad_phone_number_is_refused_with_the_cursor_in_the_field(page, office, qtbot):
    editor = page.editor("partners")
    assert editor.select("kredietbank_rotterdam")
    phone = line(editor, "phone")
    type_into(qtbot, phone, "010 12")
    qtbot.keyClick(phone, Qt.Key.Key_S, CTRL)
    assert "geen geldig Nederlands telefoonnummer" in editor.error.text()
    assert phone.hasFocus()
    assert office.reference.catalog().get("partners", "kredietbank_rotterdam").get("phone") == (
        "010 000 1001"
    )
    # the real number, and no longer a placeholder
    type_into(qtbot, phone, "010 498 17 30")
    placeholder = editor.form.widgets["phone_is_placeholder"]
    assert isinstance(placeholder, QCheckBox)
    placeholder.setChecked(False)
    type_into(qtbot, line(editor, "hours.mon"), "9-17")
    qtbot.keyClick(phone, Qt.Key.Key_S, CTRL)
    partner = office.reference.catalog().get("partners", "kredietbank_rotterdam")
    assert partner.get("phone") == "010 498 1730" and not partner.get("phone_is_placeholder")
    assert partner.get("opening_hours_nl").startswith("ma 9.00-17.00")


def test_escape_undoes_unsaved_changes(page, qtbot):
    editor = page.editor("partners")
    editor.select("juridisch_loket")
    name = line(editor, "name")
    type_into(qtbot, name, "Iets anders")
    assert editor.has_unsaved_changes() and editor.save_button.isEnabled()
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert name.text() == "Het Juridisch Loket" and not editor.has_unsaved_changes()


def test_retire_a_partner_and_take_it_back(page, office, qtbot):
    editor = page.editor("partners")
    editor.select("geldfit")
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    assert office.reference.catalog().get("partners", "geldfit").retired
    assert editor.retire_button.text().replace("&", "") == "Weer in gebruik nemen"
    editor.status.setCurrentIndex(editor.status.findData("active"))
    assert editor.model.row_of("geldfit") == -1
    editor.status.setCurrentIndex(editor.status.findData("retired"))
    assert editor.model.rowCount() == 1
    editor.select("geldfit")
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    assert not office.reference.catalog().get("partners", "geldfit").retired


def test_search_and_category_filter_as_on_the_laptop(page, qtbot):
    editor = page.editor("partners")
    qtbot.keyClicks(editor.search, "belasting")
    assert {i.code for i in editor.model.rows()} >= {
        "belastingtelefoon",
        "belastingtelefoon_toeslagen",
    }
    editor.search.clear()
    editor.category.setCurrentIndex(editor.category.findData("taal"))
    assert {i.code for i in editor.model.rows()} == {"taalhuis_rotterdam", "lezen_en_schrijven"}


def test_topics_edit_their_search_words(page, office, qtbot):
    editor = page.show_kind("topics")
    editor.select("huurtoeslag")
    type_into(qtbot, line(editor, "keywords.nl"), "huur, toeslag, huurtoeslag aanvragen")
    qtbot.keyClick(line(editor, "keywords.nl"), Qt.Key.Key_S, CTRL)
    topic = office.reference.catalog().get("topics", "huurtoeslag")
    assert topic.get("keywords")["nl"] == ["huur", "toeslag", "huurtoeslag aanvragen"]


def test_importing_a_sheet_shows_the_preview_then_applies(
    page, office, qtbot, tmp_path, monkeypatch
):
    editor = page.editor("partners")
    sheet = office.reference_sheets.export("partners", tmp_path / "kaart.csv")
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    rows[1][rows[0].index("Postcode")] = "9999"
    rows[2][rows[0].index("Telefoon")] = "010 417 40 00"
    bad = tmp_path / "fout.csv"
    good = tmp_path / "goed.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    rows[1][rows[0].index("Postcode")] = ""
    with good.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    seen = []

    def run_dialog(dialog: ReferenceImportDialog) -> int:  # the editor deletes it afterwards
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        if not dialog.import_button.isEnabled():
            assert not dialog.problems.isHidden()
            seen.append(
                [
                    (dialog.problems.item(r, 0).text(), dialog.problems.item(r, 1).text())
                    for r in range(dialog.problems.rowCount())
                ]
            )
            return 0
        seen.append(dialog.summary.toPlainText())
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(editor, "_run_dialog", run_dialog)
    monkeypatch.setattr(editor, "_choose_import_path", lambda: bad)
    editor.import_button.click()
    assert seen == [[("2", "Postcode")]]
    monkeypatch.setattr(editor, "_choose_import_path", lambda: good)
    editor.import_button.click()
    assert "VraagWijzer Noord" in seen[-1]
    assert (
        office.reference.catalog().get("partners", "vraagwijzer_noord").get("phone")
        == "010 417 4000"
    )
    assert "Ingelezen: 0 nieuw, 1 gewijzigd" in editor.result.text()


def test_the_configuration_tab_writes_the_file_and_names_laptops_behind(
    page, office, qtbot, tmp_path, monkeypatch
):
    page.tabs.setCurrentWidget(page.config_panel)
    panel = page.config_panel
    assert "nog geen configuratiebestand" in panel.latest_label.text()
    monkeypatch.setattr(panel, "_choose_target", lambda: tmp_path / "stick" / "configuratie")
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "stick" / "configuratie.idopair").exists()
    assert "versie 1" in panel.latest_label.text()
    office.reference_admin.set_retired("partners", "geldfit", True)
    panel.refresh()
    assert "Sociale kaart: 1 vervallen" in panel.pending.toPlainText()


def test_an_edit_reaches_the_sociale_kaart_page_at_once(window, page, office, qtbot):
    partners = window.partners  # the back office's own sociale kaart (built now)
    editor = page.editor("partners")
    editor.select("mee_rotterdam")
    type_into(qtbot, line(editor, "phone"), "010 282 1111")
    editor.form.widgets["phone_is_placeholder"].setChecked(False)
    editor.save()
    partners.search.setText("MEE")
    partners._select_row(partners.model.row_of("mee_rotterdam"))
    assert partners.details.phone_label.text() == "010 282 1111"


def test_a_laptop_has_no_reference_page(qtbot, services):
    window = build_main_window(services)
    qtbot.addWidget(window)
    assert window.reference_page is None
    assert all(
        "Referentiegegevens" not in window.tabs.tabText(i) for i in range(window.tabs.count())
    )
    QApplication.processEvents()

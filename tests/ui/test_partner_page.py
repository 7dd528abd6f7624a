"""The offline partner directory: search, filter, large phone number, keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QScrollBar, QWidget

from ido_desktop.app import Services
from ido_desktop.ui.partner_model import PartnerColumn
from ido_desktop.ui.partner_page import PartnerPage
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

# The offscreen platform warns when a top-level window is shown; that is not our defect.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEBT_PARTNERS = {"schuldhulpmaatje", "kredietbank_rotterdam", "humanitas_thuisadministratie"}


@pytest.fixture
def page(qtbot, services: Services) -> PartnerPage:
    widget = PartnerPage(services.reference.catalog())
    qtbot.addWidget(widget)
    return widget


def show(qtbot, widget: QWidget) -> None:
    """Show and activate, so keyboard shortcuts work as for a user."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def codes(page: PartnerPage) -> list[str]:
    return [page.model.index(r, 0).data(ID_ROLE) for r in range(page.model.rowCount())]


def select_code(page: PartnerPage, code: str) -> None:
    page.table.selectRow(page.model.row_of(code))


def selected_code(page: PartnerPage) -> str | None:
    partner = page.selected_partner()
    return partner.code if partner else None


def test_lists_all_live_partners_at_start(
    page: PartnerPage, services: Services, qtmodeltester
) -> None:
    catalog = services.reference.catalog()
    assert sorted(codes(page)) == sorted(p.code for p in catalog.items("partners"))
    assert page.search.placeholderText() == "Zoek op naam, categorie of waarmee ze helpen"
    assert page.details.stack.currentWidget() is page.details.empty_label
    qtmodeltester.check(page.model)


def test_search_schuld_finds_the_debt_help_partners(qtbot, page: PartnerPage) -> None:
    qtbot.keyClicks(page.search, "schuld")
    found = codes(page)
    assert DEBT_PARTNERS <= set(found)
    assert found[0] == "schuldhulpmaatje"
    assert "digid_helpdesk" not in found
    assert page.count_label.text() == f"{len(found)} partners gevonden"


def test_search_without_results_says_so(qtbot, page: PartnerPage) -> None:
    qtbot.keyClicks(page.search, "xyzzy")
    assert page.model.rowCount() == 0
    assert "Geen partners gevonden" in page.count_label.text()


def test_category_filter(page: PartnerPage, qtmodeltester) -> None:
    assert page.category.itemText(0) == "Alle categorieën"
    page.category.setCurrentIndex(page.category.findData("taal"))
    assert "taalhuis_rotterdam" in codes(page)
    categories = {
        page.model.index(r, PartnerColumn.CATEGORY).data() for r in range(len(codes(page)))
    }
    assert categories == {"Taal"}
    page.category.setCurrentIndex(page.category.findData("schulden_geldzaken"))
    page.search.setText("vrijwillig")
    assert set(codes(page)) == {"humanitas_thuisadministratie", "schuldhulpmaatje"}
    page.category.setCurrentIndex(0)
    assert len(codes(page)) > 2
    qtmodeltester.check(page.model)


def test_model_roles(page: PartnerPage) -> None:
    row = page.model.row_of("kredietbank_rotterdam")
    phone = page.model.index(row, PartnerColumn.PHONE)
    assert phone.data(ROW_ROLE).code == "kredietbank_rotterdam"
    assert phone.data(SORT_ROLE) == "010 000 1001"
    assert phone.data() == "010 000 1001 *"  # a placeholder number is marked in the list
    assert "voorbeeldnummer" in phone.data(Qt.ItemDataRole.ToolTipRole)
    real = page.model.index(page.model.row_of("juridisch_loket"), PartnerColumn.PHONE)
    assert real.data() == "0900 8020"


def test_details_show_phone_and_hours_in_large_type(qtbot, page: PartnerPage) -> None:
    show(qtbot, page)
    select_code(page, "juridisch_loket")
    details = page.details
    assert details.stack.currentWidget() is details.body
    assert details.name_label.text() == "Het Juridisch Loket"
    assert details.category_label.text() == "Juridisch advies"
    assert details.phone_label.text() == "0900 8020"
    assert details.hours_label.text() == "dagelijks 9.00-18.00; € 0,25 per minuut"
    assert "huur" in details.helps_label.text()
    assert "juridischloket.nl" in details.website_label.text()
    assert details.notes_label.text().startswith("Landelijk nummer.")
    base = page.font().pointSizeF()
    for label in (details.phone_label, details.hours_label):
        assert label.font().pointSizeF() >= 1.8 * base
        assert label.font().bold()
    assert not details.placeholder_label.isVisible()


def test_placeholder_phone_number_is_flagged(qtbot, page: PartnerPage) -> None:
    show(qtbot, page)
    select_code(page, "kredietbank_rotterdam")
    assert page.details.phone_label.text() == "010 000 1001"
    assert page.details.placeholder_label.isVisible()
    assert page.details.placeholder_label.text() == "(voorbeeldnummer — echte nummer nog invullen)"


def test_typing_then_down_selects_the_first_row_and_enter_focuses_details(
    qtbot, page: PartnerPage
) -> None:
    show(qtbot, page)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "schuld")
    assert page.selected_partner() is None
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert selected_code(page) == "schuldhulpmaatje"
    assert page.details.name_label.text() == "SchuldHulpMaatje Rotterdam"
    assert page.search.hasFocus()  # typing can go on
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    second = codes(page)[1]
    assert selected_code(page) == second
    qtbot.keyClick(page.search, Qt.Key.Key_Up)
    assert selected_code(page) == "schuldhulpmaatje"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(page.details.phone_label.hasFocus)


def test_enter_without_selection_opens_the_best_match(qtbot, page: PartnerPage) -> None:
    show(qtbot, page)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "taalhuis")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert selected_code(page) == "taalhuis_rotterdam"
    qtbot.waitUntil(page.details.phone_label.hasFocus)


def test_selection_survives_narrowing_the_search(qtbot, page: PartnerPage) -> None:
    select_code(page, "geldfit")
    page.search.setText("geld")
    assert selected_code(page) == "geldfit"
    page.search.setText("taal")
    assert page.selected_partner() is None
    assert page.details.stack.currentWidget() is page.details.empty_label


def test_ctrl_f_focuses_the_search_field(qtbot, page: PartnerPage) -> None:
    show(qtbot, page)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def test_copy_phone_number_with_ctrl_shift_c(qtbot, page: PartnerPage) -> None:
    show(qtbot, page)
    QGuiApplication.clipboard().clear()
    assert not page.details.copy_button.isEnabled()
    select_code(page, "veilig_thuis")
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "0800 2000")
    assert page.details.copied_label.text()


def unnamed_widgets(root: QWidget) -> list[QWidget]:
    """Our own widgets without an accessible name (Qt's internal parts are skipped)."""

    def internal(widget: QWidget) -> bool:
        if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
            return True
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QLineEdit) or parent.objectName().startswith("qt_"):
                return True
            parent = parent.parentWidget()
        return False

    return [w for w in root.findChildren(QWidget) if not internal(w) and not w.accessibleName()]


def test_every_widget_has_an_accessible_name(page: PartnerPage) -> None:
    assert page.accessibleName()
    assert unnamed_widgets(page) == []

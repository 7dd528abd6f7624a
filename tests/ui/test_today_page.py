"""Today's list: newest first, edit with Enter, delete with Del and take it back with Ctrl+Z."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QScrollBar, QWidget

from ido_desktop.app import Services
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE
from ido_desktop.ui.today_model import TodayColumn
from ido_desktop.ui.today_page import TodayPage

# The offscreen platform warns when a top-level window is shown; that is not our defect.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def register(
    services: Services,
    *,
    organisation: str = "belastingdienst",
    topic: str = "aangifte_inkomstenbelasting",
    result: str = "opgelost",
    questions: int = 1,
    referrals: int = 0,
    duration: DurationBand = DurationBand.FROM_10_TO_20,
    days_ago: int = 0,
) -> str:
    question = QuestionDraft(
        organisations=(organisation,),
        topic=topic,
        help_forms=("uitleg",),
        result=result,
        referrals=tuple(ReferralDraft(partner_code="schuldhulpmaatje") for _ in range(referrals)),
    )
    draft = ConsultDraft(
        consult_date=services.consults.today() - timedelta(days=days_ago),
        part_of_day=PartOfDay.MIDDAG,
        duration_band=duration,
        questions=(question,) * questions,
    )
    return services.consults.register(draft, services.reference.catalog())


@pytest.fixture
def page(qtbot, services: Services, open_spreekuur) -> TodayPage:
    widget = TodayPage(services.consults, services.reference.catalog())
    qtbot.addWidget(widget)
    return widget


def show(qtbot, widget) -> None:
    """Show and activate, so keyboard shortcuts work as for a user."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def view_ids(page: TodayPage) -> list[str]:
    return [page.proxy.index(r, 0).data(ID_ROLE) for r in range(page.proxy.rowCount())]


def test_empty_state_until_the_first_consult(page: TodayPage, services: Services) -> None:
    assert page.stack.currentWidget() is page.empty_label
    assert "Nog geen consulten vandaag" in page.empty_label.text()
    register(services)
    page.refresh()
    assert page.stack.currentWidget() is page.table


def test_lists_todays_consults_newest_first(
    page: TodayPage, services: Services, qtmodeltester
) -> None:
    first = register(services, organisation="uwv", topic="ww_uitkering")
    second = register(services, organisation="toeslagen", topic="huurtoeslag")
    third = register(services)
    page.refresh()

    assert view_ids(page) == [third, second, first]
    top = page.proxy.index(0, TodayColumn.ORGANISATIONS)
    assert top.data() == "Belastingdienst"
    assert page.proxy.index(1, TodayColumn.TOPICS).data() == "Huurtoeslag"
    row = page.proxy.index(0, 0).data(ROW_ROLE)
    assert page.proxy.index(0, TodayColumn.TIME).data() == row.registered_at.astimezone().strftime(
        "%H:%M"
    )
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_backdated_consult_shows_its_date(page: TodayPage, services: Services) -> None:
    backdated = register(services, days_ago=3)
    register(services)
    page.refresh()
    when = {
        page.proxy.index(r, 0).data(ID_ROLE): page.proxy.index(r, TodayColumn.WHEN).data()
        for r in range(2)
    }
    day = services.consults.today() - timedelta(days=3)
    assert str(day.day) in when[backdated] and "Middag" in when[backdated]
    assert [text for cid, text in when.items() if cid != backdated] == ["Middag"]


def test_sorting_uses_raw_values_not_text(page: TodayPage, services: Services) -> None:
    long = register(services, duration=DurationBand.OVER_60)
    short = register(services, duration=DurationBand.UNDER_10)
    middle = register(services, duration=DurationBand.FROM_20_TO_30)
    page.refresh()
    page.table.sortByColumn(TodayColumn.DURATION, Qt.SortOrder.AscendingOrder)
    assert view_ids(page) == [short, middle, long]


def test_enter_and_edit_button_ask_to_edit_the_selected_consult(
    qtbot, page: TodayPage, services: Services
) -> None:
    register(services)
    wanted = register(services)
    page.refresh()
    show(qtbot, page)
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.edit_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [wanted]
    with qtbot.waitSignal(page.edit_requested) as blocker:
        page.edit_button.click()
    assert blocker.args == [wanted]


def test_buttons_need_a_selection(page: TodayPage, services: Services) -> None:
    register(services)
    page.refresh()
    assert not page.delete_button.isEnabled() and not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.delete_button.isEnabled() and page.edit_button.isEnabled()


def test_delete_key_tombstones_and_ctrl_z_restores(
    qtbot, page: TodayPage, services: Services
) -> None:
    keep = register(services)
    victim = register(services)
    page.refresh()
    show(qtbot, page)
    page.table.setFocus()
    page.select_id(victim)
    time_text = page.proxy.index(0, TodayColumn.TIME).data()
    before = services.stats.stats()

    with qtbot.waitSignal(page.consult_deleted) as deleted:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert deleted.args == [victim]
    after = services.stats.stats()
    assert after.consultations == before.consultations - 1
    assert after.deleted_consultations == before.deleted_consultations + 1
    assert view_ids(page) == [keep]
    qtbot.waitUntil(page.undo_bar.isVisible)
    assert page.undo_label.text() == f"Consult van {time_text} verwijderd."
    assert "Ctrl+Z" in page.undo_button.text()
    assert page.summary.consultations_value.text() == "1"

    with qtbot.waitSignal(page.consult_restored) as restored:
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert restored.args == [victim]
    assert services.stats.stats() == before
    assert view_ids(page) == [victim, keep]
    assert page.selected_id() == victim
    assert not page.undo_bar.isVisible()
    assert page.summary.consultations_value.text() == "2"


def test_undo_button_restores_only_the_last_delete(
    qtbot, page: TodayPage, services: Services
) -> None:
    first = register(services)
    second = register(services)
    page.refresh()
    for consult_id in (first, second):
        page.select_id(consult_id)
        page.delete_button.click()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label

    page.undo_button.click()
    assert view_ids(page) == [second]
    assert not page.undo_available
    page.undo_button.click()  # nothing left to undo: no error, nothing changes
    assert view_ids(page) == [second]
    assert services.stats.stats().deleted_consultations == 1


def test_summary_counts_match_the_registrations(
    page: TodayPage, services: Services, qtmodeltester
) -> None:
    register(services, organisation="toeslagen", topic="huurtoeslag", questions=2, referrals=1)
    register(services, organisation="toeslagen", topic="zorgtoeslag")
    register(services, organisation="uwv", topic="ww_uitkering", referrals=2)
    register(services, days_ago=1)  # registered today, about yesterday: counts today
    page.refresh()
    summary = page.summary
    assert summary.consultations_value.text() == "4"
    assert summary.questions_value.text() == "5"
    assert summary.referrals_value.text() == "4"

    org = summary.organisation_model
    by_org = {org.index(r, 0).data(): org.index(r, 1).data() for r in range(org.rowCount())}
    assert by_org == {"Toeslagen": "3", "UWV": "1", "Belastingdienst": "1"}
    assert org.index(0, 0).data() == "Toeslagen"
    topic = summary.topic_model
    by_topic = {topic.index(r, 0).data(): topic.index(r, 1).data() for r in range(topic.rowCount())}
    assert by_topic["Huurtoeslag"] == "2"
    assert by_topic["WW-uitkering"] == "1"
    qtmodeltester.check(org)
    qtmodeltester.check(topic)


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


def test_every_widget_has_an_accessible_name(page: TodayPage) -> None:
    assert page.accessibleName()
    assert unnamed_widgets(page) == []

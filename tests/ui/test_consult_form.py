"""The consultation form: what it stores, how it refuses, and how it helps while typing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ido_desktop.app import Services
from ido_desktop.domain.model import QuestionDraft
from ido_desktop.domain.privacy import FindingKind
from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
    Warmth,
)
from ido_desktop.ui import labels
from ido_desktop.ui.consult_form import ConsultForm
from ido_desktop.ui.question_editor import QuestionEditor
from ido_desktop.ui.referral_dialog import ReferralDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def show_active(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def make_form(qtbot, services: Services) -> ConsultForm:
    form = ConsultForm(services.consults, services.reference.catalog())
    qtbot.addWidget(form)
    form.resize(1100, 800)
    show_active(qtbot, form)
    form.start_new()
    return form


@pytest.fixture
def form(qtbot, services: Services, open_spreekuur) -> ConsultForm:
    return make_form(qtbot, services)


def fill_question(
    editor: QuestionEditor,
    organisation: str = "belastingdienst",
    topic: str = "aangifte_inkomstenbelasting",
    help_forms: tuple[str, ...] = ("uitleg",),
    result: str | None = "opgelost",
) -> None:
    editor.organisation.set_current_code(organisation)
    editor.topic.set_current_code(topic)
    editor.help_forms.set_codes(help_forms)
    editor.result.setCurrentIndex(editor.result.findData(result) if result else -1)


def select(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def add_referral(
    qtbot, editor: QuestionEditor, search: str, warmth: Warmth, kind: str = ""
) -> None:
    editor.add_referral_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ReferralDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, ReferralDialog)
    if kind:
        dialog._kind_buttons[kind].setChecked(True)
    dialog.search.setText(search)
    dialog._warmth_buttons[warmth].setChecked(True)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(editor.window().isActiveWindow)


def stored_count(services: Services) -> int:
    return services.stats.stats().consultations


def test_saving_stores_visitor_fields_backdated_date_questions_and_referrals(
    qtbot, form: ConsultForm, services: Services
) -> None:
    today = services.consults.today()
    select(form.channel, Channel.AFSPRAAK)
    select(form.found_via, FoundVia.BIBLIOTHEEK)
    select(form.age_band, AgeBand.FROM_65_TO_74)
    select(form.visitor_language, Language.MET_TOLK)
    select(form.repeat_visit, RepeatVisit.JA)
    form.on_behalf.setChecked(True)
    backdated = today - timedelta(days=3)
    form.date.setDate(QDate(backdated.year, backdated.month, backdated.day))
    select(form.part_of_day, PartOfDay.AVOND)
    first = form.question_editors()[0]
    fill_question(first)
    add_referral(qtbot, first, "kredietbank", Warmth.WARM_CONTACT)
    add_referral(qtbot, first, "digisterker: digid", Warmth.KOUD, kind="courses")
    form.add_question_button.click()
    second = form.question_editors()[1]
    assert form.questions.tabText(1) == "Vraag 2"
    assert QApplication.focusWidget() is second.organisation
    fill_question(second, "toeslagen", "huurtoeslag", ("informeren", "doorverwijzen"), "deels")
    second.problems.set_codes(["geldzorgen"])
    select(second.signal_kind, "storing")
    second.note.setPlainText("Site gaf steeds een foutmelding")
    add_referral(qtbot, second, "schulden", Warmth.WARME_OVERDRACHT, kind="partner_categories")

    with qtbot.waitSignal(form.consult_saved) as saved:
        form.save_button.click()

    stored = services.consults.load(saved.args[0])
    assert stored.consult_date == backdated
    assert stored.part_of_day == PartOfDay.AVOND
    assert stored.channel == Channel.AFSPRAAK
    assert stored.found_via == FoundVia.BIBLIOTHEEK
    assert stored.age_band == AgeBand.FROM_65_TO_74
    assert stored.language == Language.MET_TOLK
    assert stored.repeat_visit == RepeatVisit.JA
    assert stored.on_behalf_consent is True
    q1, q2 = stored.questions
    assert (q1.organisations, q1.topic, q1.help_forms, q1.result) == (
        ("belastingdienst",),
        "aangifte_inkomstenbelasting",
        ("uitleg",),
        "opgelost",
    )
    partner, course = q1.referrals
    assert (partner.partner_code, partner.warmth) == ("kredietbank_rotterdam", Warmth.WARM_CONTACT)
    assert partner.category_code == "schulden_geldzaken"
    assert (course.course_code, course.warmth) == ("digisterker_digid", Warmth.KOUD)
    assert (q2.organisations, q2.topic, q2.result) == (("toeslagen",), "huurtoeslag", "deels")
    assert set(q2.help_forms) == {"informeren", "doorverwijzen"}
    assert q2.problems == ("geldzorgen",)
    assert (q2.signal_kind, q2.signal_organisation) == ("storing", "toeslagen")
    assert q2.note == "Site gaf steeds een foutmelding"
    (category,) = q2.referrals
    assert category.category_code == "schulden_geldzaken" and category.partner_code is None
    assert category.warmth == Warmth.WARME_OVERDRACHT
    # The form is ready for the next visitor, with defaults back.
    assert len(form.question_editors()) == 1
    assert form.channel.currentData() == Channel.INLOOP
    assert form.date.date() == QDate(today.year, today.month, today.day)
    assert form.confirmation.text() == "Consult opgeslagen (nr. 1 vandaag)"


def test_missing_result_shows_error_focuses_result_and_stores_nothing(
    qtbot, form: ConsultForm, services: Services
) -> None:
    editor = form.question_editors()[0]
    fill_question(editor, result=None)

    form.save_button.click()

    assert form.error_banner.isVisible()
    assert "Vraag 1: Vul 'Resultaat' in." in form.error_banner.text()
    assert QApplication.focusWidget() is editor.result
    assert stored_count(services) == 0
    assert editor.organisation.current_code() == "belastingdienst"  # input kept


def test_missing_result_in_second_question_switches_to_its_tab(
    qtbot, form: ConsultForm, services: Services
) -> None:
    fill_question(form.question_editors()[0])
    form.add_question_button.click()
    second = form.question_editors()[1]
    fill_question(second, result=None)
    form.questions.setCurrentIndex(0)

    form.save_button.click()

    assert form.questions.currentIndex() == 1
    assert "Vraag 2:" in form.error_banner.text()
    assert QApplication.focusWidget() is second.result
    assert stored_count(services) == 0


@pytest.mark.parametrize(
    ("note", "kind", "span"),
    [
        (
            "Mail gestuurd naar jan.jansen@example.nl vandaag",
            FindingKind.EMAIL,
            "jan.jansen@example.nl",
        ),
        ("BSN 111222333 opgezocht", FindingKind.BSN, "111222333"),
        # What the guard let through before (issue 10)
        ("Mevr. Jansen belt nog", FindingKind.NAME, "Jansen"),
        ("bsn 123456789 nog opzoeken", FindingKind.BSN, "123456789"),
        ("Nieuwe postcode 3011 AB 12 doorgeven", FindingKind.POSTCODE, "3011 AB 12"),
        ("Verhuisd naar Nieuwe Binnenweg 12a", FindingKind.ADDRESS, "Nieuwe Binnenweg 12a"),
    ],
)
def test_note_with_personal_data_is_refused_and_highlighted(
    qtbot, form: ConsultForm, services: Services, note: str, kind: FindingKind, span: str
) -> None:
    editor = form.question_editors()[0]
    fill_question(editor)
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, note)
    # The guard warns while typing, before anything is saved.
    qtbot.waitUntil(editor.privacy_warning.isVisible)
    assert labels.finding(kind) in editor.privacy_warning.text()
    before = stored_count(services)

    form.save_button.click()

    assert stored_count(services) == before == 0
    assert form.error_banner.isVisible()
    assert labels.privacy_advice() in form.error_banner.text()
    assert labels.finding(kind) in form.error_banner.text()
    assert labels.privacy_advice() in editor.privacy_warning.text()
    assert QApplication.focusWidget() is editor.note
    (selection,) = editor.note.extraSelections()
    assert selection.cursor.selectedText() == span
    assert selection.format.fontUnderline()
    assert editor.note.toPlainText() == note  # nothing lost: the user removes the part


def test_note_counter_and_limit(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "Aangifte samen ingevuld, nog")
    assert editor.note_counter.text() == "28/200"
    editor.note.setPlainText("x" * 250)
    assert len(editor.note.toPlainText()) == 200
    assert editor.note_counter.text() == "200/200"


def test_no_open_spreekuur_shows_message_and_stores_nothing(qtbot, services: Services) -> None:
    form = make_form(qtbot, services)
    fill_question(form.question_editors()[0])

    form.save_button.click()

    assert "Er is geen spreekuur geopend" in form.error_banner.text()
    assert stored_count(services) == 0
    assert form.has_unsaved_input()


def test_edit_loads_a_consult_and_saving_bumps_the_revision(
    qtbot, form: ConsultForm, services: Services
) -> None:
    editor = form.question_editors()[0]
    fill_question(editor)
    select(form.age_band, AgeBand.OVER_75)
    add_referral(qtbot, editor, "taalhuis", Warmth.WARM_CONTACT)
    with qtbot.waitSignal(form.consult_saved) as first:
        form.save_button.click()
    consult_id = first.args[0]
    question_id = services.consults.load(consult_id).questions[0].id

    form.edit(consult_id)

    assert form.title.text() == "Consult corrigeren"
    assert not form.has_unsaved_input()
    editor = form.question_editors()[0]
    assert editor.organisation.currentText() == "Belastingdienst"
    assert editor.topic.current_code() == "aangifte_inkomstenbelasting"
    assert editor.result.currentData() == "opgelost"
    assert editor.referrals.count() == 1
    assert form.age_band.currentData() == AgeBand.OVER_75
    select(editor.result, "deels")
    assert form.has_unsaved_input()
    select(form.age_band, AgeBand.FROM_65_TO_74)  # a consult field: the consult record changes
    with qtbot.waitSignal(form.consult_saved) as second:
        form.save_button.click()

    assert second.args[0] == consult_id
    (row,) = services.consults.registered_on()
    assert row.revision == 2
    assert row.results == ("deels",)
    stored = services.consults.load(consult_id)
    assert stored.age_band == AgeBand.FROM_65_TO_74
    assert [q.id for q in stored.questions] == [question_id]  # corrected, not replaced
    assert stored.questions[0].referrals[0].partner_code == "taalhuis_rotterdam"
    assert [q.id for q in stored.questions] == [question_id]  # corrected, not replaced
    assert form.title.text() == "Nieuw consult"  # back to registering


def test_edit_of_unknown_consult_shows_message(qtbot, form: ConsultForm) -> None:
    form.edit("01900000-0000-7000-8000-000000000000")
    assert "bestaat niet meer" in form.error_banner.text()


def test_digid_detail_only_enabled_for_the_digid_topic(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    assert not editor.digid_detail.isEnabled()
    editor.organisation.set_current_code("digid_logius")
    editor.topic.set_current_code("digid")
    assert editor.digid_detail.isEnabled()
    select(editor.digid_detail, "wachtwoord")
    assert editor.draft().digid_detail == "wachtwoord"
    editor.topic.set_current_code("brief_begrijpen")
    assert not editor.digid_detail.isEnabled()
    assert editor.draft().digid_detail is None


def test_duration_follows_the_timer_until_changed_by_hand(
    qtbot, form: ConsultForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert form.duration.currentData() == DurationBand.UNDER_10
    monkeypatch.setattr(form, "_elapsed_seconds", lambda: 12 * 60 + 5)
    form._on_tick_timeout()
    assert form.duration.currentData() == DurationBand.FROM_10_TO_20
    assert form.timer_label.text() == "12:05"
    monkeypatch.setattr(form, "_elapsed_seconds", lambda: 25 * 60)
    form._on_tick_timeout()
    assert form.duration.currentData() == DurationBand.FROM_20_TO_30

    form.duration.setFocus()
    qtbot.keyClick(form.duration, Qt.Key.Key_Down)  # the user picks 30-60 by hand
    assert form.duration.currentData() == DurationBand.FROM_30_TO_60
    monkeypatch.setattr(form, "_elapsed_seconds", lambda: 75 * 60)
    form._on_tick_timeout()
    assert form.duration.currentData() == DurationBand.FROM_30_TO_60

    form.start_new()  # the next visitor: the timer leads again
    monkeypatch.setattr(form, "_elapsed_seconds", lambda: 61 * 60)
    form._on_tick_timeout()
    assert form.duration.currentData() == DurationBand.OVER_60


def test_topics_follow_the_organisation(qtbot, form: ConsultForm, services: Services) -> None:
    catalog = services.reference.catalog()
    editor = form.question_editors()[0]

    def topic_codes() -> list[str]:
        return [editor.topic.itemData(i) for i in range(editor.topic.count())]

    editor.organisation.set_current_code("toeslagen")
    own = [t.code for t in catalog.topics_for("toeslagen") if t.get("organisations")]
    assert topic_codes()[: len(own)] == own
    assert "huurtoeslag" in own
    assert "aangifte_inkomstenbelasting" not in topic_codes()
    assert "digid" in topic_codes()  # general topics stay available

    editor.topic.set_current_code("digid")
    editor.organisation.set_current_code("belastingdienst")
    assert topic_codes()[0] == "aangifte_inkomstenbelasting"
    assert editor.topic.current_code() == "digid"  # still offered, so kept

    editor.topic.set_current_code("voorlopige_aanslag")
    editor.organisation.set_current_code("uwv")
    assert editor.topic.current_code() is None  # not a UWV topic


def test_typing_picks_the_organisations_own_topic_first(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    editor.organisation.set_current_code("uwv")
    editor.topic.setFocus()
    qtbot.keyClicks(editor.topic, "w")
    qtbot.keyClick(editor.topic, Qt.Key.Key_Tab)
    assert editor.topic.current_code() == "ww_uitkering"


def test_help_forms_toggle_by_first_letter(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    editor.help_forms.setFocus()
    for letter in "ucu":
        qtbot.keyClick(editor.help_forms, letter)
    assert editor.help_forms.codes() == ("cursus",)


def test_problems_with_shared_first_letter_use_marker_and_space(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    editor.problems.setFocus()
    qtbot.keyClick(editor.problems, "g")  # Geldzorgen and Gezondheid: moves the marker
    assert editor.problems.codes() == ()
    qtbot.keyClick(editor.problems, Qt.Key.Key_Space)
    qtbot.keyClick(editor.problems, "g")
    qtbot.keyClick(editor.problems, Qt.Key.Key_Space)
    qtbot.keyClick(editor.problems, "e")  # Eenzaamheid: unique, toggles at once
    assert set(editor.problems.codes()) == {"geldzorgen", "gezondheid", "eenzaamheid"}


def test_referral_is_removed_with_delete(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    add_referral(qtbot, editor, "taalhuis", Warmth.KOUD)
    assert editor.referrals.count() == 1
    editor.referrals.setFocus()
    qtbot.keyClick(editor.referrals, Qt.Key.Key_Delete)
    assert editor.referrals.count() == 0


def test_keypad_enter_with_ctrl_also_saves(qtbot, form: ConsultForm, services: Services) -> None:
    fill_question(form.question_editors()[0])
    form.question_editors()[0].result.setFocus()
    with qtbot.waitSignal(form.consult_saved):
        qtbot.keyClick(
            QApplication.focusWidget(),
            Qt.Key.Key_Enter,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
        )
    assert stored_count(services) == 1


def test_confirmation_stays_until_the_next_keystroke(
    qtbot, form: ConsultForm, services: Services
) -> None:
    fill_question(form.question_editors()[0])
    form.save_button.click()
    assert form.confirmation.text() == "Consult opgeslagen (nr. 1 vandaag)"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)  # a modifier alone: stays
    assert form.confirmation.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "b")
    assert not form.confirmation.isVisible()

    fill_question(form.question_editors()[0])
    form.save_button.click()
    assert form.confirmation.text() == "Consult opgeslagen (nr. 2 vandaag)"


def test_clear_asks_only_when_there_is_input(
    qtbot, form: ConsultForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not form.has_unsaved_input()
    form.clear_button.click()
    assert asked == []

    fill_question(form.question_editors()[0])
    assert form.has_unsaved_input()
    form.clear_button.click()
    assert len(asked) == 1
    assert form.question_editors()[0].organisation.current_code() == "belastingdienst"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    form.clear_button.click()
    assert form.question_editors()[0].organisation.current_code() is None
    assert not form.has_unsaved_input()
    assert QApplication.focusWidget() is form.question_editors()[0].organisation


def test_remove_question(qtbot, form: ConsultForm) -> None:
    assert not form.remove_question_button.isEnabled()
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(form.question_editors()) == 2
    assert form.remove_question_button.isEnabled()
    form.remove_question_button.click()  # empty question: no confirmation needed
    assert len(form.question_editors()) == 1
    assert form.questions.tabText(0) == "Vraag 1"


def test_every_field_has_an_accessible_name_and_a_mnemonic(qtbot, form: ConsultForm) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QPlainTextEdit

    fields = [
        w
        for kind in (QComboBox, QDateEdit, QPlainTextEdit, QAbstractButton)
        for w in form.findChildren(kind)
        if w.isVisibleTo(form) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert fields
    for widget in fields:
        assert widget.accessibleName(), widget
    buddies = {label.buddy() for label in form.findChildren(QLabel) if "&" in label.text()}
    editor = form.question_editors()[0]
    for widget in (
        editor.organisation, editor.topic, editor.digid_detail, editor.help_forms, editor.result,
        editor.problems, editor.signal_kind, editor.signal_organisation, editor.note,
        form.date, form.part_of_day, form.duration, form.channel, form.found_via, form.age_band,
        form.visitor_language, form.repeat_visit,
    ):  # fmt: skip
        assert widget in buddies, widget.accessibleName()


def test_question_draft_round_trip(qtbot, form: ConsultForm) -> None:
    editor = form.question_editors()[0]
    question = QuestionDraft(
        organisations=("gemeente", "belastingdienst"),
        topic="bezwaar_aanslag",
        help_forms=("uitleg", "handeling_toestemming"),
        result="vervolgafspraak",
        problems=("wonen",),
        signal_kind="onbegrijpelijk",
        signal_organisation="belastingdienst",
        note="Volgende week verder",
        id="q1",
    )
    editor.set_draft(question)
    assert editor.draft() == question

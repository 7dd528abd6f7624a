"""Keyboard-only registration (PRODUCT.md 2.2): a typical consultation in at most 12 keystrokes.

The form is driven only by key events sent to the widget that has the keyboard focus, as a user
would; nothing is set programmatically and nothing is clicked. A keystroke is one press of a
non-modifier key, so a chord like Ctrl+Enter counts as one and Shift or Ctrl alone count as none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from ido_desktop.app import Services
from ido_desktop.domain.vocab import Role, Warmth
from ido_desktop.services.demo_service import DemoService
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.consult_form import ConsultForm
from ido_desktop.ui.main_window import MainWindow
from ido_desktop.ui.referral_dialog import ReferralDialog
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog
from tests.services.sync_helpers import make

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TYPICAL_LIMIT = 12
MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
             Qt.Key.Key_AltGr}  # fmt: skip


class KeyStrokeCounter(QObject):
    """Counts key presses of non-modifier keys, application-wide.

    Each press reaches the focus widget first as a ShortcutOverride and then as a KeyPress, unless
    a shortcut took it (then there is no KeyPress; Ctrl+Enter is such a press). Both are counted as
    one keystroke; the copies Qt propagates to parent widgets are not counted.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.keys: list[str] = []
        self._pending: tuple[int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if watched is not QApplication.focusWidget() or event.isAutoRepeat():
            return False
        key = Qt.Key(event.key())
        if key in MODIFIERS:
            return False
        ident = (event.key(), event.modifiers().value)
        if kind == QEvent.Type.KeyPress and self._pending == ident:
            self._pending = None
            return False
        self._pending = ident if kind == QEvent.Type.ShortcutOverride else None
        self.count += 1
        self.keys.append(_describe(event))
        return False


def _describe(event: QKeyEvent) -> str:
    names = []
    mods = event.modifiers()
    if mods & Qt.KeyboardModifier.ControlModifier:
        names.append("Ctrl")
    if mods & Qt.KeyboardModifier.AltModifier:
        names.append("Alt")
    if mods & Qt.KeyboardModifier.ShiftModifier:
        names.append("Shift")
    text = event.text()
    if text and text.isprintable() and not names:
        return text
    key = Qt.Key(event.key()).name.removeprefix("Key_")
    return "+".join([*names, key])


@pytest.fixture
def counter(qapp) -> Iterator[KeyStrokeCounter]:
    counter = KeyStrokeCounter()
    qapp.installEventFilter(counter)
    yield counter
    qapp.removeEventFilter(counter)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(focus(), char)


def show_active(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def form(qtbot, services: Services, open_spreekuur) -> ConsultForm:
    widget = ConsultForm(services.consults, services.reference.catalog())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    show_active(qtbot, widget)
    widget.start_new()
    return widget


def test_counter_counts_each_press_once_including_shortcut_chords(qtbot, counter) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    show_active(qtbot, edit)
    edit.setFocus()
    shortcut_fired = []
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence("Ctrl+Return"), edit)
    shortcut.activated.connect(lambda: shortcut_fired.append(True))

    type_text(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)

    assert shortcut_fired == [True]
    assert edit.text() == "abc"
    assert counter.keys == ["a", "b", "c", "Ctrl+Return", "Tab"]
    assert counter.count == 5


def test_typical_consultation_takes_at_most_12_keystrokes(
    qtbot, form: ConsultForm, services: Services, counter: KeyStrokeCounter
) -> None:
    organisation = form.question_editors()[0].organisation
    assert focus() is organisation
    counter.count = 0
    counter.keys.clear()

    with qtbot.waitSignal(form.consult_saved) as saved:
        type_text(qtbot, "be")  # Belastingdienst
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "a")  # Aangifte inkomstenbelasting (the organisation's own topic)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "u")  # Uitleg
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "o")  # Opgelost
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    n = counter.count
    print(f"\ntypical consultation: {n} keystrokes: {' '.join(counter.keys)}")
    assert n <= TYPICAL_LIMIT
    stored = services.consults.load(saved.args[0])
    (question,) = stored.questions
    assert question.organisations == ("belastingdienst",)
    assert question.topic == "aangifte_inkomstenbelasting"
    assert question.help_forms == ("uitleg",)
    assert question.result == "opgelost"
    assert question.digid_detail is None and question.referrals == () and question.note == ""
    assert [row.id for row in services.consults.registered_on()] == [saved.args[0]]
    # Ready for the next visitor.
    fresh = form.question_editors()
    assert len(fresh) == 1 and fresh[0].organisation.currentText() == ""
    assert focus() is fresh[0].organisation
    assert not form.has_unsaved_input()
    assert "Consult opgeslagen (nr. 1 vandaag)" in form.confirmation.text()


def test_digid_question_with_warm_referral_by_keyboard_only(
    qtbot, form: ConsultForm, services: Services, counter: KeyStrokeCounter
) -> None:
    editor = form.question_editors()[0]
    counter.count = 0
    counter.keys.clear()

    type_text(qtbot, "digid")  # DigiD/Logius
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "digid")  # topic DigiD
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.digid_detail
    type_text(qtbot, "i")  # Inloggen lukt niet
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "md")  # Meekijken/coachen, Doorverwijzen
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "v")  # Vervolgafspraak

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # Doorverwij&zing toevoegen
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ReferralDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, ReferralDialog)
    assert focus() is dialog.search
    type_text(qtbot, "kred")  # Kredietbank Rotterdam
    assert "Kredietbank" in dialog.details.text()
    assert "nog niet bevestigd" in dialog.details.text()  # opening hours shown with the partner
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &Warm contact
    warm = dialog._warmth_buttons[Warmth.WARM_CONTACT]
    qtbot.waitUntil(warm.isChecked)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.referrals)
    assert editor.referrals.count() == 1

    with qtbot.waitSignal(form.consult_saved) as saved:
        press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    print(f"\nDigiD question with warm referral: {counter.count} keystrokes: "
          f"{' '.join(counter.keys)}")  # fmt: skip
    (question,) = services.consults.load(saved.args[0]).questions
    assert question.organisations == ("digid_logius",)
    assert question.topic == "digid"
    assert question.digid_detail == "inloggen_lukt_niet"
    assert set(question.help_forms) == {"meekijken", "doorverwijzen"}
    assert question.result == "vervolgafspraak"
    (referral,) = question.referrals
    assert referral.partner_code == "kredietbank_rotterdam"
    assert referral.warmth == Warmth.WARM_CONTACT
    assert focus() is form.question_editors()[0].organisation


def test_text_that_matches_nothing_selects_nothing(
    qtbot, form: ConsultForm, services: Services
) -> None:
    editor = form.question_editors()[0]
    type_text(qtbot, "xyzzy")
    press(qtbot, Qt.Key.Key_Tab)

    assert editor.organisation.current_code() is None
    assert editor.organisation.is_invalid()
    assert editor.organisation.currentText() == "xyzzy"  # kept, so the user can correct it
    assert focus() is editor.topic

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Organisatie" in form.error_banner.text()
    assert focus() is editor.organisation
    assert services.stats.stats().consultations == 0


def test_second_organisation_by_keyboard(qtbot, form: ConsultForm, services: Services) -> None:
    editor = form.question_editors()[0]
    type_text(qtbot, "toes")
    press(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # + E&xtra organisatie
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.extra_organisation)
    assert editor.organisation.current_code() == "toeslagen"
    type_text(qtbot, "belas")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.topic
    type_text(qtbot, "huurt")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "i")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "d")
    with qtbot.waitSignal(form.consult_saved) as saved:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (question,) = services.consults.load(saved.args[0]).questions
    assert question.organisations == ("toeslagen", "belastingdienst")
    assert question.topic == "huurtoeslag"
    assert question.result == "deels"


# --- whole workflows by keyboard alone ---------------------------------------------------------
# Only key presses sent to the widget that has the focus, as a user would type them. Modal
# dialogs (the spreekuur dialog, the question before closing, Qt's own file dialog) are answered
# the same way, from a timer, because a modal dialog blocks the key press that opened it. In the
# file dialog the user types the folder's path and presses Enter: the keyboard route through any
# file dialog. Setting up the stores and writing the files to import uses the services.

KEYBOARD_ONLY_NOISE = (
    # The offscreen test platform cannot raise windows or grab the keyboard for the file
    # dialog's completion list; on a desktop both work.
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def when_modal(qtbot, kind: type, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Call ``act(dialog)`` once a modal ``kind`` is open and has the keyboard focus."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if isinstance(dialog, kind) and focused is not None and focused.window() is dialog:
            seen.append(dialog)
            act(dialog)
        else:
            if isinstance(dialog, kind):
                dialog.activateWindow()
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_path_and_enter(qtbot, path: Path) -> Callable[[QWidget], None]:
    def act(_dialog: QWidget) -> None:
        type_text(qtbot, str(path))
        press(qtbot, Qt.Key.Key_Return)

    return act


@pytest.fixture
def office(tmp_path) -> Iterator[Services]:
    services = make(tmp_path, "Backoffice", Role.BACKOFFICE)
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


@pytest.fixture
def laptop(tmp_path, office) -> Iterator[Services]:
    """A field laptop paired with the office and enrolled there."""
    services = make(tmp_path, "Laptop 03", Role.FIELD)
    services.pairing.apply(office.pairing.write_config_file(tmp_path / "koppel.idopair"))
    office.enrolment.trust(services.keystore.public_key_path, "Laptop 03")
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


def back_to(qtbot, window: QWidget) -> None:
    """After a modal dialog closes the desktop activates its window again; offscreen does not."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def main_window(qtbot, services: Services) -> MainWindow:
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    show_active(qtbot, window)
    return window


@pytest.mark.qt_log_ignore(*KEYBOARD_ONLY_NOISE)
def test_the_whole_field_workflow_by_keyboard_alone(qtbot, laptop: Services, tmp_path) -> None:
    window = main_window(qtbot, laptop)
    stick = tmp_path / "stick"
    stick.mkdir()

    # Start a spreekuur: Ctrl+Shift+S, the staff code, Enter.
    def start(_dialog: QWidget) -> None:
        type_text(qtbot, "mw12")
        press(qtbot, Qt.Key.Key_Return)

    opened = when_modal(qtbot, StartSpreekuurDialog, start)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert opened and laptop.spreekuren.current() is not None
    assert laptop.spreekuren.current().staff_code == "MW12"
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: focus() is window.form.question_editors()[0].organisation)

    # A DigiD question with a warm referral, saved with Ctrl+Enter.
    type_text(qtbot, "digid")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "digid")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "i")  # DigiD detail: Inloggen lukt niet
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "m")  # Meekijken/coachen
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "v")  # Vervolgafspraak
    press(qtbot, Qt.Key.Key_Z, ALT)  # Doorverwij&zing toevoegen…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ReferralDialog))
    type_text(qtbot, "kred")
    press(qtbot, Qt.Key.Key_W, ALT)  # &Warm contact
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.form.consult_saved) as saved:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    (question,) = laptop.consults.load(saved.args[0]).questions
    assert question.topic == "digid" and question.result == "vervolgafspraak"
    assert [r.partner_code for r in question.referrals] == ["kredietbank_rotterdam"]

    # Today's list: Ctrl+2 shows it.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.today
    qtbot.waitUntil(lambda: window.today.model.rowCount() == 1)
    assert "1 consult vandaag" in window.header.count.text()

    # End the spreekuur: Ctrl+Shift+E and Enter on the question (Yes is the default button).
    asked = when_modal(qtbot, QMessageBox, lambda _box: press(qtbot, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert asked and laptop.spreekuren.current() is None
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: window.register_stack.currentIndex() == 0)

    # Export: Ctrl+Shift+Y, type the stick's path into the folder dialog, Enter.
    chose = when_modal(qtbot, QFileDialog, type_path_and_enter(qtbot, stick))
    with qtbot.waitSignal(window.sync_panel.exported, timeout=20_000) as exported:
        press(qtbot, Qt.Key.Key_Y, CTRL | SHIFT)
    assert chose
    written = Path(exported.args[0].path)
    assert written.parent == stick and written.suffix == ".idosync"
    assert laptop.exports.status().unsent == 0
    qtbot.waitUntil(lambda: window.sync_panel.result.text() != "")


@pytest.mark.qt_log_ignore(*KEYBOARD_ONLY_NOISE)
def test_the_back_office_import_by_keyboard_alone(
    qtbot, laptop: Services, office: Services, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    DemoService(laptop.store.session_factory, laptop.clock, laptop.device.device_id).generate(
        6, laptop.reference.catalog(), seed=3
    )
    laptop.exports.export(stick)
    window = main_window(qtbot, office)
    page = window.import_page
    assert page is not None

    press(qtbot, Qt.Key.Key_5, CTRL)  # Importeren
    assert window.tabs.currentWidget() is page
    chose = when_modal(qtbot, QFileDialog, type_path_and_enter(qtbot, stick))
    with qtbot.waitSignal(page.files_imported, timeout=20_000) as finished:
        press(qtbot, Qt.Key.Key_M, ALT)  # &Map kiezen…
    assert chose
    assert [r.result for r in finished.args[0]] == ["imported"]
    assert page.summary.text() == "1 ingelezen, 0 al bekend, 0 geweigerd"
    assert office.stats.stats().consultations == 6
    back_to(qtbot, window)

    # The result table is reachable with Tab, its first file chosen and explained below it.
    for _ in range(10):
        if focus() is page.table:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.table
    assert "Laptop 03" in page.table.model().index(0, 1).data()
    assert page.details.text().startswith(finished.args[0][0].file_name)

"""Accessibility of the whole GUI: names, descriptions, buddies, focus order, text size, colour.

A screen reader announces a widget by its accessible name and description. These tests walk every
widget of the field window and the back-office window (every page), and of the main dialogs, and
fail on any widget a user can reach or operate that has no name or no description of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ido_desktop.app import Services
from ido_desktop.domain.records import RecordFilter
from ido_desktop.domain.vocab import Role
from ido_desktop.ui import style
from ido_desktop.ui.application import build_main_window
from ido_desktop.ui.backup_dialog import BackupDialog
from ido_desktop.ui.consult_form import ConsultForm
from ido_desktop.ui.import_model import result_text
from ido_desktop.ui.lock import RecoveryDialog, UnlockWindow
from ido_desktop.ui.pairing_dialog import PairingDialog
from ido_desktop.ui.record_correction import CorrectionDialog
from ido_desktop.ui.referral_dialog import ReferralDialog
from ido_desktop.ui.signals_model import rising_text
from ido_desktop.ui.spreekuur_dialog import StartSpreekuurDialog
from ido_desktop.ui.widgets import Choice, MessageBanner, SearchCombo
from tests.services.sync_helpers import demo, make

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextEdit,
)


def _is_part_of_a_named_parent(widget: QWidget) -> bool:
    """Widgets Qt builds inside another widget, announced through that widget."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True  # the editor of a combo box or spin box
    if isinstance(parent, QLineEdit):
        return True  # the clear button of a line edit
    if isinstance(widget, QScrollBar | QHeaderView):
        return True  # Qt names scroll bars and header sections itself
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget):
        return True  # announced through the tab widget and its tab texts
    if parent is not None and parent.inherits("QComboBoxPrivateContainer"):
        return True  # the drop-down list of a combo box
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    return widget.objectName().startswith("qt_") or (
        isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar | QAbstractItemView)
    )


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget under ``root`` that a user can operate or reach with Tab."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or _is_part_of_a_named_parent(widget):
            continue
        if isinstance(widget, INTERACTIVE) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in interactive_widgets(root):
        problems = []
        if not widget.accessibleName().strip():
            problems.append("no accessible name")
        if not widget.accessibleDescription().strip():
            problems.append("no accessible description")
        if problems:
            text = getattr(widget, "text", lambda: "")()
            missing.append(
                f"{type(widget).__name__} {widget.accessibleName()!r} {text!r} under "
                f"{type(widget.parentWidget()).__name__}: {', '.join(problems)}"
            )
    return missing


def unlinked_labels(root: QWidget) -> list[str]:
    """Labels that name a field ("Datum", "Locatie:") but point to no field (no buddy)."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if "&" in text.replace("&&", "") and label.buddy() is None:
            found.append(text)
    return found


@pytest.fixture
def office(tmp_path) -> Iterator[Services]:
    services = make(tmp_path, "Backoffice", Role.BACKOFFICE)
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


@pytest.fixture
def laptop(tmp_path) -> Iterator[Services]:
    services = make(tmp_path, "Laptop 03", Role.FIELD)
    yield services
    QThreadPool.globalInstance().waitForDone(10_000)
    services.close()


def _shown(qtbot, services: Services):
    window = build_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    return window


def _walk_pages(qtbot, window) -> list[str]:
    missing = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        missing += unnamed(window.tabs.widget(index))
    missing += unnamed(window.header)
    return sorted(set(missing))


def test_every_widget_of_the_field_window_has_a_name_and_description(qtbot, laptop):
    window = _shown(qtbot, laptop)
    missing = _walk_pages(qtbot, window)  # without a spreekuur: the start page
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", laptop.reference.catalog())
    window.events.spreekuur_changed.emit()
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is window.form)
    missing += _walk_pages(qtbot, window)
    assert sorted(set(missing)) == []
    assert unlinked_labels(window) == []


def test_every_widget_of_the_back_office_window_has_a_name_and_description(qtbot, office):
    demo(office, 30)
    window = _shown(qtbot, office)
    missing = _walk_pages(qtbot, window)
    assert missing == []
    assert unlinked_labels(window) == []


def test_the_main_dialogs_name_every_widget(qtbot, laptop, office, tmp_path):
    catalog = laptop.reference.catalog()
    dialogs: list[QWidget] = [
        StartSpreekuurDialog(laptop.spreekuren, catalog, "nl"),
        ReferralDialog(catalog, "nl"),
    ]
    pairing_file = office.pairing.write_config_file(tmp_path / "koppel.idopair")
    dialogs.append(PairingDialog(laptop.pairing, pairing_file, "nl"))
    demo(office, 5)
    (consult_id,) = office.records.find_ids(RecordFilter(), limit=1)
    draft = office.records.load_draft(consult_id)
    dialogs.append(
        CorrectionDialog(office.records, draft, office.reference.catalog(), "nl", "MW01")
    )
    dialogs += [
        UnlockWindow(lambda _p: None, "nl", reset=lambda _c, _n: None),
        UnlockWindow(lambda _p: None, "nl", new=True),
        RecoveryDialog(lambda _c, _n: None, "nl"),
        BackupDialog(office.backups, "nl"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert unnamed(dialog) == [], type(dialog).__name__
        assert unlinked_labels(dialog) == [], type(dialog).__name__


# --- text size -------------------------------------------------------------------------------

FIXED_FONT = re.compile(r"font-size\s*:\s*\d+(\.\d+)?\s*(px|pt)", re.IGNORECASE)


def test_no_fixed_font_sizes_in_the_interface() -> None:
    """Text follows the system font size: fonts are set as multiples of the current font."""
    offenders = []
    for path in sorted((ROOT / "ido_desktop" / "ui").glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FIXED_FONT.search(line) or "setPixelSize(" in line or "setPointSize(" in line:
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
    assert not any(FIXED_FONT.search(sheet) for sheet in style.STYLE_SHEETS)


# --- focus order -----------------------------------------------------------------------------


def _tab_walk(qtbot, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[str]:
    names = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        if not names or names[-1] != widget.accessibleName():  # Tab walks a date's parts
            names.append(widget.accessibleName())
        qtbot.keyClick(widget, key)
    return names


def _active(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_tab_walks_the_consultation_form_top_to_bottom_then_the_side_then_save(
    qtbot, services, open_spreekuur
):
    form = ConsultForm(services.consults, services.reference.catalog())
    qtbot.addWidget(form)
    form.resize(1100, 800)
    _active(qtbot, form)
    form.start_new()
    question = [
        "Organisatie",
        "Onderwerp",
        "Vorm van hulp",
        "Resultaat",
        "Onderliggende problemen",
        "Knelpunt",
        "Notitie",
        "Doorverwijzingen",
        "Doorverwijzing toevoegen",
        "Vraag toevoegen",
    ]
    visit = ["Datum", "Dagdeel", "Duur van het bezoek"]
    visitor = [
        "Kanaal",
        "Hoe gevonden",
        "Leeftijd",
        "Taal van het gesprek",
        "Herhaalbezoek",
        "Namens bezoeker gehandeld met toestemming",
    ]
    buttons = ["Formulier wissen", "Opslaan en volgende"]
    expected = question + visit + visitor + buttons + ["Organisatie"]
    assert _tab_walk(qtbot, 24) == expected
    # Shift+Tab walks back the same way.
    back = _tab_walk(qtbot, 4, Qt.Key.Key_Backtab)
    assert back == ["Onderwerp", "Organisatie", "Opslaan en volgende", "Formulier wissen"]


def test_tab_walks_the_spreekuur_dialog_in_reading_order(qtbot, services):
    dialog = StartSpreekuurDialog(services.spreekuren, services.reference.catalog(), "nl")
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    # The location is remembered from last time, so the staff code has the focus first.
    assert _tab_walk(qtbot, 5) == [
        "Medewerkerscode",
        "Start spreekuur",
        "Annuleren",
        "Locatie",
        "Medewerkerscode",
    ]


# --- colour is never the only signal ---------------------------------------------------------


def test_messages_and_states_carry_a_sign_and_words_not_only_a_colour(qtbot):
    for kind, sign in (("error", "✖"), ("warning", "⚠"), ("success", "✔")):
        banner = MessageBanner(kind)
        qtbot.addWidget(banner)
        banner.show_message("Tekst")
        signs = [label.text() for label in banner.findChildren(QLabel)]
        assert sign in signs and "Tekst" in signs, kind
    assert [result_text(r) for r in ("imported", "known", "refused")] == [
        "✔ Ingelezen",
        "= Al bekend",
        "✖ Geweigerd",
    ]
    assert rising_text() == "▲ stijgend"


def test_text_that_matches_nothing_shows_a_warning_sign_and_says_why(qtbot):
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.set_choices([Choice("a", "Belastingdienst")])
    combo.show()
    qtbot.keyClicks(combo.line_edit(), "xyzzy")
    combo.commit_text()
    assert combo.is_invalid()
    assert combo.invalid_mark in combo.line_edit().actions()  # a warning sign in the field
    assert "past bij niets" in combo.invalid_mark.text()
    assert combo.accessibleDescription().startswith("Geen keuze")
    combo.line_edit().clear()
    qtbot.keyClicks(combo.line_edit(), "bel")
    combo.commit_text()
    assert not combo.is_invalid() and combo.invalid_mark not in combo.line_edit().actions()
    assert combo.accessibleDescription().startswith("Typ een paar letters")


# --- 200% text ---------------------------------------------------------------------------------


@pytest.fixture
def double_font(qapp) -> Iterator[None]:
    original = qapp.font()
    large = qapp.font()
    large.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(original)


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower or lower than their text needs."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or widget.parent() is None:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget.parentWidget(), QTabBar | QAbstractItemView):
            continue
        need = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.size()} < {need}")
    return found


def test_at_twice_the_font_size_the_field_window_fits_a_laptop_screen_unclipped(
    qtbot, laptop, double_font
):
    window = _shown(qtbot, laptop)
    window.resize(1600, 1000)
    assert window.minimumSizeHint().width() <= 1600
    missing = clipped(window)
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", laptop.reference.catalog())
    window.events.spreekuur_changed.emit()
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is window.form)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        missing += clipped(window)
    assert window.width() == 1600
    assert sorted(set(missing)) == []


def test_at_twice_the_font_size_the_back_office_window_fits_and_the_import_page_is_unclipped(
    qtbot, office, double_font
):
    window = _shown(qtbot, office)
    window.resize(1600, 1000)
    assert window.minimumSizeHint().width() <= 1600
    window.tabs.setCurrentWidget(window.import_page)
    QApplication.processEvents()
    assert window.width() == 1600
    assert clipped(window) == []


def test_at_twice_the_font_size_the_question_form_needs_no_sideways_scrolling(
    qtbot, laptop, double_font
):
    window = _shown(qtbot, laptop)
    window.resize(1366, 768)  # a common small laptop screen
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", laptop.reference.catalog())
    window.events.spreekuur_changed.emit()
    qtbot.waitUntil(lambda: window.register_stack.currentWidget() is window.form)
    QApplication.processEvents()
    editor = window.form.question_editors()[0]
    scroll = editor.parentWidget()
    while not isinstance(scroll, QAbstractScrollArea):
        scroll = scroll.parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()  # every label stays in sight
    assert editor.width() <= scroll.viewport().width()
    problems = editor.problems
    columns = problems._columns
    assert columns < 3  # the check boxes wrap to fewer columns instead
    first, below = problems._boxes[0], problems._boxes[columns]
    assert below.x() == first.x() and below.y() > first.y()  # the next row starts below
    for box in problems._boxes:
        assert box.geometry().right() < problems.width()  # no box beyond the group's edge

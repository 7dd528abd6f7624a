"""The consultation registration form (PRODUCT.md 2.2 and 4.1), keyboard first.

A typical consultation takes nine keystrokes from an empty form: ``b e Tab`` (Belastingdienst),
``a Tab`` (Aangifte inkomstenbelasting), ``u Tab`` (Uitleg), ``o`` (Opgelost), ``Ctrl+Enter``.
Everything else has a default or is optional. After a save the form is empty again with the focus
on the organisation of question 1, ready for the next visitor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, QElapsedTimer, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError, PrivacyError, ValidationError
from ido_desktop.domain.model import ConsultDraft
from ido_desktop.domain.privacy import find_personal_data
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.validation import MAX_BACKDATE_DAYS
from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
)
from ido_desktop.services.consult_service import ConsultService
from ido_desktop.ui import labels, style
from ido_desktop.ui.question_editor import QuestionEditor
from ido_desktop.ui.widgets import MessageBanner, narrow_combo

TICK_MS = 1000
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
}


class ConsultForm(QWidget):
    """Registers a new consultation, or corrects a stored one (:meth:`edit`)."""

    consult_saved = Signal(str)  # consult id, after a successful save (new or edit)

    def __init__(
        self,
        consults: ConsultService,
        catalog: ReferenceCatalog,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consults = consults
        self._catalog = catalog
        self._language = language
        self._editing: ConsultDraft | None = None
        self._duration_by_hand = False
        self._baseline: tuple[object, ...] = ()
        self._visit_clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self.setAccessibleName(self.tr("Consult registreren"))
        self._build()
        self.start_new()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(12)

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title.setFont(font)
        outer.addWidget(self.title)

        self.error_banner = MessageBanner("error", self)
        self.error_banner.setAccessibleDescription(self.tr("Foutmelding"))
        self.confirmation = MessageBanner("success", self)
        self.confirmation.setAccessibleDescription(self.tr("Bevestiging"))
        outer.addWidget(self.error_banner)
        outer.addWidget(self.confirmation)

        body = QHBoxLayout()
        body.setSpacing(16)
        outer.addLayout(body, 1)
        body.addLayout(self._build_questions(), 1)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self._build_visit())
        side.addWidget(self._build_visitor())
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        # Wide enough for its labels at any system font size.
        side_widget.setFixedWidth(max(340, self.fontMetrics().averageCharWidth() * 48))
        body.addWidget(side_widget)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        outer.addLayout(self._build_buttons())

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_save_button_clicked)
        self._add_shortcut("Ctrl+Shift+N", self._on_add_question_button_clicked)
        self._add_shortcut("Ctrl+PgDown", lambda: self._on_switch_question(1))
        self._add_shortcut("Ctrl+PgUp", lambda: self._on_switch_question(-1))

    def _add_shortcut(self, sequence: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _build_questions(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.questions = QTabWidget(self)
        self.questions.tabBar().setStyleSheet(style.TAB_BAR)
        self.questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.questions.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.questions.tabBar().setToolTip(self.tr("Wissel van vraag met Ctrl+PgDn en Ctrl+PgUp"))
        self.questions.setAccessibleName(self.tr("Vragen van de bezoeker"))
        column.addWidget(self.questions, 1)
        row = QHBoxLayout()
        self.add_question_button = QPushButton(self.tr("Vraag toevoegen (Ctrl+Shift+N)"), self)
        self.add_question_button.setAccessibleName(self.tr("Vraag toevoegen"))
        self.add_question_button.setAccessibleDescription(
            self.tr("Nog een vraag van dezelfde bezoeker (Ctrl+Shift+N).")
        )
        self.add_question_button.setToolTip(self.tr("Nog een vraag van dezelfde bezoeker"))
        self.add_question_button.clicked.connect(self._on_add_question_button_clicked)
        self.remove_question_button = QPushButton(self.tr("Vraag verwijderen"), self)
        self.remove_question_button.setAccessibleName(self.tr("Deze vraag verwijderen"))
        self.remove_question_button.setAccessibleDescription(
            self.tr("Haal de vraag weg die nu open staat.")
        )
        self.remove_question_button.clicked.connect(self._on_remove_question_button_clicked)
        row.addWidget(self.add_question_button)
        row.addWidget(self.remove_question_button)
        row.addStretch(1)
        column.addLayout(row)
        return column

    def _form_box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        return box, form

    def _row(
        self, form: QFormLayout, text: str, widget: QWidget, name: str, description: str
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
        form.addRow(label, widget)

    def _enum_combo(self, values: type[StrEnum], words: Callable[..., str]) -> QComboBox:
        combo = QComboBox(self)
        narrow_combo(combo, 12)
        for value in values:
            combo.addItem(words(value), value)
        return combo

    def _build_visit(self) -> QGroupBox:
        box, form = self._form_box(self.tr("Bezoek"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        if self._language == "nl":
            self.date.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setToolTip(self.tr("Vandaag, of eerder voor consulten van papier"))
        self._row(
            form,
            self.tr("&Datum"),
            self.date,
            self.tr("Datum"),
            self.tr("Vandaag, of eerder voor consulten van papier. Pijltjes veranderen de datum."),
        )
        self.part_of_day = self._enum_combo(PartOfDay, labels.part_of_day)
        self._row(
            form,
            self.tr("Dagd&eel"),
            self.part_of_day,
            self.tr("Dagdeel"),
            self.tr("Ochtend, middag of avond."),
        )
        self.duration = self._enum_combo(DurationBand, labels.duration_band)
        self.duration.activated.connect(self._on_duration_activated)
        self.duration.setToolTip(self.tr("Volgt de klok tot je zelf een duur kiest"))
        self._row(
            form,
            self.tr("D&uur"),
            self.duration,
            self.tr("Duur van het bezoek"),
            self.tr("Volgt de klok tot je zelf een duur kiest"),
        )
        self.timer_label = QLabel(self)
        timer_font = self.timer_label.font()
        timer_font.setBold(True)
        self.timer_label.setFont(timer_font)
        self.timer_label.setAccessibleName(self.tr("Bezoek loopt"))
        form.addRow(self.tr("Bezoek loopt"), self.timer_label)
        return box

    def _build_visitor(self) -> QGroupBox:
        box, form = self._form_box(self.tr("Bezoeker"))
        self.channel = self._enum_combo(Channel, labels.channel)
        self._row(
            form,
            self.tr("Ka&naal"),
            self.channel,
            self.tr("Kanaal"),
            self.tr("Hoe de bezoeker ons bereikte: aan de balie, telefonisch of anders."),
        )
        self.found_via = self._enum_combo(FoundVia, labels.found_via)
        self._row(
            form,
            self.tr("&Gevonden via"),
            self.found_via,
            self.tr("Hoe gevonden"),
            self.tr("Hoe de bezoeker het Informatiepunt heeft gevonden."),
        )
        self.age_band = self._enum_combo(AgeBand, labels.age_band)
        self._row(
            form,
            self.tr("&Leeftijd"),
            self.age_band,
            self.tr("Leeftijd"),
            self.tr("Geschatte leeftijdsgroep van de bezoeker."),
        )
        self.visitor_language = self._enum_combo(Language, labels.language)
        self._row(
            form,
            self.tr("T&aal"),
            self.visitor_language,
            self.tr("Taal van het gesprek"),
            self.tr("De taal waarin het gesprek ging."),
        )
        self.repeat_visit = self._enum_combo(RepeatVisit, labels.repeat_visit)
        self._row(
            form,
            self.tr("&Herhaalbezoek"),
            self.repeat_visit,
            self.tr("Herhaalbezoek"),
            self.tr("Of de bezoeker eerder is geweest."),
        )
        self.on_behalf = QCheckBox(self.tr("Na&mens bezoeker gehandeld\n(met toestemming)"), self)
        self.on_behalf.setAccessibleName(self.tr("Namens bezoeker gehandeld met toestemming"))
        self.on_behalf.setAccessibleDescription(
            self.tr(
                "Vink aan als u met toestemming iets namens de bezoeker hebt gedaan. Spatie zet "
                "het aan of uit."
            )
        )
        form.addRow(self.on_behalf)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Enter slaat op vanuit elk veld."), self)
        hint.setEnabled(False)
        row.addWidget(hint)
        row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Wi&ssen"), self)
        self.clear_button.setAccessibleName(self.tr("Formulier wissen"))
        self.clear_button.setAccessibleDescription(
            self.tr("Alles leegmaken voor een nieuwe bezoeker")
        )
        self.clear_button.setToolTip(self.tr("Alles leegmaken voor een nieuwe bezoeker"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(self.save_button.sizeHint().height() + 8)
        self.save_button.setToolTip(
            self.tr("Opslaan en klaar voor de volgende bezoeker (Ctrl+Enter)")
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        font = self.save_button.font()
        font.setBold(True)
        self.save_button.setFont(font)
        row.addWidget(self.clear_button)
        row.addWidget(self.save_button)
        return row

    # --- public API -------------------------------------------------------------------------

    def start_new(self) -> None:
        """Clear everything, restart the visit timer, focus the first field of question 1."""
        self._editing = None
        self.title.setText(self.tr("Nieuw consult"))
        self.save_button.setText(self.tr("Opslaan en &volgende (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Opslaan en volgende"))
        self.save_button.setAccessibleDescription(
            self.tr("Opslaan en klaar voor de volgende bezoeker (Ctrl+Enter)")
        )
        self.error_banner.clear()
        for combo in (
            self.channel,
            self.found_via,
            self.age_band,
            self.visitor_language,
            self.repeat_visit,
        ):
            combo.setCurrentIndex(0)
        self.on_behalf.setChecked(False)
        today = self._consults.today()
        self._set_date_range(today, today)
        self.part_of_day.setCurrentIndex(
            self.part_of_day.findData(PartOfDay.from_hour(datetime.now().hour))
        )
        self._duration_by_hand = False
        self.duration.setCurrentIndex(0)
        self._visit_clock.start()
        self._tick.start()
        self._on_tick_timeout()
        self._set_questions([None])
        self._baseline = self._snapshot()
        self._focus(self._editor(0).first_field())

    def edit(self, consult_id: str) -> None:
        """Load a stored consultation for correction; saving stores a new revision."""
        try:
            draft = self._consults.load(consult_id)
        except IdoError as err:
            self._show_error(err)
            return
        self.start_new()
        self.confirmation.clear()
        self._editing = draft
        self.title.setText(self.tr("Consult corrigeren"))
        self.save_button.setText(self.tr("Correctie &vastleggen (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Correctie vastleggen"))
        self.save_button.setAccessibleDescription(
            self.tr("Sla de correctie op als nieuwe versie van het consult (Ctrl+Enter).")
        )
        for combo, value in (
            (self.channel, draft.channel),
            (self.found_via, draft.found_via),
            (self.age_band, draft.age_band),
            (self.visitor_language, draft.language),
            (self.repeat_visit, draft.repeat_visit),
            (self.part_of_day, draft.part_of_day),
            (self.duration, draft.duration_band),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.on_behalf.setChecked(draft.on_behalf_consent)
        self._set_date_range(draft.consult_date, self._consults.today())
        self._tick.stop()
        self._duration_by_hand = True
        self.timer_label.setText(self.tr("— (correctie)"))
        self._set_questions(list(draft.questions) or [None])
        for index, question in enumerate(draft.questions):
            self._editor(index).set_draft(question)
        self._baseline = self._snapshot()
        self._focus(self._editor(0).first_field())

    def reference_changed(self) -> None:
        """The lists changed (a new configuration): an empty form is built again with them at
        once; a consultation being typed keeps its choices and gets them with the next one."""
        if not self.has_unsaved_input() and self._editing is None:
            self._set_questions([None])
            self._baseline = self._snapshot()

    def question_editors(self) -> list[QuestionEditor]:
        """The editors of the questions, in tab order."""
        return self._editors()

    def has_unsaved_input(self) -> bool:
        """Whether anything was entered or changed since the form was cleared or loaded."""
        return self._snapshot() != self._baseline

    # --- slots ------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self.confirmation.clear()
        draft = self._draft()
        try:
            if self._editing is not None:
                self._consults.update(draft, self._catalog)
                consult_id = self._editing.id or ""
                message = self.tr("Correctie opgeslagen.")
            else:
                consult_id = self._consults.register(draft, self._catalog)
                count = self._consults.count_registered_on()
                message = self.tr("Consult opgeslagen (nr. {n} vandaag)").format(n=count)
        except PrivacyError as err:
            self._show_error(err, self._focus_note_with_findings())
            return
        except ValidationError as err:
            self._show_error(err)
            self._focus_invalid_field(err)
            return
        except IdoError as err:
            self._show_error(err)
            return
        self.consult_saved.emit(consult_id)
        self.start_new()
        self.confirmation.show_message(message)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _on_clear_button_clicked(self) -> None:
        if self.has_unsaved_input():
            answer = QMessageBox.question(
                self,
                self.tr("Formulier wissen"),
                self.tr("Alles wat je hebt ingevuld gaat verloren. Wissen?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.confirmation.clear()
        self.start_new()

    def _on_add_question_button_clicked(self) -> None:
        editor = self._add_question()
        self.questions.setCurrentIndex(self.questions.count() - 1)
        self._fix_tab_order()
        self._update_question_buttons()
        self._focus(editor.first_field())

    def _on_remove_question_button_clicked(self) -> None:
        if self.questions.count() <= 1:
            return
        index = self.questions.currentIndex()
        if self._editor(index).has_input():
            answer = QMessageBox.question(
                self,
                self.tr("Vraag verwijderen"),
                self.tr("Vraag {n} verwijderen?").format(n=index + 1),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        page = self.questions.widget(index)
        self.questions.removeTab(index)
        if page is not None:
            page.deleteLater()
        self._renumber()
        self._fix_tab_order()
        self._update_question_buttons()
        self._focus(self._editor(self.questions.currentIndex()).first_field())

    def _on_switch_question(self, step: int) -> None:
        index = (self.questions.currentIndex() + step) % self.questions.count()
        self.questions.setCurrentIndex(index)
        self._focus(self._editor(index).first_field())

    def _on_duration_activated(self, _index: int) -> None:
        self._duration_by_hand = True

    def _on_tick_timeout(self) -> None:
        seconds = int(self._elapsed_seconds())
        minutes, secs = divmod(seconds, 60)
        self.timer_label.setText(f"{minutes:02d}:{secs:02d}")
        if not self._duration_by_hand:
            band = DurationBand.from_minutes(seconds / 60)
            self.duration.setCurrentIndex(self.duration.findData(band))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the save confirmation at the next key or mouse press in the form."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            is_modifier = isinstance(event, QKeyEvent) and event.key() in _MODIFIER_KEYS
            inside = isinstance(watched, QWidget) and (
                watched is self or self.isAncestorOf(watched)
            )
            app = QApplication.instance()
            if inside and not is_modifier and app is not None:
                self.confirmation.clear()
                app.removeEventFilter(self)
        return False

    # --- helpers ----------------------------------------------------------------------------

    def _elapsed_seconds(self) -> float:
        """Seconds since the visit started (tests replace this)."""
        return self._visit_clock.elapsed() / 1000 if self._visit_clock.isValid() else 0.0

    def _editor(self, index: int) -> QuestionEditor:
        page = self.questions.widget(index)
        assert isinstance(page, QScrollArea)
        editor = page.widget()
        assert isinstance(editor, QuestionEditor)
        return editor

    def _editors(self) -> list[QuestionEditor]:
        return [self._editor(i) for i in range(self.questions.count())]

    def _add_question(self) -> QuestionEditor:
        editor = QuestionEditor(self._catalog, self._language, self)
        page = QScrollArea(self)
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.setWidget(editor)
        self.questions.addTab(page, "")
        self._renumber()
        return editor

    def _set_questions(self, questions: list[object]) -> None:
        while self.questions.count():
            page = self.questions.widget(0)
            self.questions.removeTab(0)
            if page is not None:
                page.deleteLater()
        for _ in questions:
            self._add_question()
        self.questions.setCurrentIndex(0)
        self._fix_tab_order()
        self._update_question_buttons()

    def _renumber(self) -> None:
        for index in range(self.questions.count()):
            self.questions.setTabText(index, self.tr("Vraag {n}").format(n=index + 1))

    def _update_question_buttons(self) -> None:
        self.remove_question_button.setEnabled(self.questions.count() > 1)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for editor in self._editors():
            chain += editor.tab_chain()
        chain += [
            self.add_question_button, self.remove_question_button,
            self.date, self.part_of_day, self.duration,
            self.channel, self.found_via, self.age_band, self.visitor_language,
            self.repeat_visit, self.on_behalf, self.clear_button, self.save_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _set_date_range(self, value: date, today: date) -> None:
        oldest = min(value, today - timedelta(days=MAX_BACKDATE_DAYS))
        self.date.setDateRange(_qdate(oldest), _qdate(max(today, value)))
        self.date.setDate(_qdate(value))

    def _draft(self) -> ConsultDraft:
        return ConsultDraft(
            consult_date=self.date.date().toPython(),  # type: ignore[arg-type]
            part_of_day=self.part_of_day.currentData(),
            duration_band=self.duration.currentData(),
            questions=tuple(editor.draft() for editor in self._editors()),
            channel=self.channel.currentData(),
            found_via=self.found_via.currentData(),
            age_band=self.age_band.currentData(),
            language=self.visitor_language.currentData(),
            repeat_visit=self.repeat_visit.currentData(),
            on_behalf_consent=self.on_behalf.isChecked(),
            id=self._editing.id if self._editing else None,
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (
            tuple(
                c.currentIndex()
                for c in (
                    self.channel,
                    self.found_via,
                    self.age_band,
                    self.visitor_language,
                    self.repeat_visit,
                    self.part_of_day,
                )
            ),
            self.on_behalf.isChecked(),
            self.date.date(),
            self.duration.currentIndex() if self._duration_by_hand else None,
            tuple(editor.snapshot() for editor in self._editors()),
        )

    def _show_error(self, err: IdoError, detail: str = "") -> None:
        parts = [self.tr("Niet opgeslagen."), detail, labels.error_message(err)]
        self.error_banner.show_message(" ".join(p for p in parts if p))

    def _focus_invalid_field(self, err: ValidationError) -> None:
        if err.field == "consult_date":
            self._focus(self.date)
        elif err.field == "questions" or err.index is None:
            self._focus(self.add_question_button)
        else:
            self.questions.setCurrentIndex(err.index)
            self._editor(err.index).focus_field(err.field)

    def _focus_note_with_findings(self) -> str:
        """Show the first note with personal data; returns what was found there, in words."""
        for index, editor in enumerate(self._editors()):
            findings = find_personal_data(editor.note.toPlainText())
            if findings:
                self.questions.setCurrentIndex(index)
                editor.show_note_findings()
                editor.focus_field("note")
                reasons = dict.fromkeys(labels.finding(f.kind) for f in findings)
                where = self.tr("Vraag {n}, notitie:").format(n=index + 1)
                return " ".join([where, *reasons])
        return ""

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)

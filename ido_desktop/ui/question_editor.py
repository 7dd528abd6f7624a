"""One question of a consultation (PRODUCT.md 4.1): organisation, topic, help, result and the rest.

Tab order follows what staff fill in most: organisation, topic, (DigiD detail), forms of help,
result; the optional fields come after. Every field has an Alt mnemonic on its label.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.model import QuestionDraft, ReferralDraft
from ido_desktop.domain.privacy import MAX_NOTE_LENGTH, Finding, find_personal_data
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.ui import labels
from ido_desktop.ui.referral_dialog import ReferralDialog, referral_text
from ido_desktop.ui.widgets import (
    Choice,
    LetterToggleGroup,
    MessageBanner,
    SearchCombo,
    narrow_combo,
)

PRIVACY_DEBOUNCE_MS = 250
NOTE_LINES = 3


class _NoteEdit(QPlainTextEdit):
    """A short plain-text note: Tab leaves the field, no more than MAX_NOTE_LENGTH characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * NOTE_LINES + 2 * self.frameWidth() + 12)
        self.textChanged.connect(self._on_self_text_changed)

    def _on_self_text_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > MAX_NOTE_LENGTH:
            self.setPlainText(text[:MAX_NOTE_LENGTH])
            self.moveCursor(QTextCursor.MoveOperation.End)


class _ReferralList(QListWidget):
    """Referrals of a question: Insert adds one, Delete removes the selected one."""

    insert_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.insert_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class QuestionEditor(QWidget):
    """Edits one :class:`QuestionDraft`."""

    edited = Signal()  # the user changed something

    def __init__(
        self, catalog: ReferenceCatalog, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._question_id: str | None = None
        self._signal_org_by_hand = False
        self._setting_signal_org = False
        self._dialog: ReferralDialog | None = None
        self._privacy_timer = QTimer(self)
        self._privacy_timer.setSingleShot(True)
        self._privacy_timer.setInterval(PRIVACY_DEBOUNCE_MS)
        self._privacy_timer.timeout.connect(self._on_privacy_timer_timeout)
        self._build()
        self._on_topic_selection_changed(None)
        self._on_signal_kind_current_index_changed(0)
        self._blank = self.snapshot()

    # --- building ---------------------------------------------------------------------------

    def _choices(self, kind: str) -> list[Choice]:
        return [Choice(i.code, i.label(self._language)) for i in self._catalog.items(kind)]

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        self._form = form

        self.organisation = SearchCombo(self, self.tr("Geen organisatie gevonden"))
        self.organisation.set_choices(self._choices("organisations"))
        self.organisation.line_edit().setPlaceholderText(self.tr("Typ een deel van de naam"))
        self._name(
            self.organisation,
            self.tr("Organisatie"),
            self.tr("Typ een paar letters en druk op Tab om de bovenste treffer te kiezen."),
        )
        self.organisation.selection_changed.connect(self._on_organisation_selection_changed)
        self._extra_button = QPushButton(self.tr("+ E&xtra organisatie"), self)
        self._extra_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._extra_button.setToolTip(self.tr("Een tweede organisatie toevoegen (Alt+X)"))
        self._extra_button.setAccessibleName(self.tr("Extra organisatie toevoegen"))
        self._extra_button.setAccessibleDescription(
            self.tr("Een tweede organisatie toevoegen (Alt+X)")
        )
        self._extra_button.clicked.connect(self._on_extra_button_clicked)
        org_row = QHBoxLayout()
        org_row.setSpacing(8)
        org_row.addWidget(self.organisation, 1)
        org_row.addWidget(self._extra_button)
        self._add_row(self.tr("&Organisatie"), org_row, self.organisation)

        self.extra_organisation = SearchCombo(self, self.tr("Geen organisatie gevonden"))
        self.extra_organisation.set_choices(self._choices("organisations"))
        self.extra_organisation.line_edit().setPlaceholderText(self.tr("Optioneel"))
        self._name(self.extra_organisation, self.tr("Extra organisatie"))
        self.extra_organisation.selection_changed.connect(self._on_any_edited)
        self._extra_row = self._add_row(
            self.tr("E&xtra organisatie"), self.extra_organisation, self.extra_organisation
        )
        form.setRowVisible(self._extra_row, False)

        self.topic = SearchCombo(self, self.tr("Geen onderwerp gevonden"))
        self.topic.set_choices(self._topic_choices(None))
        self.topic.line_edit().setPlaceholderText(self.tr("Typ een deel van het onderwerp"))
        self._name(
            self.topic,
            self.tr("Onderwerp"),
            self.tr("Onderwerpen van de gekozen organisatie staan bovenaan."),
        )
        self.topic.selection_changed.connect(self._on_topic_selection_changed)
        self._add_row(self.tr("Onder&werp"), self.topic, self.topic)

        self.digid_detail = QComboBox(self)
        self.digid_detail.addItem(self.tr("Geen detail"), None)
        for choice in self._choices("digid_details"):
            self.digid_detail.addItem(choice.label, choice.code)
        self._name(
            self.digid_detail, self.tr("DigiD-detail"), self.tr("Alleen bij het onderwerp DigiD.")
        )
        self.digid_detail.activated.connect(self._on_any_edited)
        self._add_row(self.tr("DigiD-deta&il"), self.digid_detail, self.digid_detail)

        self.help_forms = LetterToggleGroup(self._choices("help_forms"), 3, self)
        self._name(
            self.help_forms,
            self.tr("Vorm van hulp"),
            self.tr(
                "Toets de onderstreepte letter om aan of uit te vinken; "
                "pijltjes en spatie werken ook."
            ),
        )
        self.help_forms.selection_changed.connect(self._on_any_edited)
        self._add_row(self.tr("Vorm van hul&p"), self.help_forms, self.help_forms)

        self.result = QComboBox(self)
        self.result.setPlaceholderText(self.tr("Kies een resultaat (beginletter)"))
        for choice in self._choices("results"):
            self.result.addItem(choice.label, choice.code)
        self.result.setCurrentIndex(-1)
        self._name(
            self.result, self.tr("Resultaat"), self.tr("Toets de beginletter: O, D, N of V.")
        )
        self.result.activated.connect(self._on_any_edited)
        self._add_row(self.tr("&Resultaat"), self.result, self.result)

        self.problems = LetterToggleGroup(self._choices("problems"), 3, self)
        self._name(
            self.problems,
            self.tr("Onderliggende problemen"),
            self.tr(
                "Optioneel. Toets de beginletter; bij twee dezelfde letters verplaatst de "
                "letter de markering en zet de spatie aan of uit."
            ),
        )
        self.problems.selection_changed.connect(self._on_any_edited)
        self._add_row(self.tr("Onderliggende\npro&blemen"), self.problems, self.problems)

        self.signal_kind = QComboBox(self)
        self.signal_kind.addItem(self.tr("Geen knelpunt"), None)
        for choice in self._choices("signal_kinds"):
            self.signal_kind.addItem(choice.label, choice.code)
        self._name(
            self.signal_kind,
            self.tr("Knelpunt"),
            self.tr("Optioneel: meld een knelpunt terug aan de organisatie."),
        )
        self.signal_kind.currentIndexChanged.connect(self._on_signal_kind_current_index_changed)
        self.signal_organisation = SearchCombo(self, self.tr("Geen organisatie gevonden"))
        self.signal_organisation.set_choices(self._choices("organisations"))
        self._name(self.signal_organisation, self.tr("Organisatie van het knelpunt"))
        self.signal_organisation.selection_changed.connect(
            self._on_signal_organisation_selection_changed
        )
        signal_org_label = QLabel(self.tr("bi&j organisatie"), self)
        signal_org_label.setBuddy(self.signal_organisation)
        for box in (self.signal_kind, self.signal_organisation):
            narrow_combo(box, 12)  # both on one row: with large text they must be able to shrink
        signal_row = QHBoxLayout()
        signal_row.setSpacing(8)
        signal_row.addWidget(self.signal_kind, 1)
        signal_row.addWidget(signal_org_label)
        signal_row.addWidget(self.signal_organisation, 1)
        self._add_row(self.tr("&Knelpunt"), signal_row, self.signal_kind)

        self.note = _NoteEdit(self)
        self.note.setPlaceholderText(self.tr("Kort en zonder persoonsgegevens"))
        self._name(
            self.note,
            self.tr("Notitie"),
            self.tr(
                "Hoogstens 200 tekens. Geen naam, BSN, rekeningnummer, e-mailadres, telefoonnummer "
                "of geboortedatum."
            ),
        )
        self.note.textChanged.connect(self._on_note_text_changed)
        self.note_counter = QLabel(f"0/{MAX_NOTE_LENGTH}", self)
        self.note_counter.setAccessibleName(self.tr("Aantal tekens van de notitie"))
        self.note_counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.privacy_warning = MessageBanner("warning", self)
        self.privacy_warning.setAccessibleDescription(self.tr("Waarschuwing bij de notitie"))
        note_box = QVBoxLayout()
        note_box.setSpacing(4)
        note_box.addWidget(self.note)
        note_box.addWidget(self.note_counter)
        note_box.addWidget(self.privacy_warning)
        self._add_row(self.tr("No&titie"), note_box, self.note)

        self.referrals = _ReferralList(self)
        line = self.referrals.fontMetrics().lineSpacing()
        self.referrals.setFixedHeight(line * 3 + 16)
        self._name(
            self.referrals,
            self.tr("Doorverwijzingen"),
            self.tr("Insert voegt een doorverwijzing toe, Delete haalt de gekozen weg."),
        )
        self.referrals.insert_requested.connect(self._on_add_referral_clicked)
        self.referrals.delete_requested.connect(self._on_remove_referral_clicked)
        self.add_referral_button = QPushButton(self.tr("Doorverwij&zing toevoegen…"), self)
        self.add_referral_button.setAccessibleName(self.tr("Doorverwijzing toevoegen"))
        self.add_referral_button.setAccessibleDescription(
            self.tr(
                "Kies een partner of categorie en hoe warm de overdracht was (Alt+Z, of Insert in "
                "de lijst)."
            )
        )
        self.add_referral_button.setToolTip(self.tr("Alt+Z, of Insert in de lijst"))
        self.add_referral_button.clicked.connect(self._on_add_referral_clicked)
        self.remove_referral_button = QPushButton(self.tr("Weghalen"), self)
        self.remove_referral_button.setAccessibleName(self.tr("Doorverwijzing weghalen"))
        self.remove_referral_button.setAccessibleDescription(
            self.tr("Haal de gekozen doorverwijzing weg (Delete in de lijst).")
        )
        self.remove_referral_button.setToolTip(self.tr("Delete in de lijst"))
        self.remove_referral_button.clicked.connect(self._on_remove_referral_clicked)
        self.referrals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.referrals.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_referral_button)
        buttons.addWidget(self.remove_referral_button)
        buttons.addStretch(1)
        referral_row = QVBoxLayout()
        referral_row.setSpacing(6)
        referral_row.addWidget(self.referrals)
        referral_row.addLayout(buttons)
        self._add_row(self.tr("Doorverwijzingen"), referral_row, self.referrals)
        self._update_referral_buttons()

        remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.referrals)
        remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_shortcut.activated.connect(self._on_remove_referral_clicked)

        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _name(self, widget: QWidget, name: str, description: str = "") -> None:
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)

    def _add_row(
        self, text: str, field: QWidget | QHBoxLayout | QVBoxLayout, buddy: QWidget
    ) -> int:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        if isinstance(field, QWidget):
            self._form.addRow(label, field)
        else:
            self._form.addRow(label, field)
        return self._form.rowCount() - 1

    def _topic_choices(self, organisation: str | None) -> list[Choice]:
        return [
            Choice(t.code, t.label(self._language)) for t in self._catalog.topics_for(organisation)
        ]

    # --- public API -------------------------------------------------------------------------

    def first_field(self) -> QWidget:
        return self.organisation

    def tab_chain(self) -> list[QWidget]:
        """The fields in Tab order: the usual ones first, the optional ones after."""
        return [
            self.organisation, self.extra_organisation, self.topic, self.digid_detail,
            self.help_forms, self.result, self.problems, self.signal_kind,
            self.signal_organisation, self.note, self.referrals, self.add_referral_button,
            self.remove_referral_button,
        ]  # fmt: skip

    def has_input(self) -> bool:
        return self.snapshot() != self._blank

    def draft(self) -> QuestionDraft:
        """The question as entered; typed text in the search fields is picked first."""
        organisations: list[str] = []
        for combo in (self.organisation, self.extra_organisation):
            code = combo.current_code()
            if code and code not in organisations:
                organisations.append(code)
        signal_kind = self.signal_kind.currentData()
        return QuestionDraft(
            organisations=tuple(organisations),
            topic=self.topic.current_code(),
            help_forms=self.help_forms.codes(),
            result=self.result.currentData() if self.result.currentIndex() >= 0 else None,
            digid_detail=self.digid_detail.currentData() if self.digid_detail.isEnabled() else None,
            problems=self.problems.codes(),
            signal_kind=signal_kind,
            signal_organisation=self.signal_organisation.current_code() if signal_kind else None,
            note=self.note.toPlainText().strip(),
            referrals=tuple(self._referral_drafts()),
            id=self._question_id,
        )

    def set_draft(self, question: QuestionDraft) -> None:
        """Show a stored question for correction."""
        self._question_id = question.id
        orgs = list(question.organisations)
        for combo, code in (
            (self.organisation, orgs[0] if orgs else None),
            (self.extra_organisation, orgs[1] if len(orgs) > 1 else None),
        ):
            self._ensure_choice(combo, "organisations", code)
            combo.set_current_code(code)
        self._show_extra_row(len(orgs) > 1)
        self._ensure_choice(self.topic, "topics", question.topic)
        self.topic.set_current_code(question.topic)
        index = self.digid_detail.findData(question.digid_detail)
        self.digid_detail.setCurrentIndex(max(0, index))
        self.help_forms.set_codes(question.help_forms)
        self.result.setCurrentIndex(self.result.findData(question.result))
        self.problems.set_codes(question.problems)
        self.signal_kind.setCurrentIndex(max(0, self.signal_kind.findData(question.signal_kind)))
        self._ensure_choice(self.signal_organisation, "organisations", question.signal_organisation)
        self._set_signal_organisation(question.signal_organisation)
        self._signal_org_by_hand = question.signal_organisation not in (None, *orgs[:1])
        self.note.setPlainText(question.note)
        self.referrals.clear()
        for referral in question.referrals:
            self._add_referral_item(referral)
        self._update_referral_buttons()

    def snapshot(self) -> tuple[object, ...]:
        """The raw state of every field, to tell whether anything was entered."""
        return (
            self.organisation.currentText(),
            self.extra_organisation.currentText(),
            self.topic.currentText(),
            self.digid_detail.currentIndex(),
            self.help_forms.codes(),
            self.result.currentIndex(),
            self.problems.codes(),
            self.signal_kind.currentIndex(),
            self.signal_organisation.currentText() if self.signal_kind.currentIndex() else "",
            self.note.toPlainText(),
            tuple(self._referral_drafts()),
        )

    def focus_field(self, field: str) -> None:
        """Put the keyboard focus on the field a validation error names."""
        widget: QWidget = {
            "organisations": self.organisation,
            "topic": self.topic,
            "digid_detail": self.digid_detail,
            "help_forms": self.help_forms,
            "result": self.result,
            "problems": self.problems,
            "signal_kind": self.signal_kind,
            "signal_organisation": self.signal_organisation,
            "note": self.note,
            "referrals": self.referrals,
        }.get(field, self.organisation)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_note_findings(self) -> bool:
        """Highlight personal data in the note now; returns whether there is any."""
        self._privacy_timer.stop()
        return bool(self._apply_findings(find_personal_data(self.note.toPlainText())))

    # --- slots ------------------------------------------------------------------------------

    def _on_any_edited(self, *_args: object) -> None:
        self.edited.emit()

    def _on_organisation_selection_changed(self, code: object) -> None:
        self.topic.set_choices(self._topic_choices(code if isinstance(code, str) else None))
        if self.signal_kind.currentIndex() > 0 and not self._signal_org_by_hand:
            self._set_signal_organisation(code if isinstance(code, str) else None)
        self.edited.emit()

    def _on_topic_selection_changed(self, code: object) -> None:
        is_digid = self._catalog.is_digid_topic(code if isinstance(code, str) else None)
        self.digid_detail.setEnabled(is_digid)
        if not is_digid:
            self.digid_detail.setCurrentIndex(0)
        self.edited.emit()

    def _on_extra_button_clicked(self) -> None:
        self._show_extra_row(True)
        self.extra_organisation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_signal_kind_current_index_changed(self, index: int) -> None:
        has_kind = index > 0
        self.signal_organisation.setEnabled(has_kind)
        if not has_kind:
            self._signal_org_by_hand = False
            self._set_signal_organisation(None)
        elif self.signal_organisation.current_code() is None:
            self._set_signal_organisation(self.organisation.current_code())
        self.edited.emit()

    def _on_signal_organisation_selection_changed(self, _code: object) -> None:
        if not self._setting_signal_org:
            self._signal_org_by_hand = True
            self.edited.emit()

    def _on_note_text_changed(self) -> None:
        length = len(self.note.toPlainText())
        self.note_counter.setText(f"{length}/{MAX_NOTE_LENGTH}")
        self._privacy_timer.start()
        self.edited.emit()

    def _on_privacy_timer_timeout(self) -> None:
        self._apply_findings(find_personal_data(self.note.toPlainText()))

    def _on_add_referral_clicked(self) -> None:
        dialog = ReferralDialog(self._catalog, self._language, self)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        referral = dialog.referral() if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        self.window().activateWindow()
        if referral is None:
            self.add_referral_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._add_referral_item(referral)
        self.referrals.setCurrentRow(self.referrals.count() - 1)
        self._update_referral_buttons()
        self.edited.emit()
        self.referrals.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove_referral_clicked(self) -> None:
        row = self.referrals.currentRow()
        if row < 0:
            return
        self.referrals.takeItem(row)
        self._update_referral_buttons()
        self.edited.emit()

    # --- helpers ----------------------------------------------------------------------------

    def _set_signal_organisation(self, code: str | None) -> None:
        self._setting_signal_org = True
        self.signal_organisation.set_current_code(code)
        self._setting_signal_org = False

    def _show_extra_row(self, visible: bool) -> None:
        self._form.setRowVisible(self._extra_row, visible)
        self._extra_button.setVisible(not visible)

    def _ensure_choice(self, combo: SearchCombo, kind: str, code: str | None) -> None:
        if code:
            combo.add_choice(Choice(code, self._catalog.label(kind, code, self._language)))

    def _add_referral_item(self, referral: ReferralDraft) -> None:
        item = QListWidgetItem(referral_text(referral, self._catalog, self._language))
        item.setData(Qt.ItemDataRole.UserRole, referral)
        self.referrals.addItem(item)

    def _referral_drafts(self) -> list[ReferralDraft]:
        return [
            self.referrals.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.referrals.count())
        ]

    def _update_referral_buttons(self) -> None:
        self.remove_referral_button.setEnabled(self.referrals.count() > 0)

    def _apply_findings(self, findings: list[Finding]) -> list[Finding]:
        text = self.note.toPlainText()
        selections = []
        for found in findings:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#f9d0cd"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#b3261e"))
            fmt.setFontUnderline(True)
            cursor = QTextCursor(self.note.document())
            cursor.setPosition(_utf16_offset(text, found.start))
            cursor.setPosition(_utf16_offset(text, found.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.note.setExtraSelections(selections)
        if findings:
            reasons: list[str] = []
            for found in findings:
                reason = labels.finding(found.kind)
                if reason not in reasons:
                    reasons.append(reason)
            self.privacy_warning.show_message(" ".join([*reasons, labels.privacy_advice()]))
        else:
            self.privacy_warning.clear()
        return findings


def _utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units, Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2

"""Choosing a referral: a partner from the sociale kaart, only a partner category, or a course.

Keyboard: the search field has the focus; typing filters the list (name, category and what the
partner helps with), Up/Down move through it, Alt+K/W/O choose the warmth, Enter adds, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.model import ReferralDraft
from ido_desktop.domain.reference import ReferenceCatalog, RefItem
from ido_desktop.domain.vocab import Warmth
from ido_desktop.ui import labels
from ido_desktop.ui.widgets import Choice, rank_choices

# Called as translate("ReferralDialog", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

PARTNER, CATEGORY, COURSE = "partners", "partner_categories", "courses"


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an ``&`` before the first word-initial letter not in ``used`` (then any)."""
    positions = [
        i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalnum())
    ]
    positions += [i for i, ch in enumerate(text) if ch.isalpha() and i not in positions]
    for i in positions:
        letter = text[i].casefold()
        if letter not in used:
            used.add(letter)
            return text[:i] + "&" + text[i:]
    return text


def referral_text(referral: ReferralDraft, catalog: ReferenceCatalog, language: str = "nl") -> str:
    """One line describing a referral, for the list in the question editor."""
    if referral.partner_code:
        target = catalog.label(PARTNER, referral.partner_code, language)
    elif referral.course_code:
        target = translate("ReferralDialog", "Cursus: {name}").format(
            name=catalog.label(COURSE, referral.course_code, language)
        )
    else:
        target = translate("ReferralDialog", "Categorie: {name}").format(
            name=catalog.label(CATEGORY, referral.category_code, language)
        )
    return f"{target} — {labels.warmth(referral.warmth)}"


class _SearchField(QLineEdit):
    """Search field that lets Up/Down/PageUp/PageDown move through the list below it."""

    def __init__(self, target: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        step = steps.get(Qt.Key(event.key()))
        if step is not None and self._target.count():
            row = max(0, min(self._target.count() - 1, self._target.currentRow() + step))
            self._target.setCurrentRow(row)
            return
        super().keyPressEvent(event)


class ReferralDialog(QDialog):
    """Asks for one referral; :meth:`referral` gives the result after ``accepted``."""

    def __init__(
        self, catalog: ReferenceCatalog, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self.setWindowTitle(self.tr("Doorverwijzing toevoegen"))
        self.setAccessibleName(self.tr("Doorverwijzing toevoegen"))
        self.setMinimumWidth(640)
        used = {"z", "p", "c", "u"}
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        kind_box = QGroupBox(self.tr("Waarheen verwijs je door?"), self)
        kind_row = QHBoxLayout(kind_box)
        self._kinds = QButtonGroup(self)
        self._kind_buttons: dict[str, QRadioButton] = {}
        for kind, text in (
            (PARTNER, self.tr("&Partner uit de sociale kaart")),
            (CATEGORY, self.tr("Alleen een &categorie")),
            (COURSE, self.tr("C&ursus")),
        ):
            button = QRadioButton(text, kind_box)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(self.tr("Waarheen verwijs je door? Pijltjes kiezen."))
            button.toggled.connect(self._on_kind_toggled)
            self._kinds.addButton(button)
            self._kind_buttons[kind] = button
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        layout.addWidget(kind_box)

        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Gevonden partners"))
        self.results.setAccessibleDescription(
            self.tr("Partners die bij de zoektekst passen; pijltjes kiezen.")
        )
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.results.itemDoubleClicked.connect(self.accept)
        self.search = _SearchField(self.results, self)
        self.search.setPlaceholderText(self.tr("Naam, soort hulp of onderwerp"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setAccessibleDescription(
            self.tr("Typ om te filteren; pijltjes kiezen in de lijst; Enter voegt toe.")
        )
        self.search.textChanged.connect(self._on_search_text_changed)
        search_label = QLabel(self.tr("&Zoeken"), self)
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addWidget(self.results, 1)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Gegevens van de keuze"))
        layout.addWidget(self.details)

        warmth_box = QGroupBox(self.tr("Hoe warm is de doorverwijzing?"), self)
        warmth_layout = QVBoxLayout(warmth_box)
        self._warmth = QButtonGroup(self)
        self._warmth_buttons: dict[Warmth, QRadioButton] = {}
        for value in Warmth:
            text = labels.warmth(value)
            button = QRadioButton(with_mnemonic(text, used), warmth_box)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Hoe warm was de overdracht? Pijltjes kiezen."))
            self._warmth.addButton(button)
            self._warmth_buttons[value] = button
            warmth_layout.addWidget(button)
        self._warmth_buttons[Warmth.KOUD].setChecked(True)
        layout.addWidget(warmth_box)

        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("Toevoegen (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Toevoegen"))
        self.add_button.setAccessibleDescription(
            self.tr("Voeg de doorverwijzing toe aan de vraag (Enter).")
        )
        cancel = buttons.addButton(
            self.tr("Annuleren (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit zonder doorverwijzing (Esc)."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._kind_buttons[PARTNER].setChecked(True)
        self.setTabOrder(self.search, self.results)
        self.search.setFocus()

    # --- public API -------------------------------------------------------------------------

    def kind(self) -> str:
        return next(k for k, b in self._kind_buttons.items() if b.isChecked())

    def referral(self) -> ReferralDraft | None:
        """The chosen referral, or None when nothing is chosen."""
        item = self.results.currentItem()
        if item is None:
            return None
        code = item.data(Qt.ItemDataRole.UserRole)
        warmth = next(w for w, b in self._warmth_buttons.items() if b.isChecked())
        kind = self.kind()
        if kind == PARTNER:
            partner = self._catalog.get(PARTNER, code)
            category = partner.get("category") if partner else None
            return ReferralDraft(warmth=warmth, partner_code=code, category_code=category)
        if kind == COURSE:
            return ReferralDraft(warmth=warmth, course_code=code)
        return ReferralDraft(warmth=warmth, category_code=code)

    def accept(self) -> None:
        if self.results.currentItem() is None:
            self.problem.setText(
                self.tr("✖ Kies eerst een partner, categorie of cursus in de lijst.")
            )
            self.problem.show()
            self.search.setFocus()
            return
        super().accept()

    # --- slots ------------------------------------------------------------------------------

    def _on_kind_toggled(self, checked: bool) -> None:
        if checked:
            names = {
                PARTNER: self.tr("Gevonden partners"),
                CATEGORY: self.tr("Categorieën"),
                COURSE: self.tr("Cursussen"),
            }
            self.results.setAccessibleName(names[self.kind()])
            self._fill()

    def _on_search_text_changed(self, _text: str) -> None:
        self._fill()

    def _on_results_current_item_changed(
        self, current: QListWidgetItem | None, _previous: object
    ) -> None:
        self.problem.hide()
        if current is None:
            self.details.setText(self.tr("Niets gekozen."))
            return
        item = self._catalog.get(self.kind(), current.data(Qt.ItemDataRole.UserRole))
        self.details.setText(self._details_html(item) if item else "")

    # --- helpers ----------------------------------------------------------------------------

    def _choices(self) -> list[Choice]:
        kind = self.kind()
        choices = []
        for item in self._catalog.items(kind):
            if kind == PARTNER:
                category = self._catalog.label(CATEGORY, item.get("category"), self._language)
                keywords = " ".join(
                    (
                        category,
                        item.get(f"helps_with_{self._language}", ""),
                        item.get("address", ""),
                    )
                )
                choices.append(Choice(item.code, item.label(self._language), keywords))
            else:
                choices.append(
                    Choice(item.code, item.label(self._language), item.get("provider", ""))
                )
        return choices

    def _fill(self) -> None:
        kind = self.kind()
        self.results.clear()
        for choice in rank_choices(self._choices(), self.search.text()):
            text = choice.label
            if kind == PARTNER:
                partner = self._catalog.get(PARTNER, choice.code)
                category = self._catalog.label(
                    CATEGORY, partner.get("category") if partner else None, self._language
                )
                text = f"{choice.label}  ·  {category}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.details.setText(self.tr("Niets gevonden. Probeer een ander woord."))

    def _details_html(self, item: RefItem) -> str:
        lang = self._language
        rows: list[tuple[str, str]] = []
        if item.kind == PARTNER:
            phone = item.get("phone", "")
            if item.get("phone_is_placeholder"):
                phone = self.tr("onbekend (zie notities)")
            rows = [
                (self.tr("Categorie"), self._catalog.label(CATEGORY, item.get("category"), lang)),
                (self.tr("Helpt bij"), item.get(f"helps_with_{lang}", "")),
                (self.tr("Telefoon"), phone),
                (self.tr("Open"), item.get(f"opening_hours_{lang}", "")),
                (self.tr("Adres"), item.get("address", "")),
                (self.tr("Let op"), item.get(f"notes_{lang}", "")),
            ]
        elif item.kind == COURSE:
            rows = [(self.tr("Aanbieder"), item.get("provider", ""))]
        body = "".join(
            f"<tr><td style='padding-right:12px'><b>{_html(k)}</b></td><td>{_html(v)}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<p><b>{_html(item.label(lang))}</b></p><table>{body}</table>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

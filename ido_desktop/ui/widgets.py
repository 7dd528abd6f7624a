"""Small reusable widgets for fast keyboard entry.

- :class:`SearchCombo`: type a few letters of a label, Tab or Enter picks the best match; text that
  matches nothing selects nothing and is marked, never silently replaced by something else.
- :class:`LetterToggleGroup`: a row of check boxes that is one Tab stop; the first letter of a
  label toggles it, arrows and Space work too.
- :class:`MessageBanner`: a framed message with an icon word, for errors, warnings and
  confirmations.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from ido_desktop.ui import style

MAX_SUGGESTIONS = 8


def fold(text: str) -> str:
    """Lower case without accents, for matching what staff type ("patient" finds "Patiënt")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Choice:
    """One choice of a search list: a code, its label and extra words to search in."""

    code: str
    label: str
    keywords: str = ""


def rank_choices(choices: Iterable[Choice], text: str) -> list[Choice]:
    """Choices matching ``text``, best first: label starts with it, a word starts with it, contains.

    Within each group the original order is kept (so an organisation's own topics stay first).
    """
    needle = fold(text.strip())
    if not needle:
        return list(choices)
    prefix: list[Choice] = []
    word: list[Choice] = []
    inside: list[Choice] = []
    for choice in choices:
        label = fold(choice.label)
        if label.startswith(needle):
            prefix.append(choice)
        elif any(part.startswith(needle) for part in _words(label)):
            word.append(choice)
        elif needle in label or needle in fold(choice.keywords):
            inside.append(choice)
    return prefix + word + inside


def narrow_combo(box: QComboBox, characters: int = 10) -> None:
    """Let a combo box be narrower than its longest item, so large text never widens the page."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


class _SuggestionList(QListWidget):
    """The list of matches under a SearchCombo. It never takes the keyboard focus."""

    def __init__(self, owner: SearchCombo) -> None:
        super().__init__(owner.window())
        self._owner = owner
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(self.tr("Suggesties"))
        self.setAccessibleDescription(
            self.tr(
                "Passende keuzes voor de getypte tekst; pijltjes verplaatsen de markering, Tab of "
                "Enter kiest."
            )
        )
        self.itemClicked.connect(self._on_self_item_clicked)
        self.hide()

    def show_for(self, choices: Sequence[Choice], empty_text: str) -> None:
        """Show ``choices`` under the owner, the first one highlighted."""
        self.clear()
        for choice in choices[:MAX_SUGGESTIONS]:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            self.addItem(item)
        if not choices:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        else:
            self.setCurrentRow(0)
        host = self.parentWidget()
        if self.window() is not self._owner.window():
            self.setParent(self._owner.window())
            host = self.parentWidget()
        assert host is not None
        rows = self.count()
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2
        below = self._owner.mapTo(host, QPoint(0, self._owner.height()))
        top = below.y() if below.y() + height <= host.height() else below.y() - height
        top -= 0 if below.y() + height <= host.height() else self._owner.height()
        self.setGeometry(QRect(below.x(), max(0, top), self._owner.width(), height))
        self.raise_()
        self.show()

    def current_code(self) -> str | None:
        item = self.currentItem()
        if item is None or not self.isVisible():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def step(self, step: int) -> None:
        if self.count() and self.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))

    def _on_self_item_clicked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self._owner.set_current_code(code, by_user=True)
            self.hide()


class SearchCombo(QComboBox):
    """Editable combo box over coded choices with type-to-search.

    Typing shows the matching choices under the field, the best one highlighted; Tab, Enter or
    leaving the field picks the highlighted one. Up/Down move the highlight, Esc puts back what was
    chosen before. Alt+Down opens the full list. Text that matches nothing leaves no choice and
    marks the field as invalid.
    """

    selection_changed = Signal(object)  # the chosen code, or None

    def __init__(self, parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(parent)
        self._line_edit = QLineEdit(self)
        self.setEditable(True)
        self.setLineEdit(self._line_edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # type: ignore[arg-type]  # our own suggestion list instead
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self._choices: list[Choice] = []
        self._code: str | None = None
        self._syncing = False
        self._empty_text = empty_text or self.tr("Niets gevonden")
        self._suggestions = _SuggestionList(self)
        self._description = self.tr(
            "Typ een paar letters; Tab of Enter kiest de bovenste treffer. Alt+Omlaag toont de "
            "hele lijst."
        )
        self.setAccessibleDescription(self._description)
        # Not only a red border: an invalid entry also shows a warning sign with its reason.
        self.invalid_mark = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            self.tr("Geen keuze: deze tekst past bij niets in de lijst."),
            self,
        )
        self._line_edit.setClearButtonEnabled(True)
        self._line_edit.textEdited.connect(self._on_line_edit_text_edited)
        self.activated.connect(self._on_self_activated)
        self.currentIndexChanged.connect(self._on_self_current_index_changed)

    # --- public API -------------------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._line_edit

    def set_choices(self, choices: Sequence[Choice], keep: bool = True) -> None:
        """Replace the choices; keeps the current code when ``keep`` and it is still offered."""
        previous = self._code
        self._syncing = True
        self.clear()
        self._choices = list(choices)
        for choice in self._choices:
            self.addItem(choice.label, choice.code)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self._syncing = False
        self._code = None
        if keep and previous and any(c.code == previous for c in self._choices):
            self._select(previous)
        elif previous is not None:
            self.selection_changed.emit(None)

    def add_choice(self, choice: Choice) -> None:
        """Offer one more choice (for example a retired code of a stored record)."""
        if all(c.code != choice.code for c in self._choices):
            self._choices.append(choice)
            self._syncing = True
            self.addItem(choice.label, choice.code)
            self._syncing = False

    def current_code(self) -> str | None:
        """The chosen code; typed text that was not yet picked is picked first."""
        if self._pending():
            self.commit_text()
        return self._code

    def set_current_code(self, code: str | None, by_user: bool = False) -> None:
        """Choose ``code`` (None clears the field)."""
        if code is None:
            self._set_code(None, "")
        else:
            self._select(code)
        if by_user:
            self.activated.emit(self.currentIndex())

    def is_invalid(self) -> bool:
        return bool(self.property("invalid"))

    def has_text(self) -> bool:
        return bool(self.currentText().strip())

    def commit_text(self) -> None:
        """Pick the highlighted suggestion, or the best match of the typed text."""
        text = self.currentText()
        code = self._suggestions.current_code()
        self._suggestions.hide()
        if not text.strip():
            self._set_code(None, "")
            return
        if code is None:
            exact = [c for c in self._choices if fold(c.label) == fold(text.strip())]
            ranked = exact or rank_choices(self._choices, text)
            code = ranked[0].code if ranked else None
        if code is None:
            self._set_code(None, text, invalid=True)
        else:
            self._select(code)

    # --- Qt overrides -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.commit_text()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup_open = self._suggestions.isVisible()
        if popup_open and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._suggestions.step(1 if key == Qt.Key.Key_Down else -1)
            return
        if popup_open and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._suggestions.step(4 if key == Qt.Key.Key_PageDown else -4)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.commit_text()
            return
        if key == Qt.Key.Key_Escape and (popup_open or self._pending()):
            self._suggestions.hide()
            self._select(self._code) if self._code else self._set_code(None, "")
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            if self._pending() or self._suggestions.isVisible():
                self.commit_text()
        self._suggestions.hide()
        super().focusOutEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._suggestions.hide()
        super().hideEvent(event)  # type: ignore[arg-type]

    # --- internals --------------------------------------------------------------------------

    def _pending(self) -> bool:
        """Whether the text differs from the label of the chosen code."""
        label = self.itemText(self.currentIndex()) if self._code is not None else ""
        return self.currentText() != label and not self.is_invalid()

    def _select(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self._set_code(None, "")
            return
        self._set_code(code, self.itemText(index), index=index)

    def _set_code(
        self, code: str | None, text: str, index: int = -1, invalid: bool = False
    ) -> None:
        self._syncing = True
        self.setCurrentIndex(index)
        self.setEditText(text)
        self._syncing = False
        self._set_invalid(invalid)
        if code != self._code:
            self._code = code
            self.selection_changed.emit(code)

    def _set_invalid(self, invalid: bool) -> None:
        if self.is_invalid() == invalid:
            return
        self.setProperty("invalid", invalid)
        hint = self.tr("Geen keuze: deze tekst past bij niets in de lijst.") if invalid else ""
        self.setToolTip(hint)
        self.setAccessibleDescription(f"{hint} {self._description}".strip())
        if invalid:
            self._line_edit.addAction(self.invalid_mark, QLineEdit.ActionPosition.LeadingPosition)
        else:
            self._line_edit.removeAction(self.invalid_mark)
        self.setStyleSheet(style.INVALID_FIELD if invalid else "")  # also repolishes

    def _on_line_edit_text_edited(self, text: str) -> None:
        self._set_invalid(False)
        if not text.strip():
            self._suggestions.hide()
            return
        self._suggestions.show_for(rank_choices(self._choices, text), self._empty_text)

    def _on_self_activated(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        code = self.itemData(index)
        if code is not None:
            self._set_code(code, self.itemText(index), index=index)

    def _on_self_current_index_changed(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        self._suggestions.hide()
        self._set_code(self.itemData(index), self.itemText(index), index=index)


class LetterToggleGroup(QWidget):
    """Check boxes that form one Tab stop.

    With the group focused, the first letter of a label toggles it (when several labels start
    with that letter, the letter moves the marker between them and Space toggles). Arrow keys move
    the marker, Space toggles the marked box. The first letter is underlined in each label.
    """

    selection_changed = Signal()

    def __init__(
        self, choices: Sequence[Choice], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, True)
        self._choices = list(choices)
        self._boxes: list[QCheckBox] = []
        self._current = 0
        self._most_columns = max(1, columns)
        self._columns = self._most_columns
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for i, choice in enumerate(self._choices):
            box = QCheckBox(self)
            box.setText("&" + choice.label.replace("&", "&&"))
            box.setShortcut(QKeySequence())  # underline only; the letter works inside the group
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.setAccessibleName(choice.label)
            box.setAccessibleDescription(
                self.tr("Toets {letter} om dit aan of uit te vinken.").format(
                    letter=choice.label[:1].upper()
                )
            )
            box.toggled.connect(self._on_box_toggled)
            box.clicked.connect(lambda _checked=False, i=i: self._on_box_clicked(i))
            self._boxes.append(box)
        self._place()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def codes(self) -> tuple[str, ...]:
        return tuple(
            c.code for c, b in zip(self._choices, self._boxes, strict=True) if b.isChecked()
        )

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for choice, box in zip(self._choices, self._boxes, strict=True):
            box.setChecked(choice.code in wanted)

    def box(self, code: str) -> QCheckBox:
        return next(b for c, b in zip(self._choices, self._boxes, strict=True) if c.code == code)

    # -- fewer columns when the room is narrow (large text) -------------------------------

    def minimumSizeHint(self) -> QSize:
        # One column is the least it needs: with large text the boxes wrap to fewer columns
        # instead of making the form scroll sideways.
        return QSize(self._needed_width(1), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fitting = next(
            (n for n in range(self._most_columns, 1, -1) if self._needed_width(n) <= self.width()),
            1,
        )
        if fitting != self._columns:
            self._columns = fitting
            self._place()
            self.updateGeometry()  # the height changes with the number of rows

    def _needed_width(self, columns: int) -> int:
        widths = [0] * columns
        for i, box in enumerate(self._boxes):
            widths[i % columns] = max(widths[i % columns], box.sizeHint().width())
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing() * (columns - 1)
        return sum(widths) + spacing + margins.left() + margins.right()

    def _place(self) -> None:
        for box in self._boxes:
            self._grid.removeWidget(box)
        for i, box in enumerate(self._boxes):
            self._grid.addWidget(box, i // self._columns, i % self._columns)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                self._move(-1 if key == Qt.Key.Key_Left else -self._columns)
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                self._move(1 if key == Qt.Key.Key_Right else self._columns)
                return
            if key == Qt.Key.Key_Space:
                self._boxes[self._current].toggle()
                return
            letter = fold(event.text())
            if len(letter) == 1 and letter.isalnum():
                if self._type_letter(letter):
                    return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus() or not self._boxes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.palette().highlight().color()
        painter.setPen(QPen(color, 1))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        painter.setPen(QPen(color, 2))
        box = self._boxes[self._current]
        painter.drawRoundedRect(box.geometry().adjusted(-4, -2, 4, 2), 4, 4)

    def _move(self, step: int) -> None:
        self._current = max(0, min(len(self._boxes) - 1, self._current + step))
        self.update()

    def _type_letter(self, letter: str) -> bool:
        matches = [i for i, c in enumerate(self._choices) if fold(c.label).startswith(letter)]
        if not matches:
            return False
        if len(matches) == 1:
            self._current = matches[0]
            self._boxes[self._current].toggle()
        else:
            later = [i for i in matches if i > self._current]
            self._current = later[0] if later else matches[0]
        self.update()
        return True

    def _on_box_clicked(self, index: int) -> None:
        self._current = index
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.update()

    def _on_box_toggled(self, _checked: bool) -> None:
        self.selection_changed.emit()


class MessageBanner(QFrame):
    """A framed one-line message with an icon word; kind is "error", "warning" or "success"."""

    _STYLES = {
        "error": ("#b3261e", "#fdecea", "✖"),
        "warning": ("#9a6700", "#fff4d6", "⚠"),
        "success": ("#1e6b34", "#e7f4ea", "✔"),
    }

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        border, background, icon = self._STYLES[kind]
        self.setObjectName(f"{kind}Banner")
        self.setStyleSheet(
            f"#{kind}Banner {{ border: 2px solid {border}; border-radius: 6px;"
            f" background: {background}; }}"
            f"#{kind}Banner QLabel {{ color: {'#1f1f1f'}; background: transparent; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        self._icon = QLabel(icon, self)
        font = self._icon.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self._icon.setFont(font)
        self._icon.setStyleSheet(f"color: {border};")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""

    def clear(self) -> None:
        self._text.clear()
        self.hide()


class ProgressRow(QWidget):
    """A progress bar, what is being worked on, and a Stop button: the row long work shows."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voortgang"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setTextVisible(True)
        self.current = QLabel()
        self.current.setAccessibleName(self.tr("Bezig met"))
        self.stop_button = QPushButton(self.tr("&Stoppen"))
        self.stop_button.setAccessibleName(self.tr("Stoppen"))
        self.stop_button.setAccessibleDescription(
            self.tr("Stop het werk na het onderdeel dat nu bezig is.")
        )
        self.stop_button.clicked.connect(self.stop_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 2)
        row.addWidget(self.current, 3)
        row.addWidget(self.stop_button)
        self.hide()


class OptionalDateEdit(QDateEdit):
    """A date filter that may be empty: its lowest date shows as "geen grens" (no limit)."""

    NO_DATE = QDate(2000, 1, 1)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "OptionalDateEdit",
                "Filter op datum. Pijltjes veranderen de datum, Alt+Omlaag opent de kalender.",
            )
        )
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(self.NO_DATE)
        self.setSpecialValueText(QCoreApplication.translate("OptionalDateEdit", "geen grens"))
        self.setDate(self.NO_DATE)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == self.NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else self.NO_DATE)


class PageTitle(QLabel):
    """The bold heading at the top of a page, 1.4 times the system font (it scales with it)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(QCoreApplication.translate("PageTitle", "Titel"))
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)

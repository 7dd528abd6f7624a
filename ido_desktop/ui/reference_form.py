"""The form of one reference item, built from the kind's field list (domain.reference_fields).

Each field type has its widget: a line for text, a check box for yes/no, a list to choose from
for a fixed choice or a code of another list, check boxes for a list of organisations, seven
small lines for the opening hours of the week. ``values()`` gives what the service expects;
``focus_field`` puts the cursor on the field a refusal names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ido_desktop.domain.opening_hours import DAYS
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.reference_fields import (
    CHOICE_LABELS,
    Field,
    FieldType,
    choice_label,
    fields,
)

#: Fields the form does not show as such: the code has its own line, ``retired`` its button.
_NOT_IN_FORM = (FieldType.CODE,)


class ReferenceForm(QWidget):
    """Edit one item of ``kind``; ``edited`` fires on every change by the user."""

    edited = Signal()

    def __init__(
        self, kind: str, catalog: ReferenceCatalog, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._catalog = catalog
        self._language = language
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.setAccessibleName(self.tr("Gegevens"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(8)
        self._form = form
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self._label_row(
            self.tr("Code"), self.code, self.tr("Vaste code; na opslaan niet meer te wijzigen")
        )
        hours: list[Field] = []
        for spec in fields(kind):
            if spec.type in _NOT_IN_FORM or spec.key == "retired":
                continue
            if spec.type is FieldType.HOURS:
                hours.append(spec)
                if len(hours) == len(DAYS):
                    self._hours_row(hours)
                continue
            widget = self._widget(spec)
            self.widgets[spec.key] = widget
            self._label_row(self._label(spec), widget, self._tip(spec))

    # --- building -------------------------------------------------------------------------

    def _label(self, spec: Field) -> str:
        return spec.label_en if self._language == "en" else spec.header

    def _tip(self, spec: Field) -> str:
        tips = {
            FieldType.PHONE: self.tr(
                "Het openbare algemene nummer, bijvoorbeeld 010 123 4567 of 14 010. Nog niet "
                "bekend? Gebruik 010 000 xxxx en vink 'voorlopig' aan."
            ),
            FieldType.POSTCODE: self.tr("Vier cijfers en twee letters, bijvoorbeeld 3011 AB"),
            FieldType.URL: self.tr("Begint met https://"),
            FieldType.WORDS: self.tr("Zoekwoorden en synoniemen, gescheiden door komma's"),
            FieldType.REF_LIST: self.tr(
                "De organisaties waar dit onderwerp bij hoort; geen: bij elke organisatie"
            ),
        }
        return tips.get(spec.type, "")

    def _label_row(self, text: str, widget: QWidget, tip: str = "") -> None:
        label = QLabel(text + ":")
        label.setBuddy(widget)
        widget.setAccessibleName(text)
        if tip:
            widget.setToolTip(tip)
        widget.setAccessibleDescription(
            tip or self.tr("{field} van het gekozen item").format(field=text)
        )
        self._form.addRow(label, widget)

    def _widget(self, spec: Field) -> QWidget:
        kind = spec.type
        if kind is FieldType.BOOL:
            box = QCheckBox()
            box.toggled.connect(self._on_any_edited)
            return box
        if kind in (FieldType.CHOICE, FieldType.REF):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._on_any_edited)
            return combo
        if kind is FieldType.REF_LIST:
            listing = QListWidget()
            listing.setMaximumHeight(max(120, self.fontMetrics().height() * 7))
            listing.itemChanged.connect(self._on_any_edited)
            return listing
        if kind is FieldType.LONG_TEXT:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
            text.textChanged.connect(self._on_any_edited)
            return text
        line = QLineEdit()
        line.setMaxLength(spec.max_length + 20)  # longer is refused with a clear message
        if kind is FieldType.PHONE:
            line.setPlaceholderText("010 123 4567")
        elif kind is FieldType.POSTCODE:
            line.setPlaceholderText("3011 AB")
        elif kind is FieldType.URL:
            line.setPlaceholderText("https://")
        line.textEdited.connect(self._on_any_edited)
        return line

    def _hours_row(self, specs: list[Field]) -> None:
        box = QWidget()
        box.setAccessibleName(self.tr("Openingstijden per dag"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        tip = self.tr("Bijvoorbeeld 9.00-17.00 of 9.00-12.00, 13.00-17.00; leeg is gesloten")
        for index, spec in enumerate(specs):
            line = QLineEdit()
            if index == 0:
                line.setPlaceholderText("9.00-17.00")
            line.setMaxLength(60)
            name = self._label(spec)
            line.setAccessibleName(self.tr("Openingstijden {day}").format(day=name))
            line.setAccessibleDescription(tip)
            line.setToolTip(tip)
            line.textEdited.connect(self._on_any_edited)
            caption = QLabel(name)
            caption.setBuddy(line)
            row, column = divmod(index, 4)
            grid.addWidget(caption, row * 2, column)
            grid.addWidget(line, row * 2 + 1, column)
            self.widgets[spec.key] = line
        label = QLabel(self.tr("Openingstijden:"))
        label.setBuddy(self.widgets[specs[0].key])
        self._form.addRow(label, box)

    # --- values ---------------------------------------------------------------------------

    def load(self, values: Mapping[str, Any], code: str | None) -> None:
        """Show an item (``code`` None: a new one, whose code may still be typed)."""
        self._loading = True
        try:
            self.code.setText(code or "")
            self.code.setReadOnly(code is not None)
            self.code.setPlaceholderText("" if code else self.tr("leeg: gemaakt uit de naam"))
            for spec in fields(self._kind):
                widget = self.widgets.get(spec.key)
                if widget is not None:
                    self._set(spec, widget, values.get(spec.key))
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec in fields(self._kind):
            widget = self.widgets.get(spec.key)
            if widget is not None:
                result[spec.key] = self._get(spec, widget)
        return result

    def new_code(self) -> str:
        return "" if self.code.isReadOnly() else self.code.text().strip()

    def focus_field(self, key: str) -> bool:
        widget = self.code if key == "code" else self.widgets.get(key)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def first_field(self) -> QWidget:
        return self.code if not self.code.isReadOnly() else next(iter(self.widgets.values()))

    def _set(self, spec: Field, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            self._fill_combo(spec, widget, value)
        elif isinstance(widget, QListWidget):
            self._fill_list(spec, widget, value or [])
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QLineEdit):
            text = ", ".join(value) if isinstance(value, list) else str(value or "")
            widget.setText(text)

    def _get(self, spec: Field, widget: QWidget) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QListWidget):
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            text = widget.text()
            return (
                [w.strip() for w in text.split(",") if w.strip()]
                if spec.type is FieldType.WORDS
                else text
            )
        return None

    def _fill_combo(self, spec: Field, combo: QComboBox, value: Any) -> None:
        combo.blockSignals(True)
        combo.clear()
        if not spec.required:
            combo.addItem(self.tr("(geen)"), None)
        if spec.type is FieldType.CHOICE:
            for code in CHOICE_LABELS.get(spec.key, {}) or spec.options:
                combo.addItem(choice_label(spec.key, code, self._language), code)
        else:
            for item in self._catalog.items(spec.ref_kind or "", include_retired=True):
                if not item.retired or item.code == value:
                    suffix = self.tr(" (vervallen)") if item.retired else ""
                    combo.addItem(item.label(self._language) + suffix, item.code)
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _fill_list(self, spec: Field, listing: QListWidget, value: list[str]) -> None:
        listing.blockSignals(True)
        listing.clear()
        for item in self._catalog.items(spec.ref_kind or "", include_retired=True):
            if item.retired and item.code not in value:
                continue
            row = QListWidgetItem(item.label(self._language))
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if item.code in value else Qt.CheckState.Unchecked
            )
            listing.addItem(row)
        listing.blockSignals(False)

    def _on_any_edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

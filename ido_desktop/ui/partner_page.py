"""The partner directory (sociale kaart), offline: find a partner and call them together.

Built for the keyboard: Ctrl+F to search, Up/Down to choose, Enter to read the details,
Ctrl+Shift+C to copy the phone number.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.partners import localized, search_partners
from ido_desktop.domain.reference import ReferenceCatalog, RefItem
from ido_desktop.ui.partner_model import PartnerColumn, PartnerModel, placeholder_note
from ido_desktop.ui.roles import ROW_ROLE

LARGE_FACTOR = 2.0  # phone number and opening hours: readable across the desk
_NAVIGATION_KEYS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


def _scaled(label: QLabel, factor: float, bold: bool = True) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class PartnerDetails(QFrame):
    """Everything about one partner, the phone number and opening hours in large type."""

    def __init__(self, catalog: ReferenceCatalog, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self.partner: RefItem | None = None
        self.setAccessibleName(self.tr("Gegevens van de partner"))
        self.setObjectName("partnerDetails")
        self.setStyleSheet("#partnerDetails { background: palette(base); }")

        self.name_label = _selectable(QLabel())
        self.name_label.setAccessibleName(self.tr("Naam"))
        _scaled(self.name_label, 1.4)
        self.category_label = _selectable(QLabel())
        self.category_label.setAccessibleName(self.tr("Categorie"))
        self.category_label.setStyleSheet("color: palette(placeholder-text);")

        self.phone_caption = self._caption(self.tr("Telefoon"))
        self.phone_label = _selectable(QLabel())
        self.phone_label.setAccessibleName(self.tr("Telefoonnummer"))
        self.phone_label.setAccessibleDescription(
            self.tr("Het telefoonnummer van de gekozen partner; Ctrl+Shift+C kopieert het.")
        )
        self.phone_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        _scaled(self.phone_label, LARGE_FACTOR)
        self.placeholder_label = QLabel(placeholder_note())
        self.placeholder_label.setAccessibleName(self.tr("Waarschuwing voorbeeldnummer"))
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setStyleSheet(
            "background: #fde7e9; color: #8a1c1c; border: 1px solid #e3a0a6;"
            " border-radius: 4px; padding: 3px 6px; font-weight: bold;"
        )
        self.copy_button = QPushButton(self.tr("&Kopieer telefoonnummer"))
        self.copy_button.setAccessibleName(self.tr("Kopieer telefoonnummer"))
        self.copy_button.setAccessibleDescription(
            self.tr("Kopieer het telefoonnummer (Ctrl+Shift+C)")
        )
        self.copy_button.setToolTip(self.tr("Kopieer het telefoonnummer (Ctrl+Shift+C)"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copied_label = QLabel()
        self.copied_label.setAccessibleName(self.tr("Kopieermelding"))
        self.copied_label.setStyleSheet("color: #1b6e2d;")
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(4000)
        self._copied_timer.timeout.connect(self.copied_label.clear)

        self.hours_caption = self._caption(self.tr("Openingstijden"))
        self.hours_label = _selectable(QLabel())
        self.hours_label.setAccessibleName(self.tr("Openingstijden"))
        _scaled(self.hours_label, LARGE_FACTOR)

        self.helps_label = self._value(self.tr("Helpt met"))
        self.address_label = self._value(self.tr("Adres"))
        self.website_label = self._value(self.tr("Website"))
        self.website_label.setAccessibleDescription(
            self.tr("De website van de gekozen partner; Enter opent hem in de browser.")
        )
        self.website_label.setOpenExternalLinks(True)
        self.website_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notes_label = self._value(self.tr("Notities"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for caption, value in (
            (self.tr("Helpt met"), self.helps_label),
            (self.tr("Adres"), self.address_label),
            (self.tr("Website"), self.website_label),
            (self.tr("Notities"), self.notes_label),
        ):
            form.addRow(self._caption(caption), value)

        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)

        self.body = QWidget()
        self.body.setAccessibleName(self.tr("Gegevens"))
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name_label)
        body.addWidget(self.category_label)
        body.addSpacing(10)
        body.addWidget(self.phone_caption)
        body.addWidget(self.phone_label)
        body.addWidget(self.placeholder_label)
        body.addLayout(copy_row)
        body.addSpacing(10)
        body.addWidget(self.hours_caption)
        body.addWidget(self.hours_label)
        body.addSpacing(10)
        body.addLayout(form)
        body.addStretch(1)

        self.empty_label = QLabel(self.tr("Kies een partner in de lijst om de gegevens te zien."))
        self.empty_label.setAccessibleName(self.tr("Geen partner gekozen"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Gegevens van de partner"))
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.stack)

        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.show_partner(None)

    def show_partner(self, partner: RefItem | None) -> None:
        """Fill the panel with one partner, or show the hint to choose one."""
        self.partner = partner
        self.copy_button.setEnabled(bool(partner and partner.get("phone")))
        self.copied_label.clear()
        if partner is None:
            self.stack.setCurrentWidget(self.empty_label)
            return
        lang = self._language
        phone = str(partner.get("phone") or "")
        self.name_label.setText(partner.label(lang))
        self.category_label.setText(
            self._catalog.label("partner_categories", partner.get("category"), lang)
        )
        self.phone_label.setText(phone or self.tr("geen nummer bekend"))
        self.placeholder_label.setVisible(bool(partner.get("phone_is_placeholder")))
        self.hours_label.setText(localized(partner, "opening_hours", lang) or "–")
        self.helps_label.setText(localized(partner, "helps_with", lang) or "–")
        self.address_label.setText(str(partner.get("address") or "–"))
        website = str(partner.get("website") or "")
        self.website_label.setText(
            f'<a href="{html.escape(website)}">{html.escape(website)}</a>' if website else "–"
        )
        self.notes_label.setText(localized(partner, "notes", lang) or "–")
        self.stack.setCurrentWidget(self.body)

    def copy_phone(self) -> bool:
        """Put the phone number on the clipboard; returns whether there was one."""
        phone = str(self.partner.get("phone") or "") if self.partner else ""
        if not phone:
            return False
        QGuiApplication.clipboard().setText(phone)
        self.copied_label.setText(self.tr("Gekopieerd naar het klembord."))
        self._copied_timer.start()
        return True

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAccessibleName(text)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _value(self, name: str) -> QLabel:
        label = _selectable(QLabel())
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _on_copy_button_clicked(self) -> None:
        self.copy_phone()


def fill_categories(
    combo: QComboBox, catalog: ReferenceCatalog, language: str, everything: str
) -> None:
    """The category filter: ``everything`` first, then the categories in use; keeps the choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for item in catalog.items("partner_categories"):
        combo.addItem(item.label(language), item.code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class PartnerPage(QWidget):
    """Search field, category filter, result table and the details of the chosen partner."""

    def __init__(
        self, catalog: ReferenceCatalog, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self.setAccessibleName(self.tr("Sociale kaart"))
        self.model = PartnerModel(catalog, language, self)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zoeken in de sociale kaart"))
        self.search.setAccessibleDescription(
            self.tr("Ctrl+F: zoeken · pijltjes: kiezen · Enter: gegevens bekijken")
        )
        self.search.setPlaceholderText(self.tr("Zoek op naam, categorie of waarmee ze helpen"))
        self.search.setClearButtonEnabled(True)
        search_font = self.search.font()
        search_font.setPointSizeF(search_font.pointSizeF() * 1.15)
        self.search.setFont(search_font)
        self.search.setToolTip(
            self.tr("Ctrl+F: zoeken · pijltjes: kiezen · Enter: gegevens bekijken")
        )
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setAccessibleName(self.tr("Zoeken"))
        search_label.setBuddy(self.search)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        self.category.setAccessibleDescription(self.tr("Toon alleen partners uit deze categorie."))
        fill_categories(self.category, catalog, language, self.tr("Alle categorieën"))
        category_label = QLabel(self.tr("&Categorie:"))
        category_label.setAccessibleName(self.tr("Categorie"))
        category_label.setBuddy(self.category)

        self.table = self._build_table()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal gevonden partners"))
        self.legend_label = QLabel(self.tr("* voorbeeldnummer — echte nummer nog invullen"))
        self.legend_label.setAccessibleName(self.tr("Uitleg sterretje"))
        self.legend_label.setStyleSheet("color: palette(placeholder-text);")
        self.details = PartnerDetails(catalog, language)
        details_scroll = QScrollArea()
        details_scroll.setAccessibleName(self.tr("Gegevens van de partner"))
        details_scroll.setAccessibleDescription(
            self.tr("Telefoon, openingstijden, adres en website van de gekozen partner.")
        )
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        details_scroll.setMinimumWidth(340)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 3)
        top.addSpacing(12)
        top.addWidget(category_label)
        top.addWidget(self.category, 1)

        left = QWidget()
        left.setAccessibleName(self.tr("Gevonden partners"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.legend_label)
        left_layout.addLayout(footer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(self.tr("Lijst en gegevens"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(details_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self._on_find_shortcut_activated)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.apply_filter()

    # -- public ----------------------------------------------------------------------------

    def reload_reference(self) -> None:
        """The lists changed (a new configuration): new categories, partners and numbers."""
        fill_categories(self.category, self._catalog, self._language, self.tr("Alle categorieën"))
        self.apply_filter()
        self.details.show_partner(self.selected_partner())

    def apply_filter(self) -> None:
        """Search again with the current text and category, keeping the chosen partner."""
        keep = self.selected_partner()
        rows = search_partners(
            self._catalog, self.search.text(), self.category.currentData(), self._language
        )
        self.model.set_rows(rows)
        if len(rows) == 1:
            self.count_label.setText(self.tr("1 partner gevonden"))
        elif rows:
            self.count_label.setText(self.tr("{n} partners gevonden").format(n=len(rows)))
        else:
            self.count_label.setText(self.tr("Geen partners gevonden. Probeer een ander woord."))
        row = self.model.row_of(keep.code) if keep else -1
        if row >= 0:
            self._select_row(row)
        else:
            self.details.show_partner(None)

    def selected_partner(self) -> RefItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(ROW_ROLE)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- building and helpers --------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Partners"))
        table.setAccessibleDescription(
            self.tr(
                "De partners die bij de zoektekst passen. Pijltjes kiezen, de gegevens staan "
                "ernaast."
            )
        )
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PartnerColumn.HELPS_WITH, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PartnerColumn.NAME, 220)
        header.resizeSection(PartnerColumn.CATEGORY, 170)
        header.resizeSection(PartnerColumn.PHONE, 110)
        return table

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _move_selection(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.selected_partner()
        if current is None:
            row = 0 if delta > 0 else count - 1
        else:
            row = max(0, min(count - 1, self.table.currentIndex().row() + delta))
        self._select_row(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/PageUp/PageDown in the search field move the table selection."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _NAVIGATION_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self._move_selection(_NAVIGATION_KEYS[key])
                return True
        return super().eventFilter(watched, event)

    def _focus_details(self) -> None:
        if self.selected_partner() is None and self.model.rowCount():
            self._select_row(0)
        if self.details.partner is not None:
            self.details.phone_label.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots -----------------------------------------------------------------------------

    def _on_find_shortcut_activated(self) -> None:
        self.focus_search()

    def _on_search_text_changed(self, _text: str) -> None:
        self.apply_filter()

    def _on_search_return_pressed(self) -> None:
        self._focus_details()

    def _on_category_current_index_changed(self, _index: int) -> None:
        self.apply_filter()

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._focus_details()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_partner(current.data(ROW_ROLE) if current.isValid() else None)

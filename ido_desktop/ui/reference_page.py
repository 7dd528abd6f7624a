"""Back office: "Referentiegegevens" (Ctrl+Shift+R): the editors of every reference list and
the configuration for the laptops, one tab each (the choice lists share a tab with a list of
lists). Editors are built when their tab is first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.reference import REFERENCE_KINDS
from ido_desktop.domain.reference_rules import kind_title
from ido_desktop.services.config_service import ConfigService
from ido_desktop.services.reference_admin import ReferenceAdminService
from ido_desktop.services.reference_import import ReferenceImportService
from ido_desktop.ui import style
from ido_desktop.ui.config_panel import ConfigPanel
from ido_desktop.ui.reference_editor import ReferenceListEditor

OWN_TABS = ("partners", "locations", "courses")
CHOICE_LISTS = tuple(kind for kind in REFERENCE_KINDS if kind not in OWN_TABS)


class ReferencePage(QWidget):
    reference_edited = Signal(str)  # kind

    def __init__(
        self,
        admin: ReferenceAdminService,
        sheets: ReferenceImportService,
        configs: ConfigService,
        language: str = "nl",
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._admin, self._sheets, self._language, self._actor = admin, sheets, language, actor
        self.editors: dict[str, ReferenceListEditor] = {}
        self.setAccessibleName(self.tr("Referentiegegevens"))
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet(style.TAB_BAR)
        self.tabs.setAccessibleName(self.tr("Lijsten"))
        self.tabs.setAccessibleDescription(self.tr("De lijsten die de laptops gebruiken"))
        self._stacks: dict[str, QStackedWidget] = {}
        for kind in OWN_TABS:
            holder = QStackedWidget()
            holder.setAccessibleName(kind_title(kind, language))
            self._stacks[kind] = holder
            self.tabs.addTab(holder, kind_title(kind, language))
        choice = QWidget()
        choice.setAccessibleName(self.tr("Keuzelijsten"))
        self.lists = QListWidget()
        self.lists.setAccessibleName(self.tr("Keuzelijst"))
        self.lists.setAccessibleDescription(self.tr("Kies de keuzelijst om te bewerken"))
        self.lists.setMaximumWidth(max(180, self.fontMetrics().averageCharWidth() * 26))
        self.choice_stack = QStackedWidget()
        for kind in CHOICE_LISTS:
            self.lists.addItem(kind_title(kind, language))
            holder = QStackedWidget()
            self._stacks[kind] = holder
            self.choice_stack.addWidget(holder)
        row = QHBoxLayout(choice)
        row.addWidget(self.lists)
        row.addWidget(self.choice_stack, 1)
        self.tabs.addTab(choice, self.tr("Keuzelijsten"))
        self.config_panel = ConfigPanel(configs, language)
        self.tabs.addTab(self.config_panel, self.tr("Configuratie voor laptops"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.lists.currentRowChanged.connect(self._on_lists_current_row_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.lists.setCurrentRow(0)
        self._on_tabs_current_changed(0)

    def editor(self, kind: str) -> ReferenceListEditor:
        """The editor of ``kind``, built now if it was not yet."""
        if kind not in self.editors:
            editor = ReferenceListEditor(
                kind, self._admin, self._sheets, self._language, self._actor
            )
            editor.reference_edited.connect(self._on_editor_reference_edited)
            self._stacks[kind].addWidget(editor)
            self.editors[kind] = editor
        return self.editors[kind]

    def show_kind(self, kind: str) -> ReferenceListEditor:
        if kind in OWN_TABS:
            self.tabs.setCurrentIndex(OWN_TABS.index(kind))
        else:
            self.tabs.setCurrentIndex(len(OWN_TABS))
            self.lists.setCurrentRow(CHOICE_LISTS.index(kind))
        return self.editor(kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_current()

    def _focus_current(self) -> None:
        """The search field of the list shown, so typing finds an item at once."""
        index = self.tabs.currentIndex()
        if 0 <= index < len(OWN_TABS):
            self.editor(OWN_TABS[index]).focus_search()
        elif index == len(OWN_TABS):
            self.lists.setFocus()

    def refresh(self) -> None:
        """Read everything again (the lists may have changed elsewhere)."""
        for editor in self.editors.values():
            if not editor.has_unsaved_changes():
                editor.reload()
        if self.tabs.currentWidget() is self.config_panel:
            self.config_panel.refresh()

    def _on_editor_reference_edited(self, kind: str) -> None:
        for other_kind, editor in self.editors.items():
            if other_kind != kind and not editor.has_unsaved_changes():
                editor.reload()
        self.reference_edited.emit(kind)

    def _on_lists_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(CHOICE_LISTS):
            kind = CHOICE_LISTS[row]
            self.editor(kind)
            self.choice_stack.setCurrentWidget(self._stacks[kind])

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(OWN_TABS):
            self.editor(OWN_TABS[index])
            if self.isVisible():
                self._focus_current()
        elif self.tabs.widget(index) is self.config_panel:
            self.config_panel.refresh()

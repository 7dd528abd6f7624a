"""Back office: the editor of one reference list (sociale kaart, locations, a choice list).

Left: search (Ctrl+F), filters and the list in its order; right: the chosen item's form. Every
action has a key: Alt+N new, Ctrl+S save, Esc undoes unsaved changes, Ctrl+Up/Down moves an
item in the list, Alt+V retires or takes it back. A refused save names what is wrong and puts
the cursor in that field; nothing is stored then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.reference import RefItem
from ido_desktop.domain.reference_cells import editable_values
from ido_desktop.domain.reference_rules import ReferenceDataError, fold, kind_title
from ido_desktop.messages import message
from ido_desktop.services.reference_admin import ReferenceAdminService, SavedChange
from ido_desktop.services.reference_import import ReferenceImportService
from ido_desktop.ui import labels
from ido_desktop.ui.partner_page import fill_categories
from ido_desktop.ui.reference_form import ReferenceForm
from ido_desktop.ui.reference_import_dialog import ReferenceImportDialog
from ido_desktop.ui.reference_model import ReferenceColumn, ReferenceModel
from ido_desktop.ui.roles import ROW_ROLE
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle

ACTIVE, RETIRED, ALL = "active", "retired", "all"


class ReferenceListEditor(QWidget):
    reference_edited = Signal(str)  # kind: a change was stored

    def __init__(
        self,
        kind: str,
        admin: ReferenceAdminService,
        sheets: ReferenceImportService,
        language: str = "nl",
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._admin = admin
        self._sheets = sheets
        self._language = language
        self._actor = actor
        self._catalog = admin.catalog()
        self._original: dict | None = None  # the stored item shown; None: a new item
        self._code: str | None = None
        self._dirty = False
        self._quiet = False  # selection changed by the editor itself, not the user
        self.setAccessibleName(kind_title(kind, language))

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Zoek op naam, code of andere gegevens"))
        self.search.setAccessibleName(self.tr("Zoeken in de lijst"))
        self.search.setAccessibleDescription(
            self.tr("Ctrl+F: zoeken op elk woord van naam, code en gegevens")
        )
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        self.category.setAccessibleDescription(self.tr("Toon alleen partners uit deze categorie."))
        self.category.setVisible(kind == "partners")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Tonen"))
        self.status.setAccessibleDescription(
            self.tr("Toon items in gebruik, vervallen of allebei.")
        )
        self.status.addItem(self.tr("In gebruik en vervallen"), ALL)
        self.status.addItem(self.tr("Alleen in gebruik"), ACTIVE)
        self.status.addItem(self.tr("Alleen vervallen"), RETIRED)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 2)
        filters.addWidget(self.status, 1)

        self.model = ReferenceModel(kind, self._catalog, language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(kind_title(kind, language))
        self.table.setAccessibleDescription(
            self.tr("Pijltjes: kiezen · Ctrl+Up/Down: verplaatsen · Alt+N: nieuw")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(ReferenceColumn.CODE, kind == "partners")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReferenceColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal"))

        self.new_button = QPushButton(self.tr("&Nieuw"))
        self.up_button = QPushButton(self.tr("Omhoog"))
        self.down_button = QPushButton(self.tr("Omlaag"))
        self.export_button = QPushButton(self.tr("&Exporteren…"))
        self.import_button = QPushButton(self.tr("&Importeren…"))
        for button, tip in (
            (self.new_button, self.tr("Een nieuw item toevoegen (Alt+N)")),
            (self.up_button, self.tr("Hoger in de lijst (Ctrl+Up)")),
            (self.down_button, self.tr("Lager in de lijst (Ctrl+Down)")),
            (self.export_button, self.tr("De lijst als spreadsheet opslaan (.xlsx of .csv)")),
            (
                self.import_button,
                self.tr("Een bewerkte spreadsheet inlezen, eerst met een voorvertoning"),
            ),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(tip)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.export_button)
        list_buttons.addWidget(self.import_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(list_buttons)

        self.title = PageTitle("")
        self.form = ReferenceForm(kind, self._catalog, language)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("Gegevens van het item"))
        scroll.setAccessibleDescription(self.tr("Ctrl+S: opslaan · Esc: ongedaan maken"))
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.result = MessageBanner("success", self)
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.save_button = QPushButton(self.tr("Op&slaan (Ctrl+S)"))
        set_primary(self.save_button)
        self.revert_button = QPushButton(self.tr("&Ongedaan maken (Esc)"))
        self.retire_button = QPushButton(self.tr("La&ten vervallen"))
        for button, tip in (
            (self.save_button, self.tr("De wijzigingen opslaan (Ctrl+S)")),
            (self.revert_button, self.tr("Niet opgeslagen wijzigingen weggooien (Esc)")),
            (
                self.retire_button,
                self.tr("Niet meer aanbieden; oude registraties houden het (Alt+T)"),
            ),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().replace("&", "").split(" (")[0])
            button.setAccessibleDescription(tip)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.retire_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.result)
        right_layout.addLayout(form_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)  # only the visible editor's counts
        find.activated.connect(self.focus_search)
        for sequence, slot in (
            (QKeySequence("Ctrl+S"), self.save),
            (QKeySequence("Escape"), self.revert),
            (QKeySequence("Ctrl+Up"), lambda: self.move_item(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_item(1)),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.search.textChanged.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.form.edited.connect(self._on_form_edited)
        self.new_button.clicked.connect(self.new_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.reload()

    # --- state ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again (after a change here, an import, or elsewhere)."""
        if self.kind == "partners":
            everything = self.tr("Alle categorieën")
            fill_categories(self.category, self._catalog, self._language, everything)
        self.apply_filter()

    def apply_filter(self) -> None:
        words = fold(self.search.text()).split()
        query = " ".join(words)
        category = self.category.currentData() if self.kind == "partners" else None
        status = self.status.currentData()
        rows = []
        for item in self._admin.items(self.kind):
            if status == ACTIVE and item.retired or status == RETIRED and not item.retired:
                continue
            if category and item.get("category") != category:
                continue
            haystack = fold(" ".join([item.code, item.nl, item.en, *map(str, item.extra.values())]))
            if all(word in haystack for word in words):
                rows.append(item)
        if words:  # as on the laptop: names that start with the text first, then names with it
            label = {i.code: fold(i.label(self._language)) for i in rows}
            rows.sort(
                key=lambda i: (
                    0
                    if label[i.code].startswith(query)
                    else 1
                    if all(w in label[i.code] for w in words)
                    else 2
                )
            )
        keep = self._code
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("{shown} van {total} getoond").format(
                shown=len(rows), total=len(self._admin.items(self.kind))
            )
        )
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._quiet = True
            self.table.selectRow(row)
            self._quiet = False
        elif self._original is None and self._dirty:
            pass  # a new item being typed stays
        elif rows and keep is None and not self._dirty:
            self.table.selectRow(0)
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected(self) -> RefItem | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _show(self, code: str | None) -> None:
        self.error.clear()
        if code is None:
            self._original, self._code = None, None
            self.title.setText(
                self.tr("Nieuw: {list}").format(list=kind_title(self.kind, self._language))
            )
            self.form.load(editable_values(self.kind, {}), None)
        else:
            self._original = self._admin.stored(self.kind, code)
            self._code = code
            item = self._catalog.get(self.kind, code)
            self.title.setText(item.label(self._language) if item else code)
            self.form.load(editable_values(self.kind, self._original), code)
        self._dirty = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        existing = self._original is not None
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
        self.retire_button.setEnabled(existing and not self._dirty)
        retired = bool(self._original and self._original.get("retired"))
        self.retire_button.setText(
            self.tr("Weer in gebr&uik nemen") if retired else self.tr("La&ten vervallen")
        )
        self.up_button.setEnabled(existing and not self._dirty)
        self.down_button.setEnabled(existing and not self._dirty)

    # --- actions --------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self._may_leave():
            return
        self._quiet = True
        self.table.clearSelection()
        self._quiet = False
        self._show(None)
        self.result.clear()
        self.form.first_field().setFocus()

    def save(self) -> bool:
        if not self._dirty:
            return False
        self.error.clear()
        self.result.clear()
        try:
            if self._original is None:
                saved = self._admin.add(
                    self.kind, self.form.values(), self.form.new_code(), self._actor
                )
            else:
                assert self._code is not None
                saved = self._admin.update(
                    self.kind, self._code, self.form.values(), self._original, self._actor
                )
        except ReferenceDataError as exc:
            self._show_problems(exc)
            return False
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return False
        self._after_change(saved, self.tr("Opgeslagen"))
        return True

    def revert(self) -> None:
        if self._dirty:
            self._show(self._code)
            self.result.clear()

    def toggle_retired(self) -> None:
        if self._original is None or self._code is None or self._dirty:
            return
        retire = not self._original.get("retired")
        try:
            saved = self._admin.set_retired(self.kind, self._code, retire, self._actor)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self._after_change(saved, self.tr("Vervallen") if retire else self.tr("Weer in gebruik"))

    def move_item(self, step: int) -> None:
        if self._code is None or self._dirty:
            return
        try:
            saved = self._admin.move(self.kind, self._code, step, self._actor)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        if saved.changes:
            self._after_change(saved, self.tr("Verplaatst"))

    def _after_change(self, saved: SavedChange, what: str) -> None:
        self._dirty = False
        self._code = saved.code
        self.apply_filter()
        self.select(saved.code)
        self._show(saved.code)
        others = [c for c in saved.changes if c != saved.code]
        text = self.tr(
            "{what}: {label}. Lijst nu versie {version}; schrijf een nieuw configuratiebestand "
            "om de laptops bij te werken."
        ).format(what=what, label=self.title.text(), version=saved.version)
        if others:
            text += " " + self.tr("Ook aangepast: {codes}.").format(codes=", ".join(others))
        self.result.show_message(text)
        self.reference_edited.emit(self.kind)

    def _show_problems(self, error: ReferenceDataError) -> None:
        lines = []
        for problem in error.problems:
            params = dict(problem.params)
            if "item" in params and params["item"] is None:
                params["item"] = ""
            lines.append(message(problem.code, params, self._language))
        self.error.show_message("\n".join(dict.fromkeys(lines)))
        first = error.problems[0].key if error.problems else ""
        self.form.focus_field(first)

    # --- overridable choices (tests replace these) ----------------------------------------

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen. Weggooien?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _choose_export_path(self) -> Path | None:
        name = f"{kind_title(self.kind, 'nl').lower().replace(' ', '-')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lijst opslaan als spreadsheet"),
            name,
            self.tr("Spreadsheet (*.xlsx *.csv)"),
        )
        return Path(path) if path else None

    def _choose_import_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet kiezen"), "", self.tr("Spreadsheet (*.xlsx *.csv)")
        )
        return Path(path) if path else None

    def _run_dialog(self, dialog: ReferenceImportDialog) -> int:
        return dialog.exec()

    def _may_leave(self) -> bool:
        return not self._dirty or self._confirm_discard()

    # --- slots ----------------------------------------------------------------------------

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        item = self.selected()
        if self._quiet or item is None or item.code == self._code:
            return
        if not self._may_leave():
            self._quiet = True
            if self._code is not None:
                self.select(self._code)
            else:
                self.table.clearSelection()
            self._quiet = False
            return
        self.result.clear()
        self._show(item.code)

    def _on_form_edited(self) -> None:
        self._dirty = True
        self._update_buttons()

    def _on_export_button_clicked(self) -> None:
        path = self._choose_export_path()
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            written = self._sheets.export(self.kind, path)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.result.show_message(self.tr("Opgeslagen als {path}").format(path=written))

    def _on_import_button_clicked(self) -> None:
        if not self._may_leave():
            return
        path = self._choose_import_path()
        if path is None:
            return
        dialog = ReferenceImportDialog(
            self._sheets, self.kind, path, self._language, self._actor, self
        )
        accepted = self._run_dialog(dialog)
        applied = dialog.applied
        dialog.deleteLater()
        if accepted and applied is not None:
            self._dirty = False
            self.reload()
            if self._code and self._catalog.get(self.kind, self._code) is not None:
                self._show(self._code)
            self.result.show_message(
                self.tr(
                    "Ingelezen: {added} nieuw, {changed} gewijzigd, {retired} vervallen. "
                    "Schrijf een nieuw configuratiebestand om de laptops bij te werken."
                ).format(
                    added=len(applied.added),
                    changed=len(applied.changed),
                    retired=len(applied.retired),
                )
            )
            self.reference_edited.emit(self.kind)

"""Today's list: what this laptop registered today, to check, edit or delete (with undo)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import StateError
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.services.consult_service import ConsultService
from ido_desktop.ui import labels
from ido_desktop.ui.roles import ID_ROLE, SORT_ROLE
from ido_desktop.ui.today_model import TodayColumn, TodayModel, locale_for
from ido_desktop.ui.today_summary import TodaySummary


class TodayPage(QWidget):
    """The 'Vandaag' tab. Call ``refresh()`` whenever consultations may have changed."""

    edit_requested = Signal(str)  # consult id the user wants to open in the form
    consult_deleted = Signal(str)  # consult id that was tombstoned here
    consult_restored = Signal(str)  # consult id brought back with undo

    def __init__(
        self,
        consults: ConsultService,
        catalog: ReferenceCatalog,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consults = consults
        self._language = language
        self._last_deleted: str | None = None
        self.setAccessibleName(self.tr("Vandaag"))

        self.model = TodayModel(catalog, language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Titel"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)

        self.edit_button = QPushButton(self.tr("&Bewerken"))
        self.edit_button.setAccessibleName(self.tr("Bewerken"))
        self.edit_button.setAccessibleDescription(
            self.tr("Open het gekozen consult in het formulier (Enter)")
        )
        self.edit_button.setToolTip(self.tr("Open het gekozen consult in het formulier (Enter)"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setAccessibleName(self.tr("Verwijderen"))
        self.delete_button.setAccessibleDescription(self.tr("Verwijder het gekozen consult (Del)"))
        self.delete_button.setToolTip(self.tr("Verwijder het gekozen consult (Del)"))

        self.table = self._build_table()
        self.empty_label = QLabel(
            self.tr(
                "Nog geen consulten vandaag. Registreer het eerste consult op het tabblad "
                "Registreren."
            )
        )
        self.empty_label.setAccessibleName(self.tr("Lege lijst"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid);"
            " color: palette(placeholder-text); padding: 24px;"
        )
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Lijst van vandaag"))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.undo_bar = self._build_undo_bar()
        self.summary = TodaySummary(catalog, language)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        left = QWidget()
        left.setAccessibleName(self.tr("Lijst met knoppen"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.undo_bar)
        left_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(self.tr("Lijst en cijfers"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self._split_once = True

        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.setEnabled(False)

        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_shortcut.activated.connect(self._on_delete_button_clicked)
        self.undo_shortcut.activated.connect(self._on_undo_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_once:
            # The list gets most of the width: with large text its columns need it, while the
            # figures only need their tiles' width (the count lists elide long names).
            self._split_once = False
            total = sum(self.splitter.sizes())
            summary = max(self.summary.minimumSizeHint().width(), total * 3 // 10)
            self.splitter.setSizes([total - summary, summary])

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload today's rows and figures, keeping the selected consult selected."""
        keep = self.selected_id()
        today = self._consults.today()
        rows = self._consults.registered_on(today)
        self.model.set_rows(rows, today)
        self.summary.set_summary(self._consults.summary_on(today))
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        day = locale_for(self._language).toString(QDate(today), "dddd d MMMM")
        self.title.setText(self.tr("Vandaag, {day}").format(day=day))
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def selected_id(self) -> str | None:
        """Id of the selected consult, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, consult_id: str) -> bool:
        """Select the row of a consult; returns whether it is in the list."""
        source_row = self.model.row_of(consult_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        return True

    @property
    def undo_available(self) -> bool:
        return self._last_deleted is not None

    # -- building --------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Consulten van vandaag"))
        table.setAccessibleDescription(
            self.tr(
                "Een regel per consult van vandaag. Pijltjes kiezen, Enter bewerkt, Delete "
                "verwijdert."
            )
        )
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(TodayColumn.TIME, Qt.SortOrder.DescendingOrder)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (TodayColumn.ORGANISATIONS, TodayColumn.TOPICS, TodayColumn.RESULTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_undo_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("undoBar")
        bar.setAccessibleName(self.tr("Ongedaan maken"))
        bar.setStyleSheet(
            "#undoBar { background: #fff4ce; border: 1px solid #e0c35c; border-radius: 4px; }"
            "#undoBar QLabel { color: #3d3000; }"
        )
        self.undo_label = QLabel()
        self.undo_label.setAccessibleName(self.tr("Melding verwijderd"))
        self.undo_button = QPushButton(self.tr("&Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.undo_button.setAccessibleDescription(
            self.tr("Zet het verwijderde consult terug (Ctrl+Z).")
        )
        self.undo_close = QToolButton()
        self.undo_close.setText("×")
        self.undo_close.setAutoRaise(True)
        self.undo_close.setAccessibleName(self.tr("Melding sluiten"))
        self.undo_close.setAccessibleDescription(
            self.tr("Verberg deze melding; het consult blijft verwijderd.")
        )
        self.undo_close.setToolTip(self.tr("Melding sluiten"))
        box = QHBoxLayout(bar)
        box.setContentsMargins(10, 4, 4, 4)
        box.addWidget(self.undo_label, 1)
        box.addWidget(self.undo_button)
        box.addWidget(self.undo_close)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_close.clicked.connect(self._on_undo_close_clicked)
        bar.hide()
        return bar

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_error(self, error: StateError) -> None:
        self.undo_label.setText(labels.error_message(error))
        self.undo_button.hide()
        self.undo_bar.show()

    # -- slots -----------------------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        consult_id = index.data(ID_ROLE)
        if consult_id:
            self.edit_requested.emit(consult_id)

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_edit_button_clicked(self) -> None:
        consult_id = self.selected_id()
        if consult_id is not None:
            self.edit_requested.emit(consult_id)

    def _on_delete_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        view_row = rows[0].row()
        consult_id: str = rows[0].data(ID_ROLE)
        time_text = rows[0].siblingAtColumn(TodayColumn.TIME).data()
        try:
            self._consults.delete(consult_id)
        except StateError as error:
            self._show_error(error)
            self.refresh()
            return
        self._last_deleted = consult_id
        self.undo_shortcut.setEnabled(True)
        self.undo_label.setText(self.tr("Consult van {time} verwijderd.").format(time=time_text))
        self.undo_button.show()
        self.undo_bar.show()
        self.refresh()
        if self.proxy.rowCount():
            self.table.selectRow(min(view_row, self.proxy.rowCount() - 1))
        self.table.setFocus()
        self.consult_deleted.emit(consult_id)

    def _on_undo_button_clicked(self) -> None:
        consult_id = self._last_deleted
        if consult_id is None:
            return
        self._last_deleted = None
        self.undo_shortcut.setEnabled(False)
        self.undo_bar.hide()
        try:
            self._consults.undelete(consult_id)
        except StateError as error:
            self._show_error(error)
            self.refresh()
            return
        self.refresh()
        self.select_id(consult_id)
        self.table.setFocus()
        self.consult_restored.emit(consult_id)

    def _on_undo_close_clicked(self) -> None:
        self._last_deleted = None
        self.undo_shortcut.setEnabled(False)
        self.undo_bar.hide()

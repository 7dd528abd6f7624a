"""Today's figures beside the list: consultations, questions, referrals, and per-code counts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.model import CountRow
from ido_desktop.domain.model import TodaySummary as SummaryData
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE

_AnyIndex = QModelIndex | QPersistentModelIndex


class CountColumn(IntEnum):
    LABEL = 0
    COUNT = 1


class CountModel(ListTableModel):
    """``CountRow``s of one reference kind (organisations or topics) with their labels."""

    columns = CountColumn

    def __init__(
        self, catalog: ReferenceCatalog, kind: str, language: str = "nl", parent=None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._kind = kind
        self._language = language
        self._rows: list[CountRow] = []

    def set_rows(self, rows: tuple[CountRow, ...] | list[CountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def header_texts(self) -> dict[Any, str]:
        return {
            CountColumn.LABEL: QCoreApplication.translate("CountModel", "Naam"),
            CountColumn.COUNT: QCoreApplication.translate("CountModel", "Aantal"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CountColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == CountColumn.LABEL:
                return self._catalog.label(self._kind, row.code, self._language)
            return str(row.count)
        if role == SORT_ROLE:
            return row.count if column == CountColumn.COUNT else row.code
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CountColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TodaySummary(QWidget):
    """Counts of today's registrations, refreshed with ``set_summary``."""

    def __init__(self, catalog: ReferenceCatalog, language: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Samenvatting van vandaag"))
        self.organisation_model = CountModel(catalog, "organisations", language, self)
        self.topic_model = CountModel(catalog, "topics", language, self)

        title = QLabel(self.tr("Vandaag in cijfers"))
        title.setAccessibleName(self.tr("Vandaag in cijfers"))
        title.setObjectName("sectionTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)

        tiles = QGridLayout()
        tiles.setHorizontalSpacing(8)
        for column in range(3):
            tiles.setColumnStretch(column, 1)
        self.consultations_value = self._tile(tiles, 0, self.tr("Consulten"))
        self.questions_value = self._tile(tiles, 1, self.tr("Vragen"))
        self.referrals_value = self._tile(tiles, 2, self.tr("Doorverwijzingen"))

        self.organisation_view = self._count_view(
            self.organisation_model, self.tr("Per organisatie")
        )
        self.topic_view = self._count_view(self.topic_model, self.tr("Per onderwerp"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(tiles)
        layout.addSpacing(6)
        layout.addWidget(self._heading(self.tr("Per organisatie")))
        layout.addWidget(self.organisation_view, 1)
        layout.addWidget(self._heading(self.tr("Per onderwerp")))
        layout.addWidget(self.topic_view, 1)

    def set_summary(self, summary: SummaryData) -> None:
        """Show new figures."""
        self.consultations_value.setText(str(summary.consultations))
        self.questions_value.setText(str(summary.questions))
        self.referrals_value.setText(str(summary.referrals))
        self.organisation_model.set_rows(summary.by_organisation)
        self.topic_model.set_rows(summary.by_topic)

    def _tile(self, grid: QGridLayout, column: int, caption: str) -> QLabel:
        frame = QFrame()
        frame.setObjectName("summaryTile")
        frame.setAccessibleName(caption)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "#summaryTile { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        value = QLabel("0")
        value.setAccessibleName(caption)
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 2.0)
        value.setFont(font)
        label = QLabel(caption)
        label.setAccessibleName(self.tr("Bijschrift {caption}").format(caption=caption))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(frame)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(0)
        box.addWidget(value)
        box.addWidget(label)
        grid.addWidget(frame, 0, column)
        return value

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAccessibleName(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _count_view(self, model: CountModel, name: str) -> QTableView:
        view = QTableView()
        view.setAccessibleName(name)
        view.setAccessibleDescription(self.tr("Aantallen van vandaag, grootste eerst."))
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(CountColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CountColumn.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        return view

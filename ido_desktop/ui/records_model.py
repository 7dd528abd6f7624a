"""Table model of the records browser: an ordered list of ids, rows fetched a page at a time.

Like Anki's browser table, the model holds only the consult ids the search found (a million
is a few tens of megabytes) and asks the service for the rows of a page (``PAGE_SIZE`` ids) the
first time the view shows one of them. A few pages stay cached, least recently used first out.
A search shows its first page as soon as the database has it (:meth:`set_ids`) and appends the
rest when the whole list is in (:meth:`append_ids`), so the view does not jump.

Sorting is done by the database: :meth:`sort` only says which order was asked for
(``sort_requested``); the page searches again and hands the new ids to :meth:`set_ids`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ido_desktop.domain.partners import fold
from ido_desktop.domain.records import RecordRow, RecordSort
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.ui import labels
from ido_desktop.ui.list_model import HeaderedTableModel
from ido_desktop.ui.roles import ID_ROLE, ROW_ROLE, SORT_ROLE
from ido_desktop.ui.today_model import locale_for

translate = QCoreApplication.translate

_AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
CACHED_PAGES = 6


class RecordColumn(IntEnum):
    DATE = 0
    PART_OF_DAY = 1
    LOCATION = 2
    DEVICE = 3
    ORGANISATIONS = 4
    TOPICS = 5
    HELP = 6
    RESULTS = 7
    REFERRALS = 8
    REVISION = 9


# The columns the database can sort on, and how.
SORTABLE: dict[RecordColumn, RecordSort] = {
    RecordColumn.DATE: RecordSort.CONSULT_DATE,
    RecordColumn.PART_OF_DAY: RecordSort.CONSULT_DATE,
    RecordColumn.LOCATION: RecordSort.LOCATION,
    RecordColumn.DEVICE: RecordSort.DEVICE,
}
SORT_COLUMN: dict[RecordSort, RecordColumn] = {
    RecordSort.CONSULT_DATE: RecordColumn.DATE,
    RecordSort.CREATED_AT: RecordColumn.DATE,
    RecordSort.LOCATION: RecordColumn.LOCATION,
    RecordSort.DEVICE: RecordColumn.DEVICE,
}


class RecordsModel(HeaderedTableModel):
    """Rows are ``RecordRow``s of the ids given to :meth:`set_ids`, fetched lazily."""

    columns = RecordColumn
    sort_requested = Signal(object, bool)  # RecordSort, descending

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[str]], list[RecordRow]],
        catalog: ReferenceCatalog,
        language: str = "nl",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._catalog = catalog
        self._language = language
        self._locale = locale_for(language)
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, RecordRow]] = OrderedDict()
        self.fetches = 0  # pages fetched since the last set_ids, for the curious and the tests

    # -- data in ---------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[str]) -> None:
        """Show these consult ids, in this order; nothing is fetched until it is shown."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.fetches = 0
        self.endResetModel()

    def append_ids(self, more: Sequence[str]) -> None:
        """Add ids after the shown ones (the rest of a search whose first page is shown)."""
        if not more:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._ids.extend(more)
        self.endInsertRows()

    def ids(self) -> list[str]:
        return list(self._ids)

    def shows_start_of(self, ids: Sequence[str]) -> bool:
        """Whether the shown ids are the first ones of ``ids`` (and there are some)."""
        n = len(self._ids)
        return 0 < n <= len(ids) and list(ids[:n]) == self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, consult_id: str) -> int:
        try:
            return self._ids.index(consult_id)
        except ValueError:
            return -1

    def forget(self) -> None:
        """Drop the cached rows (they changed); the view fetches them again when shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(RecordColumn) - 1)
            )

    def row(self, number: int) -> RecordRow | None:
        """The row at ``number``, fetching its page when it is not cached."""
        if not 0 <= number < len(self._ids):
            return None
        page_number = number // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            ids = self._ids[start : start + PAGE_SIZE]
            page = {r.id: r for r in self._fetch_rows(ids)}
            self.fetches += 1
            self._pages[page_number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[number])

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RecordColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for another order; the search runs again in the database."""
        if 0 <= column < len(RecordColumn) and RecordColumn(column) in SORTABLE:
            descending = order == Qt.SortOrder.DescendingOrder
            self.sort_requested.emit(SORTABLE[RecordColumn(column)], descending)

    def header_texts(self) -> dict[Any, str]:
        return {
            RecordColumn.DATE: translate("RecordsModel", "Datum"),
            RecordColumn.PART_OF_DAY: translate("RecordsModel", "Dagdeel"),
            RecordColumn.LOCATION: translate("RecordsModel", "Locatie"),
            RecordColumn.DEVICE: translate("RecordsModel", "Laptop"),
            RecordColumn.ORGANISATIONS: translate("RecordsModel", "Organisatie"),
            RecordColumn.TOPICS: translate("RecordsModel", "Onderwerp"),
            RecordColumn.HELP: translate("RecordsModel", "Hulp"),
            RecordColumn.RESULTS: translate("RecordsModel", "Resultaat"),
            RecordColumn.REFERRALS: translate("RecordsModel", "Doorverw."),
            RecordColumn.REVISION: translate("RecordsModel", "Versie"),
        }

    def header_tips(self) -> dict[Any, str]:
        return {
            RecordColumn.DATE: translate("RecordsModel", "Datum van het consult"),
            RecordColumn.DEVICE: translate("RecordsModel", "Apparaat dat het consult vastlegde"),
            RecordColumn.REFERRALS: translate(
                "RecordsModel", "Aantal doorverwijzingen; ‘warm’ bij een warme doorverwijzing"
            ),
            RecordColumn.REVISION: translate("RecordsModel", "Versienummer van het consult"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if int(role) not in _ROW_ROLES:
            return None
        row = self.row(index.row())
        if row is None:  # gone since the search (purged or deleted): an empty line
            return None
        column = RecordColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column in _LIST_COLUMNS:
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RecordColumn.REFERRALS,
            RecordColumn.REVISION,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _labels(self, kind: str, codes: tuple[str, ...]) -> str:
        return ", ".join(self._catalog.label(kind, code, self._language) for code in codes)

    def _display(self, row: RecordRow, column: RecordColumn) -> str:
        if column == RecordColumn.DATE:
            day = QDate(row.consult_date.year, row.consult_date.month, row.consult_date.day)
            return self._locale.toString(day, "ddd d MMM yyyy")
        if column == RecordColumn.PART_OF_DAY:
            return labels.part_of_day(row.part_of_day)
        if column == RecordColumn.LOCATION:
            return self._catalog.label("locations", row.location_code, self._language)
        if column == RecordColumn.DEVICE:
            return row.device_name
        if column == RecordColumn.ORGANISATIONS:
            return self._labels("organisations", row.organisations)
        if column == RecordColumn.TOPICS:
            return self._labels("topics", row.topics)
        if column == RecordColumn.HELP:
            return self._labels("help_forms", row.help_forms)
        if column == RecordColumn.RESULTS:
            return self._labels("results", row.results)
        if column == RecordColumn.REFERRALS:
            if not row.referral_count:
                return "–"
            if row.warm:
                return translate("RecordsModel", "{n} · warm").format(n=row.referral_count)
            return str(row.referral_count)
        return str(row.revision)

    def _sort_value(self, row: RecordRow, column: RecordColumn) -> Any:
        if column == RecordColumn.DATE:
            return row.consult_date.toordinal()
        if column == RecordColumn.REFERRALS:
            return row.referral_count
        if column == RecordColumn.REVISION:
            return row.revision
        return fold(self._display(row, column))


_ROW_ROLES = {
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.TextAlignmentRole),
    SORT_ROLE,
    ROW_ROLE,
}
_LIST_COLUMNS = (
    RecordColumn.ORGANISATIONS,
    RecordColumn.TOPICS,
    RecordColumn.HELP,
    RecordColumn.RESULTS,
)

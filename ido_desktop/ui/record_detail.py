"""One consultation in the records browser: its fields, questions, referrals and history."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.records import RecordDetail, RecordRevisionInfo, RevisionSource
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.vocab import Warmth
from ido_desktop.ui import labels
from ido_desktop.ui.list_model import ListTableModel
from ido_desktop.ui.roles import ROW_ROLE, SORT_ROLE
from ido_desktop.ui.today_model import locale_for

translate = QCoreApplication.translate
_AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    REVISION = 0
    RECORD = 1
    SOURCE = 2
    DEVICE = 3
    FILE = 4
    WHEN = 5


def source_label(source: str) -> str:
    return {
        RevisionSource.IMPORT.value: translate("RecordDetail", "Ingelezen"),
        RevisionSource.LOCAL.value: translate("RecordDetail", "Hier geregistreerd"),
        RevisionSource.CORRECTION.value: translate("RecordDetail", "Correctie"),
    }.get(source, source)


def short_warmth(warmth: str) -> str:
    return {
        Warmth.KOUD: translate("RecordDetail", "koud"),
        Warmth.WARM_CONTACT: translate("RecordDetail", "warm contact"),
        Warmth.WARME_OVERDRACHT: translate("RecordDetail", "warme overdracht"),
    }.get(Warmth(warmth), warmth)


def kind_label(kind: str) -> str:
    return {
        "spreekuur": translate("RecordDetail", "Spreekuur"),
        "consult": translate("RecordDetail", "Consult"),
        "vraag": translate("RecordDetail", "Vraag"),
        "doorverwijzing": translate("RecordDetail", "Doorverwijzing"),
    }.get(kind, kind)


class HistoryModel(ListTableModel):
    """The revisions of a consultation's records, oldest first."""

    columns = HistoryColumn

    def __init__(self, language: str = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = locale_for(language)
        self._rows: list[RecordRevisionInfo] = []
        self._numbers: dict[str, int] = {}  # question id -> 1-based number, for "Vraag 2"

    def set_rows(self, rows: list[RecordRevisionInfo], numbers: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = dict(numbers)
        self.endResetModel()

    def header_texts(self) -> dict[Any, str]:
        return {
            HistoryColumn.REVISION: translate("RecordDetail", "Versie"),
            HistoryColumn.RECORD: translate("RecordDetail", "Onderdeel"),
            HistoryColumn.SOURCE: translate("RecordDetail", "Bron"),
            HistoryColumn.DEVICE: translate("RecordDetail", "Laptop"),
            HistoryColumn.FILE: translate("RecordDetail", "Synchronisatiebestand"),
            HistoryColumn.WHEN: translate("RecordDetail", "Wanneer"),
        }

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == HistoryColumn.REVISION:
                return row.revision
            if column == HistoryColumn.WHEN:
                return row.recorded_at.timestamp()
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: RecordRevisionInfo, column: HistoryColumn) -> str:
        if column == HistoryColumn.REVISION:
            return str(row.revision)
        if column == HistoryColumn.RECORD:
            number = self._numbers.get(row.record_id)
            if row.kind == "vraag" and number:
                return translate("RecordDetail", "Vraag {n}").format(n=number)
            return kind_label(row.kind)
        if column == HistoryColumn.SOURCE:
            return source_label(row.source)
        if column == HistoryColumn.DEVICE:
            return row.device_name
        if column == HistoryColumn.FILE:
            if row.file_name is None:
                return "–"
            return translate("RecordDetail", "{file} (nr. {sequence})").format(
                file=row.file_name, sequence=row.sequence
            )
        when = QDateTime.fromSecsSinceEpoch(int(row.recorded_at.timestamp()))
        return self._locale.toString(when, "d MMM yyyy HH:mm")


class RecordDetailView(QWidget):
    """Shows one ``RecordDetail``; "Corrigeren…" asks the page to open the correction dialog."""

    correct_requested = Signal(str)  # consult id

    def __init__(
        self, catalog: ReferenceCatalog, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self._locale = locale_for(language)
        self.record: RecordDetail | None = None
        self.setAccessibleName(self.tr("Gekozen consult"))

        self.title = QLabel(self.tr("Kies een consult in de lijst."))
        self.title.setAccessibleName(self.tr("Gekozen consult"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.correct_button = QPushButton(self.tr("&Corrigeren…"))
        self.correct_button.setAccessibleName(self.tr("Corrigeren"))
        self.correct_button.setAccessibleDescription(
            self.tr("Corrigeer het gekozen consult; de oude versie blijft bewaard.")
        )
        self.correct_button.setToolTip(
            self.tr("Corrigeer dit consult; de correctie wordt een nieuwe versie")
        )
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.correct_button)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Gegevens van het consult"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions = QLabel()
        self.questions.setAccessibleName(self.tr("Vragen en doorverwijzingen"))
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        history_title = QLabel(self.tr("Geschiedenis"))
        history_title.setAccessibleName(self.tr("Geschiedenis"))
        history_title.setFont(font)
        self.history_note = QLabel()
        self.history_note.setAccessibleName(self.tr("Toelichting bij de geschiedenis"))
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet("color: #5f6368;")
        self.history_model = HistoryModel(language, self)
        self.history = QTableView()
        self.history.setAccessibleName(self.tr("Versies van dit consult"))
        self.history.setAccessibleDescription(
            self.tr("Wie wat wanneer heeft veranderd aan dit consult.")
        )
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryColumn.FILE, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.questions)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.history_note)

    # --- showing --------------------------------------------------------------------------

    def show_record(self, record: RecordDetail | None) -> None:
        self.record = record
        self.correct_button.setEnabled(record is not None and not record.deleted)
        if record is None:
            self.title.setText(self.tr("Kies een consult in de lijst."))
            for label in (self.summary, self.questions, self.history_note):
                label.clear()
            self.history_model.set_rows([], {})
            return
        location = self._catalog.label("locations", record.location_code, self._language)
        day = self._date_text(record)
        self.title.setText(
            self.tr("Consult van {date}, {part}").format(
                date=day, part=labels.part_of_day(record.part_of_day).lower()
            )
        )
        lines = [
            self.tr("Locatie: {location} · medewerker {staff}").format(
                location=location, staff=record.staff_code
            ),
            self.tr("Laptop: {device} · versie {revision}").format(
                device=record.device_name, revision=record.revision
            ),
            " · ".join(
                (
                    labels.channel(record.channel),
                    labels.duration_band(record.duration_band),
                    labels.found_via(record.found_via),
                    labels.age_band(record.age_band),
                )
            ),
        ]
        if record.deleted:
            lines.append(self.tr("Dit consult is verwijderd."))
        self.summary.setText("\n".join(lines))
        self.questions.setText("\n".join(self._question_lines(record)))
        numbers = {q.id: n for n, q in enumerate(record.questions, start=1)}
        self.history_model.set_rows(list(record.history), numbers)
        self.history.scrollToBottom()
        if not record.history or min(h.revision for h in record.history) > 1:
            self.history_note.setText(
                self.tr("Versies van vóór de registratie van de geschiedenis zijn niet bewaard.")
            )
        else:
            self.history_note.clear()

    def _date_text(self, record: RecordDetail) -> str:
        d = record.consult_date
        return self._locale.toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy")

    def _question_lines(self, record: RecordDetail) -> list[str]:
        label = self._catalog.label
        language = self._language
        lines = []
        for number, q in enumerate(record.questions, start=1):
            organisations = ", ".join(label("organisations", o, language) for o in q.organisations)
            helps = ", ".join(label("help_forms", h, language) for h in q.help_forms)
            lines.append(
                self.tr("Vraag {n}: {organisations} — {topic}; {help}; {result}").format(
                    n=number,
                    organisations=organisations,
                    topic=label("topics", q.topic, language),
                    help=helps,
                    result=label("results", q.result, language),
                )
            )
            if q.note:
                lines.append(self.tr("    Notitie: {note}").format(note=q.note))
            for r in q.referrals:
                target = (
                    label("partners", r.partner_code, language)
                    if r.partner_code
                    else label("courses", r.course_code, language)
                    if r.course_code
                    else label("partner_categories", r.category_code, language)
                )
                lines.append(
                    self.tr("    Doorverwezen naar {target} ({warmth})").format(
                        target=target, warmth=short_warmth(r.warmth)
                    )
                )
        return lines

    def _on_correct_button_clicked(self) -> None:
        if self.record is not None:
            self.correct_requested.emit(self.record.id)

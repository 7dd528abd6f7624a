"""Correcting a consultation in the back office: the fields staff most often get wrong.

Per question: organisation, topic, result and forms of help; for the consult: date, part of
day and channel. Everything else is kept as it is. Saving stores new revisions (the service
writes the history and the audit entry); the dialog stays open with the reason on an error.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.vocab import Channel, PartOfDay
from ido_desktop.services.records_service import RecordsService
from ido_desktop.ui import labels
from ido_desktop.ui.widgets import Choice, MessageBanner, SearchCombo


class _QuestionBox(QGroupBox):
    def __init__(
        self, number: int, question: QuestionDraft, catalog: ReferenceCatalog, language: str
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Vraag {n}").format(n=number))
        self.setAccessibleName(self.tr("Vraag {n}").format(n=number))
        self.question = question

        def choices(kind: str) -> list[Choice]:
            return [Choice(i.code, i.label(language)) for i in catalog.items(kind)]

        self.organisation = SearchCombo()
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        self.organisation.set_choices(choices("organisations"))
        self.topic = SearchCombo()
        self.topic.setAccessibleName(self.tr("Onderwerp"))
        self.topic.set_choices(choices("topics"))
        for combo, kind, code in (
            (self.organisation, "organisations", (question.organisations or (None,))[0]),
            (self.topic, "topics", question.topic),
        ):
            item = catalog.get(kind, code)
            if item is not None:
                combo.add_choice(Choice(item.code, item.label(language)))  # even if retired
            combo.set_current_code(code)
        self.result = QComboBox()
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.result.setAccessibleDescription(self.tr("Het resultaat van deze vraag."))
        for item in catalog.items("results"):
            self.result.addItem(item.label(language), item.code)
        self.result.setCurrentIndex(max(0, self.result.findData(question.result)))
        self.helps: dict[str, QCheckBox] = {}
        help_box = QWidget()
        help_box.setAccessibleName(self.tr("Vorm van hulp"))
        grid = QGridLayout(help_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, item in enumerate(catalog.items("help_forms")):
            box = QCheckBox(item.label(language))
            box.setAccessibleName(item.label(language))
            box.setAccessibleDescription(
                self.tr("Vorm van hulp bij deze vraag; spatie zet het aan of uit.")
            )
            box.setChecked(item.code in question.help_forms)
            self.helps[item.code] = box
            grid.addWidget(box, position // 3, position % 3)

        form = QFormLayout(self)
        form.addRow(self.tr("Organisatie:"), self.organisation)
        form.addRow(self.tr("Onderwerp:"), self.topic)
        form.addRow(self.tr("Resultaat:"), self.result)
        form.addRow(self.tr("Vorm van hulp:"), help_box)

    def draft(self) -> QuestionDraft:
        organisation = self.organisation.current_code()
        rest = tuple(o for o in self.question.organisations[1:] if o != organisation)
        return replace(
            self.question,
            organisations=((organisation,) if organisation else ()) + rest,
            topic=self.topic.current_code(),
            result=self.result.currentData(),
            help_forms=tuple(code for code, box in self.helps.items() if box.isChecked()),
        )


class CorrectionDialog(QDialog):
    """Corrects one consultation; ``saved`` is True after a correction was stored."""

    def __init__(
        self,
        records: RecordsService,
        draft: ConsultDraft,
        catalog: ReferenceCatalog,
        language: str,
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._draft = draft
        self._actor = actor
        self.saved = False
        self.setWindowTitle(self.tr("Consult corrigeren"))
        self.setAccessibleName(self.tr("Consult corrigeren"))

        d = draft.consult_date
        self.date = QDateEdit(QDate(d.year, d.month, d.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(self.tr("Datum"))
        self.date.setAccessibleDescription(self.tr("De datum van het consult."))
        self.part_of_day = QComboBox()
        self.part_of_day.setAccessibleName(self.tr("Dagdeel"))
        self.part_of_day.setAccessibleDescription(self.tr("Ochtend, middag of avond."))
        for part in PartOfDay:
            self.part_of_day.addItem(labels.part_of_day(part), part.value)
        self.part_of_day.setCurrentIndex(self.part_of_day.findData(draft.part_of_day.value))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanaal"))
        self.channel.setAccessibleDescription(
            self.tr("Hoe de bezoeker ons bereikte: aan de balie, telefonisch of anders.")
        )
        for channel in Channel:
            self.channel.addItem(labels.channel(channel), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(draft.channel.value))

        consult_form = QFormLayout()
        for text, widget in (
            (self.tr("&Datum:"), self.date),
            (self.tr("Dag&deel:"), self.part_of_day),
            (self.tr("&Kanaal:"), self.channel),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            consult_form.addRow(label, widget)

        self.question_boxes = [
            _QuestionBox(n, q, catalog, language) for n, q in enumerate(draft.questions, start=1)
        ]
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        for box in self.question_boxes:
            questions_layout.addWidget(box)
        questions_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Vragen"))
        scroll.setAccessibleDescription(self.tr("De vragen van dit consult."))
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)

        hint = QLabel(
            self.tr(
                "De correctie wordt een nieuwe versie van het consult. De oude versie blijft "
                "in de geschiedenis staan."
            )
        )
        hint.setWordWrap(True)
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Correctie opslaan"))
        save.setAccessibleName(self.tr("Correctie opslaan"))
        save.setAccessibleDescription(
            self.tr("Sla de correctie op als nieuwe versie; de oude blijft bewaard.")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit zonder iets te veranderen."))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(consult_form)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def corrected_draft(self) -> ConsultDraft:
        return replace(
            self._draft,
            consult_date=_python_date(self.date.date()),
            part_of_day=PartOfDay(self.part_of_day.currentData()),
            channel=Channel(self.channel.currentData()),
            questions=tuple(box.draft() for box in self.question_boxes),
        )

    def save(self) -> bool:
        """Store the correction; on an error, show it and stay open."""
        try:
            self.saved = self._records.correct(self.corrected_draft(), self._actor)
        except IdoError as exc:
            self.error.show_message(labels.error_message(exc))
            return False
        self.accept()
        return True


def _python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

"""Back office: "Configuratie voor laptops": what changed since the last configuration file,
which laptops run an older one (and what they miss), and writing the signed file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.reference_diff import KindDiff
from ido_desktop.domain.reference_rules import kind_title
from ido_desktop.services.config_service import ConfigOverview, ConfigService
from ido_desktop.ui import labels
from ido_desktop.ui.style import set_primary
from ido_desktop.ui.widgets import MessageBanner, PageTitle


class ConfigPanel(QWidget):
    config_written = Signal(str)  # path of the configuration file

    def __init__(self, configs: ConfigService, language: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self._configs = configs
        self._language = language
        self.overview: ConfigOverview | None = None
        self.setAccessibleName(self.tr("Configuratie voor laptops"))
        title = PageTitle(self.tr("Configuratie voor laptops"))
        intro = QLabel(
            self.tr(
                "Laptops krijgen de lijsten (locaties, sociale kaart, cursussen, keuzelijsten) "
                "in een ondertekend configuratiebestand. Zet het op de USB-stick: bij "
                "Synchroniseren biedt de laptop het aan."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Uitleg"))
        self.latest_label = QLabel()
        self.latest_label.setAccessibleName(self.tr("Nieuwste configuratie"))
        self.pending = QPlainTextEdit()
        self.pending.setReadOnly(True)
        self.pending.setAccessibleName(self.tr("Gewijzigd sinds het laatste configuratiebestand"))
        self.pending.setAccessibleDescription(
            self.tr("Wat een nieuw configuratiebestand meebrengt")
        )
        self.pending.setMaximumHeight(self.fontMetrics().height() * 8)
        pending_label = QLabel(self.tr("&Gewijzigd sinds het laatste configuratiebestand:"))
        pending_label.setBuddy(self.pending)
        self.laptops = QTableWidget(0, 3)
        self.laptops.setAccessibleName(self.tr("Laptops en hun configuratie"))
        self.laptops.setAccessibleDescription(
            self.tr("Per laptop de configuratie die hij gebruikt en wat hij nog mist")
        )
        self.laptops.setHorizontalHeaderLabels(
            [self.tr("Laptop"), self.tr("Configuratie"), self.tr("Mist nog")]
        )
        self.laptops.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.laptops.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.laptops.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.laptops.verticalHeader().hide()
        laptops_label = QLabel(self.tr("&Laptops:"))
        laptops_label.setBuddy(self.laptops)
        self.write_button = QPushButton(self.tr("Configuratiebestand &schrijven…"))
        self.write_button.setAccessibleName(self.tr("Configuratiebestand schrijven"))
        self.write_button.setAccessibleDescription(
            self.tr("Schrijf het ondertekende configuratiebestand (.idopair) voor de laptops")
        )
        set_primary(self.write_button)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.result = MessageBanner("success", self)
        self.result.setAccessibleName(self.tr("Resultaat"))
        self.error = MessageBanner("error", self)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (title, intro, self.latest_label, pending_label, self.pending, laptops_label):
            layout.addWidget(widget)
        layout.addWidget(self.laptops, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def describe(self, diffs: tuple[KindDiff, ...] | list[KindDiff]) -> list[str]:
        lines = []
        for diff in diffs:
            parts = []
            counts = diff.counts()
            for key, text in (
                ("added", self.tr("{n} nieuw")),
                ("changed", self.tr("{n} gewijzigd")),
                ("retired", self.tr("{n} vervallen")),
                ("restored", self.tr("{n} weer in gebruik")),
            ):
                if counts[key]:
                    parts.append(text.format(n=counts[key]))
            if diff.reordered and not parts:
                parts.append(self.tr("andere volgorde"))
            lines.append(f"{kind_title(diff.kind, self._language)}: {', '.join(parts)}")
        return lines

    def refresh(self) -> None:
        overview = self._configs.overview()
        self.overview = overview
        if overview.latest:
            self.latest_label.setText(
                self.tr("Nieuwste configuratiebestand: versie {n}.").format(n=overview.latest)
            )
        else:
            self.latest_label.setText(self.tr("Er is nog geen configuratiebestand geschreven."))
        pending = self.describe(overview.pending)
        if not overview.latest:
            pending = [self.tr("Alle lijsten (eerste configuratiebestand).")]
        self.pending.setPlainText(
            "\n".join(pending) or self.tr("Niets: de laptops kunnen de nieuwste hebben.")
        )
        self.laptops.setRowCount(len(overview.laptops))
        for row, laptop in enumerate(overview.laptops):
            if laptop.config_version is None:
                version = self.tr("onbekend (nog geen synchronisatiebestand van versie 2)")
                missing = "–"
            elif laptop.outdated:
                version = self.tr("⚠ versie {n} (ouder)").format(n=laptop.config_version)
                missing = (
                    "; ".join(self.describe(laptop.changes or ()))
                    if laptop.changes is not None
                    else self.tr("onbekend")
                )
            else:
                version = self.tr("✔ versie {n}").format(n=laptop.config_version)
                missing = "; ".join(self.describe(laptop.changes or ())) or "–"
            name = laptop.name + (self.tr(" (ingetrokken)") if laptop.revoked else "")
            for column, text in enumerate((name, version, missing)):
                cell = QTableWidgetItem(text)
                if column == 1 and laptop.outdated:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.laptops.setItem(row, column, cell)
        self.laptops.resizeColumnsToContents()

    def _choose_target(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Configuratiebestand opslaan"),
            "configuratie.idopair",
            self.tr("IDO-koppelbestand (*.idopair)"),
        )
        return Path(path) if path else None

    def _on_write_button_clicked(self) -> None:
        self.result.clear()
        self.error.clear()
        path = self._choose_target()
        if path is None:
            return
        if path.suffix != ".idopair":
            path = path.with_suffix(".idopair")
        try:
            written = self._configs.write(path)
        except IdoError as exc:
            self.error.show_message(labels.any_error_message(exc, self._language))
            return
        self.refresh()
        self.result.show_message(
            self.tr(
                "Configuratiebestand versie {n} geschreven: {path}. Zet het op de USB-stick; "
                "de laptops bieden het aan bij Synchroniseren."
            ).format(n=self.overview.latest if self.overview else "?", path=written)
        )
        self.config_written.emit(str(written))

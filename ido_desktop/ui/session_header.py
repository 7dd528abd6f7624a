"""The bar at the top: where you are, since when, and how many consultations today."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ido_desktop.domain.model import Spreekuur
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.ui import style


def _scale_font(label: QLabel, factor: float) -> None:
    """Bigger text that still follows the system font size."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


class SessionHeader(QWidget):
    start_requested = Signal()
    close_requested = Signal()

    def __init__(self, catalog: ReferenceCatalog, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        self.setObjectName("sessionHeader")
        self.setStyleSheet(style.HEADER)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # let the style paint it
        self.setAccessibleName(self.tr("Spreekuur en tellers"))
        self.where = QLabel()
        self.where.setObjectName("headerWhere")
        self.where.setWordWrap(True)  # a long location name wraps at large text sizes
        _scale_font(self.where, 1.5)
        self.where.setAccessibleName(self.tr("Huidige locatie"))
        self.since = QLabel()
        self.since.setAccessibleName(self.tr("Spreekuur sinds"))
        self.since.setWordWrap(True)  # never let the header force a wide window
        self.since.setMinimumWidth(80)
        self.count = QLabel()
        self.count.setObjectName("headerCount")
        _scale_font(self.count, 1.3)
        self.count.setAccessibleName(self.tr("Consulten vandaag"))
        self.start_button = QPushButton(self.tr("Spreekuur starten (Ctrl+Shift+S)"))
        self.start_button.setAccessibleName(self.tr("Spreekuur starten"))
        self.start_button.setAccessibleDescription(
            self.tr("Open een spreekuur om consulten te registreren (Ctrl+Shift+S).")
        )
        self.start_button.setToolTip(self.tr("Spreekuur starten (Ctrl+Shift+S)"))
        self.start_button.clicked.connect(self.start_requested)
        self.close_button = QPushButton(self.tr("Spreekuur sluiten (Ctrl+Shift+E)"))
        self.close_button.setAccessibleName(self.tr("Spreekuur sluiten"))
        self.close_button.setAccessibleDescription(
            self.tr("Sluit het spreekuur aan het eind van de dag (Ctrl+Shift+E).")
        )
        self.close_button.setToolTip(self.tr("Spreekuur sluiten (Ctrl+Shift+E)"))
        self.close_button.clicked.connect(self.close_requested)

        # Where above since-when, so large text does not make the header wider than the screen.
        place = QVBoxLayout()
        place.setSpacing(0)
        place.addWidget(self.where)
        place.addWidget(self.since)
        # The pages set the window's minimum width; the header's wrapping labels follow it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addLayout(place, 1)
        layout.addWidget(self.count)
        layout.addSpacing(16)
        layout.addWidget(self.start_button)
        layout.addWidget(self.close_button)

    def show_state(self, spreekuur: Spreekuur | None, consultations_today: int) -> None:
        if spreekuur is None:
            self.where.setText(self.tr("Geen spreekuur geopend"))
            self.since.setText(self.tr("Start een spreekuur om consulten te registreren."))
        else:
            location = self._catalog.get("locations", spreekuur.location_code)
            name = location.label(self._language) if location else spreekuur.location_code
            self.where.setText(name)
            self.since.setText(
                self.tr("sinds {time} · medewerker {staff}").format(
                    time=spreekuur.started_at.astimezone().strftime("%H:%M"),
                    staff=spreekuur.staff_code,
                )
            )
        self.count.setText(self.tr("{n} consulten vandaag").format(n=consultations_today))
        if consultations_today == 1:
            self.count.setText(self.tr("1 consult vandaag"))
        self.start_button.setVisible(spreekuur is None)
        self.close_button.setVisible(spreekuur is not None)

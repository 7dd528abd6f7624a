"""The program's look: a calm palette, clear header, errors that never rely on colour alone.

No font sizes here: text follows the system font size, and widgets that want bigger text scale
their own font (``font.pointSizeF() * factor``).

Each style sheet is set on the few widgets it styles, never on the application: with an
application-wide sheet Qt matches every widget of every window against it, which cost a third of
building the main window (start-up time, docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

HEADER = """
QWidget#sessionHeader { background: #1f4e79; }
QWidget#sessionHeader QLabel { color: white; }
QLabel#headerWhere { font-weight: bold; }
QLabel#headerCount { font-weight: bold; }
QWidget#sessionHeader QPushButton { padding: 6px 14px; }
"""
PRIMARY_BUTTON = """
QPushButton#primaryButton {
    background: #1f4e79; color: white; font-weight: bold; padding: 8px 18px;
    border-radius: 4px;
}
QPushButton#primaryButton:focus { border: 2px solid #f9ab00; }
QPushButton#primaryButton:disabled { background: #9fb3c8; color: #eef2f6; }
"""
TAB_BAR = "QTabBar::tab { padding: 8px 18px; }"
INVALID_FIELD = "SearchCombo { border: 2px solid #b3261e; border-radius: 3px; }"
STYLE_SHEETS = (HEADER, PRIMARY_BUTTON, TAB_BAR, INVALID_FIELD)


def set_primary(button: QPushButton, primary: bool = True) -> None:
    """The page's main action: dark blue and bold (or, with ``primary`` False, plain again)."""
    button.setObjectName("primaryButton" if primary else "")
    button.setStyleSheet(PRIMARY_BUTTON if primary else "")

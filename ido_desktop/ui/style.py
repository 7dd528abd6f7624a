"""The program's look: a calm palette, clear header, errors that never rely on colour alone.

No font sizes here: text follows the system font size, and widgets that want bigger text scale
their own font (``font.pointSizeF() * factor``).
"""

from __future__ import annotations

STYLE_SHEET = """
QWidget#sessionHeader { background: #1f4e79; }
QWidget#sessionHeader QLabel { color: white; }
QLabel#headerWhere { font-weight: bold; }
QLabel#headerCount { font-weight: bold; }
QWidget#sessionHeader QPushButton { padding: 6px 14px; }
QPushButton#primaryButton {
    background: #1f4e79; color: white; font-weight: bold; padding: 8px 18px;
    border-radius: 4px;
}
QPushButton#primaryButton:focus { border: 2px solid #f9ab00; }
QTabBar::tab { padding: 8px 18px; }
"""

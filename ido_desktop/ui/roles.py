"""Custom item-data roles shared by all table models.

Views and proxies reach rows through these roles, never through row numbers:

- ``SORT_ROLE``: the raw value to sort on (datetime, int, folded text), not the display text.
- ``ROW_ROLE``: the frozen dataclass behind the row (``ConsultRow``, ``RefItem``, ...).
- ``ID_ROLE``: the stable id or code of the row as a string.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)

SORT_ROLE: int = _USER + 1
ROW_ROLE: int = _USER + 2
ID_ROLE: int = _USER + 3

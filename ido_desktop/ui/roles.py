"""Custom item-data roles shared by all table models.

Views and proxies reach rows through these roles, never through row numbers:

- ``SORT_ROLE``: the raw value to sort on, not the display text: a number (timestamp, count,
  position in a fixed vocabulary) or folded text. Use types QVariant can compare; an aware
  ``datetime`` is not one of them (it arrives as an opaque Python object), so give its
  ``timestamp()``.
- ``ROW_ROLE``: the frozen dataclass behind the row (``ConsultRow``, ``RefItem``, ...).
- ``ID_ROLE``: the stable id or code of the row as a string.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)

SORT_ROLE: int = _USER + 1
ROW_ROLE: int = _USER + 2
ID_ROLE: int = _USER + 3

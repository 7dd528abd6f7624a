"""The one app-level signal hub: after any change, pages refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    data_changed = Signal()  # consultations or spreekuur changed; pages reload what they show
    spreekuur_changed = Signal()  # a spreekuur was opened or closed
    status_message = Signal(str)  # a short message for the status bar
    # The reference lists changed (an edit in the back office, a configuration applied on a
    # laptop): the catalog was updated in place; pages and the form show its new lists.
    reference_changed = Signal()

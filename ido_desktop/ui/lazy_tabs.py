"""Tab pages built the first time they are shown: start-up builds only the visible page.

Until then the tab holds an empty placeholder. Showing the tab (click, keyboard, a menu shortcut)
or asking for the page (``page``) builds it and puts it in the placeholder's place, so afterwards
``QTabWidget.widget`` and ``currentWidget`` return the page itself (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    def __init__(self, tabs: QTabWidget, on_built: Callable[[str, QWidget], None]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._on_built = on_built
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._on_current_changed)

    def add(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        """A tab titled ``title`` whose page ``build`` makes on first show."""
        placeholder = QWidget()
        placeholder.setAccessibleName(title)
        self._waiting[key] = (placeholder, build)
        self._tabs.addTab(placeholder, title)

    def has(self, key: str) -> bool:
        return key in self._waiting or key in self._built

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    def page(self, key: str) -> QWidget | None:
        """The page (built now if it was not yet); None if there is no such tab."""
        if key in self._built:
            return self._built[key]
        if key not in self._waiting:
            return None
        placeholder, build = self._waiting[key]
        page = build()  # if this raises, the placeholder stays and the next show tries again
        del self._waiting[key]
        index = self._tabs.indexOf(placeholder)
        shown = self._tabs.currentWidget() is placeholder
        # The page goes in before the placeholder and is made current before the placeholder
        # goes out, so no other page is shown in between; the tab's index stays the same.
        with QSignalBlocker(self._tabs):
            self._tabs.insertTab(index, page, self._tabs.tabText(index))
            self._tabs.setTabToolTip(index, self._tabs.tabToolTip(index + 1))
            if shown:
                self._tabs.setCurrentIndex(index)
            self._tabs.removeTab(index + 1)
        placeholder.deleteLater()
        self._built[key] = page
        self._on_built(key, page)
        return page

    def show(self, key: str) -> None:
        page = self.page(key)
        if page is not None:
            self._tabs.setCurrentWidget(page)

    def _on_current_changed(self, index: int) -> None:
        shown = self._tabs.widget(index)
        for key, (placeholder, _build) in list(self._waiting.items()):
            if placeholder is shown:
                self.page(key)
                return

"""Tabs whose pages are built the first time they are shown, so screens open quickly.

A page is listed as (title, module, class name) and built as cls(ws, owner); `on_built(page)`
then tells it what to show (the meeting or committee the owner is showing).

`build_current()` builds the current page at once when the tabs are on screen, else just after
they are first drawn: the window's first paint (the meetings list) does not wait for the first
meeting's agenda, which follows a moment later.
"""

import importlib
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from coprep.core.storage.workspace import Workspace
from coprep.i18n import _

PageSpec = tuple[str, str, str]


class LazyTabs(QTabWidget):
    def __init__(
        self, ws: Workspace, pages: list[PageSpec], owner: QWidget, on_built: Callable[[QWidget], None]
    ) -> None:
        super().__init__(owner)
        self._ws = ws
        self._pages = pages
        self._owner = owner
        self._on_built = on_built
        self._built: dict[int, QWidget] = {}
        self._build_after_paint = False
        for title, _module, _cls in pages:
            self.addTab(QWidget(), _(title))  # the English title stays the key for show_page
        self.currentChanged.connect(lambda index: index >= 0 and self.page(index))

    def page(self, index: int) -> QWidget:
        """The page at index, building it (and putting it in its placeholder's place) the first time."""
        if index not in self._built:
            title, module_name, class_name = self._pages[index]
            widget = getattr(importlib.import_module(module_name), class_name)(self._ws, self._owner)
            self.blockSignals(True)
            placeholder = self.widget(index)
            self.removeTab(index)
            self.insertTab(index, widget, _(title))
            self.setCurrentIndex(index)
            self.blockSignals(False)
            placeholder.deleteLater()
            self._built[index] = widget
            self._on_built(widget)
        return self._built[index]

    def build_current(self) -> None:
        """Build the current page now if the tabs are on screen; else it is built just after they are first drawn."""
        if self.isVisible() and self.currentIndex() >= 0:
            self.page(self.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._build_after_paint = self.currentIndex() >= 0 and self.currentIndex() not in self._built

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._build_after_paint:  # the timer runs once this paint is on screen
            self._build_after_paint = False
            QTimer.singleShot(0, self, self.build_current)

    def show_page(self, title: str) -> QWidget:
        """Switch to the page with this title and return it."""
        index = next(i for i, page in enumerate(self._pages) if page[0] == title)
        self.setCurrentIndex(index)
        return self.page(index)

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

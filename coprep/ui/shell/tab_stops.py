"""No invisible Tab stops, and a name on every control a screen reader lands on.

Qt makes some containers focusable by default: a scrolling area around a form, the inside of a
chart. Tab then stops on something that shows no mark and that a screen reader calls "filler", so
the person presses Tab and nothing seems to happen. `tidy_tab_stops(window)` takes such containers
out of the Tab order (their controls still scroll into view as Tab reaches them), and names the
typing part of an editable drop-down after the drop-down. Tab never walks the cells of a table
(a long table would hold the keyboard for hundreds of presses): the arrow keys do that.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Scrolling widgets a person reads or types in: they keep their place in the Tab order.
_READ_OR_TYPED = (QAbstractItemView, QTextEdit, QPlainTextEdit)


def _is_container(area: QAbstractScrollArea) -> bool:
    return not isinstance(area, _READ_OR_TYPED) and not area.accessibleName()


def tidy_tab_stops(window: QWidget) -> None:
    """Take unnamed scrolling containers, their insides and tab-bar arrows out of the Tab order."""
    for area in window.findChildren(QAbstractScrollArea):
        if _is_container(area):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if not isinstance(area, _READ_OR_TYPED) and not area.viewport().accessibleName():
            area.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scrolling widget itself takes the keys
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for bar in window.findChildren(QTabBar):
        for arrow in bar.findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tabs are reached with Ctrl+Tab or the arrow keys
    for box in window.findChildren(QComboBox):
        typing = box.lineEdit()
        if typing is not None and not typing.accessibleName():
            typing.setAccessibleName(box.accessibleName())

"""Rows of a list with a little room above and below, so each one is an easier target to click,
and in a tree with word wrap on, as tall as their words need at the width the tree has (a long
committee name goes onto a second line rather than ending in "…").

A delegate rather than a style sheet: a widget with a style sheet keeps its old colours when the
system turns dark.

Until the tree first paints, a change of its column's width wraps the rows again without looking
for the chosen row in the tree's viewport: the person has seen none of it yet, and asking a tree
for its viewport makes PySide build a Python class for every kind of Qt widget (see agenda_drops),
some 47 million instructions that the window's first paint need not wait for.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from coprep.ui.shell.first_paint import after_first_paint


class RoomyRows(QStyledItemDelegate):
    def __init__(self, view) -> None:
        super().__init__(view)
        self._rewrapper = QTimer(self, singleShot=True, interval=0)  # once the column has its new width
        self._rewrapper.timeout.connect(self._rewrap)
        self._keep_in_sight = None
        self._seen = False  # whether the tree has painted, so that the person may have seen its rows
        if isinstance(view, QTreeView):
            view.header().sectionResized.connect(self._column_resized)
            after_first_paint(view, self._first_seen)

    def _first_seen(self) -> None:
        self._seen = True

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        view = self.parent()
        if isinstance(view, QTreeView) and view.wordWrap() and option.rect.width() < 0:
            # A tree asks for a row's height without saying how wide it is: tell it, so the words wrap.
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            depth += 1 if view.rootIsDecorated() else 0
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, max(1, view.columnWidth(index.column()) - view.indentation() * depth), 1)
        size = super().sizeHint(option, index)
        room = max(6, option.fontMetrics.height() // 3)  # grows with the text size
        return QSize(size.width(), size.height() + room)

    def _column_resized(self) -> None:
        view = self.parent()
        if view.wordWrap() and not self._rewrapper.isActive():
            current = view.currentIndex()
            in_sight = self._seen and current.isValid() and view.viewport().rect().intersects(view.visualRect(current))
            self._keep_in_sight = QPersistentModelIndex(current) if in_sight else None
            self._rewrapper.start()

    def _rewrap(self) -> None:
        """A tree keeps its rows' heights: wrap them again for the column's new width. The rows at the
        top stay at the top, and the chosen row, if it was in sight, stays in sight."""
        view = self.parent()
        view.doItemsLayout()
        if self._keep_in_sight is not None and self._keep_in_sight.isValid():
            kept = QModelIndex(self._keep_in_sight)
            view.scrollTo(kept)
            # scrolling row by row, Qt counts a row half in sight as in sight
            if not view.viewport().rect().contains(view.visualRect(kept)):
                view.scrollTo(kept, QAbstractItemView.ScrollHint.PositionAtBottom)
        self._keep_in_sight = None

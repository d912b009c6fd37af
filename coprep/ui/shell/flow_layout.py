"""A row of buttons that wraps onto the next line when bigger text makes it wider than the window.

Qt's box layouts never wrap, so a row of four buttons at twice the text size can be wider than a
laptop screen. This layout places its items left to right and starts a new line when one does not
fit, like words in a paragraph (after Qt's own "Flow Layout" example).
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._height = 0  # the height its lines took at its last width
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if height != self._height:  # more or fewer lines than before: what holds it must make room
            self._height = height
            self.invalidate()

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line, when there is room."""
        width = sum(item.sizeHint().width() for item in self._items) + self._gap() * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item: the rest wraps. As tall as its lines at its width now.

        Splitters and scrolling areas do not ask a layout for its height at a given width, so the
        height of the lines it has now is its minimum (worked out again whenever its width changes).
        """
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        size.setHeight(max(size.height(), self._height))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return (
            style.layoutSpacing(
                QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal
            )
            if style
            else 6
        )

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (or only measure, if not move); the height they take."""
        x, y, line_height = rect.x(), rect.y(), 0
        gap = self._gap()
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()

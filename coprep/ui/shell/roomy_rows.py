"""Rows of a list with a little room above and below, so each one is an easier target to click.

A delegate rather than a style sheet: a widget with a style sheet keeps its old colours when the
system turns dark.
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyledItemDelegate


class RoomyRows(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        size = super().sizeHint(option, index)
        room = max(6, option.fontMetrics.height() // 3)  # grows with the text size
        return QSize(size.width(), size.height() + room)

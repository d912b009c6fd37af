"""A list of saved things (time, payments, claims) with buttons to add, change and delete them."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.i18n import _
from coprep.ui.shell.forms import name
from coprep.ui.shell.wrapped_table import wrap_long_rows

ROW_ID = Qt.ItemDataRole.UserRole


@dataclass
class Row:
    id: int
    cells: list[str]
    stands_out: bool = False  # shown in bold, e.g. an overdue claim


class ThingList(QWidget):
    """A table with Add, Change and Delete. Enter or a double click changes the chosen row."""

    def __init__(
        self,
        what: str,
        headings: list[str],
        add_words: str,
        add: Callable[[], None],
        change: Callable[[int], None],
        delete: Callable[[int], None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._change, self._delete = change, delete
        self.table = QTableWidget(0, len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(_("Column headings"))
        wrap_long_rows(self.table)
        self.table.setTabKeyNavigation(False)
        name(self.table, what, _("Press Enter to change the chosen one"))
        self.table.activated.connect(lambda _index: self.change())
        self.add_button = name(QPushButton(add_words), add_words.replace("&", "").rstrip("…"))
        self.add_button.clicked.connect(add)
        self.change_button = name(
            QPushButton(_("Chan&ge…")), _("Change the chosen one in {lower}").format(lower=what.lower())
        )
        self.change_button.clicked.connect(self.change)
        self.delete_button = name(
            QPushButton(_("&Delete")),
            _("Delete the chosen one in {lower}").format(lower=what.lower()),
            _("Ctrl+Z brings it back"),
        )
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[Row]) -> None:
        """Show these rows, keeping the chosen one chosen if it is still there."""
        chosen = self.current_id()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row.cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROW_ID, row.id)
                cell.setToolTip(text)
                if row.stands_out:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(number, column, cell)
            if row.id == chosen:
                self.table.selectRow(number)
        for button in (self.change_button, self.delete_button):
            button.setEnabled(bool(rows))

    def current_id(self) -> int | None:
        cell = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return cell.data(ROW_ID) if cell is not None else None

    def select(self, row_id: int) -> None:
        for number in range(self.table.rowCount()):
            if self.table.item(number, 0).data(ROW_ID) == row_id:
                self.table.selectRow(number)
                return

    def change(self) -> None:
        if self.current_id() is not None:
            self._change(self.current_id())

    def delete(self) -> None:
        if self.current_id() is not None:
            self._delete(self.current_id())

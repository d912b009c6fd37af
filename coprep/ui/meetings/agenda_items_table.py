"""The items coprep read from an agenda, in a table the person can correct before they are stored."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError, parse_time
from coprep.i18n import N_, _
from coprep.ui.shell.forms import name
from coprep.ui.shell.wrapped_table import wrap_long_rows

COLUMNS = [
    ("number", N_("Number")),
    ("title", N_("Title")),
    ("purpose", N_("What it is for")),
    ("presenter", N_("Presenter")),
    ("time", N_("Time")),
    ("papers", N_("Paper")),
    ("pages", N_("Pages")),
    ("description", N_("Description")),
]
KEYS = [key for key, _title in COLUMNS]
PURPOSE_COLUMN = KEYS.index("purpose")


class AgendaItemsTable(QTableWidget):
    """One row per item; the purpose is a list to choose from; Delete leaves out the chosen rows."""

    rows_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([_(title) for _key, title in COLUMNS])
        self.verticalHeader().hide()  # the items' own numbers are in the first column
        wrap_long_rows(self, widest=KEYS.index("title"), editable=True)  # titles are the longest, even before any
        name(self, _("Items coprep found"), _("Correct any cell by typing in it. Delete leaves out the chosen rows."))

    def set_items(self, items: list[dict]) -> None:
        self.setRowCount(0)
        for values in items:
            self._add_row(values)
        self.resizeRowsToContents()
        self.rows_changed.emit()

    def _add_row(self, values: dict) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, key in enumerate(KEYS):
            if column == PURPOSE_COLUMN:
                choice = QComboBox()
                choice.addItem(_("Not given"), None)
                for purpose, words in meetings.PURPOSE_WORDS.items():
                    choice.addItem(_(words), purpose)
                choice.setCurrentIndex(max(0, choice.findData(values.get("purpose"))))
                choice.setAccessibleName(_("What item {row} is for").format(row=row + 1))
                self.setCellWidget(row, column, choice)
            else:
                self.setItem(row, column, QTableWidgetItem(values.get(key) or ""))

    def remove_selected_rows(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
        self.rows_changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Delete and self.state() == QTableWidget.State.NoState:
            self.remove_selected_rows()
            return
        super().keyPressEvent(event)

    def items(self) -> list[dict]:
        """The corrected items; a time that cannot be read is explained with its row number."""
        found = []
        for row in range(self.rowCount()):
            values = {}
            for column, key in enumerate(KEYS):
                if column == PURPOSE_COLUMN:
                    values[key] = self.cellWidget(row, column).currentData()
                else:
                    cell = self.item(row, column)
                    values[key] = cell.text().strip() if cell else ""
            try:
                values["time"] = parse_time(values["time"])
            except InputError as error:
                raise InputError(_("Row {row}: {problem}").format(row=row + 1, problem=error)) from None
            found.append(values)
        return found

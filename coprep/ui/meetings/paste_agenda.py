"""Paste an agenda copied from an email, web page or PDF; check and correct the items before adding them."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.meetings.agenda_text import parse_agenda
from coprep.core.storage.validate import InputError, parse_time
from coprep.core.storage.workspace import Workspace
from coprep.ui.shell.forms import name, show_problem

COLUMNS = [("number", "Number"), ("title", "Title"), ("purpose", "What it is for"), ("presenter", "Presenter"),
           ("time", "Time"), ("description", "Description")]
PURPOSE_COLUMN = 2
COLUMN_LETTERS = {"number": 12, "title": 40, "purpose": 18, "presenter": 22, "time": 7, "description": 30}


class PasteAgendaDialog(QDialog):
    """Left: the pasted text. Right: the items coprep read from it, which the person can correct."""

    def __init__(self, ws: Workspace, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        self.added_ids: list[int] = []
        self.setWindowTitle("Paste an agenda")
        screen = self.screen().availableGeometry()
        self.resize(min(1300, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the agenda here (Ctrl+V). It can come from an email, a web page or a PDF.")
        label = QLabel("1. &Paste the agenda text:")
        label.setBuddy(self.text)
        name(self.text, "Agenda text to read")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([title for _key, title in COLUMNS])
        header = self.table.horizontalHeader()
        letter = self.fontMetrics().averageCharWidth()
        for column, (key, _title) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, letter * COLUMN_LETTERS[key])
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        name(self.table, "Items coprep found", "Correct any cell by typing in it. Delete removes the chosen rows.")
        table_label = QLabel("2. &Check the items. Type in a cell to correct it:")
        table_label.setBuddy(self.table)
        remove = name(QPushButton("&Leave out the chosen rows"), "Leave out the chosen rows")
        remove.clicked.connect(self.remove_selected_rows)
        self.summary = QLabel()

        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.read_text)
        self.text.textChanged.connect(self._timer.start)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(label)
        left_column.addWidget(self.text)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(table_label)
        right_column.addWidget(self.table, 1)
        right_column.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        right_column.addWidget(self.summary)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("&Add these items", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def read_text(self) -> None:
        """Read the pasted text again and show what coprep found (this replaces any corrections)."""
        items = parse_agenda(self.text.toPlainText())
        self.table.setRowCount(0)
        for item in items:
            self._add_row(item.to_dict())
        self.table.resizeRowsToContents()
        self._update_summary()

    def _add_row(self, values: dict) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _title) in enumerate(COLUMNS):
            if column == PURPOSE_COLUMN:
                choice = QComboBox()
                choice.addItem("Not given", None)
                for purpose, words in meetings.PURPOSE_WORDS.items():
                    choice.addItem(words, purpose)
                choice.setCurrentIndex(max(0, choice.findData(values.get("purpose"))))
                choice.setAccessibleName(f"What item {row + 1} is for")
                self.table.setCellWidget(row, column, choice)
            else:
                self.table.setItem(row, column, QTableWidgetItem(values.get(key) or ""))

    def remove_selected_rows(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._update_summary()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus() and self.table.state() == QTableWidget.State.NoState:
            self.remove_selected_rows()
            return
        super().keyPressEvent(event)

    def _update_summary(self) -> None:
        count = self.table.rowCount()
        self.summary.setText(f"coprep found {count} item{'s' if count != 1 else ''}." if count else
                             "No items yet. Paste the agenda on the left.")
        self.add_button.setText(f"&Add {count} item{'s' if count != 1 else ''}" if count else "&Add these items")
        self.add_button.setEnabled(count > 0)

    def rows(self) -> list[dict]:
        """The corrected items; a time that cannot be read is explained with its row number."""
        found = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, (key, _title) in enumerate(COLUMNS):
                if column == PURPOSE_COLUMN:
                    values[key] = self.table.cellWidget(row, column).currentData()
                else:
                    cell = self.table.item(row, column)
                    values[key] = cell.text().strip() if cell else ""
            try:
                values["time"] = parse_time(values["time"])
            except InputError as error:
                raise InputError(f"Row {row + 1}: {error}") from None
            found.append(values)
        return found

    def accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.read_text()
        try:
            items = self.rows()
        except InputError as error:
            show_problem(self, str(error))
            return
        self.added_ids = meetings.add_items(self.ws, self.meeting_id, items)
        super().accept()

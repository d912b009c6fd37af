"""Paste an agenda, or open its file, for a meeting; check the items and put them in.

When the meeting already has items, the person chooses: replace the agenda, add these items, or
update the matching items and add the new ones. What the agenda says about the meeting itself
(date, times, place) is shown beside what coprep has, and changed only where the person ticks it.
"""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.meetings.agenda_lines import read_agenda
from coprep.core.meetings.agenda_merge import WAY_LABELS, details_differences, put_agenda, replacing_removes
from coprep.core.meetings.agenda_parsed import ParsedAgenda
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import N_, _, ngettext
from coprep.ui.meetings.agenda_file_reader import AgendaFileReader, choose_agenda_file
from coprep.ui.meetings.agenda_items_table import AgendaItemsTable
from coprep.ui.shell.forms import name, show_problem
from coprep.ui.shell.reflow import readable

# Lines of the items read in sight at any text size, to check them: a heading and five items of one line.
TABLE_LINES = 7
PASTED_LINES = 5  # lines of the pasted text's pane when the panes stack
FIELD_WORDS = {"date": N_("Date"), "start_time": N_("Starts"), "end_time": N_("Ends"), "place": N_("Place")}
WAY_BUTTONS = {
    "replace": N_("&Replace the agenda"),
    "add": N_("&Add these after the others"),
    "update": N_("&Update matching items, add new ones"),
}


def shown_value(field: str, value: str) -> str:
    if not value:
        return _("nothing")
    return day_words(value) if field == "date" else value


def ask_way(parent: QWidget, old_count: int, replacing_removes: list[str] | None = None) -> str | None:
    """Ask how read items go into a meeting that already has some: 'replace', 'add', 'update' or None.

    `replacing_removes` names the old items that replacing would delete, so the question can say so."""
    box = QMessageBox(parent)
    box.setWindowTitle(_("This meeting already has an agenda"))
    box.setText(
        ngettext(
            "This meeting already has {n} item. What should coprep do with the items it read?",
            "This meeting already has {n} items. What should coprep do with the items it read?",
            old_count,
        ).format(n=old_count)
    )
    words = _(
        "Replacing keeps any item you wrote notes on. Matching items have the same number "
        "and a like title. Ctrl+Z undoes any of these."
    )
    if replacing_removes:
        gone = ngettext(
            "Replacing deletes {n} old item you wrote nothing on: {titles}.",
            "Replacing deletes {n} old items you wrote nothing on: {titles}.",
            len(replacing_removes),
        ).format(n=len(replacing_removes), titles="; ".join(replacing_removes))
        words = f"{gone}\n\n{words}"
    box.setInformativeText(words)
    buttons = {way: box.addButton(_(text), QMessageBox.ButtonRole.AcceptRole) for way, text in WAY_BUTTONS.items()}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons["update"])
    box.exec()
    return next((way for way, button in buttons.items() if box.clickedButton() is button), None)


class PasteAgendaDialog(QDialog):
    """Left: the agenda text (pasted or from a file). Right: the items read from it, to correct."""

    def __init__(self, ws: Workspace, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        self.added_ids: list[int] = []
        self.parsed: ParsedAgenda | None = None
        self.setWindowTitle(_("Paste or open an agenda"))
        screen = self.screen().availableGeometry()
        self.resize(min(1300, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on; pasted text keeps its own tabs
        self.text.setPlaceholderText(
            _(
                "Paste the agenda here (Ctrl+V). It can come from an email, a web page or "
                "a PDF. Or open the agenda's file with the button below."
            )
        )
        label = QLabel(_("1. &Paste the agenda text:"))
        label.setBuddy(self.text)
        name(self.text, _("Agenda text to read"))
        self.open_button = name(
            QPushButton(_("&Open an agenda file… (Ctrl+O)")),
            _("Open an agenda file"),
            _("A PDF, Word, OpenDocument, web page or text file"),
        )
        self.open_button.clicked.connect(self.open_file)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.open_file)
        self.table = AgendaItemsTable()
        readable(self.table, lines=TABLE_LINES)
        table_label = QLabel(_("2. &Check the items. Type in a cell to correct it:"))
        table_label.setBuddy(self.table)
        remove = name(QPushButton(_("&Leave out the chosen rows")), _("Leave out the chosen rows"))
        remove.clicked.connect(self.table.remove_selected_rows)
        self.table.rows_changed.connect(self._update_summary)
        self.summary = QLabel()
        self.details_box = QGroupBox(_("3. The agenda says:"))
        self.details_box.setLayout(QVBoxLayout())
        self.details_box.hide()
        self.detail_checks: dict[str, QCheckBox] = {}
        self._differences: list[tuple[str, str, str]] = []

        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.read_text)
        self.text.textChanged.connect(self._timer.start)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(label)
        left_column.addWidget(self.text)
        left_column.addWidget(self.open_button)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(table_label)
        right_column.addWidget(self.table, 1)
        under_table = QHBoxLayout()  # one line, not two: the room goes to the table
        under_table.addWidget(remove)
        under_table.addWidget(self.summary, 1)
        right_column.addLayout(under_table)
        right_column.addWidget(self.details_box)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        # Stacked at big text, the pasted text keeps a few lines, and the table the rest of the room.
        readable(left, lines=PASTED_LINES)
        readable(self.text, lines=PASTED_LINES - 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(_("&Add these items"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def read_text(self) -> None:
        """Read the text again and show what coprep found (this replaces any corrections)."""
        self.show_agenda(read_agenda(self.text.toPlainText()))

    def open_file(self, path=None) -> None:
        path = path or choose_agenda_file(self, self.ws.path)
        if path:
            self.reader = AgendaFileReader(self, path)
            self.reader.read.connect(self.show_agenda)
            self.reader.start()

    def show_agenda(self, parsed: ParsedAgenda) -> None:
        self.parsed = parsed
        self.table.set_items([item.to_dict() for item in parsed.items])
        self._show_differences(parsed)
        self._update_summary()

    def _show_differences(self, parsed: ParsedAgenda) -> None:
        layout = self.details_box.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        self.detail_checks = {}
        meeting = meetings.get_meeting(self.ws.db, self.meeting_id)
        self._differences = details_differences(meeting, parsed.meeting) if meeting else []
        for field, current, agenda in self._differences:
            text = _("{field}: {agenda} (now {current})").format(
                field=_(FIELD_WORDS[field]), agenda=shown_value(field, agenda), current=shown_value(field, current)
            )
            check = name(QCheckBox(text), text, _("Tick to change the meeting to what the agenda says"))
            self.detail_checks[field] = check
            layout.addWidget(check)
        if self._differences:
            note = QLabel(_("The meeting changes only where you tick."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.details_box.setVisible(bool(self._differences))

    def _update_summary(self) -> None:
        count = self.table.rowCount()
        self.summary.setText(
            ngettext("coprep found {n} item.", "coprep found {n} items.", count).format(n=count)
            if count
            else _("No items yet. Paste the agenda on the left, or open its file.")
        )
        self.add_button.setText(
            ngettext("&Add {n} item", "&Add {n} items", count).format(n=count) if count else _("&Add these items")
        )
        self.add_button.setEnabled(count > 0)

    def chosen_details(self) -> dict[str, str]:
        return {
            field: agenda
            for field, _current, agenda in self._differences
            if self.detail_checks.get(field) and self.detail_checks[field].isChecked()
        }

    def accept(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.read_text()
        try:
            items = self.table.items()
        except InputError as error:
            show_problem(self, str(error))
            return
        old_count = len(meetings.agenda(self.ws.db, self.meeting_id))
        gone = [item.title or item.number for item in replacing_removes(self.ws, self.meeting_id, items)]
        way = ask_way(self, old_count, gone) if old_count else "add"
        if way is None:
            return
        try:
            with self.ws.action(_(WAY_LABELS[way])):
                change = put_agenda(self.ws, self.meeting_id, items, way)
                if details := self.chosen_details():
                    meetings.update_meeting(self.ws, self.meeting_id, **details)
        except InputError as error:
            show_problem(self, str(error))
            return
        self.added_ids = change.item_ids
        super().accept()

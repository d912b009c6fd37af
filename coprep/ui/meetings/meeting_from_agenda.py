"""A new meeting from an agenda file: the meeting form filled from the agenda, and its items, to confirm."""

import re

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QLabel, QLineEdit

from coprep.core.meetings import meetings
from coprep.core.meetings.agenda_merge import find_committee, new_meeting_from_agenda
from coprep.core.meetings.agenda_parsed import ParsedAgenda
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.meetings.agenda_items_table import AgendaItemsTable
from coprep.ui.meetings.meeting_dialog import MeetingDialog
from coprep.ui.shell.forms import add_row, show_problem

NEW_COMMITTEE = "new"


class MeetingFromAgendaDialog(MeetingDialog):
    """Everything read from the agenda is shown to check; nothing is stored until Save."""

    def __init__(self, ws: Workspace, parsed: ParsedAgenda, parent=None) -> None:
        super().__init__(ws, parent=parent)
        self.parsed = parsed
        self.setWindowTitle(_("New meeting from an agenda"))
        details = parsed.meeting
        form = self.layout().itemAt(0).layout()
        self.new_committee = QLineEdit(details.committee)
        caption = add_row(
            form,
            _("&New committee's name:"),
            self.new_committee,
            _("Used when the committee is not one coprep has yet"),
        )
        form.takeRow(form.rowCount() - 1)
        form.insertRow(1, caption, self.new_committee)  # just below the committee list
        self.committee.insertItem(0, _("A new committee (name it below)"), NEW_COMMITTEE)
        known = find_committee(meetings.list_committees(ws.db), details.committee)
        self.committee.setCurrentIndex(self.committee.findData(known) if known else 0)
        self.committee.currentIndexChanged.connect(self._committee_chosen)
        self._committee_chosen()
        if details.date:
            self.date.setDate(QDate.fromString(details.date, "yyyy-MM-dd"))
        for known_box, edit, value in (
            (self.start_known, self.start, details.start_time),
            (self.end_known, self.end, details.end_time),
        ):
            known_box.setChecked(value is not None)
            if value:
                edit.setTime(QTime.fromString(value, "HH:mm"))
        if re.match(r"https?://", details.place):
            self.link.setText(details.place)
        else:
            self.place.setText(details.place)
        layout = self.layout()
        if details.private_part:
            private = QLabel(
                _("The agenda says part of this meeting is held in private. coprep notes this in the meeting's notes.")
            )
            private.setWordWrap(True)
            layout.insertWidget(layout.count() - 1, private)
        self.table = AgendaItemsTable()
        self.table.set_items([item.to_dict() for item in parsed.items])
        heading = QLabel(_("&Items on the agenda ({n}). Type in a cell to correct it:").format(n=len(parsed.items)))
        heading.setBuddy(self.table)
        layout.insertWidget(layout.count() - 1, heading)
        layout.insertWidget(layout.count() - 1, self.table, 1)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))

    def _committee_chosen(self) -> None:
        self.new_committee.setEnabled(self.committee.currentData() == NEW_COMMITTEE)

    def accept(self) -> None:
        committee = self.committee.currentData()
        if committee == NEW_COMMITTEE:
            committee = self.new_committee.text().strip()
            if not committee:
                show_problem(self, _("Type the new committee's name, or choose a committee from the list."))
                return
        values = self.values()
        if self.parsed.meeting.private_part:
            values["notes"] = _("The agenda says part of this meeting is held in private.")
        try:
            self.meeting_id = new_meeting_from_agenda(self.ws, committee, values, self.table.items())
        except InputError as error:
            show_problem(self, str(error))
            return
        super(MeetingDialog, self).accept()

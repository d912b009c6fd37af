"""Add or change a meeting: which committee, when, where, and whether it went ahead."""

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, Words, _
from coprep.ui.shell.forms import add_row, name, save_cancel_layout, show_problem

STATUS_WORDS = Words({"planned": N_("Planned"), "held": N_("Held"), "cancelled": N_("Cancelled")})


def _time_field(label: str) -> tuple[QCheckBox, QTimeEdit, QWidget]:
    known = name(QCheckBox(_("known")), _("{label} is known").format(label=label))
    known.setChecked(True)
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    known.toggled.connect(edit.setEnabled)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    row.addWidget(known)
    return known, edit, box


class MeetingDialog(QDialog):
    def __init__(
        self, ws: Workspace, meeting_id: int | None = None, committee_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        self.setWindowTitle(_("Change meeting") if meeting_id else _("New meeting"))
        form = QFormLayout()
        self.committee = QComboBox()
        for committee in meetings.list_committees(ws.db):
            self.committee.addItem(committee.name, committee.id)
        if committee_id is not None:
            self.committee.setCurrentIndex(self.committee.findData(committee_id))
        self.title = QLineEdit()
        self.date = QDateEdit(QDate(clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd d MMMM yyyy")
        self.start_known, self.start, start_box = _time_field(_("Start time"))
        self.end_known, self.end, end_box = _time_field(_("End time"))
        self.start.setTime(QTime(10, 0))
        self.end.setTime(QTime(12, 0))
        self.place = QLineEdit()
        self.link = QLineEdit()
        self.status = QComboBox()
        for key, words in STATUS_WORDS.items():
            self.status.addItem(words, key)
        add_row(form, _("&Committee:"), self.committee)
        add_row(form, _("&Title (if it has one):"), self.title, _("Leave empty to use the committee's name"))
        add_row(form, _("&Date:"), self.date)
        for caption, box, edit in ((_("St&arts:"), start_box, self.start), (_("E&nds:"), end_box, self.end)):
            add_row(form, caption, box).setBuddy(edit)  # Alt and the letter goes to the time itself
            name(edit, caption.replace("&", "").rstrip(":"), _("The time, like 10:00. Untick known if not known yet"))
        add_row(form, _("&Place:"), self.place, _("The address or room"))
        add_row(form, _("Online &link:"), self.link, _("The link to join online, if there is one"))
        add_row(form, _("S&tatus:"), self.status)
        save_cancel_layout(self, form)
        if meeting_id:
            self._load(meeting_id)

    def _load(self, meeting_id: int) -> None:
        meeting = meetings.get_meeting(self.ws.db, meeting_id)
        self.committee.setCurrentIndex(self.committee.findData(meeting.committee_id))
        self.title.setText(meeting.title)
        day = dt.date.fromisoformat(meeting.date)
        self.date.setDate(QDate(day.year, day.month, day.day))
        for known, edit, value in (
            (self.start_known, self.start, meeting.start_time),
            (self.end_known, self.end, meeting.end_time),
        ):
            known.setChecked(value is not None)
            if value:
                edit.setTime(QTime.fromString(value, "HH:mm"))
        self.place.setText(meeting.place)
        self.link.setText(meeting.link)
        self.status.setCurrentIndex(self.status.findData(meeting.status))

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "start_time": self.start.time().toString("HH:mm") if self.start_known.isChecked() else None,
            "end_time": self.end.time().toString("HH:mm") if self.end_known.isChecked() else None,
            "place": self.place.text().strip(),
            "link": self.link.text().strip(),
            "status": self.status.currentData(),
        }

    def accept(self) -> None:
        committee_id = self.committee.currentData()
        if committee_id is None:
            show_problem(self, _("Add a committee first, then add its meetings."))
            return
        try:
            if self.meeting_id:
                meetings.update_meeting(self.ws, self.meeting_id, committee_id=committee_id, **self.values())
            else:
                values = self.values()
                self.meeting_id = meetings.add_meeting(self.ws, committee_id, values.pop("date"), **values)
        except InputError as error:
            show_problem(self, str(error))
            return
        super().accept()

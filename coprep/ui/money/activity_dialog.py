"""Log time given: a meeting (filled in from the meeting) or other involvement, and how long each part took."""

import html

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from coprep.core.money import activities
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _
from coprep.ui.money.involvement_fields import (
    TIME_HINT,
    choice_box,
    choose,
    committee_box,
    date_field,
    follow_committee,
    hours_and_minutes,
    iso_date,
    saved,
)
from coprep.ui.shell.forms import add_row, save_cancel_layout


class ActivityDialog(QDialog):
    """New or changed activity. With meeting_id, the meeting's date, committee and length come filled in."""

    def __init__(
        self, ws: Workspace, activity_id: int | None = None, meeting_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        if meeting_id is not None:
            draft = activities.draft_for_meeting(ws.db, meeting_id)
        elif activity_id is not None:
            draft = activities.get_activity(ws.db, activity_id)
        else:
            draft = activities.Activity(id=0, date="", kind="reading")
        self.activity_id = draft.id or None
        self.setWindowTitle(_("Change my time") if self.activity_id else _("Log my time"))

        form = QFormLayout()
        if meeting_id is not None:
            meeting = f"{draft.meeting_title or draft.committee_name}, {day_words(draft.date)}"
            form.addRow(QLabel("<b>" + html.escape(meeting) + "</b>"))
        self.date = date_field(draft.date)
        self.kind = choice_box(activities.KIND_WORDS)
        self.committee = committee_box(ws)
        self.committee.setEnabled(meeting_id is None and draft.meeting_id is None)
        self.organisation = QLineEdit(draft.organisation)
        self.preparing = QLineEdit(hours_and_minutes(draft.minutes_preparing))
        self.travelling = QLineEdit(hours_and_minutes(draft.minutes_travelling))
        self.taking_part = QLineEdit(hours_and_minutes(draft.minutes_taking_part))
        for field in (self.preparing, self.travelling, self.taking_part):
            field.setPlaceholderText(_("like 1:30"))
        self.capacity = choice_box(activities.CAPACITY_WORDS)
        self.note = QPlainTextEdit(draft.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        choose(self.kind, draft.kind)
        choose(self.committee, draft.committee_id)
        choose(self.capacity, draft.capacity)
        follow_committee(ws, self.committee, self.organisation)

        add_row(form, _("&Date:"), self.date)
        add_row(form, _("&What it was:"), self.kind)
        add_row(form, _("&Committee:"), self.committee)
        add_row(form, _("&Organisation:"), self.organisation, _("Who runs it, for example: Healthwatch Riverside"))
        add_row(
            form,
            _("Time &preparing:"),
            self.preparing,
            _("Reading papers and getting ready. {TIME_HINT}").format(TIME_HINT=_(TIME_HINT)),
        )
        add_row(
            form,
            _("Time &travelling:"),
            self.travelling,
            _("Getting there and back. {TIME_HINT}").format(TIME_HINT=_(TIME_HINT)),
        )
        add_row(
            form,
            _("Time ta&king part:"),
            self.taking_part,
            _("The meeting or activity itself. {TIME_HINT}").format(TIME_HINT=_(TIME_HINT)),
        )
        add_row(form, _("Taking part &as:"), self.capacity, _("As a patient, as a carer, or speaking for someone else"))
        add_row(form, _("&Note:"), self.note, _("Anything to remember. It stays private: it is not printed."))
        save_cancel_layout(self, form)

    def values(self) -> dict:
        return {
            "date": iso_date(self.date),
            "kind": self.kind.currentData(),
            "committee_id": self.committee.currentData(),
            "organisation": self.organisation.text(),
            "minutes_preparing": self.preparing.text(),
            "minutes_travelling": self.travelling.text(),
            "minutes_taking_part": self.taking_part.text(),
            "capacity": self.capacity.currentData(),
            "note": self.note.toPlainText(),
        }

    def _save(self) -> None:
        values = self.values()
        if self.meeting_id is not None:
            self.activity_id = activities.log_meeting_time(self.ws, self.meeting_id, **values)
        elif self.activity_id:
            activities.update_activity(self.ws, self.activity_id, **values)
        else:
            self.activity_id = activities.add_activity(self.ws, **values)

    def accept(self) -> None:
        if saved(self, self._save):
            super().accept()

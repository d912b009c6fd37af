"""One meeting: a heading with when and where, and tabs for its agenda and everything around it.

Add a tab by adding a line to MEETING_TABS: (title, module, class name). A tab is a QWidget built
as cls(ws, parent) the first time it is shown, with show_meeting(meeting_id | None).
"""

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, current_language
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import name, run_modal
from coprep.ui.shell.lazy_tabs import LazyTabs
from coprep.ui.shell.tab_buttons import with_tab_buttons

MEETING_TABS: list[tuple[str, str, str]] = [
    (N_("Agenda"), "coprep.ui.meetings.agenda_tab", "AgendaTab"),
    (N_("Papers"), "coprep.ui.papers.papers_tab", "PapersTab"),
    (N_("Words to know"), "coprep.ui.words.words_panel", "WordsPanel"),
    (N_("Fair treatment"), "coprep.ui.fairness.conditions_tab", "ConditionsTab"),
    (N_("Time and expenses"), "coprep.ui.money.meeting_time_tab", "MeetingTimeTab"),
    (N_("Briefing pack"), "coprep.ui.briefing.briefing_tab", "BriefingTab"),
]


def heading_html(meeting: meetings.Meeting) -> str:
    day = meeting.day
    # Qt's words for the date in the person's language: Babel loads only after the first paint, which shows this
    when = QLocale(current_language()).toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
    if meeting.start_time and meeting.end_time:
        when = _("{day}, {start} to {end}").format(day=when, start=meeting.start_time, end=meeting.end_time)
    elif meeting.start_time:
        when = _("{day}, {start}").format(day=when, start=meeting.start_time)
    where = " · ".join(part for part in (meeting.place, meeting.link) if part)
    status = {"planned": "", "held": " " + _("(held)"), "cancelled": " " + _("(cancelled)")}[meeting.status]
    lines = [f"<h2>{_escape(meeting.name)}{status}</h2>", f"<p>{_escape(when)}"]
    if meeting.title and meeting.title != meeting.committee_name:
        lines[-1] += f" · {_escape(meeting.committee_name)}"
    if where:
        lines[-1] += f"<br>{_escape(where)}"
    return "".join(lines) + "</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MeetingView(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setAccessibleName(_("Meeting"))
        self.change = name(QPushButton(_("Change &details…")), _("Change the meeting's details"))
        self.change.clicked.connect(self.change_details)
        self.tabs = LazyTabs(ws, MEETING_TABS, self, lambda page: page.show_meeting(self.meeting_id))
        self.tabs.setAccessibleName(_("Parts of the meeting"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(with_tab_buttons(self.tabs), 1)
        layout.addWidget(self.empty, 1)
        QWidget.setTabOrder(self.change, self.tabs)  # the heading's button is read before the tabs below it
        notifier(ws).changed.connect(self._changed)
        self.show_meeting(None)

    def tab(self, index: int) -> QWidget:
        return self.tabs.page(index)

    def show_tab(self, title: str) -> QWidget:
        return self.tabs.show_page(title)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        meeting = meetings.get_meeting(self.ws.conn, meeting_id) if meeting_id else None
        if meeting is None:
            self.meeting_id = None
        for widget in (self.heading, self.change, self.tabs):
            widget.setVisible(meeting is not None)
        self.empty.setVisible(meeting is None)
        if meeting is None:  # on a first start there is nothing on the left to choose, and a meeting needs a committee
            self.empty.setText(
                _("Choose a meeting on the left, or add a new one.")
                if meetings.has_committees(self.ws.conn)
                else _(
                    "To begin, press New committee… and add a committee you sit on. Then New meeting… adds "
                    "its meetings. Help › coprep help shows the first steps."
                )
            )
        if meeting is not None:
            self.heading.setText(heading_html(meeting))
            self.tabs.build_current()
        for page in self.tabs.built_pages():
            page.show_meeting(self.meeting_id)

    def _changed(self, tables: set[str]) -> None:
        if "meetings" in tables or "committees" in tables:
            exists = self.meeting_id and meetings.get_meeting(self.ws.conn, self.meeting_id)
            if exists:
                self.heading.setText(heading_html(exists))
            else:
                self.show_meeting(None)

    def change_details(self) -> None:
        from coprep.ui.meetings.meeting_dialog import MeetingDialog  # loads when first used

        if self.meeting_id:
            run_modal(MeetingDialog(self.ws, self.meeting_id, parent=self))

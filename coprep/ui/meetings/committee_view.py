"""One committee: what it promises, the person's role there, its meetings, and tabs for role notes and more.

Add a tab by adding a line to COMMITTEE_TABS: (title, module, class name). A tab is a QWidget built as
cls(ws, parent) the first time it is shown, with show_committee(committee_id | None).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, ngettext
from coprep.ui.meetings.committee_dialog import CommitteeDialog
from coprep.ui.meetings.meeting_dialog import MeetingDialog
from coprep.ui.meetings.meetings_page import describe
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import name, run_modal
from coprep.ui.shell.lazy_tabs import LazyTabs
from coprep.ui.shell.tab_buttons import with_tab_buttons

COMMITTEE_TABS: list[tuple[str, str, str]] = [
    (N_("Meetings"), "coprep.ui.meetings.committee_view", "CommitteeMeetings"),
    (N_("My role"), "coprep.ui.fairness.role_notes", "RoleNotesTab"),
    (N_("Fair treatment"), "coprep.ui.fairness.ladder_tab", "LadderTab"),
    (N_("What I raised"), "coprep.ui.briefing.raised_tab", "RaisedTab"),
]


def promises_html(committee: meetings.Committee) -> str:
    lines = [f"<h2>{_escape(committee.name)}</h2>"]
    if committee.organisation:
        lines.append(f"<p>{_escape(committee.organisation)}</p>")
    facts = []
    if committee.role_title:
        facts.append(_("My role: <b>{role}</b>").format(role=_escape(committee.role_title)))
    if committee.lay_places is not None:
        facts.append(_("Places for patients, carers or the public: <b>{count}</b>").format(count=committee.lay_places))
    if committee.notice_working_days:
        facts.append(
            ngettext(
                "Papers promised: <b>{count} working day</b> before each meeting",
                "Papers promised: <b>{count} working days</b> before each meeting",
                committee.notice_working_days,
            ).format(count=committee.notice_working_days)
        )
    facts.append(
        ngettext(
            "Expenses should be repaid within <b>{count} day</b>",
            "Expenses should be repaid within <b>{count} days</b>",
            committee.expenses_days,
        ).format(count=committee.expenses_days)
    )
    return "".join(lines) + "<p>" + "<br>".join(facts) + "</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CommitteeMeetings(QWidget):
    """The committee's meetings; Enter or a double click opens one."""

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id: int | None = None
        self.list = QListWidget()
        name(self.list, _("This committee's meetings"), _("Press Enter to open a meeting"))
        self.list.itemActivated.connect(self._open)
        add = name(QPushButton(_("&New meeting of this committee…")), _("New meeting of this committee"))
        add.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        on_change(self, ws, {"meetings"}, lambda: self.show_committee(self.committee_id))

    def show_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.list.clear()
        for meeting in meetings.list_meetings(self.ws.db, committee_id) if committee_id else []:
            row = QListWidgetItem(describe(meeting))
            row.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(row)

    def _open(self, row: QListWidgetItem) -> None:
        self.window().open_meeting(row.data(Qt.ItemDataRole.UserRole))

    def _add(self) -> None:
        dialog = MeetingDialog(self.ws, committee_id=self.committee_id, parent=self)
        if dialog.exec():
            self.window().open_meeting(dialog.meeting_id)


class CommitteeView(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id: int | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(_("Committee"))
        change = name(QPushButton(_("Change &details…")), _("Change the committee's details"))
        change.clicked.connect(self.change_details)
        delete = name(QPushButton(_("Delete committee…")), _("Delete this committee"))
        delete.clicked.connect(self.delete_committee)
        self.tabs = LazyTabs(ws, COMMITTEE_TABS, self, lambda page: page.show_committee(self.committee_id))
        self.tabs.setAccessibleName(_("About this committee"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(change)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(with_tab_buttons(self.tabs), 1)
        QWidget.setTabOrder(change, delete)  # the heading's buttons are read before the tabs below them
        QWidget.setTabOrder(delete, self.tabs)
        on_change(self, ws, {"committees"}, lambda: self.show_committee(self.committee_id))

    def tab(self, index: int) -> QWidget:
        return self.tabs.page(index)

    def show_committee(self, committee_id: int | None) -> None:
        committee = meetings.get_committee(self.ws.db, committee_id) if committee_id else None
        self.committee_id = committee.id if committee else None
        self.setEnabled(committee is not None)
        self.heading.setText(promises_html(committee) if committee else "")
        if committee is not None:
            self.tabs.build_current()
        for page in self.tabs.built_pages():
            page.show_committee(self.committee_id)

    def change_details(self) -> None:
        if self.committee_id:
            run_modal(CommitteeDialog(self.ws, self.committee_id, parent=self))

    def delete_committee(self) -> None:
        if not self.committee_id:
            return
        committee = meetings.get_committee(self.ws.db, self.committee_id)
        committee_id = self.committee_id
        confirm_delete(
            self,
            self.ws,
            "committees",
            committee_id,
            committee.name,
            _("Delete this committee?"),
            lambda: meetings.delete_committee(self.ws, committee_id),
        )

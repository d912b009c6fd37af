"""The Meetings section: meetings coming up first, past ones below, and the chosen meeting beside them.

The window's first paint shows the list; the chosen meeting (its heading, tabs and agenda) is built
just after it, so the window shows up without waiting for it.
"""

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.storage import clock
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _, current_language, ngettext
from coprep.ui.meetings.agenda_drops import AgendaDrops
from coprep.ui.shell import settings as keys
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.first_paint import after_first_paint
from coprep.ui.shell.forms import name
from coprep.ui.shell.reflow import readable
from coprep.ui.shell.roomy_rows import RoomyRows

if TYPE_CHECKING:
    from coprep.ui.meetings.meeting_view import MeetingView

# Qt.ItemDataRole.UserRole and the role after it, as numbers: naming PySide's `Qt` namespace before the
# first paint would make it build all 93 of its enums (coprep.ui.shell.looks).
MEETING_ID = 0x0100
SHOW_OLDER = MEETING_ID + 1
NO_SIDEWAYS_SCROLLING = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, set by property for the same reason
# The list keeps this many lines in sight at any text size (a heading and four or five meetings of
# two lines each), so a person sees several meetings at once when the panes stack at big text.
LIST_LINES = 12
# Past meetings older than this are behind a "Show older meetings" line, so a long history stays readable.
RECENT_DAYS = 2 * 365
ONE_LINE = " – "  # between when a meeting is and what it is, on one line


@cache
def _qt_locale(language: str) -> QLocale:
    return QLocale(language)  # made once: the list describes hundreds of meetings


def describe(meeting: meetings.Meeting, separator: str = ONE_LINE) -> str:
    """How a meeting reads in a list: 'Thu 12 Mar 2026, 10:00 – Quality committee (cancelled)'."""
    when, what = _when_and_what(meeting)
    return f"{when}{separator}{what}"


def _when_and_what(meeting: meetings.Meeting) -> tuple[str, str]:
    day = meeting.day
    # Qt's words for the date in the person's language: Babel loads only after the first paint, which shows this list
    when = _qt_locale(current_language()).toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
    if meeting.start_time:
        when = _("{day}, {start}").format(day=when, start=meeting.start_time)
    status = " " + _("(cancelled)") if meeting.status == "cancelled" else ""
    return when, f"{meeting.name}{status}"


def _list_row(meeting: meetings.Meeting) -> tuple[int, str, str]:
    """A meeting's row in the list: its id, its two lines and its tooltip's one line (as `describe`
    gives them), the date put in words once for both: the list has hundreds before the first paint."""
    when, what = _when_and_what(meeting)
    return meeting.id, f"{when}\n{what}", f"{when}{ONE_LINE}{what}"


def _heading(item: QTreeWidgetItem) -> None:
    """A group's heading in the list is never chosen. Its flags name Qt's namespace, so the headings
    of the list the first paint shows get them just after it (they look the same either way)."""
    from PySide6.QtCore import Qt

    item.setFlags(Qt.ItemFlag.ItemIsEnabled)


class MeetingsPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # a long committee name goes onto more lines (RoomyRows sizes them)
        self.tree.setProperty("horizontalScrollBarPolicy", NO_SIDEWAYS_SCROLLING)
        self.tree.setItemDelegate(RoomyRows(self.tree))
        readable(self.tree, lines=LIST_LINES)
        name(self.tree, _("Meetings"), _("Meetings coming up are first; past meetings are below."))
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.show_all_past = False
        self._shown: list = []
        new_committee = name(QPushButton(_("New &committee…")), _("New committee"))
        new_committee.clicked.connect(self.new_committee)
        new_meeting = name(QPushButton(_("&New meeting…")), _("New meeting"))
        new_meeting.clicked.connect(self.new_meeting)
        from_agenda = name(
            QPushButton(_("New meeting from an a&genda…")),
            _("New meeting from an agenda"),
            _("Make a meeting from an agenda file (Ctrl+Shift+A). You can also drop the file on the list of meetings."),
        )
        from_agenda.clicked.connect(lambda: self.new_meeting_from_agenda())
        AgendaDrops(self.tree).dropped.connect(self.new_meeting_from_agenda)
        self.delete_button = name(
            QPushButton(_("Delete meeting")),
            _("Delete meeting"),
            _("Removes the meeting and its agenda. Ctrl+Z brings it back."),
        )
        self.delete_button.clicked.connect(self.delete_meeting)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(new_meeting)
        buttons.addWidget(new_committee)
        column.addLayout(buttons)
        column.addWidget(from_agenda)
        column.addWidget(self.tree, 1)
        column.addWidget(self.delete_button)

        self._view: MeetingView | None = None
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(QWidget())  # the chosen meeting's place, until it is built
        self.splitter.setStretchFactor(1, 3)
        letter = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([letter * 38, letter * 100])
        state = keys.settings().value(keys.SPLITTERS + "meetings")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        notifier(ws).changed.connect(self._changed)
        self._painted = False
        self.refresh()
        self._select_first_upcoming()
        after_first_paint(self.tree, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._painted = True
        for index in range(self.tree.topLevelItemCount()):
            _heading(self.tree.topLevelItem(index))
        self.view  # noqa: B018 (built now)

    @property
    def view(self) -> "MeetingView":
        """The chosen meeting, built just after the list first paints (or when first asked for)."""
        if self._view is None:
            from coprep.ui.meetings.meeting_view import MeetingView

            self._view = MeetingView(self.ws, self)
            sizes = self.splitter.sizes()  # where the person sees the list end, kept
            self.splitter.replaceWidget(1, self._view).deleteLater()
            self.splitter.setStretchFactor(1, 3)
            self.splitter.setSizes(sizes)
            self._view.show_meeting(self.current_meeting_id())
        return self._view

    def _changed(self, tables: set[str]) -> None:
        if tables & {"meetings", "committees"}:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the list if what it shows has changed, keeping the chosen meeting chosen.

        Typing notes saves the meeting every moment; those saves leave the list as it is.
        """
        today = clock.today()
        recent = None if self.show_all_past else today - dt.timedelta(days=RECENT_DAYS)
        upcoming, past = meetings.upcoming_and_past(self.ws.conn, today, since=recent)
        older = meetings.count_meetings_before(self.ws.conn, recent) if recent else 0  # counted, not read
        shown = [
            (title, [_list_row(m) for m in group], len(group) + hidden, hidden)
            for title, group, hidden in ((_("Coming up"), upcoming, 0), (_("Past meetings"), past, older))
        ]
        if shown != self._shown:
            self._shown = shown
            self._rebuild(shown)
        if self.current_meeting_id() is None and self._view is not None:
            self._view.show_meeting(None)
        self.delete_button.setEnabled(self.current_meeting_id() is not None)

    def _rebuild(self, shown: list) -> None:
        chosen = self.current_meeting_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        for title, rows, total, hidden in shown:
            head = QTreeWidgetItem([f"{title} ({total})"])
            if self._painted:
                _heading(head)
            self.tree.addTopLevelItem(head)
            for meeting_id, two_lines, one_line in rows:
                row = QTreeWidgetItem([two_lines])
                row.setToolTip(0, one_line)
                row.setData(0, MEETING_ID, meeting_id)
                head.addChild(row)
            if hidden:
                more = QTreeWidgetItem(
                    [
                        ngettext("Show {count} older meeting…", "Show {count} older meetings…", hidden).format(
                            count=hidden
                        )
                    ]
                )
                more.setData(0, SHOW_OLDER, True)
                more.setToolTip(0, _("Press Enter or click to list meetings from more than two years ago"))
                head.addChild(more)
            head.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.select(chosen)

    def _select_first_upcoming(self) -> None:
        for index in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(index)
            if head.childCount():
                self.tree.setCurrentItem(head.child(0))
                return

    def select(self, meeting_id: int) -> bool:
        """Choose this meeting in the list, listing older meetings too if it is one of them."""
        for index in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(index)
            for child in range(head.childCount()):
                if head.child(child).data(0, MEETING_ID) == meeting_id:
                    self.tree.setCurrentItem(head.child(child))
                    return True
        if not self.show_all_past:
            self.show_older_meetings()
            return self.select(meeting_id)
        return False

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, SHOW_OLDER):
            self.show_older_meetings()

    def show_older_meetings(self) -> None:
        """List every past meeting, not just the last two years'."""
        self.show_all_past = True
        self.refresh()

    def current_meeting_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, MEETING_ID) if item is not None else None

    def _chosen(self, *_args) -> None:
        meeting_id = self.current_meeting_id()
        self.delete_button.setEnabled(meeting_id is not None)
        if self._view is not None and meeting_id is not None and meeting_id != self._view.meeting_id:
            self._view.show_meeting(meeting_id)

    def open_meeting(self, meeting_id: int, tab: str | None = None) -> None:
        self.select(meeting_id)
        self.view.show_meeting(meeting_id)
        if tab:
            self.view.show_tab(tab)

    # The dialogs and the agenda reader load when first used, not before the window's first paint.

    def new_committee(self) -> int | None:
        from coprep.ui.meetings.committee_dialog import CommitteeDialog

        dialog = CommitteeDialog(self.ws, parent=self)
        return dialog.committee_id if dialog.exec() else None

    def new_meeting(self) -> None:
        from coprep.ui.meetings.meeting_dialog import MeetingDialog
        from coprep.ui.shell.confirm import explain_committee_first

        if not self.ws.db["committees"].count and not (explain_committee_first(self) and self.new_committee()):
            return
        dialog = MeetingDialog(self.ws, parent=self)
        if dialog.exec():
            self.open_meeting(dialog.meeting_id)

    def new_meeting_from_agenda(self, path=None) -> None:
        """Read an agenda file (chosen, or dropped on the list) and offer a meeting filled from it."""
        from coprep.ui.meetings.agenda_file_reader import AgendaFileReader, choose_agenda_file

        path = path or choose_agenda_file(self, self.ws.path)
        if path:
            self.agenda_reader = AgendaFileReader(self, path)
            self.agenda_reader.read.connect(self.confirm_meeting_from_agenda)
            self.agenda_reader.start()

    def confirm_meeting_from_agenda(self, parsed) -> None:
        from coprep.ui.meetings.meeting_from_agenda import MeetingFromAgendaDialog

        dialog = MeetingFromAgendaDialog(self.ws, parsed, parent=self)
        if dialog.exec():
            self.open_meeting(dialog.meeting_id, tab="Agenda")

    def delete_meeting(self) -> None:
        from coprep.ui.shell.confirm import confirm_delete

        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            confirm_delete(
                self,
                self.ws,
                "meetings",
                meeting_id,
                _("This meeting"),
                _("Delete this meeting?"),
                lambda: meetings.delete_meeting(self.ws, meeting_id),
            )

    def save_state(self) -> None:
        keys.settings().setValue(keys.SPLITTERS + "meetings", self.splitter.saveState())

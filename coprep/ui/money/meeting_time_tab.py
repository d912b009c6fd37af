"""A meeting's "Time and expenses" tab: log the time given to it in one click, and claim expenses for it."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from coprep.core.money import activities, claims
from coprep.core.money.activities import format_minutes
from coprep.core.money.pennies import format_money
from coprep.core.storage import clock
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _, ngettext
from coprep.ui.money.activity_dialog import ActivityDialog
from coprep.ui.money.claim_dialog import ClaimDialog
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import name

CLAIM_ID = Qt.ItemDataRole.UserRole


def time_words(activity: activities.Activity | None) -> str:
    if activity is None:
        return _("You have not logged your time for this meeting yet.")
    parts = [
        what.format(time=format_minutes(minutes))
        for minutes, what in (
            (activity.minutes_preparing, _("{time} preparing")),
            (activity.minutes_travelling, _("{time} travelling")),
            (activity.minutes_taking_part, _("{time} taking part")),
        )
        if minutes
    ]
    given = ", ".join(parts) if parts else _("no time yet")
    return _("Your time: {given} ({capacity}).").format(
        given=given, capacity=activities.CAPACITY_WORDS[activity.capacity].lower()
    )


def claim_words(claim: claims.Claim, today: dt.date) -> str:
    words = _("{money} – {status}").format(
        money=format_money(claim.claimed_pence), status=claims.STATUS_WORDS[claim.status].lower()
    )
    waited = claims.days_waited(claim, today)
    if claims.is_overdue(claim, today):
        return _("{words}: {late}").format(words=words, late=claims.overdue_words(claim, today))
    if waited is None:
        return words
    return ngettext("{words}, {count} day", "{words}, {count} days", waited).format(words=words, count=waited)


class MeetingTimeTab(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.time = QLabel()
        self.time.setWordWrap(True)
        self.time.setAccessibleName(_("Time logged for this meeting"))
        self.log = name(
            QPushButton(_("&Log my time…")),
            _("Log my time for this meeting"),
            _("The date, committee and length come from the meeting"),
        )
        self.log.clicked.connect(self.log_time)
        self.claims = QListWidget()
        name(self.claims, _("Expense claims for this meeting"), _("Press Enter to open the chosen claim"))
        self.claims.setWordWrap(True)  # a late claim's words are long; wrap them rather than cut them off
        self.claims.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claims.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.claims.itemActivated.connect(lambda item: self.open_claim(item.data(CLAIM_ID)))
        self.new_claim = name(QPushButton(_("Claim e&xpenses…")), _("Claim expenses for this meeting"))
        self.new_claim.clicked.connect(lambda: self.open_claim(None))
        self.in_time = QLabel()
        self.in_time.setWordWrap(True)
        self.in_time.setAccessibleName(_("Expenses repaid in time"))

        time_row = QHBoxLayout()
        time_row.addWidget(self.time, 1)
        time_row.addWidget(self.log)
        claim_row = QHBoxLayout()
        claim_row.addWidget(QLabel(_("<b>Expense claims</b>")), 1)
        claim_row.addWidget(self.new_claim)
        layout = QVBoxLayout(self)
        layout.addLayout(time_row)
        layout.addLayout(claim_row)
        layout.addWidget(self.claims, 1)
        layout.addWidget(self.in_time)
        notifier(ws).changed.connect(self._changed)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        if meeting_id is None:
            return
        today = clock.today()
        logged = activities.meeting_activity(self.ws.db, meeting_id)
        self.time.setText(time_words(logged))
        self.log.setText(_("Change my &time…") if logged else _("&Log my time…"))
        self.claims.clear()
        for claim in claims.claims_for_meeting(self.ws.db, meeting_id):
            item = QListWidgetItem(claim_words(claim, today))
            item.setData(CLAIM_ID, claim.id)
            self.claims.addItem(item)
        self.in_time.setText(claims.claims_repaid_in_time(self.ws.db, meeting_id, today)[1])

    def _changed(self, tables: set[str]) -> None:
        if tables & {"activities", "claims", "claim_items", "meetings"} and self.meeting_id is not None:
            self.show_meeting(self.meeting_id)

    def log_time(self) -> ActivityDialog:
        dialog = ActivityDialog(self.ws, meeting_id=self.meeting_id, parent=self)
        dialog.open()
        return dialog

    def open_claim(self, claim_id: int | None) -> ClaimDialog:
        dialog = ClaimDialog(self.ws, claim_id, meeting_id=self.meeting_id, parent=self)
        dialog.open()
        return dialog

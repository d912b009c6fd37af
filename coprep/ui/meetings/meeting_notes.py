"""The person's notes on the whole meeting (not one item), stored as they type, with the same
"Show formatted" switch as every notes box."""

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.formatted_switch import FormattedSwitch
from coprep.ui.words.jargon_highlight import mark_glossary_words


class MeetingNotesBox(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(_("Anything about the whole meeting: travel, who to talk to, how you feel…"))
        self.notes.setAccessibleName(_("My notes on the whole meeting"))
        self.notes_view = FormattedSwitch(self.notes, _("My notes on the whole meeting"))
        self.notes_view.stack.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 6 + 12)
        label = QLabel(_("My notes on the &whole meeting:"))
        label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.notes_view)
        self.autosave = Autosave(self)
        self._text = ""  # the notes as last loaded or typed
        self.notes.textChanged.connect(self._typed)
        notifier(ws).changed.connect(self._changed)
        mark_glossary_words(ws, [self.notes])

    def show_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self._load()

    def _load(self) -> None:
        meeting = meetings.get_meeting(self.ws.conn, self.meeting_id) if self.meeting_id else None
        text = meeting.notes if meeting else ""
        self._text = text
        self.setEnabled(meeting is not None)
        if self.notes.toPlainText() != text:
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)
            self.notes_view.refresh()

    def _typed(self) -> None:
        meeting_id, text = self.meeting_id, self.notes.toPlainText()
        if text == self._text:  # only the glossary's underlines came or went
            return
        self._text = text
        if meeting_id is not None:
            self.autosave.queue(lambda: meetings.update_meeting(self.ws, meeting_id, merge=True, notes=text))

    def _changed(self, tables: set[str]) -> None:
        if "meetings" in tables and not self.autosave.saving and not self.autosave.pending:
            self._load()

    def flush(self) -> None:
        """Store what is waiting, now (before undo, or before showing another meeting)."""
        self.autosave.flush()

"""Typing is kept within a second however fast the person types, and at once when focus moves."""

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.ui.meetings.meeting_notes import MeetingNotesBox
from coprep.ui.shell.autosave import Autosave, flush_all


def _notes_box(ws, qtbot):
    meeting_id = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2030-01-10")
    holder = QWidget()
    box = MeetingNotesBox(ws, holder)
    other = QLineEdit(holder)
    other.setAccessibleName("Somewhere else")
    layout = QVBoxLayout(holder)
    layout.addWidget(box)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    box.show_meeting(meeting_id)
    return holder, box, other, meeting_id


def test_steady_typing_is_saved_before_the_person_pauses(ws, qtbot):
    _holder, box, _other, meeting_id = _notes_box(ws, qtbot)
    typed = ""
    for letter in "Ask about the waiting list":  # a key every 300 ms: never a half-second pause
        qtbot.keyClicks(box.notes, letter)
        typed += letter
        qtbot.wait(300)
        if meetings.get_meeting(ws.db, meeting_id).notes:
            break
    saved = meetings.get_meeting(ws.db, meeting_id).notes
    assert saved and typed.startswith(saved)
    assert len(typed) < len("Ask about the waiting list")  # saved while typing went on


def test_the_deadline_counts_from_the_first_unsaved_key():
    saves = []
    autosave = Autosave()
    autosave.queue(lambda: saves.append(1))
    first = autosave._deadline.timerId()
    autosave.queue(lambda: saves.append(2))
    assert autosave._deadline.timerId() == first  # not restarted by later keys
    autosave._deadline.timeout.emit()
    assert saves == [2] and not autosave.pending


def test_moving_the_focus_saves_at_once(ws, qtbot):
    holder, box, other, meeting_id = _notes_box(ws, qtbot)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    box.notes.setFocus()
    qtbot.waitUntil(box.notes.hasFocus)
    qtbot.keyClicks(box.notes, "Parking")
    assert box.autosave.pending
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert meetings.get_meeting(ws.db, meeting_id).notes == "Parking"


def test_flush_all_saves_every_waiting_field(ws, qtbot):
    _holder, box, _other, meeting_id = _notes_box(ws, qtbot)
    qtbot.keyClicks(box.notes, "Train at 9")
    flush_all()
    assert meetings.get_meeting(ws.db, meeting_id).notes == "Train at 9"

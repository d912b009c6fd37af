"""Agendas in the window: a meeting made from a dropped PDF, and pasting into a meeting with items."""

from pathlib import Path

import pytest
from modal_dialogs import when_dialog_opens
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from coprep.core.meetings import meetings
from coprep.ui.meetings.meeting_from_agenda import MeetingFromAgendaDialog
from coprep.ui.meetings.paste_agenda import PasteAgendaDialog

CORPUS = Path(__file__).parents[2] / "data" / "agendas"
SHOTS = Path("/tmp/coprep-agenda-shots")


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def drop_file(widget, path: Path) -> None:
    """Drag a file from the file manager and let go of it over the widget, as a person would."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(20, 20)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where.toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)


@pytest.mark.filterwarnings("ignore:Function. 'QDragEnterEvent:DeprecationWarning")  # its only constructor
def test_a_dropped_agenda_pdf_with_a_wrapped_table_makes_a_meeting_to_confirm(window, ws, qtbot):
    page = window.show_section("Meetings")
    seen = {}

    def check_and_save(dialog):
        assert isinstance(dialog, MeetingFromAgendaDialog)
        seen["committee"] = dialog.committee.currentText()
        seen["new name"] = dialog.new_committee.text()
        seen["date"] = dialog.date.date().toString("yyyy-MM-dd")
        seen["times"] = (dialog.start.time().toString("HH:mm"), dialog.end.time().toString("HH:mm"))
        seen["place"] = dialog.place.text()
        seen["rows"] = dialog.table.rowCount()
        seen["row 4"] = dialog.table.item(3, 1).text()
        shoot(dialog, "meeting-from-agenda")
        dialog.place.clear()
        qtbot.keyClicks(dialog.place, "Boardroom, Calderbrook General Hospital (level 2)")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_dialog_opens(check_and_save)
    qtbot.waitUntil(page.tree.viewport().acceptDrops)  # from just after the list's first paint
    drop_file(page.tree.viewport(), CORPUS / "trust_board_wrapped_pdf.pdf")
    qtbot.waitUntil(lambda: ws.db["meetings"].count == 1)

    assert seen["new name"] == "Quality Committee"
    assert seen["date"] == "2025-03-20" and seen["times"] == ("14:00", "16:30")
    assert seen["place"] == "Boardroom, Calderbrook General Hospital"
    assert seen["rows"] == 7 and seen["row 4"] == "Register of members' interests for this meeting"
    meeting = meetings.list_meetings(ws.db)[0]
    assert (meeting.committee_name, meeting.date, meeting.start_time) == ("Quality Committee", "2025-03-20", "14:00")
    assert meeting.place == "Boardroom, Calderbrook General Hospital (level 2)"  # the person's correction
    assert "private" in meeting.notes
    items = meetings.agenda(ws.db, meeting.id)
    assert [i.number for i in items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert (items[3].presenter, items[3].purpose) == ("Chair", "information")
    assert items[3].papers_expected == "QC24/004"
    qtbot.waitUntil(lambda: page.current_meeting_id() == meeting.id)
    shoot(window, "meeting-made-from-agenda")

    assert window.undo_action.text().replace("&", "").endswith("New meeting from an agenda")
    window.undo_action.trigger()  # Edit > Undo
    assert ws.db["meetings"].count == 0 and ws.db["committees"].count == 0 and ws.db["agenda_items"].count == 0


def test_the_file_menu_offers_a_new_meeting_from_an_agenda(window):
    actions = [a for a in window.menuBar().actions()[0].menu().actions() if "agenda" in a.text()]
    assert actions and actions[0].shortcut().toString() == "Ctrl+Shift+A"


PASTED = """Quality Committee
Thursday 5 March 2026, 10:00 - 12:00
Room 4, Riverside House
1. Welcome and apologies - Chair
2. Minutes of the last meeting   For approval
3. Quality report   Director of Nursing   Enc 3
"""
OLD = [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"), ("3", "Finance report")]


@pytest.fixture
def meeting(ws):
    meeting_id = meetings.add_meeting(
        ws,
        meetings.add_committee(ws, "Quality Committee"),
        "2026-03-04",
        start_time="10:00",
        place="Room 4, Riverside House",
    )
    for number, title in OLD:
        meetings.add_item(ws, meeting_id, title, number=number)
    finance = meetings.agenda(ws.db, meeting_id)[2]
    meetings.update_item(ws, finance.id, notes="Ask about agency spending")
    return meeting_id


def rows(ws, meeting_id):
    return [(i.number, i.title) for i in meetings.agenda(ws.db, meeting_id)]


def paste_and_read(dialog, qtbot):
    QGuiApplication.clipboard().setText(PASTED)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)


@pytest.mark.parametrize(
    "way, button, expected",
    [
        (
            "replace",
            "Replace",
            [
                ("1", "Welcome and apologies"),
                ("2", "Minutes of the last meeting"),
                ("3", "Quality report"),
                ("3", "Finance report"),
            ],
        ),
        (
            "add",
            "Add these",
            OLD + [("1", "Welcome and apologies"), ("2", "Minutes of the last meeting"), ("3", "Quality report")],
        ),
        ("update", "Update", OLD + [("3", "Quality report")]),
    ],
)
def test_pasting_into_a_meeting_with_items_asks_how_then_undoes_in_one_step(
    window, ws, qtbot, meeting, way, button, expected
):
    dialog = PasteAgendaDialog(ws, meeting, window)
    dialog.show()
    paste_and_read(dialog, qtbot)
    assert dialog.detail_checks.keys() == {"date", "end_time"}  # the place and start are the same
    shoot(dialog, f"paste-{way}")
    asked = {}

    def choose(box):
        assert isinstance(box, QMessageBox)
        asked["text"] = box.text()
        shoot(box, "paste-asks-how")
        chosen = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "").startswith(button))
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    when_dialog_opens(choose)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "already has 3 items" in asked["text"]
    assert rows(ws, meeting) == expected
    finance = next(i for i in meetings.agenda(ws.db, meeting) if i.title == "Finance report")
    assert finance.notes == "Ask about agency spending"  # never lost, whichever way
    assert meetings.get_meeting(ws.db, meeting).date == "2026-03-04"  # not ticked: not changed

    window.open_meeting(meeting, tab="Agenda")
    shoot(window, f"agenda-after-{way}")
    window.undo_action.trigger()  # Edit > Undo: one step puts the old agenda back
    assert rows(ws, meeting) == OLD


def test_the_question_names_the_old_items_replacing_would_delete_and_esc_changes_nothing(window, ws, qtbot, meeting):
    item = meetings.add_item(ws, meeting, "Any other business", number="9")
    dialog = PasteAgendaDialog(ws, meeting, window)
    dialog.show()
    paste_and_read(dialog, qtbot)
    asked = {}

    def cancel(box):
        asked["more"] = box.informativeText()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_dialog_opens(cancel)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert asked["more"].startswith("Replacing deletes 1 old item you wrote nothing on: Any other business.")
    assert dialog.isVisible() and meetings.get_item(ws.db, item) is not None
    assert rows(ws, meeting) == OLD + [("9", "Any other business")]
    dialog.reject()


def test_a_ticked_difference_changes_the_meeting_and_undoes_with_the_items(window, ws, qtbot, meeting):
    dialog = PasteAgendaDialog(ws, meeting, window)
    dialog.show()
    paste_and_read(dialog, qtbot)
    tick = dialog.detail_checks["date"]
    # on its box: a tick box as wide as the window takes a click only on its box and words
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(tick.height() // 2, tick.height() // 2))
    assert tick.isChecked()
    when_dialog_opens(
        lambda box: qtbot.mouseClick(
            next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "").startswith("Update")),
            Qt.MouseButton.LeftButton,
        )
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    changed = meetings.get_meeting(ws.db, meeting)
    assert (changed.date, changed.end_time) == ("2026-03-05", None)  # only what was ticked
    ws.undo()
    assert meetings.get_meeting(ws.db, meeting).date == "2026-03-04" and rows(ws, meeting) == OLD


def test_a_broken_agenda_file_is_explained_in_plain_words(window, ws, qtbot, tmp_path):
    broken = tmp_path / "agenda.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    page = window.show_section("Meetings")
    told = {}

    def read_message(box):
        told["text"] = box.text()
        box.accept()

    when_dialog_opens(read_message)
    page.new_meeting_from_agenda(broken)
    qtbot.waitUntil(lambda: "text" in told)
    assert "looks damaged" in told["text"] and "Traceback" not in told["text"]
    assert ws.db["meetings"].count == 0


def test_opening_a_word_agenda_in_the_paste_window_fills_the_items(window, ws, qtbot):
    meeting_id = meetings.add_meeting(ws, meetings.add_committee(ws, "Finance and Investment Committee"), "2025-07-15")
    dialog = PasteAgendaDialog(ws, meeting_id, window)
    dialog.show()
    dialog.open_file(CORPUS / "icb_committee_docx.docx")  # what "Open an agenda file…" does once a file is chosen
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 6)
    assert dialog.table.item(3, 1).text() == "Community diagnostic centre: full business case"
    assert dialog.detail_checks.keys() == {"start_time", "end_time", "place"}  # the date is the same
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # no items yet: nothing to ask
    assert [i.number for i in meetings.agenda(ws.db, meeting_id)][:2] == ["FIC 25/41", "FIC 25/42"]
    assert meetings.get_meeting(ws.db, meeting_id).start_time is None  # not ticked, not changed

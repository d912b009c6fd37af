"""The foundation driven as a person would: committee, meeting, pasted agenda, reorder, undo, reopen."""

from modal_dialogs import answer_delete_question, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from coprep.core.meetings import meetings
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace
from coprep.ui.meetings.committee_dialog import CommitteeDialog
from coprep.ui.meetings.meeting_dialog import MeetingDialog
from coprep.ui.meetings.paste_agenda import PasteAgendaDialog
from coprep.ui.shell.main_window import MainWindow

PASTED = """Riverside ICB Quality Committee
1. Welcome and apologies - Chair
2. Minutes of the last meeting   For approval
3. Winter plan update   For discussion   Dr Priya Nair   10:30
pdf icon PDF 297 KB
4. Any other business
"""


def _save(dialog, qtbot):
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def _titles(ws, meeting_id):
    return [item.title for item in meetings.agenda(ws.db, meeting_id)]


def test_build_an_agenda_then_undo_redo_and_reopen(window, ws, qtbot, db_path):
    committee = CommitteeDialog(ws, parent=window)
    qtbot.keyClicks(committee.name, "Quality Committee")
    qtbot.keyClicks(committee.organisation, "NHS Riverside ICB")
    committee.notice.setValue(5)
    _save(committee, qtbot)
    assert meetings.list_committees(ws.db)[0].notice_working_days == 5

    meeting = MeetingDialog(ws, parent=window)
    qtbot.keyClicks(meeting.place, "Riverside House")
    _save(meeting, qtbot)
    meeting_id = meeting.meeting_id
    window.open_meeting(meeting_id)
    page = window.show_section("Meetings")
    assert page.current_meeting_id() == meeting_id
    assert "Riverside House" in page.view.heading.text()

    paste = PasteAgendaDialog(ws, meeting_id, window)
    for line in PASTED.splitlines():
        qtbot.keyClicks(paste.text, line)
        qtbot.keyClick(paste.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: paste.table.rowCount() >= 4)
    title_cell = next(r for r in range(paste.table.rowCount()) if "Winter" in paste.table.item(r, 1).text())
    paste.table.item(title_cell, 1).setText("Winter plan")
    qtbot.mouseClick(paste.add_button, Qt.MouseButton.LeftButton)
    titles = _titles(ws, meeting_id)
    assert "Winter plan" in titles and "Any other business" in titles
    assert not any("pdf icon" in t for t in titles)
    winter = next(i for i in meetings.agenda(ws.db, meeting_id) if i.title == "Winter plan")
    assert (winter.time, winter.purpose) == ("10:30", "discussion")

    agenda = page.view.show_tab("Agenda")
    agenda.refresh()
    agenda.select_item(winter.id)
    before = _titles(ws, meeting_id)
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = _titles(ws, meeting_id)
    assert moved.index("Winter plan") == before.index("Winter plan") - 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(ws, meeting_id) == before
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _titles(ws, meeting_id) == moved

    agenda.select_item(winter.id)
    qtbot.keyClicks(agenda.editor.questions, "Are corridors used for care?")
    qtbot.waitUntil(lambda: meetings.get_item(ws.db, winter.id).questions == "Are corridors used for care?")
    assert "Winter plan" in agenda.list.currentItem().text()

    window.close()
    ws.db.close()
    reopened = Workspace(open_database(db_path), db_path)
    again = MainWindow(reopened)
    qtbot.addWidget(again)
    assert again.show_section("Meetings").current_meeting_id() == meeting_id
    assert _titles(reopened, meeting_id) == moved
    assert meetings.get_item(reopened.db, winter.id).questions == "Are corridors used for care?"
    reopened.db.close()


def test_deleting_an_item_and_undoing_brings_it_back(window, ws, qtbot):
    committee = meetings.add_committee(ws, "Board")
    meeting_id = meetings.add_meeting(ws, committee, "2030-01-10")
    for title in ("Welcome", "Finance"):
        meetings.add_item(ws, meeting_id, title)
    window.open_meeting(meeting_id)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.list.setCurrentRow(1)
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(agenda.delete, Qt.MouseButton.LeftButton)
    assert asked == ["This will delete: The item “Finance”."] and _titles(ws, meeting_id) == ["Welcome", "Finance"]
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(agenda.delete, Qt.MouseButton.LeftButton)
    assert _titles(ws, meeting_id) == ["Welcome"]
    assert agenda.list.count() == 1
    window.undo()
    assert _titles(ws, meeting_id) == ["Welcome", "Finance"]
    assert agenda.list.count() == 2


def test_bigger_text_is_remembered(window, qtbot):
    from PySide6.QtWidgets import QApplication

    size = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > size
    window.change_text_size(0)
    assert QApplication.font().pointSizeF() == size


def test_the_window_remembers_its_size_and_section(ws, qtbot):
    from coprep.core.storage.settings import set_setting

    set_setting(ws.db, "welcomed", "yes")
    first = MainWindow(ws)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 520)
    splitter = first.show_section("Meetings").splitter
    splitter.setSizes([250, 700])
    sizes = splitter.sizes()
    first.show_section("Committees")
    first.close()
    second = MainWindow(ws)
    qtbot.addWidget(second)
    assert second.height() == 520  # the offscreen test screen is too narrow to test width
    assert second.show_section("Meetings").splitter.sizes()[0] == sizes[0]
    second.show_section("Committees")
    assert second.sections.currentItem().text() == "Committees"


def test_notes_on_the_whole_meeting_are_stored_and_undone(window, ws, qtbot):
    meeting_id = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2030-01-10")
    window.open_meeting(meeting_id)
    box = window.show_section("Meetings").view.show_tab("Agenda").meeting_notes
    qtbot.keyClicks(box.notes, "Ask for papers on paper")
    qtbot.waitUntil(lambda: meetings.get_meeting(ws.db, meeting_id).notes == "Ask for papers on paper")
    box.notes.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get_meeting(ws.db, meeting_id).notes == ""
    assert box.notes.toPlainText() == ""


def test_a_long_history_lists_recent_meetings_and_older_ones_on_request(window, ws, qtbot):
    import datetime as dt

    committee = meetings.add_committee(ws, "Board")
    today = dt.date.today()
    recent = meetings.add_meeting(ws, committee, (today - dt.timedelta(days=30)).isoformat())
    old = meetings.add_meeting(ws, committee, (today - dt.timedelta(days=5 * 365)).isoformat())
    page = window.show_section("Meetings")
    past = page.tree.topLevelItem(1)
    labels = [past.child(i).text(0) for i in range(past.childCount())]
    assert labels[-1] == "Show 1 older meeting…"
    assert past.text(0) == "Past meetings (2)"
    assert page.select(recent)
    page.tree.setCurrentItem(past.child(past.childCount() - 1))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    past = page.tree.topLevelItem(1)
    assert [past.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(past.childCount())] == [recent, old]
    page.show_all_past = False
    page.refresh()
    window.open_meeting(old)  # e.g. from a search result
    assert page.current_meeting_id() == old


def test_saving_meeting_notes_leaves_the_meeting_list_as_it_is(window, ws, qtbot):
    meeting_id = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2030-01-10")
    page = window.show_section("Meetings")
    row = page.tree.topLevelItem(0).child(0)
    row.setData(0, Qt.ItemDataRole.UserRole + 5, "still the same row")
    meetings.update_meeting(ws, meeting_id, notes="Bring the parking ticket")
    assert page.tree.topLevelItem(0).child(0).data(0, Qt.ItemDataRole.UserRole + 5) == "still the same row"
    meetings.update_meeting(ws, meeting_id, place="Room 4", start_time="14:00")
    assert "14:00" in page.tree.topLevelItem(0).child(0).text(0)


def test_a_new_committee_s_promises_left_alone_are_not_known_rather_than_none(window, ws, qtbot):
    """Seen: the boxes started at 0, so a committee added by name only 'had no lay places' (the fair
    treatment check then said two lay members could not be there) and promised papers 0 days ahead."""
    from coprep.core.fairness.proposals import propose

    page = window.show_section("Committees")
    new = next(b for b in page.findChildren(QPushButton) if b.text() == "&New committee…")

    shown = []

    def fill_in(dialog) -> None:
        shown.extend([dialog.lay_places.text(), dialog.notice.text()])
        qtbot.keyClicks(dialog.name, "Patient panel")
        _save(dialog, qtbot)

    when_dialog_opens(fill_in)
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert shown == ["Not known", "Not known"]
    committee = meetings.list_committees(ws.db)[0]
    assert (committee.name, committee.lay_places, committee.notice_working_days) == ("Patient panel", None, None)
    assert "Places for patients" not in page.view.heading.text() and "Papers promised" not in page.view.heading.text()
    meeting = meetings.add_meeting(ws, committee.id, "2026-12-08", status="held")
    assert "two_lay_members" not in propose(ws.db, meeting)

    # Changing it later shows what was given, and a number typed in is kept.
    dialog = CommitteeDialog(ws, committee.id, parent=window)
    assert dialog.lay_places.text() == "Not known"
    dialog.lay_places.selectAll()
    qtbot.keyClicks(dialog.lay_places, "2")
    _save(dialog, qtbot)
    assert meetings.get_committee(ws.db, committee.id).lay_places == 2
    assert CommitteeDialog(ws, committee.id, parent=window).lay_places.value() == 2


def test_a_first_start_says_to_add_a_committee_before_a_meeting(window, ws, qtbot):
    """Seen on an empty file: "Choose a meeting on the left, or add a new one", with nothing on the left,
    and a new meeting cannot be added before its committee."""
    view = window.show_section("Meetings").view
    assert view.empty.isVisible() and "New committee…" in view.empty.text()
    meetings.add_committee(ws, "Patient panel")
    assert view.empty.text() == "Choose a meeting on the left, or add a new one."


def test_at_200_percent_the_agenda_item_s_form_below_the_list_has_room_to_read(window, ws, qtbot):
    """Seen at 200% on a 1366x768 screen: the item's form, stacked below the list, was squeezed to three
    lines and scrolled inside the scrolling page."""
    from PySide6.QtWidgets import QApplication, QSplitter

    committee = meetings.add_committee(ws, "Quality Committee")
    meeting = meetings.add_meeting(ws, committee, "2026-12-08")
    meetings.add_item(ws, meeting, "Winter plan")
    window.resize(1366, 768)
    for _ in range(6):
        window.change_text_size(+1)
    window.resize(1366, 768)
    window.open_meeting(meeting, tab="Agenda")
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    for _ in range(6):
        QApplication.processEvents()
    assert agenda.findChild(QSplitter).orientation() == Qt.Orientation.Vertical  # the form is below the list
    assert agenda.editor.height() >= agenda.editor.fontMetrics().lineSpacing() * 12
    window.change_text_size(0)  # back side by side: the form's height is the window's to share again
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: agenda.findChild(QSplitter).orientation() == Qt.Orientation.Horizontal)
    assert agenda.editor.minimumHeight() == 0

"""The Briefing pack tab, follow-ups and the What I raised tab, driven with the mouse and keyboard.

Where a person would pick a file, the tests answer `print_actions.ask_save_path` instead.
"""

import re

import pypdfium2 as pdfium
import pytest
from briefing_example import TITLES, add_example_meeting
from icalendar import Calendar
from modal_dialogs import answer_delete_question, when_dialog_opens
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget

from coprep.core.meetings import meetings
from coprep.core.meetings.follow_ups import follow_ups
from coprep.ui.shell import print_actions


@pytest.fixture
def answer_save(monkeypatch, tmp_path):
    """Make the save dialog answer with a file in tmp_path; returns the list of questions asked."""
    asked = []

    def ask(parent, title, suggested, file_filter):
        asked.append((title, suggested.name, file_filter))
        return tmp_path / suggested.name

    monkeypatch.setattr(print_actions, "ask_save_path", ask)
    return asked


def _briefing_tab(window, meeting, qtbot):
    window.open_meeting(meeting, tab="Briefing pack")
    tab = window.show_section("Meetings").view.show_tab("Briefing pack")
    qtbot.waitUntil(
        lambda: not tab.looking_up()
    )  # its words to know wait for the word finder (off the window's thread)
    return tab


def test_choose_parts_with_mouse_and_keys_and_see_them_in_the_preview(window, ws, qtbot):
    meeting = add_example_meeting(ws)
    tab = _briefing_tab(window, meeting, qtbot)
    shown = tab.preview.toPlainText()
    assert TITLES[1] in shown and "Words to know" in shown and "PRIVATE-NOTE" in shown

    words = tab.sections["words"]
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(words.height() // 2, words.height() // 2))
    assert "Words to know" not in tab.preview.toPlainText()
    tab.leave_out_private.setFocus()
    qtbot.keyClick(tab.leave_out_private, Qt.Key.Key_Space)
    assert "PRIVATE-NOTE" not in tab.preview.toPlainText()
    tab.text_size.setFocus()
    qtbot.keyClick(tab.text_size, Qt.Key.Key_Down)
    options = tab.options()
    assert options.large_print == 16 and not options.include_private and "words" not in options.sections

    meetings.update_item(ws, meetings.agenda(ws.db, meeting)[0].id, title="Minutes, now renamed")
    qtbot.waitUntil(lambda: "Minutes, now renamed" in tab.preview.toPlainText())


def test_the_pack_says_it_is_looking_up_words_until_the_word_finder_is_built(window, ws, qtbot, held_finder):
    meeting = add_example_meeting(ws)
    held_finder.start()
    window.open_meeting(meeting, tab="Briefing pack")
    tab = window.show_section("Meetings").view.show_tab("Briefing pack")
    assert tab.looking_up() and tab.preview.toPlainText() == "Looking up words…"
    assert not tab.actions.print_button.isEnabled() and not tab.actions.save_buttons[".pdf"].isEnabled()
    assert tab.calendar.isEnabled()  # needs no words
    held_finder.release()
    qtbot.waitUntil(lambda: "Words to know" in tab.preview.toPlainText())
    assert TITLES[1] in tab.preview.toPlainText() and "Sepsis" in tab.preview.toPlainText()
    assert tab.actions.print_button.isEnabled() and not held_finder.on_window_thread


def test_common_words_are_explained_only_when_asked(window, ws, qtbot):
    meeting = add_example_meeting(ws)
    meetings.add_item(ws, meeting, "NHS targets for the year")
    tab = _briefing_tab(window, meeting, qtbot)
    words = lambda: tab.preview.toPlainText().split("Words to know", 1)[1]  # noqa: E731
    assert not re.search(r"^(NHS|Target):", words(), re.MULTILINE) and "Sepsis" in words()
    tab.all_words.setFocus()
    qtbot.keyClick(tab.all_words, Qt.Key.Key_Space)
    assert tab.options().all_words and "Sepsis" in words()
    assert re.search(r"^NHS:", words(), re.MULTILINE) and re.search(r"^Target:", words(), re.MULTILINE)


def test_save_as_pdf_markdown_and_web_page_from_the_buttons(window, ws, qtbot, answer_save, tmp_path):
    meeting = add_example_meeting(ws)
    tab = _briefing_tab(window, meeting, qtbot)
    tab.leave_out_private.setChecked(True)
    tab.paper.setCurrentIndex(tab.paper.findData("Letter"))
    qtbot.mouseClick(tab.actions.save_buttons[".pdf"], Qt.MouseButton.LeftButton)
    title, file_name, file_filter = answer_save[-1]
    assert file_name == "briefing-2026-07-14-quality-committee.pdf" and "*.pdf" in file_filter
    pdf = pdfium.PdfDocument(tmp_path / file_name)
    assert [round(size) for size in pdf[0].get_size()] == [612, 792]
    text = " ".join(" ".join(pdf[n].get_textpage().get_text_range().split()) for n in range(len(pdf)))
    assert TITLES[1] in text and "PRIVATE-NOTE" not in text
    pdf.close()
    assert "Saved to" in tab.actions.status.text()

    qtbot.mouseClick(tab.actions.save_buttons[".md"], Qt.MouseButton.LeftButton)
    assert (tmp_path / "briefing-2026-07-14-quality-committee.md").read_text().startswith("# Quality Committee")
    tab.actions.save_buttons[".html"].setFocus()
    qtbot.keyClick(tab.actions.save_buttons[".html"], Qt.Key.Key_Space)
    assert "<!DOCTYPE html>" in (tmp_path / "briefing-2026-07-14-quality-committee.html").read_text()


def test_preview_pages_shows_every_page_of_the_pack(window, ws, qtbot):
    tab = _briefing_tab(window, add_example_meeting(ws), qtbot)
    seen = []

    def look_then_close(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        seen.append((dialog.windowTitle(), preview.pageCount() if preview else 0))
        dialog.reject()

    when_dialog_opens(look_then_close)
    qtbot.mouseClick(tab.actions.preview_button, Qt.MouseButton.LeftButton)  # returns when the preview closes
    assert seen and seen[0][0] == "Preview: Quality Committee, 14 July 2026" and seen[0][1] >= 3


def test_add_to_my_calendar_saves_an_ics_file(window, ws, qtbot, answer_save, tmp_path):
    meeting = add_example_meeting(ws)
    tab = _briefing_tab(window, meeting, qtbot)
    qtbot.mouseClick(tab.calendar, Qt.MouseButton.LeftButton)
    (event,) = Calendar.from_ical((tmp_path / answer_save[-1][1]).read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Quality Committee"
    assert "Open that file" in tab.calendar_status.text()


def test_every_control_has_a_name_for_screen_readers(window, ws, qtbot):
    tab = _briefing_tab(window, add_example_meeting(ws), qtbot)
    controls = [
        *tab.sections.values(),
        tab.leave_out_private,
        tab.all_words,
        tab.text_size,
        tab.paper,
        tab.calendar,
        tab.preview,
        tab.actions.preview_button,
        tab.actions.print_button,
        *tab.actions.save_buttons.values(),
    ]
    assert all(control.accessibleName() for control in controls)
    assert all(control.focusPolicy() & Qt.FocusPolicy.TabFocus for control in controls)


def test_follow_ups_are_added_ticked_and_deleted_from_the_agenda_item(window, ws, qtbot):
    meeting = add_example_meeting(ws)
    window.open_meeting(meeting, tab="Agenda")
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.list.setCurrentRow(1)
    box = agenda.editor.follow_ups
    item_id = meetings.agenda(ws.db, meeting)[1].id
    qtbot.keyClicks(box.text, "Tom to send the children's figures")
    qtbot.keyClicks(box.due, "12/08/2026")
    qtbot.keyClick(box.due, Qt.Key.Key_Return)
    (added,) = follow_ups(ws.db, item_id)
    assert added.text == "Tom to send the children's figures" and added.due_date == "2026-08-12"
    assert box.list.item(0).text() == "Tom to send the children's figures (by 12 August 2026)"

    qtbot.keyClicks(box.text, "No date")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 2

    box.list.setCurrentRow(0)
    box.list.item(0).setCheckState(Qt.CheckState.Checked)  # what Space or a click on the box does
    assert follow_ups(ws.db, item_id)[-1].done
    ws.undo()
    assert not any(f.done for f in follow_ups(ws.db, item_id))
    assert box.list.item(0).checkState() == Qt.CheckState.Unchecked

    box.list.setFocus()
    box.list.setCurrentRow(1)
    asked: list[str] = []
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.keyClick(box.list, Qt.Key.Key_Delete)
    assert asked[0].startswith("This will delete: The follow-up “")
    assert [f.text for f in follow_ups(ws.db, item_id)] == ["Tom to send the children's figures"]

    box.list.setCurrentRow(0)
    box.due.setText("someday")
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    assert "not a date" in box.problem.text() and follow_ups(ws.db, item_id)[0].due_date == "2026-08-12"


def test_follow_ups_keep_room_to_read_and_write_with_bigger_text(window, ws, qtbot):
    meeting = add_example_meeting(ws)
    window.open_meeting(meeting, tab="Agenda")
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.list.setCurrentRow(1)
    box = agenda.editor.follow_ups
    before = box.list.minimumHeight()
    window.change_text_size(+1)
    window.change_text_size(+1)
    line = box.list.fontMetrics().lineSpacing()
    assert box.list.minimumHeight() > before and box.list.minimumHeight() >= 4 * line
    assert box.text.width() >= box.list.width() - 1  # the box to write in is as wide as the list, not squeezed


def test_what_i_raised_tab_shows_and_saves_the_list(window, ws, qtbot, answer_save, tmp_path):
    meeting = add_example_meeting(ws)
    committee = meetings.get_meeting(ws.db, meeting).committee_id
    page = window.show_section("Committees")
    page.open_committee(committee)
    index = next(i for i in range(page.view.tabs.count()) if page.view.tabs.tabText(i) == "What I raised")
    page.view.tabs.setCurrentIndex(index)
    tab = page.view.tab(index)
    assert "PRIVATE-RAISED" in tab.view.toPlainText()
    meetings.update_item(ws, meetings.agenda(ws.db, meeting)[1].id, outcome="They agreed to report it.")
    assert "They agreed to report it." in tab.view.toPlainText()
    qtbot.mouseClick(tab.actions.save_buttons[".html"], Qt.MouseButton.LeftButton)
    assert "They agreed to report it." in (tmp_path / answer_save[-1][1]).read_text()

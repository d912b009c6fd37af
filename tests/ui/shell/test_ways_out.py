"""Every window has a way out: the paper reader closes with its Close button, Ctrl+W and Esc; every
dialog closes with Esc; the notes are one box with a Show formatted switch."""

import datetime as dt

import pytest
from modal_dialogs import when_dialog_opens
from paper_files import make_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from coprep.core.demo.worked_example import load_demo
from coprep.core.meetings.meetings import add_committee, add_item, add_meeting
from coprep.core.papers.papers import import_paper
from coprep.ui.papers.pdf_reader import PaperReader, open_paper


@pytest.fixture
def meeting(ws) -> int:
    committee = add_committee(ws, "Quality Committee")
    return add_meeting(ws, committee, "2026-03-12")


def _readers() -> list[PaperReader]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PaperReader) and w.isVisible()]


@pytest.mark.parametrize("how", ["button", "ctrl+w", "esc"])
def test_the_paper_reader_closes(ws, meeting, qtbot, tmp_path, how) -> None:
    paper_id = import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", ["A short paper about waiting times."]))
    reader = open_paper(ws, paper_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reader)
    assert reader.close_button.isVisible()
    if how == "button":
        qtbot.mouseClick(reader.close_button, Qt.MouseButton.LeftButton)
    elif how == "ctrl+w":
        qtbot.keyClick(reader.find_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(reader.page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _readers())


def test_one_notes_box_with_a_show_formatted_switch(window, ws, meeting, qtbot) -> None:
    item = add_item(ws, meeting, "Winter plan")
    window.open_meeting(meeting)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    editor = agenda.editor
    editor.show_item(item)
    switch = editor.notes.parentWidget().parentWidget()
    assert not editor.preview.isVisible() and editor.notes.isVisible()
    qtbot.keyClicks(editor.notes, "Ask about **children**")
    qtbot.keyClick(switch.switch, Qt.Key.Key_Space)
    assert editor.preview.isVisible() and not editor.notes.isVisible()
    assert editor.preview.toPlainText().strip() == "Ask about children"
    qtbot.keyClick(switch.switch, Qt.Key.Key_Space)
    assert editor.notes.isVisible() and editor.notes.toPlainText() == "Ask about **children**"


def test_every_notes_box_is_one_box_with_the_same_switch(window, ws, qtbot) -> None:
    """The agenda item's, the whole meeting's and the role's notes: no box shows its text twice."""
    from coprep.ui.shell.formatted_switch import FormattedSwitch

    load_demo(ws, today=dt.date(2026, 11, 30))
    meeting_id = ws.db.execute("select meeting_id from agenda_items where notes != '' limit 1").fetchone()[0]
    window.open_meeting(meeting_id, tab="Agenda")
    committees = window.show_section("Committees")
    committees.view.tabs.show_page("My role")
    switches = window.findChildren(FormattedSwitch)
    names = sorted(s.editor.accessibleName() for s in switches)
    assert names == ["My notes", "My notes about my role", "My notes on the whole meeting"]
    for switch in switches:
        assert switch.stack.indexOf(switch.preview) >= 0 and switch.stack.indexOf(switch.editor) >= 0
        assert not switch.preview.isVisible()
    meeting_notes = next(s for s in switches if s.editor.accessibleName() == "My notes on the whole meeting")
    window.open_meeting(meeting_id, tab="Agenda")
    meeting_notes.editor.setFocus()
    qtbot.keyClicks(meeting_notes.editor, "Ask about **parking**")
    qtbot.keyClick(meeting_notes.switch, Qt.Key.Key_Space)
    assert meeting_notes.preview.isVisible() and "Ask about parking" in meeting_notes.preview.toPlainText()


def test_every_dialog_a_button_opens_closes_with_esc(window, ws, qtbot) -> None:
    load_demo(ws, today=dt.date(2026, 11, 30))
    page = window.show_section("Meetings")
    closed = []

    def press_esc_when_it_opens(button) -> None:
        def act(dialog) -> None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            closed.append(QApplication.activeModalWidget() is not dialog)

        when_dialog_opens(act)
        button.click()

    for words in ("New meeting…", "New committee…"):
        press_esc_when_it_opens(next(b for b in page.findChildren(QPushButton) if b.text().replace("&", "") == words))
    assert closed == [True, True]
    assert not isinstance(QApplication.activeModalWidget(), QDialog)

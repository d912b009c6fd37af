"""The meeting's "Words to know" tab and the glossary underline in the agenda editor."""

from modal_dialogs import when_dialog_opens
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QToolTip

from coprep.core.meetings import meetings
from coprep.ui.words.jargon_highlight import glossary_cache, helper_of, mark_glossary_words, meaning_text
from coprep.ui.words.words_panel import WordsPanel

WORD = Qt.ItemDataRole.UserRole


def _meeting(ws):
    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2030-03-12")
    item = meetings.add_item(
        ws,
        meeting,
        "Urgent care",
        description="SHREWD showed level 4; nosocomial cases rose.",
        notes="The waiting list grew.",
        questions="Why?",
    )
    return meeting, item


def _panel(ws, qtbot, meeting):
    panel = WordsPanel(ws)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    qtbot.waitUntil(lambda: not panel.looking_up())  # the word finder is built off the window's thread
    return panel


def _words_ready(ws, qtbot):
    """Wait for the word finder, built off the window's thread, as a person would wait for the underlines."""
    cache = glossary_cache(ws)
    cache.need()
    qtbot.waitUntil(lambda: cache.ready)


def _unknown(panel):
    return [panel.unknown.item(row).data(WORD) for row in range(panel.unknown.count())]


def _underlined(box: QPlainTextEdit) -> set[str]:
    """The words of the box's first paragraph that carry the glossary's dotted underline."""
    ranges = box.document().firstBlock().layout().formats()
    return {
        box.toPlainText()[r.start : r.start + r.length]
        for r in ranges
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    }


def test_words_panel_lists_glossary_words_with_meanings_and_unexplained_words(ws, qtbot):
    meeting, _item = _meeting(ws)
    panel = _panel(ws, qtbot, meeting)
    assert "Waiting list" in panel.terms.toPlainText()
    assert "waiting to start planned hospital care" in panel.terms.toPlainText()
    assert set(_unknown(panel)) == {"SHREWD", "nosocomial", "level 4"}  # a numbered level is listed whole
    assert "in item Urgent care" in panel.unknown.item(0).text()


def test_ask_about_this_at_the_meeting_adds_the_question_to_the_item(ws, qtbot):
    meeting, item = _meeting(ws)
    panel = _panel(ws, qtbot, meeting)
    assert not panel.ask.isEnabled()
    panel.unknown.setCurrentRow(_unknown(panel).index("SHREWD"))
    qtbot.mouseClick(panel.ask, Qt.MouseButton.LeftButton)
    assert meetings.get_item(ws.db, item).questions == "Why?\nWhat does 'SHREWD' mean?"


def test_a_word_from_the_meeting_notes_can_be_asked_about_at_a_chosen_item(ws, qtbot):
    meeting, first = _meeting(ws)
    second = meetings.add_item(ws, meeting, "Finance")
    meetings.update_meeting(ws, meeting, notes="Ask about the zarbonic plan.")
    panel = _panel(ws, qtbot, meeting)
    panel.unknown.setCurrentRow(_unknown(panel).index("zarbonic"))
    assert panel.ask.isEnabled() and panel.ask_hint.isHidden()
    seen = {}

    def choose_finance(dialog):
        box = dialog.findChild(QComboBox)
        seen["items"], seen["first"] = [box.itemText(i) for i in range(box.count())], box.currentText()
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(choose_finance)
    qtbot.mouseClick(panel.ask, Qt.MouseButton.LeftButton)
    assert seen["first"] == seen["items"][0] and [text.split()[-1] for text in seen["items"]] == ["care", "Finance"]
    assert meetings.get_item(ws.db, second).questions == "What does 'zarbonic' mean?"
    assert meetings.get_item(ws.db, first).questions == "Why?"

    when_dialog_opens(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))  # the first, as offered
    qtbot.mouseClick(panel.ask, Qt.MouseButton.LeftButton)
    assert meetings.get_item(ws.db, first).questions == "Why?\nWhat does 'zarbonic' mean?"

    when_dialog_opens(lambda dialog: dialog.reject())  # Cancel adds nothing
    meetings.update_meeting(ws, meeting, notes="Ask about the zarbonic plan and the florbish.")
    panel.recount()
    panel.unknown.setCurrentRow(_unknown(panel).index("florbish"))
    qtbot.mouseClick(panel.ask, Qt.MouseButton.LeftButton)
    assert "florbish" not in ws.db.execute("select group_concat(questions) from agenda_items").fetchone()[0]


def test_with_no_agenda_the_ask_button_says_why_it_cannot_be_used(ws, qtbot):
    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2030-03-12")
    meetings.update_meeting(ws, meeting, notes="Ask about the zarbonic plan.")
    panel = _panel(ws, qtbot, meeting)
    panel.show()
    panel.unknown.setCurrentRow(_unknown(panel).index("zarbonic"))
    assert not panel.ask.isEnabled()
    assert panel.ask_hint.isVisible() and "first add an item to this meeting's agenda" in panel.ask_hint.text()
    assert panel.ask.toolTip() == panel.ask_hint.text() == panel.ask.accessibleDescription()


def test_panel_follows_what_is_saved_while_typing(ws, qtbot):
    meeting, item = _meeting(ws)
    panel = _panel(ws, qtbot, meeting)
    meetings.update_item(ws, item, merge=True, notes="The waiting list grew. The DOMINO role ended.")
    qtbot.waitUntil(lambda: "DOMINO" in _unknown(panel))
    assert "DOMINO" in _unknown(panel) and "Waiting list" in panel.terms.toPlainText()


def test_words_to_know_is_a_meeting_tab(window, ws, qtbot):
    meeting, _item = _meeting(ws)
    window.open_meeting(meeting, "Words to know")
    tab = window.show_section("Meetings").view.show_tab("Words to know")
    assert isinstance(tab, WordsPanel)
    qtbot.waitUntil(lambda: "SHREWD" in _unknown(tab))


def test_words_to_know_opened_before_the_word_finder_is_built_says_so_then_lists_the_words(
    window, ws, qtbot, held_finder
):
    """The finder takes about half a second to build, just after the window opens: a person who opens
    Words to know meanwhile is told the words are being looked up, and the window never waits for them."""
    from coprep.ui.shell.announce import announcements

    said = []
    announcements.said.connect(lambda text, _urgent: said.append(text))
    meeting, _item = _meeting(ws)
    window.open_meeting(meeting, "Words to know")
    panel = window.show_section("Meetings").view.show_tab("Words to know")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.unknown.setFocus()
    assert panel.looking_up() and glossary_cache(ws)._building
    assert panel.summary.text() == "Looking up words…" and panel.terms.toPlainText() == "Looking up words…"
    assert panel.terms.accessibleDescription() == "Looking up words…" and "Looking up words…" in said
    assert panel.unknown.count() == 0 and not panel.practise.isEnabled() and not panel.add.isEnabled()

    held_finder.release()
    qtbot.waitUntil(lambda: "SHREWD" in _unknown(panel))
    assert not panel.looking_up() and not held_finder.on_window_thread
    assert "Waiting list" in panel.terms.toPlainText() and panel.practise.isEnabled()
    assert panel.summary.text() == said[-1] == "2 glossary words (2 still to learn) and 3 words nothing explains yet."
    assert panel.unknown.hasFocus()  # the person's place is kept: the list they were in now has the words
    qtbot.keyClick(panel.unknown, Qt.Key.Key_Down)
    assert panel.chosen_word() is not None and panel.add.isEnabled()


def test_glossary_words_are_underlined_and_explained_by_position(ws, qtbot):
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    mark_glossary_words(ws, [box])
    box.setPlainText("Notes: the waiting list and the ICB's plan.")
    helper = helper_of(box)
    _words_ready(ws, qtbot)
    position = box.toPlainText().index("list")
    entry = helper.highlighter.entry_at(position)
    assert entry.term == "Waiting list"
    assert meaning_text(entry).startswith("Waiting list: The list of people waiting")
    assert helper.highlighter.entry_at(box.toPlainText().index("plan")) is None

    qtbot.waitUntil(lambda: _underlined(box) == {"waiting list", "ICB's"})  # underlines come once the window is up


def test_f1_in_the_agenda_editor_says_what_the_word_means(window, ws, qtbot):
    meeting, item = _meeting(ws)
    window.open_meeting(meeting, "Agenda")
    editor = window.show_section("Meetings").view.show_tab("Agenda").editor
    notes = editor.notes
    _words_ready(ws, qtbot)
    cursor = notes.textCursor()
    cursor.setPosition(notes.toPlainText().index("waiting") + 2)
    notes.setTextCursor(cursor)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_F1)
    assert window.statusBar().currentMessage().startswith("Waiting list: The list of people")
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    notes.setTextCursor(cursor)
    assert helper_of(notes).explain_at_cursor() == "The word here is not in the glossary."


def test_resting_the_mouse_on_a_glossary_word_shows_its_meaning(ws, qtbot):
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    mark_glossary_words(ws, [box])
    box.setPlainText("We talked about the waiting list.")
    _words_ready(ws, qtbot)
    box.show()
    qtbot.waitExposed(box)
    cursor = box.textCursor()
    cursor.setPosition(box.toPlainText().index("waiting") + 3)
    point = box.cursorRect(cursor).center()
    QApplication.sendEvent(box.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, box.viewport().mapToGlobal(point)))
    assert QToolTip.text().startswith("Waiting list: The list of people waiting")


def test_words_typed_in_the_meeting_notes_are_underlined_and_listed_in_words_to_know(window, ws, qtbot):
    meeting, _item = _meeting(ws)
    window.open_meeting(meeting, "Agenda")
    box = window.show_section("Meetings").view.show_tab("Agenda").meeting_notes.notes
    qtbot.keyClicks(box, "Is the meeting quorate? Ask about the zarbonic plan.")
    qtbot.waitUntil(lambda: "zarbonic" in meetings.get_meeting(ws.db, meeting).notes)
    qtbot.waitUntil(lambda: _underlined(box) == {"quorate"})  # the word finder is built off the window's thread
    window.open_meeting(meeting, "Words to know")
    panel = window.show_section("Meetings").view.show_tab("Words to know")
    qtbot.waitUntil(lambda: "zarbonic" in _unknown(panel))
    assert "Quorum" in panel.terms.toPlainText()
    row = panel.unknown.item(_unknown(panel).index("zarbonic"))
    assert row.text().endswith("in the meeting notes or papers)")


def test_the_word_finder_is_built_off_the_windows_thread_then_underlines_come(ws, qtbot, monkeypatch):
    import threading

    from coprep.core.words import glossary, jargon

    built_on = []
    build, merge = jargon.sensed_index, glossary.merged_glossary

    def recording_build(*args):
        built_on.append(threading.current_thread())
        return build(*args)

    def recording_merge(*args, **kwargs):  # the glossary's thousands of new objects: off the window's thread too
        built_on.append(threading.current_thread())
        return merge(*args, **kwargs)

    monkeypatch.setattr(jargon, "sensed_index", recording_build)
    monkeypatch.setattr(glossary, "merged_glossary", recording_merge)
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    mark_glossary_words(ws, [box])
    box.setPlainText("The ICB agreed the waiting list plan.")  # asks for the glossary, which loads soon after
    cache = glossary_cache(ws)
    qtbot.waitUntil(lambda: cache.ready)
    assert len(set(built_on)) == 1 and threading.main_thread() not in built_on
    qtbot.waitUntil(lambda: helper_of(box).highlighter.entry_at(box.toPlainText().index("ICB")) is not None)


def test_a_word_added_while_the_finder_is_being_built_is_underlined_too(ws, qtbot):
    from coprep.core.words.glossary import add_entry

    box = QPlainTextEdit()
    qtbot.addWidget(box)
    mark_glossary_words(ws, [box])
    box.setPlainText("The ICB talked about the zarbonic plan.")  # the finder starts building soon after
    cache = glossary_cache(ws)
    qtbot.waitUntil(lambda: cache._building)
    add_entry(ws, "Zarbonic", "A made-up word for this test.")  # before that build ends
    qtbot.waitUntil(lambda: "zarbonic" in _underlined(box))
    assert "ICB" in _underlined(box)


def test_f1_before_the_finder_is_built_says_so_and_a_word_added_meanwhile_comes_with_the_rest(ws, qtbot, monkeypatch):
    import threading

    from coprep.core.words import jargon
    from coprep.core.words.glossary import add_entry

    held = threading.Event()  # holds the build off the window's thread until the test lets it go
    build = jargon.sensed_index

    def held_build(*args):
        assert threading.current_thread() is not threading.main_thread()
        held.wait()
        return build(*args)

    monkeypatch.setattr(jargon, "sensed_index", held_build)
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    mark_glossary_words(ws, [box])
    box.setPlainText("The ICB talked about the zarbonic plan.")
    cache = glossary_cache(ws)
    try:
        qtbot.waitUntil(lambda: cache._building)
        add_entry(ws, "Zarbonic", "A made-up word for this test.")  # while that build runs
        cursor = box.textCursor()
        cursor.setPosition(box.toPlainText().index("zarbonic") + 2)
        box.setTextCursor(cursor)
        assert helper_of(box).explain_at_cursor() == "Looking up words… Try again in a moment."  # never built here
    finally:
        held.set()
    qtbot.waitUntil(lambda: cache.ready)
    qtbot.waitUntil(lambda: _underlined(box) == {"ICB", "zarbonic"})
    assert helper_of(box).explain_at_cursor().startswith("Zarbonic: A made-up")


def test_underlines_coming_and_going_leave_nothing_waiting_to_be_saved(window, ws, qtbot):
    from coprep.core.words.glossary import add_entry

    meeting, item = _meeting(ws)
    window.open_meeting(meeting, "Agenda")
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.select_item(item)
    editor, meeting_notes = agenda.editor, agenda.meeting_notes
    meetings.update_meeting(ws, meeting, notes="Ask about the waiting list.")
    qtbot.waitUntil(lambda: _underlined(editor.notes) == _underlined(meeting_notes.notes) == {"waiting list"})
    editor.flush()
    meeting_notes.flush()
    add_entry(ws, "Zarbonic", "A made-up word for this test.")  # the underlines stay until the finder is built again
    assert not editor.autosave.pending and not meeting_notes.autosave.pending
    qtbot.waitUntil(lambda: _underlined(editor.notes) == _underlined(meeting_notes.notes) == {"waiting list"})
    assert not editor.autosave.pending and not meeting_notes.autosave.pending  # only the words' look changed

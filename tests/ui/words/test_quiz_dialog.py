"""Practising a meeting's words: show, reveal, "I know it" marks the word known."""

from PySide6.QtCore import Qt

from coprep.core.papers.meeting_words import MeetingTerm
from coprep.core.words.glossary import load_glossary
from coprep.ui.words.quiz_dialog import QuizDialog, practice_words

TERMS = [
    MeetingTerm("Quorum", "Enough members to decide.", 2, False),
    MeetingTerm("Chair", "The person who leads the meeting.", 1, False),
]


def test_quiz_reveals_and_records_what_the_person_knows(ws, qtbot):
    quiz = QuizDialog(ws, TERMS, "Practise")
    qtbot.addWidget(quiz)
    assert quiz.word.text() == "Quorum" and not quiz.know.isEnabled()
    assert "Enough members" not in quiz.meaning.text()
    qtbot.mouseClick(quiz.reveal, Qt.MouseButton.LeftButton)
    assert quiz.meaning.text() == "Enough members to decide."
    qtbot.mouseClick(quiz.know, Qt.MouseButton.LeftButton)
    assert quiz.word.text() == "Chair" and quiz.progress.text() == "Word 2 of 2"
    qtbot.mouseClick(quiz.reveal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.not_yet, Qt.MouseButton.LeftButton)
    assert quiz.word.text() == "You knew 1 of 2 words."
    known = {entry.term for entry in load_glossary(ws.db) if entry.known}
    assert "Quorum" in known and "Chair" not in known


def test_practice_leaves_out_words_marked_i_know_this():
    learnt = MeetingTerm("Agenda", "The list of items.", 5, True)
    assert [t.term for t in practice_words([learnt, *TERMS])] == ["Quorum", "Chair"]
    assert practice_words([learnt]) == []


def test_a_meeting_whose_words_are_all_known_has_nothing_to_practise(ws, qtbot, monkeypatch):
    from coprep.core.meetings import meetings
    from coprep.core.words.glossary import set_known
    from coprep.ui.words import quiz_dialog

    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2030-03-12")
    meetings.add_item(ws, meeting, "Is the meeting quorate?")
    set_known(ws, "Quorum")
    told = []
    monkeypatch.setattr(quiz_dialog.QMessageBox, "information", lambda _parent, title, text: told.append(text))
    monkeypatch.setattr(quiz_dialog.QuizDialog, "exec", lambda _dialog: 0)  # so a wrongly shown quiz returns
    assert quiz_dialog.practise_meeting(ws, meeting) is None
    assert told == ["You know every glossary word in this meeting already. Well done."]


def _next_meeting_with_a_word(ws) -> int:
    from coprep.core.meetings import meetings

    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2030-03-12")
    meetings.add_item(ws, meeting, "Is the meeting quorate?")
    return meeting


def _practise_from_the_glossary(window, qtbot, while_waiting=None) -> list[str]:
    """Click Practise… on the Glossary page as a person would; the words the practice window
    shows, then close it with Esc. `while_waiting` runs while the window looks up the words."""
    from modal_dialogs import when_dialog_opens
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    page = window.show_section("Glossary")
    button = next(
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Practise the words of the next meeting"
    )
    words = []

    def practise(quiz) -> None:
        words.extend(term.term for term in quiz.terms)
        words.append(quiz.word.text())
        qtbot.keyClick(quiz, Qt.Key.Key_Escape)

    if while_waiting:
        QTimer.singleShot(0, while_waiting)
    when_dialog_opens(practise)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return words


def test_practice_from_the_glossary_waits_for_the_windows_word_finder(ws, held_finder, window, qtbot):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from coprep.ui.words.jargon_highlight import glossary_cache

    _next_meeting_with_a_word(ws)
    held_finder.start()
    boxes = []

    def look_then_let_the_build_go():  # runs while the window waits for the words, as a person would see it
        boxes.extend(w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
        held_finder.release()

    words = _practise_from_the_glossary(window, qtbot, look_then_let_the_build_go)
    assert "Looking up words…" in boxes and not held_finder.on_window_thread
    assert words == ["Quorum", "Quorum"]  # the one word, shown first
    assert glossary_cache(ws).ready  # the window's own finder was the one built


def test_practice_from_the_glossary_builds_no_glossary_of_its_own(ws, window, qtbot, monkeypatch, tmp_path):
    from paper_files import make_pdf

    from coprep.core.papers.papers import import_paper
    from coprep.core.words import glossary
    from coprep.ui.words.jargon_highlight import glossary_cache

    meeting = _next_meeting_with_a_word(ws)
    import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", ["Sepsis cases rose this quarter."]))
    window.show_section("Glossary")  # which reads the whole glossary to list it
    qtbot.waitUntil(lambda: glossary_cache(ws).built_entries() is not None)
    merged = []
    merge = glossary.merged_glossary
    monkeypatch.setattr(glossary, "merged_glossary", lambda *args, **kwargs: merged.append(1) or merge(*args, **kwargs))
    words = _practise_from_the_glossary(window, qtbot)
    assert {"Quorum", "Sepsis"} <= {word for word in words}  # the agenda's word and the paper's
    assert merged == []

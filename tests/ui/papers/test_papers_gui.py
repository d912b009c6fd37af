"""Papers in the window: adding them (and refusing bad ones), searching them, reading them page by page."""

import threading
from pathlib import Path

import pytest
from paper_files import make_locked_pdf, make_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from coprep.core.meetings.meetings import add_committee, add_meeting
from coprep.core.papers.extract import ImportCancelled
from coprep.core.papers.papers import import_paper
from coprep.ui.papers import paper_import
from coprep.ui.papers.papers_tab import PapersTab
from coprep.ui.papers.pdf_reader import open_paper
from coprep.ui.words.jargon_highlight import glossary_cache

PAGES = [
    "Welcome. The meeting was quorate and the chair thanked members for coming.",
    "Sepsis screening in the emergency department rose to 91 per cent this quarter.",
    "Safeguarding referrals were discussed and the board agreed the annual report.",
]


@pytest.fixture
def meeting(ws) -> int:
    committee = add_committee(ws, "Quality Committee", notice_working_days=5)
    return add_meeting(ws, committee, "2026-03-12")


@pytest.fixture
def tab(ws, meeting, qtbot) -> PapersTab:
    widget = PapersTab(ws)
    qtbot.addWidget(widget)
    widget.show_meeting(meeting)
    widget.resize(1200, 800)
    widget.show()
    told: list[str] = []
    widget.importer.tell = told.append
    widget.told = told
    cache = glossary_cache(ws)
    cache.need()
    qtbot.waitUntil(lambda: cache.ready)  # the glossary a paper's summary is checked against, loaded off the thread
    return widget


def _add(tab: PapersTab, qtbot, *paths: Path) -> None:
    tab.add_files(list(paths))
    qtbot.waitUntil(lambda: not tab.importing())
    qtbot.waitUntil(lambda: not tab.details.scoring())


def test_added_paper_is_listed_with_how_it_came(ws, tab, qtbot, tmp_path) -> None:
    _add(tab, qtbot, make_pdf(tmp_path / "Quality report.pdf", PAGES))
    assert tab.list.count() == 1
    shown = tab.list.item(0).text()
    assert shown.startswith("Quality report\nCame ") and "by email" in shown
    assert ws.db["papers"].count == 1 and ws.db["paper_pages"].count == 3
    assert tab.details.title.text() == "Quality report"
    assert "Longest sentences" in tab.details.summary.toPlainText()
    assert ws.undo() == "Add paper 'Quality report'"
    assert tab.list.count() == 0 and ws.db["paper_pages"].count == 0


def _click_paper(tab: PapersTab, qtbot, row: int) -> None:
    item = tab.list.item(row)
    tab.list.scrollToItem(item)
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualItemRect(item).center())
    assert tab.chosen_id() == item.data(Qt.ItemDataRole.UserRole)


def test_choosing_a_paper_shows_its_kept_summary_at_once(ws, meeting, tab, qtbot, tmp_path) -> None:
    tab.add_files([make_pdf(tmp_path / "Quality report.pdf", PAGES)])
    qtbot.waitUntil(lambda: not tab.importing())
    assert not tab.details.scoring()  # the import found the longest sentences: nothing to work out again
    import_paper(ws.path, meeting, make_pdf(tmp_path / "Finance.pdf", ["The budget was agreed by the board today."]))
    tab.refresh()
    _click_paper(tab, qtbot, 1)
    assert not tab.details.scoring()
    assert "Longest sentences" in tab.details.summary.toPlainText()
    assert "The budget was agreed by the board today." in tab.details.summary.toPlainText()
    _click_paper(tab, qtbot, 0)
    assert not tab.details.scoring()
    assert "Sepsis screening in the emergency department" in tab.details.summary.toPlainText()


def test_a_papers_summary_waits_for_the_glossary_off_the_windows_thread(ws, meeting, qtbot, tmp_path, held_finder):
    """The kept summary is checked against the glossary; loading it on the window's thread after each
    import set Python's collector walking the whole heap (up to a second on a busy machine)."""
    import_paper(ws.path, meeting, make_pdf(tmp_path / "Quality report.pdf", PAGES))
    held_finder.start()
    tab = PapersTab(ws)
    qtbot.addWidget(tab)
    tab.show_meeting(meeting)
    assert tab.details.title.text() == "Quality report"
    assert tab.details.scoring() and "Finding the longest sentences" in tab.details.summary.toPlainText()
    held_finder.release()
    qtbot.waitUntil(lambda: not tab.details.scoring())
    assert "Sepsis screening in the emergency department" in tab.details.summary.toPlainText()
    assert not held_finder.on_window_thread


def test_a_paper_added_before_summaries_were_kept_gets_one(ws, meeting, tab, qtbot, tmp_path) -> None:
    first = import_paper(ws.path, meeting, make_pdf(tmp_path / "Quality report.pdf", PAGES))
    import_paper(ws.path, meeting, make_pdf(tmp_path / "Finance.pdf", ["The budget was agreed by the board today."]))
    ws.db.execute("update papers set summary_json = '' where id = ?", [first])
    ws.db.conn.commit()
    tab.refresh()
    _click_paper(tab, qtbot, 1)
    _click_paper(tab, qtbot, 0)
    assert tab.details.scoring() and "Finding the longest sentences" in tab.details.summary.toPlainText()
    qtbot.waitUntil(lambda: not tab.details.scoring())
    assert "Sepsis screening in the emergency department" in tab.details.summary.toPlainText()
    assert "Sepsis screening" in ws.db["papers"].get(first)["summary_json"]
    assert ws.undo_label == "Add meeting"  # keeping the summary is not a change to undo
    _click_paper(tab, qtbot, 1)
    _click_paper(tab, qtbot, 0)
    assert not tab.details.scoring()


def test_changing_how_it_came_updates_the_list(ws, tab, qtbot, tmp_path) -> None:
    _add(tab, qtbot, make_pdf(tmp_path / "pack.pdf", PAGES))
    tab.details.how.setCurrentIndex(tab.details.how.findData("at_meeting"))
    tab.details.how.activated.emit(tab.details.how.currentIndex())
    assert "Handed out at the meeting" in tab.list.item(0).text()
    qtbot.keyClick(tab.details.confidential, Qt.Key.Key_Space)
    assert "(confidential)" in tab.list.item(0).text()
    assert ws.db["papers"].get(1)["confidential"] == 1


def test_bad_file_shows_a_message_and_stores_nothing(ws, tab, qtbot, tmp_path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    _add(tab, qtbot, empty)
    assert tab.told == ["empty.pdf is empty: there is nothing in it. Ask the sender to send the paper again."]
    assert (ws.db["papers"].count, tab.list.count(), ws.undo_label) == (0, 0, "Add meeting")


def test_locked_pdf_asks_for_its_password(ws, tab, qtbot, tmp_path) -> None:
    asked: list[str] = []
    answers = iter(["wrong", "sesame"])
    tab.importer.ask_password = lambda message: asked.append(message) or next(answers)
    _add(tab, qtbot, make_locked_pdf(tmp_path / "locked.pdf", "Budget for next year", "sesame"))
    assert "is locked with a password" in asked[0] and "did not open" in asked[1]
    assert tab.list.count() == 1 and tab.told == []


def test_same_paper_twice_asks_first(ws, tab, qtbot, tmp_path) -> None:
    pack = make_pdf(tmp_path / "pack.pdf", PAGES)
    _add(tab, qtbot, pack)
    tab.importer.ask_add_again = lambda message: "already has this paper" not in message
    _add(tab, qtbot, pack)
    assert ws.db["papers"].count == 1


def import_until_cancelled(*_args, cancelled, progress, **_kwargs) -> None:
    """Stands in for a long import, in the reading process: says it has begun, then waits for Cancel."""
    progress(0, 300)
    while not cancelled():
        threading.Event().wait(0.01)
    raise ImportCancelled()


def test_cancel_in_the_progress_window_stops_the_import(ws, tab, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(paper_import, "import_paper", import_until_cancelled)
    tab.add_files([make_pdf(tmp_path / "a.pdf", PAGES), make_pdf(tmp_path / "b.pdf", PAGES)])
    qtbot.waitUntil(lambda: tab.importer._reading.dialog.maximum() == 300)  # the worker has begun
    tab.importer._reading.dialog.findChild(QPushButton).click()  # the Cancel button, shown or not yet
    qtbot.waitUntil(lambda: not tab.importing())
    assert ws.db["papers"].count == 0 and tab.told == []


def test_reader_words_to_know_follow_the_page(ws, meeting, qtbot, tmp_path) -> None:
    paper_id = import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES))
    reader = open_paper(ws, paper_id)
    qtbot.addWidget(reader)
    assert reader.showing_pdf and reader.current_page() == 1
    qtbot.waitUntil(lambda: not reader.words.looking_up())  # the word finder is built off the window's thread
    assert "Quorum" in reader.words.terms() and "Sepsis" not in reader.words.terms()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reader)
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    assert reader.current_page() == 2
    assert reader.view.pageNavigator().currentPage() == 1
    assert "Sepsis" in reader.words.terms() and "Quorum" not in reader.words.terms()
    assert "Words to know on page 2" in reader.words.heading.text()
    reader.page.setValue(3)
    assert "Safeguarding" in reader.words.terms()


def test_reader_find_goes_to_the_page_with_the_words(ws, meeting, qtbot, tmp_path) -> None:
    paper_id = import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES))
    reader = open_paper(ws, paper_id)
    qtbot.addWidget(reader)
    qtbot.waitUntil(lambda: not reader.words.looking_up())
    reader.find_box.setText("annual report")
    qtbot.waitUntil(lambda: reader.matches.text() == "1 match")
    reader.next_match(+1)
    assert reader.current_page() == 3 and "Safeguarding" in reader.words.terms()


def test_reader_match_buttons_work_only_when_there_is_something_to_find(ws, meeting, qtbot, tmp_path) -> None:
    reader = open_paper(ws, import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES)))
    qtbot.addWidget(reader)
    buttons = (reader.find_next, reader.find_previous)
    assert not any(button.isEnabled() for button in buttons) and reader.matches.text() == ""
    qtbot.keyClicks(reader.find_box, "giraffe")
    qtbot.waitUntil(lambda: reader.matches.text() == "No matches")
    assert not any(button.isEnabled() for button in buttons)
    reader.find_box.clear()
    qtbot.keyClicks(reader.find_box, "sepsis")
    qtbot.waitUntil(lambda: reader.matches.text() == "1 match")
    assert all(button.isEnabled() for button in buttons)
    reader.find_next.click()
    assert reader.current_page() == 2
    reader.find_box.clear()
    assert not any(button.isEnabled() for button in buttons) and reader.matches.text() == ""


def test_text_paper_is_shown_as_words(ws, meeting, qtbot, tmp_path) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Lay summary\n\nThe meeting was quorate.", encoding="utf-8")
    reader = open_paper(ws, import_paper(ws.path, meeting, note))
    qtbot.addWidget(reader)
    assert not reader.showing_pdf and "The meeting was quorate." in reader.text.toPlainText()
    qtbot.waitUntil(lambda: "Quorum" in reader.words.terms())


def test_search_opens_the_paper_at_the_page_found(ws, window, meeting, qtbot, tmp_path) -> None:
    import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES))
    page = window.show_section("Search")
    qtbot.keyClicks(page.box, "sepsis screening")
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert page.results.count() == 1
    assert page.results.item(0).text().startswith("Paper: pack, page 2 (Quality Committee, 12 March 2026).")
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    reader = open_paper.__globals__["_open_readers"][1]
    qtbot.addWidget(reader)
    assert reader.current_page() == 2 and reader.view.pageNavigator().currentPage() == 1
    qtbot.waitUntil(lambda: "Sepsis" in reader.words.terms())


def test_search_opens_the_meeting_for_an_agenda_item(ws, window, meeting, qtbot) -> None:
    from coprep.core.meetings.meetings import add_item

    item = add_item(ws, meeting, "Winter plan", questions="What about corridor care?")
    page = window.show_section("Search")
    page.box.setText("corridor")
    page.run_search()
    page.open_hit(page.results.item(0))
    meetings_page = window.show_section("Meetings")
    assert meetings_page.current_meeting_id() == meeting
    assert meetings_page.view.show_tab("Agenda").current_item_id() == item


def test_meetings_words_to_know_include_a_new_paper(ws, tab, meeting, qtbot, tmp_path) -> None:
    from coprep.ui.words.words_panel import WordsPanel

    panel = WordsPanel(ws)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    qtbot.waitUntil(lambda: not panel.looking_up())
    assert "sepsis" not in panel.terms.toPlainText().lower()
    _add(tab, qtbot, make_pdf(tmp_path / "pack.pdf", PAGES))
    qtbot.waitUntil(lambda: "sepsis" in panel.terms.toPlainText().lower())


def test_words_to_know_count_papers_off_the_window_thread_once(ws, meeting, qtbot, tmp_path) -> None:
    from coprep.core.meetings.meetings import add_item, update_item
    from coprep.ui.words.jargon_highlight import glossary_cache
    from coprep.ui.words.words_panel import WordsPanel

    item = add_item(ws, meeting, "Urgent care", description="SHREWD showed level 4.")
    import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES), item_id=item)
    cache = glossary_cache(ws)
    cache.need()
    qtbot.waitUntil(
        lambda: cache.ready
    )  # the word finder, built off the window's thread: the agenda's words show at once
    panel = WordsPanel(ws)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    assert panel.counting() and "Still counting the words in the papers" in panel.summary.text()
    assert "SHREWD" in [panel.unknown.item(row).text().split()[0] for row in range(panel.unknown.count())]
    qtbot.waitUntil(lambda: not panel.counting())
    assert "sepsis" in panel.terms.toPlainText().lower() and "Still counting" not in panel.summary.text()
    update_item(ws, item, notes="Ask about HALO.")
    panel.recount()
    assert not panel.counting()  # the paper's words were kept, not counted again
    assert "sepsis" in panel.terms.toPlainText().lower()


def test_choosing_scotland_counts_easter_monday_as_a_working_day(ws, tab, meeting, qtbot, tmp_path) -> None:
    from coprep.core.meetings.meetings import update_meeting

    update_meeting(ws, meeting, date="2026-04-09")  # the Thursday after Easter
    import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES), received="2026-04-02")
    tab.refresh()
    assert "on time" not in tab.list.item(0).text()  # 3 working days in England; 5 were promised
    tab.nation.setCurrentIndex(tab.nation.findData("scotland"))
    tab.nation.activated.emit(tab.nation.currentIndex())
    assert "late (4 working days before)" in tab.list.item(0).text()
    assert ws.db["settings"].get("nation")["value"] == "scotland"


def test_the_bank_holidays_choice_is_reached_by_its_label_keys(ws, tab, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = next(label for label in tab.findChildren(QLabel) if label.buddy() is tab.nation)
    assert label.text() == "Working days skip the bank holidays &of:"
    tab.activateWindow()
    qtbot.keyClick(tab, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert tab.nation.hasFocus()


def test_a_long_paper_name_shows_from_its_start(ws, tab, qtbot, tmp_path) -> None:
    _add(tab, qtbot, make_pdf(tmp_path / ("Quality and performance report for the board " * 3 + ".pdf"), PAGES))
    assert tab.details.title.text().startswith("Quality and performance") and tab.details.title.cursorPosition() == 0


def test_files_dragged_onto_the_tab_are_added(ws, tab, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    note = tmp_path / "lay summary.txt"
    note.write_text("We will phone you next week about the plan.", encoding="utf-8")
    dragged = QMimeData()
    dragged.setUrls([QUrl.fromLocalFile(str(make_pdf(tmp_path / "pack.pdf", PAGES))), QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    tab.dropEvent(drop)
    qtbot.waitUntil(lambda: not tab.importing())
    assert [tab.list.item(row).text().split("\n")[0] for row in range(tab.list.count())] == ["pack", "lay summary"]


def test_practise_these_words_uses_the_papers_words_already_counted(ws, meeting, qtbot, tmp_path, monkeypatch) -> None:
    from coprep.core.papers import meeting_words
    from coprep.ui.words import quiz_dialog
    from coprep.ui.words.words_panel import WordsPanel

    import_paper(ws.path, meeting, make_pdf(tmp_path / "pack.pdf", PAGES))
    panel = WordsPanel(ws)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    qtbot.waitUntil(lambda: not panel.looking_up() and not panel.counting())

    def no_recounting(*_args, **_kwargs):
        raise AssertionError("the papers' words were counted again")

    monkeypatch.setattr(meeting_words, "page_texts", no_recounting)
    monkeypatch.setattr(meeting_words, "jargon_report", no_recounting)
    shown = []
    monkeypatch.setattr(quiz_dialog.QuizDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.mouseClick(panel.practise, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "sepsis" in [term.term.casefold() for term in shown[0].terms]
    assert shown[0].word.text().casefold() == shown[0].terms[0].term.casefold()


def test_search_says_what_it_looks_through_until_something_is_typed(ws, window, meeting, qtbot) -> None:
    """Seen: the Search section opened on an empty white box with nothing to say what to do."""
    page = window.show_section("Search")
    assert page.count.isVisible() and "meetings, agenda items, notes" in page.count.text()
    qtbot.keyClicks(page.box, "zebra")
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    assert page.count.text().startswith("Nothing found.")
    page.box.clear()  # as the box's clear button does
    qtbot.waitUntil(lambda: "meetings, agenda items, notes" in page.count.text())

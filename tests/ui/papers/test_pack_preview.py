"""Adding a meeting pack in the window: the preview, moving where an item starts, then the papers kept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coprep.core.meetings.meetings import add_committee, add_meeting
from coprep.core.papers.papers import list_papers
from coprep.ui.papers.pack_preview import PackPreview
from coprep.ui.papers.papers_tab import PapersTab


@pytest.fixture
def tab(ws, qtbot) -> PapersTab:
    committee = add_committee(ws, "Health Overview and Scrutiny Committee", notice_working_days=5)
    widget = PapersTab(ws)
    qtbot.addWidget(widget)
    widget.show_meeting(add_meeting(ws, committee, "2026-03-12"))
    widget.show()
    return widget


def test_moving_a_boundary_in_the_preview_is_what_gets_stored(ws, tab, qtbot, pack_corpus) -> None:
    path, label = pack_corpus["council_ranges"]
    placed = [item for item in label["items"] if item["pdf_pages"]]
    seen: list[str] = []

    def person(split):
        preview = PackPreview(split, tab)
        qtbot.addWidget(preview)
        preview.show()
        row = next(i for i, item in enumerate(split.items) if item.title == placed[1]["title"])
        preview.table.setFocus()
        preview.table.setCurrentCell(row, 0)
        seen.append(preview.table.item(row, 1).text())
        preview.first_page.selectAll()
        qtbot.keyClicks(preview.first_page, str(placed[1]["pdf_pages"][0] + 1))
        qtbot.mouseClick(preview.move, Qt.MouseButton.LeftButton)
        seen.append(preview.table.item(row, 1).text())
        seen.append(preview.table.item(row, 3).text())
        qtbot.mouseClick(preview.keep, Qt.MouseButton.LeftButton)
        assert preview.result() == QDialog.DialogCode.Accepted
        return preview.split

    tab.packs.choose_split = person
    tab.packs.tell = lambda message: pytest.fail(message)
    tab.packs.add(tab.meeting_id, path)
    qtbot.waitUntil(lambda: tab.list.count() == len(placed))
    first, last = placed[1]["pdf_pages"]
    assert seen == [f"{first} - {last}", f"{first + 1} - {last}", "you"]
    papers = list_papers(ws.db, tab.meeting_id)
    assert [paper.page_count for paper in papers[:2]] == [
        placed[0]["pdf_pages"][1] - placed[0]["pdf_pages"][0] + 2,
        last - first,
    ]
    assert papers[1].pack_first_page == first  # from 0: PDF page first + 1
    assert ws.undo_label == "Add a pack with 6 papers"


def test_a_file_that_is_not_a_pack_gets_a_plain_message(ws, tab, qtbot, tmp_path) -> None:
    from paper_files import make_pdf

    told: list[str] = []
    tab.packs.tell = told.append
    tab.packs.add(tab.meeting_id, make_pdf(tmp_path / "letter.pdf", ["Dear member, see you on Tuesday."]))
    qtbot.waitUntil(lambda: bool(told))
    assert "could not find an agenda" in told[0]
    assert list_papers(ws.db, tab.meeting_id) == []


def test_the_reader_names_printed_pages_and_goes_to_one(ws, tab, qtbot, pack_corpus) -> None:
    from coprep.core.papers.pack_store import read_and_split, store_pack
    from coprep.ui.papers.pdf_reader import open_paper

    path, label = pack_corpus["council_ranges"]
    store_pack(ws.path, tab.meeting_id, path, read_and_split(path))
    item = [item for item in label["items"] if item["pdf_pages"]][2]
    paper = next(p for p in list_papers(ws.db, tab.meeting_id) if p.title.endswith(item["title"]))
    reader = open_paper(ws, paper.id)
    qtbot.addWidget(reader)
    first_printed, first_pdf = item["printed_pages"][0], item["pdf_pages"][0]
    assert reader.where.text() == f"page {first_printed} of the pack (PDF page {first_pdf})"
    assert reader.page_count() == paper.page_count
    qtbot.keyClicks(reader.go_box, str(first_printed + 2))
    qtbot.keyClick(reader.go_box, Qt.Key.Key_Return)
    assert reader.current_page() == 3
    assert reader.where.text() == f"page {first_printed + 2} of the pack (PDF page {first_pdf + 2})"
    assert reader.view.pageNavigator().currentPage() == first_pdf + 1
    qtbot.keyClicks(reader.go_box, "999")
    qtbot.keyClick(reader.go_box, Qt.Key.Key_Return)
    assert reader.current_page() == 3 and "There is no page 999" in reader.where.text()


def test_new_meeting_from_a_pack_in_the_file_menu(ws, window, qtbot, pack_corpus, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from coprep.core.meetings.meetings import list_meetings
    from coprep.ui.papers import pack_preview

    path, label = pack_corpus["trust_cover_sheets"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "PDF files (*.pdf)"))
    monkeypatch.setattr(pack_preview.PackAdder, "choose_split", lambda self, split: split)  # the person agrees
    action = next(
        action
        for action in window.menuBar().actions()[0].menu().actions()
        if action.text() == "New meeting from a &pack…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: bool(list_meetings(ws.db)) and bool(list_papers(ws.db, list_meetings(ws.db)[0].id)))
    meeting = list_meetings(ws.db)[0]
    assert meeting.date == label["meeting"]["date"]
    view = window.show_section("Meetings").view

    def papers_tab_shown() -> bool:  # once the window has the pack kept and has moved to the meeting
        shown = view.tabs.currentWidget()
        return isinstance(shown, PapersTab) and shown.meeting_id == meeting.id

    qtbot.waitUntil(papers_tab_shown)
    papers_tab = view.tabs.currentWidget()
    assert papers_tab.list.count() == sum(1 for item in label["items"] if item["pdf_pages"])

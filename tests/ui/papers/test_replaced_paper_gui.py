"""A supplementary pack's paper that replaces an earlier one says so in the Papers tab."""

from PySide6.QtCore import Qt

from coprep.core.papers.pack_store import meeting_from_split, read_and_split, store_pack
from coprep.ui.papers.papers_tab import PapersTab


def test_the_replacing_paper_names_the_date_of_the_one_it_replaces(ws, qtbot, pack_corpus) -> None:
    path, _label = pack_corpus["council_bookmarks_ranges"]
    split = read_and_split(path)
    meeting_id = meeting_from_split(ws, split)
    store_pack(ws.path, meeting_id, path, split, received="2026-03-01")
    path, _label = pack_corpus["council_supplementary"]
    stored = store_pack(ws.path, meeting_id, path, read_and_split(path), received="2026-03-09")
    replacing, new_item = stored.parts[0].paper_id, stored.parts[1].paper_id

    tab = PapersTab(ws)
    qtbot.addWidget(tab)
    tab.show_meeting(meeting_id)
    tab.resize(1200, 800)
    tab.show()
    rows = {tab.list.item(row).data(Qt.ItemDataRole.UserRole): row for row in range(tab.list.count())}
    for paper_id, expected in ((replacing, "Replaces the paper of 1 March 2026"), (new_item, "")):
        item = tab.list.item(rows[paper_id])
        tab.list.scrollToItem(item)
        qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=tab.list.visualItemRect(item).center())
        assert tab.chosen_id() == paper_id
        assert tab.details.replaces.text() == expected
        assert tab.details.replaces.isVisible() == bool(expected)
    tab.grab().save("/tmp/pg_replaces.png")

"""In an item's formatted notes, "page 23 of the pack" is a link that opens the pack's reader there."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from coprep.core.meetings import meetings
from coprep.core.papers.pack_store import meeting_from_split, printed_pages, read_and_split, store_pack


def test_a_printed_page_in_the_notes_opens_the_reader_at_that_page(window, ws, qtbot, pack_corpus):
    path, _label = pack_corpus["council_bookmarks_ranges"]
    split = read_and_split(path)
    meeting_id = meeting_from_split(ws, split)
    stored = store_pack(ws.path, meeting_id, path, split, received="2026-03-01")
    part = max(stored.parts, key=lambda part: len(printed_pages(ws.db, part.paper_id)))
    wanted = [number for number in printed_pages(ws.db, part.paper_id) if number][-1]

    window.open_meeting(meeting_id)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.refresh()
    agenda.select_item(part.item_id)
    qtbot.keyClicks(agenda.editor.notes, f"Ask about page {wanted} of the pack.")
    agenda.editor.notes_view.switch.setChecked(True)  # Show formatted: the links show in the formatted notes
    preview = agenda.editor.preview
    link = f"coprep-page:{part.paper_id}/{wanted}"
    qtbot.waitUntil(lambda: link in preview.toHtml())

    found = preview.document().find(f"page {wanted} of the pack")
    middle = QTextCursor(preview.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    window.show()
    preview.ensureCursorVisible()
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=preview.cursorRect(middle).center())

    from coprep.ui.papers.pdf_reader import _open_readers

    qtbot.waitUntil(lambda: part.paper_id in _open_readers)
    reader = _open_readers[part.paper_id]
    qtbot.addWidget(reader)
    assert reader.current_page() > 1 and reader.printed[reader.current_page() - 1] == wanted
    assert str(wanted) in reader.where.text()
    reader.grab().save("/tmp/pg_reader.png")
    qtbot.waitUntil(lambda: "of the pack" in meetings.get_item(ws.db, part.item_id).notes)

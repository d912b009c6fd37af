"""Words to know and the reader's side panel show what a paper itself says its short forms mean,
with the page, and the sense a word has in the paper."""

from paper_files import make_pdf
from PySide6.QtCore import Qt

from coprep.core.meetings import meetings
from coprep.core.papers.papers import import_paper
from coprep.ui.words.words_panel import WordsPanel

WORD = Qt.ItemDataRole.UserRole
PAGES = [
    "Patient safety report to the quality committee. There were 48,210 outpatient attendances in May.",
    "We now use the Patient Safety Incident Response Framework (PSIRF). The Vale Quality Inspectorate visited. "
    "The SHREWD (Surge Handling and Resilience Early Warning Dashboard) rose twice.",
]


def _meeting_with_paper(ws, tmp_path):
    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2030-03-12")
    item = meetings.add_item(ws, meeting, "Patient safety")
    import_paper(ws.path, meeting, make_pdf(tmp_path / "safety.pdf", PAGES), item_id=item)
    return meeting, item


def test_words_to_know_shows_the_papers_own_definitions_with_their_page(ws, qtbot, tmp_path):
    meeting, item = _meeting_with_paper(ws, tmp_path)
    panel = WordsPanel(ws)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting)
    qtbot.waitUntil(lambda: not panel.looking_up() and not panel.counting())
    shown = " ".join(panel.terms.toPlainText().split())
    assert "This paper says: PSIRF means Patient Safety Incident Response Framework (page 2 of “safety”)" in shown
    assert (
        "This paper says: SHREWD means Surge Handling and Resilience Early Warning Dashboard (page 2 of “safety”)"
        in shown
    )
    said_psirf = shown.split("PSIRF means")[1].split("This paper says")[0]
    assert "The glossary says: The way the NHS in England now responds" in said_psirf  # both are shown
    assert "The glossary says" not in shown.split("SHREWD means")[1].split("PSIRF means")[0]  # not in the glossary
    assert "Attendance (a visit)" in shown and "In attendance" not in shown
    unknown = [panel.unknown.item(row).data(WORD) for row in range(panel.unknown.count())]
    assert "SHREWD" not in unknown and "PSIRF" not in unknown  # the paper explains them
    row = unknown.index("Vale Quality Inspectorate")
    assert "name of a body, plan or scheme" in panel.unknown.item(row).text()
    panel.unknown.setCurrentRow(row)
    qtbot.mouseClick(panel.ask, Qt.MouseButton.LeftButton)
    assert meetings.get_item(ws.db, item).questions == "What does 'Vale Quality Inspectorate' mean?"
    qtbot.waitUntil(lambda: not panel._timer.isActive())  # the recount after the change, before the test ends


def test_the_readers_side_panel_shows_the_pages_own_definitions(ws, qtbot, tmp_path):
    from coprep.ui.papers.pdf_reader import open_paper

    meeting, _item = _meeting_with_paper(ws, tmp_path)
    paper_id = ws.db.execute("select id from papers where meeting_id = ?", [meeting]).fetchone()[0]
    reader = open_paper(ws, paper_id, page_no=2)
    qtbot.addWidget(reader)
    qtbot.waitUntil(lambda: "page 2" in reader.words.heading.text() and not reader.words.looking_up())
    shown = " ".join(reader.words.words.toPlainText().split())
    assert "This paper says: PSIRF means Patient Safety Incident Response Framework (page 2)" in shown
    assert "The glossary says: The way the NHS in England now responds" in shown.split("PSIRF means")[1]
    reader.go_to_page(1)
    qtbot.waitUntil(lambda: "page 1" in reader.words.heading.text() and not reader.words.looking_up())
    assert "This paper says" not in reader.words.words.toPlainText()
    assert "One visit by a patient" in reader.words.words.toPlainText()


def test_underlined_words_in_text_boxes_give_the_sense_meant(ws, qtbot):
    from coprep.ui.words.jargon_highlight import glossary_cache

    cache = glossary_cache(ws)
    cache.need()
    qtbot.waitUntil(lambda: cache.ready)  # built off the window's thread
    text = "There were 48,210 outpatient attendances. Also in attendance: the chair."
    meanings = {text[start:end]: entry.term for start, end, entry in cache.words_in(text)}
    assert meanings["attendances"] == "Attendance (a visit)"
    assert meanings["in attendance"] == "In attendance"


def test_the_readers_side_panel_says_it_is_looking_up_words_until_the_finder_is_built(ws, qtbot, tmp_path, held_finder):
    from coprep.ui.papers.pdf_reader import open_paper

    meeting, _item = _meeting_with_paper(ws, tmp_path)  # adding the paper looks for its words here
    held_finder.start()
    paper_id = ws.db.execute("select id from papers where meeting_id = ?", [meeting]).fetchone()[0]
    reader = open_paper(ws, paper_id, page_no=2)
    qtbot.addWidget(reader)
    assert reader.words.looking_up() and reader.words.words.toPlainText() == "Looking up words…"
    assert "page 2" in reader.words.heading.text()
    reader.go_to_page(1)  # turning pages meanwhile is not held up either
    assert reader.words.looking_up() and "page 1" in reader.words.heading.text()
    held_finder.release()
    qtbot.waitUntil(lambda: not reader.words.looking_up())
    assert "One visit by a patient" in reader.words.words.toPlainText() and not held_finder.on_window_thread

"""The worked example shows papers that came on time, late and on the day, dense and plain."""

import datetime as dt

from coprep.core.demo.worked_example import load_demo
from coprep.core.papers.paper_summary import stored_summary
from coprep.core.papers.papers import list_papers, paper_file_path
from coprep.core.papers.search import search_everything
from coprep.core.words.glossary import load_glossary


def test_worked_example_papers(ws) -> None:
    load_demo(ws, today=dt.date(2026, 3, 2))
    meetings = [
        row["meeting_id"]
        for row in ws.db.query("select distinct meeting_id from papers where pack_id is null order by 1")
    ]
    assert len(meetings) == 2
    papers = [paper for meeting in meetings for paper in list_papers(ws.db, meeting)]
    assert {paper.arrival.kind for paper in papers} >= {"on_time", "late", "at_meeting"}
    assert {paper.file_type for paper in papers} == {"pdf", "markdown"}
    assert all(paper.item_id is not None and paper_file_path(ws.path, paper).exists() for paper in papers)
    verdicts = [paper.verdict for paper in papers]
    assert any(v.startswith("Easy to read") for v in verdicts)
    assert any(v.startswith("Hard to read") for v in verdicts)
    assert "paper" in {hit.kind for hit in search_everything(ws.db, "never events")}
    glossary = load_glossary(ws.db, include_hidden=False)  # with the example's own words: kept summaries are current
    assert all(stored_summary(paper, glossary).longest_sentences for paper in papers)


def test_worked_example_papers_show_own_definitions_senses_and_a_jargon_phrase(ws) -> None:
    from coprep.core.papers.meeting_words import meeting_words

    load_demo(ws, today=dt.date(2026, 3, 2))
    glossary = load_glossary(ws.db, include_hidden=False)
    found = {}
    for row in ws.db.query("select distinct meeting_id from papers"):
        words = meeting_words(ws.db, row["meeting_id"], glossary)
        found.update({term.term: term for term in words.terms})
        found.update({f"said {said.short}": said for said in words.defined})
    assert found["said PSIRF"].long == "Patient Safety Incident Response Framework" and found["said PSIRF"].page == 1
    assert "Attendance (a visit)" in found and "In attendance" not in found  # "outpatient attendances"
    assert "Pathway (one wait)" in found and "Pilot (a try-out)" in found and "Pilot study" not in found
    assert "Mutual aid" in found

"""The worked example has a meeting that came as one pack, and a supplementary pack that came late."""

import datetime as dt

from coprep.core.demo.worked_example import load_demo
from coprep.core.papers.pack_store import printed_pages
from coprep.core.papers.papers import list_papers
from coprep.core.papers.search import search_everything


def test_worked_example_pack_and_its_late_supplement(ws) -> None:
    load_demo(ws, today=dt.date(2026, 3, 2))
    packs = list(ws.db.query("select * from packs order by id"))
    assert [pack["supplementary"] for pack in packs] == [0, 1]
    papers = list_papers(ws.db, packs[0]["meeting_id"])
    main = [paper for paper in papers if paper.pack_id == packs[0]["id"]]
    late = [paper for paper in papers if paper.pack_id == packs[1]["id"]]
    assert [paper.title.split()[0] for paper in main] == ["2", "3", "4", "5", "7"]
    assert all(paper.item_id is not None for paper in main + late)
    assert {paper.arrival.kind for paper in main} == {"late"} and late[0].arrival.kind == "late"
    assert main[0].received_date < late[0].received_date
    assert printed_pages(ws.db, main[1].id) == [3, 4, 5]
    hit = next(hit for hit in search_everything(ws.db, "consultation") if hit.paper_id == main[1].id)
    assert hit.page_label == "page 3 of the pack (PDF page 4)"

"""Keeping a meeting pack: the file once, each item's part a real paper, printed pages kept, late packs."""

import pytest

from coprep.core.meetings.meetings import agenda, get_meeting, update_committee
from coprep.core.papers.extract import PaperError
from coprep.core.papers.leftovers import remove_orphan_files
from coprep.core.papers.pack_store import meeting_from_split, read_and_split, store_pack
from coprep.core.papers.papers import list_papers, page_texts, papers_folder
from coprep.core.papers.search import search_everything


@pytest.fixture
def pack_meeting(ws, pack_corpus):
    path, label = pack_corpus["council_bookmarks_ranges"]
    split = read_and_split(path)
    meeting_id = meeting_from_split(ws, split)
    stored = store_pack(ws.path, meeting_id, path, split, received="2026-03-01")
    ws.note_inserted_rows("Add pack", stored.rows)
    return meeting_id, stored, label


def test_a_pack_makes_a_meeting_and_one_paper_per_item_with_pages(ws, pack_meeting) -> None:
    meeting_id, stored, label = pack_meeting
    meeting = get_meeting(ws.db, meeting_id)
    assert meeting.date == "2026-03-11" and meeting.place == "Council Chamber, Town Hall"
    with_pages = [item for item in label["items"] if item["pdf_pages"]]
    papers = list_papers(ws.db, meeting_id)
    assert [paper.title for paper in papers] == [f"{item['number']} {item['title']}" for item in with_pages]
    assert [paper.page_count for paper in papers] == [
        item["pdf_pages"][1] - item["pdf_pages"][0] + 1 for item in with_pages
    ]
    assert all(paper.reading_grade is not None and paper.word_count > 0 for paper in papers)
    assert [item.title for item in agenda(ws.db, meeting_id)] == [item["title"] for item in with_pages]
    assert {part.change for part in stored.parts} == {"new item"}


def test_the_pack_file_is_kept_once_and_shared(ws, pack_meeting) -> None:
    meeting_id, _, _ = pack_meeting
    names = {paper.stored_name for paper in list_papers(ws.db, meeting_id)}
    assert len(names) == 1
    assert [path.name for path in papers_folder(ws.path).iterdir()] == list(names)
    assert remove_orphan_files(ws.db, ws.path) == []


def test_pages_keep_their_printed_numbers_and_search_quotes_them(ws, pack_meeting) -> None:
    meeting_id, _, label = pack_meeting
    paper = list_papers(ws.db, meeting_id)[1]
    item = next(item for item in label["items"] if paper.title.endswith(item["title"]))
    printed = [
        row["printed"]
        for row in ws.db.query("select printed from paper_pages where paper_id = ? order by page_no", [paper.id])
    ]
    assert printed == list(range(item["printed_pages"][0], item["printed_pages"][1] + 1))
    word = page_texts(ws.db, paper.id)[0].split()[0]
    hits = [hit for hit in search_everything(ws.db, word) if hit.paper_id == paper.id and hit.page_no == 1]
    assert hits[0].page_label == (f"page {item['printed_pages'][0]} of the pack (PDF page {item['pdf_pages'][0]})")


def test_one_undo_takes_the_whole_pack_away(ws, pack_meeting) -> None:
    meeting_id, _, _ = pack_meeting
    assert ws.undo() == "Add pack"
    assert list_papers(ws.db, meeting_id) == [] and agenda(ws.db, meeting_id) == []
    assert ws.db.execute("select count(*) from packs").fetchone()[0] == 0


def test_a_supplementary_pack_adds_and_replaces_items_and_counts_as_late(ws, pack_meeting, pack_corpus) -> None:
    meeting_id, _, _ = pack_meeting
    update_committee(ws, get_meeting(ws.db, meeting_id).committee_id, notice_working_days=5)
    path, label = pack_corpus["council_supplementary"]
    stored = store_pack(ws.path, meeting_id, path, read_and_split(path), received="2026-03-09")
    assert stored.supplementary
    assert [(part.title, part.change) for part in stored.parts] == [
        (label["items"][0]["title"], "replaces"),
        ("Urgent item: Winter Pressures", "new item"),
    ]
    replaced = next(
        paper
        for paper in list_papers(ws.db, meeting_id)
        if paper.item_id == stored.parts[0].item_id and paper.received_date == "2026-03-01"
    )
    papers = {paper.id: paper for paper in list_papers(ws.db, meeting_id)}
    assert stored.parts[0].replaces_paper_id == replaced.id
    assert papers[stored.parts[0].paper_id].replaces_paper_id == replaced.id
    assert papers[stored.parts[1].paper_id].replaces_paper_id is None
    late = [paper for paper in list_papers(ws.db, meeting_id) if paper.received_date == "2026-03-09"]
    assert len(late) == 2 and {paper.arrival.kind for paper in late} == {"late"}
    on_time = [paper for paper in list_papers(ws.db, meeting_id) if paper.received_date == "2026-03-01"]
    assert {paper.arrival.kind for paper in on_time} == {"on_time"}


def test_the_same_pack_twice_is_refused_and_nothing_is_added(ws, pack_meeting, pack_corpus) -> None:
    meeting_id, _, _ = pack_meeting
    path, _ = pack_corpus["council_bookmarks_ranges"]
    before = len(list_papers(ws.db, meeting_id))
    with pytest.raises(PaperError, match="already has this pack"):
        store_pack(ws.path, meeting_id, path, read_and_split(path))
    assert len(list_papers(ws.db, meeting_id)) == before


def test_the_briefing_pack_quotes_printed_pages(ws, pack_meeting) -> None:
    from coprep.core.briefing.pack import briefing_markdown

    meeting_id, _, label = pack_meeting
    item = [item for item in label["items"] if item["pdf_pages"]][2]
    first, last = item["printed_pages"]
    assert f"pages {first} to {last} of the pack" in briefing_markdown(ws.db, meeting_id)


def test_a_pack_with_an_agenda_but_no_papers_is_refused(ws, tmp_path) -> None:
    from paper_files import make_pdf

    from coprep.core.meetings.meetings import add_committee, add_meeting

    path = make_pdf(
        tmp_path / "agenda only.pdf", ["Health Committee\nAGENDA\n1. Apologies\n2. Minutes\n3. Any other business"]
    )
    split = read_and_split(path)
    assert [item.title for item in split.items] == ["Apologies", "Minutes", "Any other business"]
    meeting = add_meeting(ws, add_committee(ws, "Health Committee"), "2026-03-12")
    with pytest.raises(PaperError, match="no item's papers"):
        store_pack(ws.path, meeting, path, split)
    assert ws.db.execute("select count(*) from packs").fetchone()[0] == 0


def test_each_printed_page_of_the_meeting_points_at_the_paper_holding_it(ws, pack_meeting) -> None:
    from coprep.core.papers.pack_store import meeting_printed_pages, printed_pages

    meeting_id, stored, _ = pack_meeting
    pages = meeting_printed_pages(ws.db, meeting_id)
    for part in stored.parts:
        for number in filter(None, printed_pages(ws.db, part.paper_id)):
            assert pages[number] == part.paper_id

"""One search box: meetings, agenda items, notes, questions and the words on every page of a paper."""

from pathlib import Path

import pytest
from paper_files import make_pdf

from coprep.core.meetings.meetings import add_committee, add_item, add_meeting, update_meeting
from coprep.core.papers.papers import delete_paper, import_paper
from coprep.core.papers.search import MARK_END, MARK_START, fts_query, plain_snippet, search_everything


@pytest.fixture
def filled(ws, tmp_path: Path) -> dict[str, int]:
    committee = add_committee(ws, "Quality Committee")
    meeting = add_meeting(ws, committee, "2026-03-12")
    update_meeting(ws, meeting, notes="Bring the hearing loop leaflet.")
    item = add_item(
        ws,
        meeting,
        "Urgent care: the A&E 4-hour standard",
        questions="What does corridor care mean for disabled people?",
    )
    pack = make_pdf(
        tmp_path / "winter plan.pdf",
        [
            "Winter plan. Summary of the pressures expected this winter.",
            "The board approved extra beds for the respiratory ward in December.",
            "Appendix: bed occupancy by week.",
        ],
    )
    paper = import_paper(ws.path, meeting, pack, item_id=item)
    return {"meeting": meeting, "item": item, "paper": paper}


def test_words_inside_a_paper_are_found_on_their_page(ws, filled) -> None:
    hits = search_everything(ws.db, "respiratory")
    assert [(h.kind, h.paper_id, h.page_no, h.meeting_id, h.item_id) for h in hits] == [
        ("paper", filled["paper"], 2, filled["meeting"], filled["item"])
    ]
    assert hits[0].title == "winter plan" and hits[0].where == "Quality Committee, 12 March 2026"
    assert f"{MARK_START}respiratory{MARK_END}" in hits[0].snippet
    assert "[respiratory]" in plain_snippet(hits[0].snippet)


def test_other_forms_of_a_word_are_found(ws, filled) -> None:
    assert [h.page_no for h in search_everything(ws.db, "approving")] == [2]


def test_notes_and_questions_are_searched(ws, filled) -> None:
    assert [(h.kind, h.meeting_id) for h in search_everything(ws.db, "hearing loop")] == [
        ("meeting", filled["meeting"])
    ]
    item_hits = search_everything(ws.db, "corridor")
    assert [(h.kind, h.item_id, h.title) for h in item_hits] == [
        ("item", filled["item"], "Urgent care: the A&E 4-hour standard")
    ]


def test_every_word_must_be_there(ws, filled) -> None:
    assert search_everything(ws.db, "beds board")  # both on the same page, in any order
    assert not search_everything(ws.db, "winter giraffe")


def test_the_last_word_may_be_unfinished(ws, filled) -> None:
    assert [h.page_no for h in search_everything(ws.db, "respir")] == [2]


@pytest.mark.parametrize(
    "typed", ['"A&E', "A&E", "(beds", "beds)", "NOT", "AND OR", "*", "-", '"', "col:umn", "^beds", ""]
)
def test_punctuation_and_search_words_never_cause_an_error(ws, filled, typed: str) -> None:
    hits = search_everything(ws.db, typed)  # an FTS syntax error would raise here
    assert all(hit.kind in ("meeting", "item", "paper") for hit in hits)


def test_a_and_e_is_found_as_written(ws, filled) -> None:
    assert fts_query('"A&E') == '"""A&E"'
    assert [h.kind for h in search_everything(ws.db, '"A&E')] == ["item"]


def test_a_removed_paper_is_not_found_until_put_back(ws, filled) -> None:
    delete_paper(ws, filled["paper"])
    assert search_everything(ws.db, "respiratory") == []
    ws.undo()
    assert [h.page_no for h in search_everything(ws.db, "respiratory")] == [2]


def test_limit(ws, filled) -> None:
    assert len(search_everything(ws.db, "winter", limit=1)) == 1


def test_an_item_repeated_at_every_meeting_is_shown_once_with_how_many(ws, filled, tmp_path: Path) -> None:
    committee = ws.db["meetings"].get(filled["meeting"])["committee_id"]
    dates = ["2026-01-15", "2026-02-12", "2026-04-09", "2026-05-14"]
    repeated = [add_item(ws, add_meeting(ws, committee, day), "Finance report") for day in dates]
    add_item(ws, add_meeting(ws, add_committee(ws, "Audit Committee"), "2026-06-01"), "Finance report")
    noted = add_item(
        ws,
        add_meeting(ws, committee, "2026-06-11"),
        "Finance report",
        notes="Ask why the finance report is late again.",
    )
    import_paper(ws.path, filled["meeting"], make_pdf(tmp_path / "finance.pdf", ["The finance report for month 9."]))

    hits = search_everything(ws.db, "finance report")
    assert sorted((h.kind, h.meetings) for h in hits) == [("item", 1), ("item", 1), ("item", 4), ("paper", 1)]
    once = next(h for h in hits if h.meetings == 4)
    assert once.item_id == repeated[-1]  # opens the newest meeting's item
    assert once.where == "Quality Committee, 4 meetings, latest 14 May 2026"
    assert noted in [h.item_id for h in hits]  # the person's own note keeps its meeting apart
    assert [h.where for h in hits if h.kind == "item" and h.meetings == 1 and h.item_id != noted] == [
        "Audit Committee, 1 June 2026"
    ]

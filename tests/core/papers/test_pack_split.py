"""Splitting a meeting pack: each way of finding an item's pages, printed page numbers, bad files."""

import json
from pathlib import Path

import pytest
from paper_files import make_locked_pdf, make_pdf, make_scanned_pdf

from coprep.core.papers.extract import PaperError, PasswordNeeded
from coprep.core.papers.pack_agenda import read_agenda
from coprep.core.papers.pack_pages import number_candidates, printed_label, printed_numbers, read_pack
from coprep.core.papers.pack_split import move_start, split_pack
from coprep.core.papers.pack_store import read_and_split


def _spans(split) -> dict[str, list[int] | None]:
    return {item["number"]: item["pdf_pages"] for item in split.to_json()["items"]}


def _sources(split) -> set[str | None]:
    return {item.source for item in split.items if item.has_pages}


def _expected(label: dict) -> dict[str, list[int] | None]:
    return {item["number"]: item["pdf_pages"] for item in label["items"]}


@pytest.mark.parametrize(
    "name, source",
    [
        ("council_bookmarks_ranges", {"bookmarks"}),
        ("trust_bookmarks_cover", {"bookmarks"}),
        ("icb_bookmarks_restart_blank", {"bookmarks"}),
        ("council_ranges", {"page ranges"}),
        ("council_ranges_blank_unnumbered", {"page ranges"}),
        ("icb_ranges_restart", {"page ranges"}),
        ("icb_long_agenda", {"page ranges"}),
        ("trust_some_bookmarks", {"bookmarks", "page ranges"}),
        ("council_title_pages", {"title pages"}),
        ("trust_cover_sheets", {"title pages"}),
        ("trust_cover_no_numbers", {"title pages"}),
    ],
)
def test_each_way_of_finding_the_split_gives_the_labelled_pages(pack_corpus, name, source) -> None:
    path, label = pack_corpus[name]
    split = read_and_split(path)
    assert _spans(split) == _expected(label)
    assert _sources(split) == source
    assert [item["printed_pages"] for item in split.to_json()["items"]] == [
        item["printed_pages"] for item in label["items"]
    ]


def test_printed_numbers_follow_the_pack_not_a_papers_own(pack_corpus) -> None:
    path, label = pack_corpus["icb_ranges_restart"]
    document = read_pack(path)
    assert [page.printed for page in document.pages] == label["printed_numbers"]
    own = [page for page in document.pages if "Page 1 of" in page.edges]
    assert own and own[0].printed not in (None, 1)


def test_printed_numbers_skip_uncounted_blank_pages() -> None:
    # front sheet, pages 1-3, an uncounted blank page, then 4 and 5 (one also says "Page 1 of 2")
    assert printed_numbers([[], [1], [2], [3], [], [4], [5, 1], [2, 6]]) == [None, 1, 2, 3, None, 4, 5, 6]


def test_number_candidates_in_headers_and_footers() -> None:
    assert number_candidates("Board 12 March 2026\nPage 23 of 140") == [23]
    assert number_candidates("- 7 -") == [7]
    assert number_candidates("Health Committee 2026") == []


def test_the_page_is_named_as_people_quote_it() -> None:
    assert printed_label(23, 24) == "page 23 of the pack (PDF page 25)"
    assert printed_label(None, 0) == "PDF page 1"


def test_agenda_page_ranges_are_taken_off_the_titles() -> None:
    entries = read_agenda(
        [
            "AGENDA",
            "1. Apologies for absence",
            "4. Finance Report   23 - 41",
            "5. Winter plan    Pages 42-50",
            "6. Action log   51",
        ]
    )
    assert [(entry.number, entry.title, entry.pages) for entry in entries] == [
        ("1", "Apologies for absence", None),
        ("4", "Finance Report", (23, 41)),
        ("5", "Winter plan", (42, 50)),
        ("6", "Action log", (51, 51)),
    ]


def test_the_front_sheet_gives_the_meeting(pack_corpus) -> None:
    path, label = pack_corpus["council_ranges"]
    meeting = read_and_split(path).meeting
    assert meeting["committee"] == label["meeting"]["committee"]
    assert meeting["organisation"] == label["meeting"]["organisation"]
    assert meeting["date"] == "12 March 2026"


def test_moving_a_boundary_gives_the_pages_to_the_item_before(pack_corpus) -> None:
    path, _ = pack_corpus["council_ranges"]
    split = read_and_split(path)
    placed = [i for i, item in enumerate(split.items) if item.has_pages]
    second = placed[1]
    old_first = split.items[second].first
    moved = move_start(split, second, old_first + 1)
    assert moved.items[second].first == old_first + 1 and moved.items[second].source == "you"
    assert moved.items[placed[0]].last == old_first
    assert split.items[second].first == old_first  # the proposal itself is unchanged
    with pytest.raises(ValueError, match="can start from PDF page"):
        move_start(split, second, split.items[placed[0]].first)


def test_the_command_line_json_matches_the_issue_shape(pack_corpus) -> None:
    path, _ = pack_corpus["council_bookmarks_ranges"]
    data = json.loads(json.dumps(read_and_split(path).to_json()))
    assert set(data) == {"meeting", "items"}
    assert set(data["items"][2]) == {"number", "title", "pdf_pages", "printed_pages", "source"}


def test_broken_locked_scanned_and_non_pack_pdfs_get_plain_messages(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(PaperError, match="damaged"):
        read_and_split(broken)
    with pytest.raises(PasswordNeeded, match="locked with a password"):
        read_and_split(make_locked_pdf(tmp_path / "locked.pdf", "Agenda", "secret"))
    with pytest.raises(PaperError, match="looks like a scan"):
        read_and_split(make_scanned_pdf(tmp_path / "scan.pdf"))
    with pytest.raises(PaperError, match="could not find an agenda"):
        read_and_split(make_pdf(tmp_path / "letter.pdf", ["Dear member, thank you for coming to the meeting."]))
    text = tmp_path / "notes.txt"
    text.write_text("AGENDA\n1. Apologies")
    with pytest.raises(PaperError, match="is not a PDF"):
        read_and_split(text)


def test_split_needs_no_bookmarks_to_be_trusted_over_page_ranges(pack_corpus) -> None:
    path, label = pack_corpus["trust_some_bookmarks"]
    split = split_pack(read_pack(path))
    by_source = {item.number: item.source for item in split.items if item.has_pages}
    assert list(by_source.values()).count("bookmarks") == 3
    assert _spans(split) == _expected(label)

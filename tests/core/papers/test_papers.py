"""Adding papers to meetings: a whole paper or nothing, duplicates noticed, changes undoable."""

import datetime as dt
from pathlib import Path

import pytest
from paper_files import make_docx, make_locked_pdf, make_odt, make_pdf, make_scanned_pdf

from coprep.core.meetings.meetings import add_committee, add_item, add_meeting
from coprep.core.papers import extract
from coprep.core.papers.extract import ImportCancelled, PaperError, PasswordNeeded
from coprep.core.papers.leftovers import remove_orphan_files
from coprep.core.papers.paper_summary import Summary, keep_summary, stored_summary
from coprep.core.papers.papers import (
    DuplicatePaper,
    delete_paper,
    get_paper,
    import_paper,
    list_papers,
    page_texts,
    paper_file_path,
    papers_folder,
    update_paper,
)
from coprep.core.storage.paths import files_folder
from coprep.core.storage.validate import InputError
from coprep.core.words.glossary import add_entry, load_glossary, set_hidden
from coprep.core.words.readability import readability

BOARD_PAGES = [
    "Elective recovery report. The committee is asked to note the RTT position.",
    "Appendix A sets out the trajectory for 65-week waits by specialty.",
]


@pytest.fixture
def meeting(ws) -> int:
    committee = add_committee(ws, "Quality Committee", notice_working_days=5)
    return add_meeting(ws, committee, "2026-03-12")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "Item_4 RTT report.pdf", BOARD_PAGES)


def _stored_state(ws) -> tuple:
    """Everything an import could leave behind: rows, indexed pages and files."""
    folder = papers_folder(ws.path)
    files = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    fts = ws.db.execute("select count(*) from paper_pages_fts").fetchone()[0]
    return ws.db["papers"].count, ws.db["paper_pages"].count, fts, files


def test_import_keeps_a_copy_and_the_words_of_each_page(ws, meeting, pack) -> None:
    paper_id = import_paper(ws.path, meeting, pack, received="2026-03-03", received_how="post", confidential=True)
    pack.unlink()  # deleting the email's attachment loses nothing
    paper = get_paper(ws.db, paper_id)
    assert (paper.title, paper.original_name, paper.file_type) == ("Item 4 RTT report", "Item_4 RTT report.pdf", "pdf")
    assert (paper.received_date, paper.received_how, paper.confidential) == ("2026-03-03", "post", True)
    assert paper.page_count == 2 and paper.word_count > 20
    assert [text.strip() for text in page_texts(ws.db, paper_id)] == BOARD_PAGES
    copy = paper_file_path(ws.path, paper)
    assert copy.read_bytes()[:5] == b"%PDF-" and copy.name == f"{paper.sha256}.pdf"
    assert paper.reading_age is not None and paper.verdict.startswith(("Fairly hard", "Hard"))
    assert paper.arrival.text == "on time (7 working days before)"


@pytest.mark.parametrize(
    ("name", "make", "file_type"),
    [
        ("pack.pdf", lambda p: make_pdf(p, ["The board met in public and agreed the plan."]), "pdf"),
        ("report.docx", lambda p: make_docx(p, ["The board met in public and agreed the plan."]), "docx"),
        ("minutes.odt", lambda p: make_odt(p, ["The board met in public and agreed the plan."]), "odt"),
        ("note.txt", lambda p: p.write_text("The board met in public and agreed the plan.") and p, "text"),
        ("summary.md", lambda p: p.write_text("# Summary\n\nThe board met in public.") and p, "markdown"),
    ],
)
def test_each_kind_of_file(ws, meeting, tmp_path: Path, name: str, make, file_type: str) -> None:
    paper_id = import_paper(ws.path, meeting, make(tmp_path / name))
    paper = get_paper(ws.db, paper_id)
    assert paper.file_type == file_type
    assert "board met in public" in page_texts(ws.db, paper_id)[0]
    assert paper.received_date == dt.date.today().isoformat() and paper.received_how == "email"
    assert paper_file_path(ws.path, paper).exists()


def test_same_file_twice_in_a_meeting_is_noticed(ws, meeting, pack) -> None:
    first = import_paper(ws.path, meeting, pack)
    before = _stored_state(ws)
    with pytest.raises(DuplicatePaper) as duplicate:
        import_paper(ws.path, meeting, pack)
    assert duplicate.value.existing.id == first
    assert "already has this paper, as 'Item 4 RTT report'" in str(duplicate.value)
    assert _stored_state(ws) == before
    second = import_paper(ws.path, meeting, pack, allow_duplicate=True)
    assert second != first
    assert len(list(papers_folder(ws.path).iterdir())) == 1  # one copy of the file serves both


def test_same_file_in_another_meeting_is_fine(ws, meeting, pack) -> None:
    other = add_meeting(ws, get_committee_id(ws, meeting), "2026-04-09")
    import_paper(ws.path, meeting, pack)
    import_paper(ws.path, other, pack)
    assert [len(list_papers(ws.db, m)) for m in (meeting, other)] == [1, 1]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def get_committee_id(ws, meeting_id: int) -> int:
    return ws.db["meetings"].get(meeting_id)["committee_id"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: _write(d / "empty.pdf", b""), "is empty"),
        (lambda d: _write(d / "photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(99)), "not one"),
        (lambda d: _write(d / "damaged.pdf", b"%PDF-1.4\n1 0 obj <<"), "is damaged"),
        (lambda d: make_scanned_pdf(d / "scan.pdf"), "looks like a scan"),
        (lambda d: make_locked_pdf(d / "locked.pdf", "Budget", "sesame"), "locked with a password"),
        (lambda d: d / "gone.pdf", "cannot find gone.pdf"),
    ],
)
def test_bad_files_store_nothing(ws, meeting, pack, tmp_path: Path, make, words: str) -> None:
    import_paper(ws.path, meeting, pack)
    before = _stored_state(ws)
    bad = make(tmp_path)
    with pytest.raises(PaperError, match=words):
        import_paper(ws.path, meeting, bad)
    assert _stored_state(ws) == before
    assert [p.title for p in list_papers(ws.db, meeting)] == ["Item 4 RTT report"]


def test_too_large_a_file_is_refused(ws, meeting, pack, monkeypatch) -> None:
    monkeypatch.setattr(extract, "MAX_PAPER_BYTES", 100)
    with pytest.raises(PaperError, match="too large"):
        import_paper(ws.path, meeting, pack)
    assert _stored_state(ws) == (0, 0, 0, [])


def test_locked_pdf_opens_with_its_password(ws, meeting, tmp_path: Path) -> None:
    locked = make_locked_pdf(tmp_path / "locked.pdf", "Budget for next year", "sesame")
    with pytest.raises(PasswordNeeded):
        import_paper(ws.path, meeting, locked, password="wrong")
    paper_id = import_paper(ws.path, meeting, locked, password="sesame")
    assert page_texts(ws.db, paper_id) == ["Budget for next year"]


@pytest.mark.parametrize("cancel_at_call", [1, 2, 4])
def test_cancel_at_any_point_leaves_nothing(ws, meeting, pack, cancel_at_call: int) -> None:
    """Calls: 1 while copying, 2 and 3 for each page, 4 just before saving."""
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) == cancel_at_call

    with pytest.raises(ImportCancelled):
        import_paper(ws.path, meeting, pack, cancelled=cancelled)
    assert _stored_state(ws) == (0, 0, 0, [])


def test_file_removed_while_importing_is_still_stored_whole(ws, meeting, pack) -> None:
    def remove_source() -> bool:
        pack.unlink(missing_ok=True)
        return False

    paper_id = import_paper(ws.path, meeting, pack, cancelled=remove_source)
    assert not pack.exists()
    assert len(page_texts(ws.db, paper_id)) == 2


def test_agenda_item_must_belong_to_the_meeting(ws, meeting, pack) -> None:
    other = add_meeting(ws, get_committee_id(ws, meeting), "2026-04-09")
    elsewhere = add_item(ws, other, "Finance report")
    with pytest.raises(InputError, match="not part of this meeting"):
        import_paper(ws.path, meeting, pack, item_id=elsewhere)
    own = add_item(ws, meeting, "Elective recovery")
    assert get_paper(ws.db, import_paper(ws.path, meeting, pack, item_id=own)).item_id == own


def test_import_can_be_undone_once_noted(ws, meeting, pack) -> None:
    paper_id = import_paper(ws.path, meeting, pack)
    ws.note_inserted("Add paper", "papers", paper_id)
    assert ws.undo() == "Add paper"
    assert (ws.db["papers"].count, ws.db["paper_pages"].count) == (0, 0)
    ws.redo()
    assert len(page_texts(ws.db, paper_id)) == 2


def test_changes_are_checked_and_undoable(ws, meeting, pack) -> None:
    paper_id = import_paper(ws.path, meeting, pack, received="2026-03-03")
    update_paper(ws, paper_id, received_date="11/03/2026", received_how="at_meeting", confidential=True, title="RTT")
    paper = get_paper(ws.db, paper_id)
    assert (paper.received_date, paper.received_how, paper.confidential, paper.title) == (
        "2026-03-11",
        "at_meeting",
        True,
        "RTT",
    )
    assert paper.arrival.text == "handed out at the meeting"
    with pytest.raises(InputError):
        update_paper(ws, paper_id, received_date="next week")
    with pytest.raises(InputError):
        update_paper(ws, paper_id, title="  ")
    ws.undo()
    assert get_paper(ws.db, paper_id).received_date == "2026-03-03"


def test_delete_is_undoable_and_the_file_is_tidied_at_next_start(ws, meeting, pack) -> None:
    kept = get_paper(ws.db, import_paper(ws.path, meeting, pack))
    other = make_pdf(pack.with_name("other.pdf"), ["A different paper about finance and budgets."])
    gone = get_paper(ws.db, import_paper(ws.path, meeting, other))
    receipt = files_folder(ws.path) / "receipt.jpg"
    receipt.write_bytes(b"not a paper")
    leftover = papers_folder(ws.path) / ".importing-crashed"
    leftover.mkdir()
    delete_paper(ws, gone.id)
    assert paper_file_path(ws.path, gone).exists()  # kept while undo could bring it back
    ws.undo()
    assert len(page_texts(ws.db, gone.id)) == 1
    delete_paper(ws, gone.id)
    removed = remove_orphan_files(ws.db, ws.path)
    assert sorted(p.name for p in removed) == sorted([gone.stored_name, leftover.name])
    assert paper_file_path(ws.path, kept).exists() and receipt.exists()


def test_words_to_know_include_the_meetings_papers(ws, meeting, tmp_path: Path) -> None:
    from coprep.core.papers.meeting_words import meeting_words
    from coprep.core.words.glossary import load_glossary

    item = add_item(ws, meeting, "Patient safety")
    paper = make_pdf(tmp_path / "safety.pdf", ["Sepsis screening rose. The SHREWD system records incidents."])
    import_paper(ws.path, meeting, paper, item_id=item)
    words = meeting_words(ws.db, meeting, load_glossary(ws.db))
    assert "Sepsis" in [term.term for term in words.terms]
    assert [(word.word, word.item_id) for word in words.unknown if word.word == "SHREWD"] == [("SHREWD", item)]


def _summary_pack(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "safety.pdf",
        [
            "Sepsis screening rose. The SHREWD system records incidents and the team reviews them each week.",
            "SHREWD replaced the old reporting system.",
        ],
    )


def test_import_keeps_the_readability_summary(ws, meeting, tmp_path: Path) -> None:
    paper = get_paper(ws.db, import_paper(ws.path, meeting, _summary_pack(tmp_path)))
    glossary = load_glossary(ws.db, include_hidden=False)
    kept = stored_summary(paper, glossary)
    assert kept == Summary.of(readability("\n\n".join(page_texts(ws.db, paper.id)), glossary))
    assert kept.longest_sentences[0] == "The SHREWD system records incidents and the team reviews them each week."
    assert "SHREWD" in kept.top_unexplained


def test_kept_summary_is_found_again_after_the_glossary_changes(ws, meeting, tmp_path: Path) -> None:
    paper = get_paper(ws.db, import_paper(ws.path, meeting, _summary_pack(tmp_path)))
    add_entry(ws, "SHREWD", "The NHS system for recording when something went wrong with care.")
    glossary = load_glossary(ws.db, include_hidden=False)
    assert stored_summary(paper, glossary) is None  # "SHREWD" is explained now: the kept list is out of date
    keep_summary(ws, paper.id, readability("\n\n".join(page_texts(ws.db, paper.id)), glossary), glossary)
    kept = stored_summary(get_paper(ws.db, paper.id), glossary)
    assert kept is not None and "SHREWD" not in kept.top_unexplained
    assert ws.undo_label == "Add 'SHREWD' to my glossary"  # keeping it is not a change to undo
    set_hidden(ws, "Sepsis")
    assert stored_summary(get_paper(ws.db, paper.id), load_glossary(ws.db, include_hidden=False)) is None


def test_a_damaged_kept_summary_is_found_again(ws, meeting, pack) -> None:
    paper = get_paper(ws.db, import_paper(ws.path, meeting, pack))
    for damaged in ("", "not json", "[1, 2]", '{"glossary": 3}'):
        paper.summary_json = damaged
        assert stored_summary(paper, load_glossary(ws.db, include_hidden=False)) is None


def test_a_papers_printed_page_numbers_are_found_without_reading_its_pages(ws, meeting, pack) -> None:
    """Each page's printed number is stored after its text: without an index of them, listing or
    showing a paper read the text of every page (300 pages each time, on the window's thread)."""
    from coprep.core.papers.papers import _SELECT

    paper_id = import_paper(ws.path, meeting, pack)
    plan = " ".join(
        row[-1] for row in ws.db.execute("explain query plan " + _SELECT + " where papers.id = ?", [paper_id])
    )
    assert plan.count("USING COVERING INDEX paper_pages_printed") == 2
    assert get_paper(ws.db, paper_id).id == paper_id

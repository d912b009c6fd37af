"""Reading papers in the worker process: the same results and plain messages, progress, and Cancel."""

import os
import threading
from pathlib import Path

import pytest
from paper_files import make_locked_pdf, make_pdf

from coprep.core.meetings.meetings import add_committee, add_meeting
from coprep.core.papers import extract_process
from coprep.core.papers.extract import ImportCancelled, PaperError, PasswordNeeded
from coprep.core.papers.extract_process import run_in_worker
from coprep.core.papers.papers import DuplicatePaper, import_paper, papers_folder

PAGES = ["The board agreed the annual report.", "Sepsis screening rose to 91 per cent.", "Any other business."]


def report_pid(cancelled, progress) -> int:
    progress(1, 1)
    return os.getpid()


def ignore_cancel(cancelled, progress) -> None:
    """A reader stuck inside one page: it never looks at Cancel."""
    progress(0, 1)
    threading.Event().wait(120)


def die(cancelled, progress) -> None:
    os._exit(3)  # as when PDFium crashes on a hostile file


def never() -> bool:
    return False


@pytest.fixture
def meeting(ws) -> int:
    return add_meeting(ws, add_committee(ws, "Quality Committee"), "2026-03-12")


def test_the_work_runs_in_one_other_process_started_once() -> None:
    seen: list[tuple[int, int]] = []
    first = run_in_worker(report_pid, cancelled=never, progress=lambda *done: seen.append(done))
    second = run_in_worker(report_pid, cancelled=never, progress=lambda *done: None)
    assert first != os.getpid()
    assert first == second
    assert seen == [(1, 1)]


def test_a_paper_imported_in_the_worker_is_stored_with_its_pages(ws, meeting, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    paper_id = run_in_worker(
        import_paper,
        ws.path,
        meeting,
        make_pdf(tmp_path / "Report.pdf", PAGES),
        cancelled=never,
        progress=lambda *done: seen.append(done),
    )
    assert ws.db["papers"].get(paper_id)["title"] == "Report"
    assert [row["text"].strip() for row in ws.db["paper_pages"].rows] == PAGES
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_worker_s_import_and_stores_nothing(ws, meeting, tmp_path, monkeypatch) -> None:
    # The worker stops by itself here, however busy the machine: ending one that has not stopped
    # within the grace period (which may leave its temporary folder) is the test after this one.
    monkeypatch.setattr(extract_process, "STOP_GRACE_SECONDS", 600.0)
    with pytest.raises(ImportCancelled):
        run_in_worker(
            import_paper,
            ws.path,
            meeting,
            make_pdf(tmp_path / "Report.pdf", PAGES),
            cancelled=lambda: True,
            progress=lambda *done: None,
        )
    assert ws.db["papers"].count == 0 and ws.db["paper_pages"].count == 0
    assert [path.name for path in papers_folder(ws.path).iterdir()] == []  # no half-made copy left
    assert run_in_worker(report_pid, cancelled=never, progress=lambda *done: None) != os.getpid()


def test_a_worker_that_does_not_stop_is_ended(monkeypatch) -> None:
    monkeypatch.setattr(extract_process, "STOP_GRACE_SECONDS", 0.2)
    before = run_in_worker(report_pid, cancelled=never, progress=lambda *done: None)
    started = threading.Event()
    with pytest.raises(ImportCancelled):
        run_in_worker(ignore_cancel, cancelled=started.is_set, progress=lambda *done: started.set())
    after = run_in_worker(report_pid, cancelled=never, progress=lambda *done: None)
    assert after != before


def test_a_worker_that_dies_gives_a_plain_message_and_is_replaced() -> None:
    with pytest.raises(PaperError, match="reader failed"):
        run_in_worker(die, cancelled=never, progress=lambda *done: None)
    assert run_in_worker(report_pid, cancelled=never, progress=lambda *done: None) != os.getpid()


def test_refusals_come_back_whole_with_their_plain_messages(ws, meeting, tmp_path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    with pytest.raises(PaperError, match="damaged.pdf is damaged"):
        run_in_worker(import_paper, ws.path, meeting, damaged, cancelled=never, progress=lambda *done: None)
    locked = make_locked_pdf(tmp_path / "locked.pdf", "Budget for next year", "sesame")
    with pytest.raises(PasswordNeeded, match="did not open locked.pdf") as refused:
        run_in_worker(
            import_paper, ws.path, meeting, locked, password="wrong", cancelled=never, progress=lambda *done: None
        )
    assert refused.value.wrong
    paper = make_pdf(tmp_path / "Report.pdf", PAGES)
    import_paper(ws.path, meeting, paper)
    with pytest.raises(DuplicatePaper, match="already has this paper") as again:
        run_in_worker(import_paper, ws.path, meeting, Path(paper), cancelled=never, progress=lambda *done: None)
    assert again.value.existing.title == "Report"
    assert ws.db["papers"].count == 1

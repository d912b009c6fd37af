"""How fast a 300-page PDF is added to a meeting, beside raw PDFium text extraction of the same file.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/import_pdf.py [--pages N]

The PDF is made with Qt (as a word processor would: embedded font subsets, wrapped paragraphs)
from the worked example's board papers. The baseline is pypdfium2 reading every page's text and
nothing else. The import does everything a person's "Add paper" does: copy and hash the file,
read each page, score readability and jargon, store the pages and index them for search.
Aim: the import takes at most 1.5 times the baseline.

Then the same import runs from the meeting's Papers tab, in the window, while a timer measures the
longest time the window's event loop could not run. Aim: under 50 ms (issue 16); the reading runs in a separate process.
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QElapsedTimer, QMarginsF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication
from timing import best_of

from coprep.core.meetings.meetings import add_committee, add_meeting
from coprep.core.papers.papers import import_paper
from coprep.core.storage.database import open_database
from coprep.core.storage.resources import resource_path
from coprep.core.storage.workspace import Workspace

WORDS_PER_PAGE = 450


def board_sentences() -> list[str]:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(resource_path("demo_papers").iterdir()))
    return [s.strip() + "." for s in " ".join(text.split()).split(". ") if len(s.split()) > 4]


def make_pdf(path: Path, pages: int, seed: int = 2026) -> None:
    """A text PDF of `pages` A4 pages of board-paper sentences, drawn by Qt."""
    rng = random.Random(seed)
    sentences = board_sentences()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(20, 20, 20, 20), QPageLayout.Millimeter)
    )
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 9))
    area = QRectF(0, 0, writer.width(), writer.height())
    for number in range(pages):
        words, paragraph, paragraphs = 0, [], []
        while words < WORDS_PER_PAGE:
            sentence = rng.choice(sentences)
            paragraph.append(sentence)
            words += len(sentence.split())
            if len(paragraph) == 4:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        paragraphs.append(" ".join(paragraph))
        if number:
            writer.newPage()
        painter.drawText(area, Qt.TextWordWrap, f"Page {number + 1}\n\n" + "\n\n".join(paragraphs))
    painter.end()


def raw_pdfium(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    letters = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        letters += len(textpage.get_text_bounded())
        textpage.close()
        page.close()
    pdf.close()
    return letters


def new_meeting(folder: Path) -> tuple[Workspace, int]:
    db_path = folder / "bench.db"
    ws = Workspace(open_database(db_path, backup=False), db_path)
    meeting = add_meeting(ws, add_committee(ws, "Quality Committee", notice_working_days=5), "2026-03-12")
    return ws, meeting


def longest_stall_in_window(ws: Workspace, committee: int, pdf: Path) -> float:
    """Add the paper from the Papers tab (to a meeting without it) and return the longest gap
    between event-loop turns (ms), until the paper is listed and its summary shown. The last turn,
    which takes the paper in, counts too: stopping as soon as the import was done left it out."""
    from coprep.ui.papers.papers_tab import PapersTab
    from coprep.ui.shell.date_words import load_date_words
    from coprep.ui.words.jargon_highlight import glossary_cache

    # as the window does just after its first paint, long before a person can add a paper
    load_date_words().wait()
    finder = glossary_cache(ws)
    finder.need()
    while not finder.ready:
        QApplication.processEvents()
        time.sleep(0.001)
    meeting = add_meeting(ws, committee, "2026-04-09")
    tab = PapersTab(ws)
    tab.show_meeting(meeting)
    tab.show()
    clock, gaps = QElapsedTimer(), []
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    tab.add_files([pdf])
    while tab.importing() or tab.details.scoring():
        QApplication.processEvents()
        time.sleep(0.001)
    ended = len(gaps)  # the turn that took the paper in (listing it, showing it) ends with the next tick
    while len(gaps) == ended:
        QApplication.processEvents()
        time.sleep(0.001)
    ticker.stop()
    tab.close()
    return max(gaps[1:], default=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        pdf = folder / "board pack.pdf"
        make_pdf(pdf, args.pages)
        print(f"PDF: {args.pages} pages, {pdf.stat().st_size / 1024 / 1024:.1f} MB, {raw_pdfium(pdf):,} letters")
        ws, meeting = new_meeting(folder)
        start = time.perf_counter()
        import_paper(ws.path, meeting, pdf)
        print(f"first import in this run (loads the syllable word list once): {time.perf_counter() - start:.2f} s")
        baseline, imported = best_of(
            args.runs, lambda: raw_pdfium(pdf), lambda: import_paper(ws.path, meeting, pdf, allow_duplicate=True)
        )
        print(f"raw PDFium text extraction: {baseline * 1000:8.0f} ms (best of {args.runs})")
        print(f"coprep import (all steps):  {imported * 1000:8.0f} ms (best of {args.runs})")
        print(f"ratio: {imported / baseline:.2f}x (aim: at most 1.5x)")
        stall = longest_stall_in_window(ws, ws.db["meetings"].get(meeting)["committee_id"], pdf)
        print(f"longest event-loop stall while importing in the window: {stall:.0f} ms (aim: under 50 ms)")
    app.quit()


if __name__ == "__main__":
    main()

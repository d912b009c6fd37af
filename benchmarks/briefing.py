"""The briefing pack for a 30-item meeting, with its words to know, made and saved as a PDF.

Baseline, measured in the same run: Qt printing the same final HTML alone (QTextDocument.print_
to a PDF, set up as shared/STYLE.md says). The pack's time includes reading the database, finding
the glossary words, writing Markdown and HTML, cutting pages and painting them with headers.
Prints the median of several runs of each and the ratio (aim: at most 3x, and under a second).
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication, QTextDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from coprep.core.briefing.pack import BriefingOptions, build_briefing  # noqa: E402
from coprep.core.demo.committees import COMMITTEES, MY_NOTES, MY_QUESTIONS  # noqa: E402
from coprep.core.meetings import meetings  # noqa: E402
from coprep.core.storage.database import open_database  # noqa: E402
from coprep.core.storage.workspace import Workspace  # noqa: E402
from coprep.ui.shell.print_pdf import save_printable, setup_printer  # noqa: E402

RUNS = 7
ITEMS = 30


def thirty_item_meeting(folder: Path) -> tuple[Workspace, int]:
    """A meeting whose 30 items come from the worked example's agendas, with notes and questions."""
    path = folder / "bench.db"
    ws = Workspace(open_database(path, backup=False), path)
    committee = meetings.add_committee(
        ws,
        "Quality and Performance Committee",
        organisation="NHS Riverside ICB",
        role_title="Patient and public voice partner",
        notice_working_days=5,
    )
    meeting = meetings.add_meeting(
        ws, committee, "2026-07-14", start_time="10:00", end_time="16:00", place="Room 3, Riverside House"
    )
    agenda = [line for committee in COMMITTEES for line in committee.agenda]
    items = []
    for number in range(ITEMS):
        _no, title, purpose, presenter, description = agenda[number % len(agenda)]
        key = next((k for k in MY_NOTES | MY_QUESTIONS if title.startswith(k)), "")
        items.append(
            {
                "number": str(number + 1),
                "title": title,
                "purpose": purpose,
                "presenter": presenter,
                "description": description,
                "notes": MY_NOTES.get(key, ""),
                "questions": MY_QUESTIONS.get(key, ""),
            }
        )
    meetings.add_items(ws, meeting, items)
    return ws, meeting


def pack_to_pdf(ws: Workspace, meeting: int, out: Path, large_print: int | None = None) -> int:
    """The pack saved as the window saves it (header, page numbers, repeated table headers, metadata)."""
    pack = build_briefing(ws.db, meeting, BriefingOptions(large_print=large_print))
    return save_printable(pack, out)


def qt_alone(html: str, out: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    setup_printer(printer, "A4", "baseline")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setDocumentMargin(0)
    doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    doc.print_(printer)


def median_seconds(work, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    folder = Path(tempfile.mkdtemp())
    ws, meeting = thirty_item_meeting(folder)
    start = time.perf_counter()
    pages = pack_to_pdf(ws, meeting, folder / "first.pdf")
    first = time.perf_counter() - start
    html = build_briefing(ws.db, meeting).html
    qt_alone(html, folder / "warm.pdf")

    build = median_seconds(lambda: build_briefing(ws.db, meeting))
    ours = median_seconds(lambda: pack_to_pdf(ws, meeting, folder / "pack.pdf"))
    bare = median_seconds(lambda: qt_alone(html, folder / "bare.pdf"))
    large_pages = pack_to_pdf(ws, meeting, folder / "large.pdf", 20)
    large = median_seconds(lambda: pack_to_pdf(ws, meeting, folder / "large.pdf", 20))
    print(f"30-item pack: {pages} pages, {html.count('<p>')} paragraphs")
    print(f"first pack, glossary read from disk: {first * 1000:.0f} ms")
    print(f"Qt printing the final HTML alone: {bare * 1000:.0f} ms (median of {RUNS})")
    print(
        f"coprep pack to PDF: {ours * 1000:.0f} ms (median of {RUNS}; of which building Markdown and HTML "
        f"{build * 1000:.0f} ms)"
    )
    print(f"ratio: {ours / bare:.2f}x (aim: at most 3x); under a second: {'yes' if ours < 1 else 'no'}")
    print(
        f"20 point pack to PDF: {large_pages} pages, {large * 1000:.0f} ms; ratio to Qt alone at 12 point: "
        f"{large / bare:.2f}x"
    )
    del app


if __name__ == "__main__":
    main()

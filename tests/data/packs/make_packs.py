"""Make a labelled corpus of meeting packs: one big PDF per meeting, as councils, NHS trusts and ICBs send.

Every pack is invented. The layouts copy what real packs do: a front sheet, an agenda (sometimes with
a page range for each item), cover sheets before papers, printed page numbers in footers or headers
that start after the front sheet, PDF bookmarks or none, blank separator pages (numbered or not),
and a paper that carries its own page numbers restarting at 1 beside the pack's.

Each pack comes with a label: for every agenda item its number, title, the PDF pages of its part
([first, last], 1-based, None for an item with no paper) and the printed page numbers of those pages.
An item's part runs from its first page to the last page before the next part, less any blank
separator pages at its end.

Run: python tests/data/packs/make_packs.py FOLDER   (writes NAME.pdf and NAME.json for every pack)
"""

from __future__ import annotations

import json
import random
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

_SENTENCES = [
    "The committee is asked to note the position set out in this report",
    "Waiting times for planned care have fallen for the third month in a row",
    "The service received more referrals this quarter than in any quarter last year",
    "Staff vacancies in community nursing remain the main risk to the plan",
    "Patients told us that letters about appointments were hard to follow",
    "The budget for the year is expected to break even after savings are made",
    "Two wards were closed for a short time because of a winter virus",
    "A new phone line for carers opened in the spring and is busy every day",
    "The board agreed to review the plan again after six months",
    "Most people said they were treated with kindness and respect",
    "The numbers in the table below cover the months from April to September",
    "Work with the local council on hospital discharge has begun to pay off",
    "Some people still wait too long for an assessment of their needs",
    "The team will bring a fuller report to the next meeting",
    "Spending on agency staff is higher than planned and is being watched closely",
    "The main changes since the last report are listed in the appendix",
    "Members of the public can ask questions in writing before the meeting",
    "The risk has been scored again and stays at the same level",
    "A group of patients and carers helped to write the new leaflet",
    "Complaints about car parking have dropped since the new signs went up",
]

_PAPERS = [  # (title, pages of the paper itself)
    ("Minutes of the previous meeting", 4),
    ("Action log", 2),
    ("Chief Executive's Report", 5),
    ("Finance Report", 9),
    ("Quality and Safety Report", 8),
    ("Winter Plan", 6),
    ("Performance Report", 7),
    ("Patient Experience Report", 5),
    ("Workforce Report", 6),
    ("Mental Health Services Update", 5),
    ("Community Services Review", 7),
    ("Risk Register", 4),
    ("Annual Complaints Report", 6),
    ("Maternity Services Update", 5),
    ("Carers Strategy", 6),
    ("Urgent and Emergency Care Plan", 8),
    ("Digital Services Update", 4),
    ("Estates Strategy", 6),
    ("Dental Access Report", 5),
    ("Health Inequalities Plan", 7),
    ("Pharmacy Services Review", 4),
    ("Learning from Deaths Report", 5),
    ("Safeguarding Annual Report", 6),
    ("Work Programme", 2),
]
_NO_PAPER = [
    "Apologies for absence",
    "Declarations of interest",
    "Questions from the public",
    "Any other business",
    "Date of next meeting",
]


@dataclass
class Layout:
    """How one pack is laid out."""

    name: str
    body: str  # "council", "trust" or "icb"
    seed: int
    papers: int = 6  # how many items have a paper
    bookmarks: bool | str = False  # True, False, or "some" (only every other paper)
    ranges: bool = False  # the agenda gives each paper's printed page range
    numbers: str | None = "page"  # "page" (Page 23), "page_of" (Page 23 of 140), "header" (23 top right), None
    unnumbered_start: int = 1  # pages before printed page 1 (the front sheet, maybe the agenda too)
    blanks: str | None = None  # "numbered" or "unnumbered" blank pages after papers with an odd page count
    restart: bool = False  # one paper also carries its own page numbers, from 1
    cover_sheets: bool = False  # each paper starts with a cover sheet naming its item
    scale: float = 1.0  # multiplies the papers' lengths
    supplementary: bool = False  # a supplementary pack: a few late papers only


@dataclass
class _Page:
    kind: str  # front, agenda, paper, blank
    lines: list[str] = field(default_factory=list)
    heading: str = ""
    own_number: str = ""
    bookmark: str = ""
    titled: bool = False  # the first line is the paper's title, in large bold


@dataclass
class _Item:
    number: str
    title: str
    pages: int = 0  # 0: no paper
    presenter: str = ""
    first: int = 0  # pdf pages (1-based) once laid out
    last: int = 0


_COMMITTEES = {
    "council": ("Northvale County Council", "Health Overview and Scrutiny Committee"),
    "trust": ("Riverside Hospitals NHS Foundation Trust", "Board of Directors (Public)"),
    "icb": ("NHS Eastmoor Integrated Care Board", "Quality and Performance Committee"),
}
_PRESENTERS = ["Dr Asha Patel", "Tom Fielding", "Grace Okafor", "Ben Hughes", "Mina Shah", "Carl Dobbs"]


def layouts() -> list[Layout]:
    """The corpus: thirteen packs, plus a supplementary pack for the first council meeting."""
    return [
        Layout("council_bookmarks_ranges", "council", 1, bookmarks=True, ranges=True),
        Layout("council_ranges", "council", 2, ranges=True, unnumbered_start=2),
        Layout("council_ranges_blank_numbered", "council", 3, ranges=True, blanks="numbered"),
        Layout("council_ranges_blank_unnumbered", "council", 4, ranges=True, blanks="unnumbered"),
        Layout("council_title_pages", "council", 5, numbers=None),
        Layout("trust_bookmarks_cover", "trust", 6, bookmarks=True, cover_sheets=True, numbers="page_of"),
        Layout("trust_cover_sheets", "trust", 7, cover_sheets=True, numbers="page_of", papers=8),
        Layout("trust_cover_no_numbers", "trust", 8, cover_sheets=True, numbers=None, blanks="unnumbered"),
        Layout(
            "trust_some_bookmarks",
            "trust",
            9,
            bookmarks="some",
            ranges=True,
            cover_sheets=True,
            numbers="page_of",
            unnumbered_start=2,
        ),
        Layout("icb_ranges_restart", "icb", 10, ranges=True, numbers="header", restart=True),
        Layout(
            "icb_bookmarks_restart_blank",
            "icb",
            11,
            bookmarks=True,
            numbers="header",
            restart=True,
            blanks="numbered",
            cover_sheets=True,
        ),
        Layout("icb_long_agenda", "icb", 12, ranges=True, numbers="page", papers=16, unnumbered_start=2),
        Layout("big_300", "council", 13, ranges=True, papers=20, scale=2.6, blanks="numbered"),
        Layout("council_supplementary", "council", 1, ranges=True, supplementary=True),
    ]


def _items(layout: Layout, rng: random.Random) -> list[_Item]:
    if layout.supplementary:
        return _late_items(layout)
    papers = list(_PAPERS)
    first, rest = papers[:2], papers[2:]
    rng.shuffle(rest)
    chosen = (first + rest)[: layout.papers]
    entries = [(_NO_PAPER[0], 0), (_NO_PAPER[1], 0)] + chosen[:2]
    if layout.body == "council":
        entries.append((_NO_PAPER[2], 0))
    entries += chosen[2:] + [(_NO_PAPER[3], 0), (_NO_PAPER[4], 0)]
    items = []
    for index, (title, pages) in enumerate(entries):
        count = max(1, round(pages * layout.scale * rng.uniform(0.7, 1.4))) if pages else 0
        number = f"ICB 26/{index + 41:03d}" if layout.body == "icb" else str(index + 1)
        items.append(_Item(number, title, count, rng.choice(_PRESENTERS) if pages else ""))
    return items


def _late_items(layout: Layout) -> list[_Item]:
    """A supplementary pack for the main pack with the same seed: one paper replaced, one item added."""
    main = next(other for other in layouts() if other.seed == layout.seed and not other.supplementary)
    items = _items(main, random.Random(main.seed * 7919))
    replaced = [item for item in items if item.pages][2]
    return [
        _Item(replaced.number, f"{replaced.title} (updated)", 4, replaced.presenter),
        _Item(str(len(items) + 1), "Urgent item: Winter Pressures", 3, _PRESENTERS[0]),
    ]


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [". ".join(rng.sample(_SENTENCES, 4)) + "." for _ in range(count)]


def _build_pages(layout: Layout, items: list[_Item], rng: random.Random, agenda_pages: int) -> list[_Page]:
    org, committee = _COMMITTEES[layout.body]
    date = f"{10 + layout.seed % 18} March 2026"
    kind = "Supplementary agenda" if layout.supplementary else "Agenda"
    pages = [
        _Page(
            "front",
            [
                org,
                committee,
                f"{kind} and papers",
                f"Date: {date}",
                "Time: 10.00 am",
                "Place: Council Chamber, Town Hall"
                if layout.body == "council"
                else "Place: Boardroom, Trust Headquarters",
                "Contact: Committee Services, 01234 567890",
            ],
        )
    ]
    pages += [_Page("agenda") for _ in range(agenda_pages)]
    paper_index = 0
    for item in items:
        if not item.pages:
            continue
        item.first = len(pages) + 1
        mark = layout.bookmarks is True or (layout.bookmarks == "some" and paper_index % 2 == 0)
        own = layout.restart and paper_index == 2
        body = list(range(item.pages))
        if layout.cover_sheets:
            pages.append(
                _Page(
                    "paper",
                    [
                        f"Agenda item: {item.number}",
                        f"Report title: {item.title}",
                        f"Presented by: {item.presenter}",
                        "Purpose: For assurance",
                        "Executive summary",
                    ]
                    + _paragraphs(rng, 2),
                    heading=f"{committee}",
                )
            )
            body = body[1:]
        for n in body:
            first = n == 0
            lines = ([item.title, f"Report of {item.presenter}"] if first else []) + _paragraphs(rng, 3 if first else 4)
            pages.append(_Page("paper", lines, own_number=f"Page {n + 1} of {item.pages}" if own else "", titled=first))
        if mark:
            pages[item.first - 1].bookmark = f"{item.number} {item.title}" if paper_index % 3 else item.title
        item.last = len(pages)
        if layout.blanks and item.pages % 2:
            pages.append(_Page("blank", ["This page is intentionally left blank"]))
        paper_index += 1
    return pages


def _printed_numbers(layout: Layout, pages: list[_Page]) -> list[int | None]:
    numbers: list[int | None] = []
    counter = 0
    for index, page in enumerate(pages):
        if index < layout.unnumbered_start or (page.kind == "blank" and layout.blanks == "unnumbered"):
            numbers.append(None)
            continue
        counter += 1
        numbers.append(counter if layout.numbers else None)
    return numbers


def _agenda_lines(layout: Layout, items: list[_Item], printed: list[int | None]) -> list[tuple[str, str]]:
    rows = []
    for item in items:
        span = ""
        if layout.ranges and item.pages:
            first, last = printed[item.first - 1], printed[item.last - 1]
            span = f"{first} - {last}" if first != last else str(first)
        rows.append((f"{item.number}   {item.title}", span))
        if item.presenter and layout.body != "council":
            rows.append((f"      Presented by {item.presenter}", ""))
    return rows


def _write(
    layout: Layout, pages: list[_Page], printed: list[int | None], agenda: list[tuple[str, str]], path: Path
) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    rows_per_page = 26
    total_printed = max((n for n in printed if n), default=0)
    agenda_done = 0
    for index, page in enumerate(pages):
        pdf.add_page()
        if page.bookmark:
            pdf.start_section(page.bookmark, level=0)
        pdf.set_font("helvetica", size=10)
        if page.heading:
            pdf.set_xy(20, 12)
            pdf.cell(0, 5, page.heading)
        pdf.set_xy(20, 25)
        if page.kind == "front":
            pdf.set_font("helvetica", "B", 16)
            for line in page.lines:
                pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        elif page.kind == "agenda":
            if agenda_done == 0:
                pdf.set_font("helvetica", "B", 14)
                pdf.cell(0, 10, "Supplementary agenda" if layout.supplementary else "AGENDA")
                pdf.ln(12)
                pdf.set_font("helvetica", "B", 10)
                if layout.ranges:
                    pdf.cell(140, 6, "Item")
                    pdf.cell(30, 6, "Pages", align="R")
                    pdf.ln(8)
            pdf.set_font("helvetica", size=11)
            for text, span in agenda[agenda_done : agenda_done + rows_per_page]:
                y = pdf.get_y()
                pdf.cell(140, 7, text)
                if span:
                    pdf.set_xy(160, y)
                    pdf.cell(30, 7, span, align="R")
                pdf.set_xy(20, y + 8)
            agenda_done += rows_per_page
        elif page.kind == "blank":
            pdf.set_xy(20, 140)
            pdf.cell(0, 10, page.lines[0], align="C")
        else:
            for number, line in enumerate(page.lines):
                bold = page.titled and number == 0
                pdf.set_font("helvetica", "B" if bold else "", 14 if bold else 10)
                for part in textwrap.wrap(line, 60 if bold else 95):  # fpdf's multi_cell is slow for 300 pages
                    pdf.cell(0, 6 if bold else 5, part, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        pdf.set_font("helvetica", size=9)
        if page.own_number:
            pdf.set_xy(150, 280)
            pdf.cell(40, 5, page.own_number, align="R")
        number = printed[index]
        if number is not None:
            if layout.numbers == "header":
                pdf.set_xy(150, 8)
                pdf.cell(40, 5, str(number), align="R")
            else:
                pdf.set_xy(20, 286)
                text = f"Page {number}" + (f" of {total_printed}" if layout.numbers == "page_of" else "")
                pdf.cell(170, 5, text, align="C")
    pdf.output(str(path))


def make_pack(layout: Layout, folder: Path) -> tuple[Path, dict]:
    """Write the pack as FOLDER/NAME.pdf and its label as FOLDER/NAME.json; return the PDF path and label."""
    rng = random.Random(layout.seed * 7919 + layout.supplementary)
    items = _items(layout, rng)
    rows = len(items) + sum(1 for item in items if item.presenter and layout.body != "council")
    agenda_pages = 1 if rows <= 26 else 2
    pages = _build_pages(layout, items, rng, agenda_pages)
    printed = _printed_numbers(layout, pages)
    agenda = _agenda_lines(layout, items, printed)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{layout.name}.pdf"
    _write(layout, pages, printed, agenda, path)
    org, committee = _COMMITTEES[layout.body]
    label = {
        "file": path.name,
        "layout": {key: value for key, value in vars(layout).items() if key not in ("name", "seed")},
        "meeting": {"organisation": org, "committee": committee, "date": f"2026-03-{10 + layout.seed % 18:02d}"},
        "page_count": len(pages),
        "printed_numbers": printed,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "pdf_pages": [item.first, item.last] if item.pages else None,
                "printed_pages": [printed[item.first - 1], printed[item.last - 1]] if item.pages else None,
            }
            for item in items
        ],
    }
    (folder / f"{layout.name}.json").write_text(json.dumps(label, indent=1), encoding="utf-8")
    return path, label


def make_corpus(folder: Path, names: set[str] | None = None) -> list[tuple[Path, dict]]:
    """Every pack in `layouts()` (or only those named), written into `folder`."""
    return [make_pack(layout, folder) for layout in layouts() if names is None or layout.name in names]


if __name__ == "__main__":
    for pdf_path, pack_label in make_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "packs")):
        print(pdf_path, pack_label["page_count"], "pages")

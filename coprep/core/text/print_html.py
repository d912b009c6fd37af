"""Markdown made into a complete HTML document that prints well, in Qt and in a web browser.

The Markdown goes through `render_markdown`, so the result is sanitised with nh3 whatever the
person typed. Qt's rich-text engine understands only part of CSS, so the stylesheet keeps to what
it honours: sizes in pt, margins in px, `page-break-before`. The `avoid` rules are for web
browsers; coprep's own printing keeps things together itself (coprep/ui/print_pdf.py). Tables get
their borders from the `border` and `cellpadding` attributes, because an inline style on a cell
makes Qt drop its borders. Qt sizes h1–h3 from the document's default font (2×, 1.5×, 1.2×),
ignoring CSS, so the printing code sets that font to `font_pt`; the CSS sizes below give a browser
the same proportions.
"""

import html
import re
from dataclasses import dataclass

from coprep.core.text.notes_render import render_markdown

NORMAL_PT = 12
LARGE_PRINT_SIZES = (16, 20)
SAVE_ENDINGS = (".pdf", ".html", ".htm", ".md")
LINE_WIDTH_MM = 174  # A4 less coprep's margins (Letter is a little wider)
AVERAGE_CHAR_EM = 0.55  # DejaVu Sans: an average letter is about this part of the type size
MM_PER_PT = 25.4 / 72
NARROWEST_USEFUL = 20  # a column narrower than this many letters breaks most words onto lines of their own
TABLE_START = '<table border="1" cellpadding="6" cellspacing="0" width="100%">'

_STYLE = """
body {{ font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; font-size: {pt}pt; color: #000000; }}
h1 {{ font-size: 2em; margin-top: 0px; margin-bottom: 10px; }}
h2 {{ font-size: 1.5em; margin-top: {h2_gap}px; margin-bottom: 10px; {h2_break} }}
h3 {{ font-size: 1.2em; margin-top: 22px; margin-bottom: 6px; page-break-after: avoid; }}
h4 {{ font-size: 1em; margin-top: 12px; margin-bottom: 2px; page-break-after: avoid; }}
p, li {{ margin-top: 4px; margin-bottom: 6px; line-height: 120%; page-break-inside: avoid; }}
tr {{ page-break-inside: avoid; }}
table {{ border-collapse: collapse; border-style: solid; border-color: #707070; margin-top: 6px; margin-bottom: 6px; }}
th {{ background-color: #e6e6e6; text-align: left; }}
hr {{ margin-top: {line_gap}px; }}
{large}"""
# Large print (UKAAF): no italics; emphasis is shown in bold instead.
_LARGE_STYLE = "em, i {{ font-style: normal; font-weight: bold; }}\n"
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_TAG = re.compile(r"(<[^>]*>)")
WORD_JOINER = "\u2060"  # keeps "65-week" on one line; not part of the words a PDF reader finds


@dataclass
class Printable:
    """A document ready to show, print or save."""

    title: str  # for the running header and the PDF's title
    file_stem: str  # a suggested file name, without the ending
    markdown: str
    html: str
    font_pt: int = NORMAL_PT
    author: str = ""  # the person's name, for the PDF's author ("" if they have not given it)
    header: str = ""  # the running header on every page, when it is not just the title

    @property
    def running_header(self) -> str:
        return self.header or self.title


def file_stem(*words: str) -> str:
    """A file name made of plain lower-case words, e.g. "briefing-2026-03-03-quality-committee"."""
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-") or "coprep"


def font_pt(large_print: int | None) -> int:
    """The body text size in points: 12, or the large-print size chosen."""
    return large_print or NORMAL_PT


def md_escape(text: str | None) -> str:
    """Plain text (a title, a name) made safe to place inside Markdown: its marks stay as typed."""
    text = " ".join((text or "").split())
    for mark in ("\\", "`", "*", "_", "[", "]", "|", "#"):
        text = text.replace(mark, "\\" + mark)
    return text.replace("<", "&lt;")


def heading(level: int, text: str) -> str:
    """A Markdown heading: the marks stay out of the text a translator sees."""
    return f"{'#' * level} {text}"


def bold(text: str) -> str:
    """A line of Markdown in bold, its words translated apart from the marks."""
    return f"**{text}**"


def line_chars(large_print: int | None) -> int:
    """About how many characters fit on a line of A4 or Letter at the print size."""
    return round(LINE_WIDTH_MM / (font_pt(large_print) * AVERAGE_CHAR_EM * MM_PER_PT))


def md_table(
    heads: list[str], rows: list[list[str]], large_print: int | None = None, label_columns: int = 1
) -> list[str]:
    """A Markdown table of plain-text cells, or, when its columns will not fit side by side at the
    print size, each row as a short list of "Heading: value" lines, so no column is lost; the first
    label_columns cells of a row, together, are its bold label."""
    cells = [[md_escape(cell) for cell in row] for row in rows]
    widths = [max([len(head), *(len(row[column]) for row in cells)]) for column, head in enumerate(heads)]
    if sum(min(width, NARROWEST_USEFUL) + 2 for width in widths) <= line_chars(large_print):
        lines = ["| " + " | ".join(md_escape(head) for head in heads) + " |", "|" + "---|" * len(heads)]
        return lines + ["| " + " | ".join(row) + " |" for row in cells]
    lines = []
    for row in cells:
        label = " ".join(cell for cell in row[:label_columns] if cell)
        said = [f"**{label}**"] + [
            f"{md_escape(head)}: {cell}"
            for head, cell in zip(heads[label_columns:], row[label_columns:], strict=False)
            if cell
        ]
        lines += ["  \n".join(said), ""]
    return lines


def md_lines(text: str | None) -> str:
    """Plain text of several lines made safe for Markdown, each line kept as a line."""
    return "  \n".join(md_escape(line) for line in (text or "").strip().splitlines() if line.strip())


def keep_hyphenated_words(html_text: str) -> str:
    """Words joined by a hyphen ("65-week") are kept on one line: a word joiner follows each such
    hyphen in the text (never inside a tag, where it would spoil a link or a style)."""
    parts = _TAG.split(html_text)
    return "".join(part if part.startswith("<") else _WORD_HYPHEN.sub("-" + WORD_JOINER, part) for part in parts)


def print_html(markdown_text: str, title: str, large_print: int | None = None, new_page_per_part: bool = True) -> str:
    """A whole HTML document for the Markdown, with a print stylesheet sized for normal or large print.

    With new_page_per_part, each level-2 heading starts a new page.
    """
    pt = font_pt(large_print)
    body = render_markdown(markdown_text).replace("<table>", TABLE_START).replace("<th>", '<th align="left">')
    breaks = ("page-break-before: always;", 0) if new_page_per_part else ("", round(pt * 2))
    style = _STYLE.format(
        pt=pt,
        line_gap=round(pt * 2.4),
        h2_break=breaks[0],
        h2_gap=breaks[1],
        large=_LARGE_STYLE.format() if large_print else "",
    )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )

"""The readable text of an agenda saved as a web page, as lines the agenda reader understands.

A table row's cells are apart by tabs. A list gets the numbers (<ol>) or bullets (<ul>) a browser
shows, as they mark the items; a line break inside a list item starts a new cell, not a new
line (the lead or paper under an item's title belongs to that item); a definition list's term and
value ("Date", "Tuesday 24 March 2026") become one line, "Date: Tuesday 24 March 2026". On a page with no
table, the heading used on most titles gets a bullet, as it marks the items.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "head", "button", "form"}
BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "main",
    "dt",
    "dd",
    "table",
    "ul",
    "ol",
    "caption",
    "blockquote",
}
_NUMBER_ONLY = re.compile(r"[0-9]+\. |• ")


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current = ""
        self.skipping = 0
        self.lists: list[list[int] | None] = []  # per open list: [next number] for <ol>, None for <ul>
        self.in_item = 0
        self.term: str | None = None  # a <dt>'s text, waiting for its <dd>
        self.item_heading = ""  # the heading tag that titles each item, if any
        self.under_heading = False  # between an item's heading and the next heading
        self.indent = False  # the line being built is a paragraph under an item's heading

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag == "br" and self.in_item:
            self.current += "\t"
        elif tag in BLOCK:
            if not _NUMBER_ONLY.fullmatch(self.current):  # "<li><p>Title": the number stays with its title
                self._end_line()
            self._open_block(tag, dict(attrs))
        elif tag in ("td", "th") and self.current.strip():
            self.current += "\t"

    def _open_block(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "ol":
            start = attrs.get("start") or "1"
            self.lists.append([int(start) if start.isdigit() else 1])
        elif tag == "ul":
            self.lists.append(None)
        elif tag == "li":
            self.in_item += 1
            counter = self.lists[-1] if self.lists else None
            if counter is not None:
                self.current = f"{counter[0]}. "
                counter[0] += 1
            else:
                self.current = "• "  # the bullet a browser shows: with no numbers, bulleted lines are the items
        elif tag == self.item_heading:
            self.current = "• "  # headings that title the items, on a page with no table
        elif tag in ("p", "div") and self.under_heading and not self.lists:
            self.indent = True  # indented as a detail under its title, as a printed agenda sets it
        if re.fullmatch(r"h[1-6]", tag):
            self.under_heading = tag == self.item_heading
        elif tag == "dd" and self.term is not None:
            self.lines.pop()
            self.current = f"{self.term}: "
        if tag != "dd":
            self.term = None

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping or tag not in BLOCK:
            return
        if tag == "li" and _NUMBER_ONLY.fullmatch(self.current):
            self.current = ""  # an empty item
        ended = self._end_line()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.in_item = max(0, self.in_item - 1)
        self.term = ended if tag == "dt" else None

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current += re.sub(r"[ \r\n]+", " ", data)

    def _end_line(self) -> str | None:
        """End the line being built; its text, if it had any."""
        line = "\t".join(cell.strip() for cell in self.current.split("\t")).strip("\t")
        indent, self.current, self.indent = "   " if self.indent else "", "", False
        if not line.strip():
            return None
        self.lines.append(indent + line.strip())
        return line.strip()


def page_text(html: str) -> str:
    parser = _PageText()
    parser.item_heading = _item_heading(html)
    parser.feed(html)
    parser.close()
    parser._end_line()
    return "\n".join(parser.lines)


def _item_heading(html: str) -> str:
    """On a page with no table, the heading level (h2 to h6) used most, at least twice, the deeper one on
    a tie: a page that gives each item a heading and a paragraph or two under it."""
    if re.search(r"<table\b", html, re.I):
        return ""
    counts: dict[str, int] = {}
    for level in re.findall(r"<h([2-6])\b", html, re.I):
        counts[level] = counts.get(level, 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: (pair[1], pair[0]), reverse=True)
    return f"h{ranked[0][0]}" if ranked and ranked[0][1] >= 2 else ""

"""Turn a person's Markdown (role notes, agenda notes) into HTML that is safe to show or export.

Python-Markdown passes raw HTML straight through, so its output is cleaned with nh3 against a
small allow-list: no scripts, styles, event handlers or forms, and no images at all, so showing
notes never fetches anything from the network or reads a local file. Links keep their words and
an http, https or mailto address; anything else (javascript:, file:, relative) loses its address.

Given the meeting's printed pages, "p. 23" or "page 23 of the pack" becomes a link with the address
`coprep-page:PAPER_ID/23`, which the window opens in the paper reader (never on the network).
"""

import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from coprep.i18n import _

_EXTENSIONS = ["tables", "sane_lists", "nl2br", "fenced_code"]
# Alignment as an attribute, not an inline style: Qt drops table borders on styled cells.
_EXTENSION_CONFIGS = {"tables": {"use_align_attribute": True}}

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "del",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
LINK_SCHEMES = {"http", "https", "mailto"}
PAGE_SCHEME = "coprep-page"
# "p. 23", "p23", "pp. 23", "page 23", "page 23 of the pack"; not inside a word or a Markdown link
_PAGE_MENTION = re.compile(r"(?<![\w\[/])(?:pp?\.?|page)\s*(\d{1,4})\b(?:\s+of\s+the\s+pack\b)?(?!\]\()", re.IGNORECASE)
# Tags whose content is dropped with them (the rest of an unknown tag's text is kept as text).
_DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "noscript", "template", "textarea", "select"}


class _PictureWords(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints, so Treeprocessor is Any
    """Replace each Markdown picture by its words, so the person sees why nothing is drawn."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    words = etree.Element("em")
                    alt = (child.get("alt") or "").strip()
                    words.text = _("[picture not shown: {alt}]").format(alt=alt) if alt else _("[picture not shown]")
                    words.tail = child.tail
                    parent[index] = words


def link_printed_pages(text: str, printed_pages: dict[int, int]) -> str:
    """Markdown with each mention of a printed page the meeting has made a `coprep-page:` link.

    printed_pages maps a number printed on a page to the paper holding that page."""

    def link(match: re.Match[str]) -> str:
        paper_id = printed_pages.get(int(match.group(1)))
        if paper_id is None:
            return match.group(0)
        return f"[{match.group(0)}]({PAGE_SCHEME}:{paper_id}/{int(match.group(1))})"

    return _PAGE_MENTION.sub(link, text)


def page_link_target(url: str) -> tuple[int, int] | None:
    """(paper id, printed page) from a `coprep-page:` address, or None for any other address."""
    match = re.fullmatch(rf"{PAGE_SCHEME}:(\d+)/(\d+)", url)
    return (int(match.group(1)), int(match.group(2))) if match else None


def render_markdown(text: str, printed_pages: dict[int, int] | None = None) -> str:
    """Safe HTML for the Markdown a person wrote; empty text gives an empty string.

    With printed_pages (see `link_printed_pages`), mentions of printed pages become page links."""
    if not text or not text.strip():
        return ""
    converter = markdown.Markdown(extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
    converter.treeprocessors.register(_PictureWords(converter), "picture_words", 0)
    if printed_pages:
        html = converter.convert(link_printed_pages(text, printed_pages))
        return clean_html(html, LINK_SCHEMES | {PAGE_SCHEME})
    return clean_html(converter.convert(text))


def clean_html(html: str, schemes: set[str] = LINK_SCHEMES) -> str:
    """HTML reduced to the allow-list above (used for anything that may hold a person's words)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=schemes,
        url_relative="deny",
    )

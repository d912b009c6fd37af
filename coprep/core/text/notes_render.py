"""Turn a person's Markdown (role notes, agenda notes) into HTML that is safe to show or export.

Python-Markdown passes raw HTML straight through, so its output is cleaned with nh3 against a
small allow-list: no scripts, styles, event handlers or forms, and no images at all, so showing
notes never fetches anything from the network or reads a local file. Links keep their words and
an http, https or mailto address; anything else (javascript:, file:, relative) loses its address.
"""

import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

_EXTENSIONS = ["tables", "sane_lists", "nl2br", "fenced_code"]
# Alignment as an attribute, not an inline style: Qt drops table borders on styled cells.
_EXTENSION_CONFIGS = {"tables": {"use_align_attribute": True}}

ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    "strong", "em", "b", "i", "code", "pre", "blockquote", "del",
    "ul", "ol", "li", "a",
    "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
LINK_SCHEMES = {"http", "https", "mailto"}
# Tags whose content is dropped with them (the rest of an unknown tag's text is kept as text).
_DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "noscript", "template", "textarea", "select"}


class _PictureWords(Treeprocessor):
    """Replace each Markdown picture by its words, so the person sees why nothing is drawn."""

    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    words = etree.Element("em")
                    alt = (child.get("alt") or "").strip()
                    words.text = f"[picture not shown: {alt}]" if alt else "[picture not shown]"
                    words.tail = child.tail
                    parent[index] = words


def render_markdown(text: str) -> str:
    """Safe HTML for the Markdown a person wrote; empty text gives an empty string."""
    if not text or not text.strip():
        return ""
    converter = markdown.Markdown(extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
    converter.treeprocessors.register(_PictureWords(converter), "picture_words", 0)
    return clean_html(converter.convert(text))


def clean_html(html: str) -> str:
    """HTML reduced to the allow-list above (used for anything that may hold a person's words)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        url_relative="deny",
    )

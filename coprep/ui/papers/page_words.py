"""The reader's side panel: the words to know on the page being read, with their plain meanings.

It uses the window's word finder (built off the window's thread): until that is built it says
"Looking up words…", and it shows the page again whenever the finder is built anew.
"""

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry, find_entry, term_key
from coprep.core.words.jargon import JargonReport, jargon_report
from coprep.i18n import _
from coprep.ui.words.jargon_highlight import glossary_cache, say_looking_up
from coprep.ui.words.words_panel import said_html

UNEXPLAINED_SHOWN = 12


def page_words_html(report: JargonReport, page_no: int = 1, glossary: list[Entry] = ()) -> str:
    """What the page itself defines, glossary words (with meanings, everyday ones last), then the
    hard words and jargon phrases the glossary does not explain."""
    if not report.known and not report.unknown and not report.defined_in_text:
        return "<p>" + _("No hard words found on this page.") + "</p>"
    parts = []
    for said in report.defined_in_text:
        entry = find_entry(list(glossary), said.short)
        parts.append(said_html(said.short, said.long, page_no, glossary=entry.meaning if entry else ""))
    parts += [f"<p><b>{html.escape(term.matched)}</b><br>{html.escape(term.meaning)}</p>" for term in report.known]
    if report.unknown:
        words = ", ".join(html.escape(word.word) for word in report.unknown[:UNEXPLAINED_SHOWN])
        parts.append(
            "<p>"
            + _("<i>Not in the glossary yet:</i> {words}. You could ask what these mean.").format(words=words)
            + "</p>"
        )
    return "".join(parts)


class PageWords(QWidget):
    """Shows the words to know for one page's text; call show_text() when the page changes."""

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.heading = QLabel(_("<b>Words to know on this page</b>"))
        self.words = QTextBrowser()
        self.words.setAccessibleName(_("Words to know on this page"))
        self.words.setOpenLinks(False)
        self.heading.setBuddy(self.words)
        self.report: JargonReport | None = None
        self._page: tuple[int, str] | None = None  # the page shown: its number and text
        self.cache = glossary_cache(ws)
        self.cache.glossary_changed.connect(self._show_again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.words, 1)

    def show_text(self, page_no: int, text: str) -> None:
        """The words to know on this page: glossary words without those the person marked as known,
        what the page says its short forms mean, and what nothing explains."""
        self._page = (page_no, text)
        self.heading.setText(_("<b>Words to know on page {page_no}</b>").format(page_no=page_no))
        entries = self.cache.built_entries()
        if entries is None:
            self.report = None
            say_looking_up(self.words)
            return
        report = jargon_report([text], entries)
        known = {entry.key for entry in entries if entry.known}
        report.known = [term for term in report.known if term_key(term.term) not in known]
        self.report = report
        self.words.setHtml(page_words_html(report, page_no, entries))

    def looking_up(self) -> bool:
        return self._page is not None and self.report is None

    def _show_again(self) -> None:
        """The finder is built (anew, after a glossary change): show the page's words with it."""
        if self._page is not None:
            self.show_text(*self._page)

    def terms(self) -> list[str]:
        """The glossary terms shown now (for tests and screen readers' summaries)."""
        return [term.term for term in self.report.known] if self.report else []

"""The reader's side panel: the words to know on the page being read, with their plain meanings."""

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry, find_entry, load_glossary
from coprep.core.words.jargon import JargonReport, jargon_report
from coprep.i18n import _
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
        self._glossary: list[Entry] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.words, 1)

    def glossary(self) -> list[Entry]:
        """The person's glossary without hidden words or words they marked as known."""
        if self._glossary is None:
            self._glossary = [e for e in load_glossary(self.ws.db, include_hidden=False) if not e.known]
        return self._glossary

    def forget_glossary(self) -> None:
        self._glossary = None

    def show_text(self, page_no: int, text: str) -> None:
        self.heading.setText(_("<b>Words to know on page {page_no}</b>").format(page_no=page_no))
        self.report = jargon_report([text], self.glossary())
        self.words.setHtml(page_words_html(self.report, page_no, self.glossary()))

    def terms(self) -> list[str]:
        """The glossary terms shown now (for tests and screen readers' summaries)."""
        return [term.term for term in self.report.known] if self.report else []

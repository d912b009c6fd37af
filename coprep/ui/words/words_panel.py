"""The meeting's "Words to know" tab: glossary words in its agenda and notes with their meanings,
and hard words nothing explains yet, which the person can add to their glossary or ask about.

It recounts a moment after something is saved (typing is saved after a pause), so typing never waits.
The word finder is built off the window's thread; until it is first built the tab says "Looking up
words…" and fills in when it is (after a glossary change, the words found before stay until then).
Papers can be hundreds of pages, so their words are counted on another thread, once each, and kept
until the glossary changes; the agenda's words show at once and the papers' join them when counted.
"""

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.papers.meeting_words import MeetingUnknown, MeetingWords, ask_about, meeting_words, papers_words
from coprep.core.papers.papers import list_papers, page_texts
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import JargonReport
from coprep.i18n import N_, _, ngettext
from coprep.ui.shell.announce import announce
from coprep.ui.shell.background import Background
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import name, run_modal
from coprep.ui.words.jargon_highlight import GLOSSARY_TABLES, LOOKING_UP, glossary_cache

RECOUNT_DELAY_MS = 300
WORD = Qt.ItemDataRole.UserRole
KINDS = {
    "acronym": N_("short form"),
    "rare": N_("uncommon word"),
    "phrase": N_("words that are jargon together"),
    "name": N_("name of a body, plan or scheme"),
}
ASK_HELP = N_(
    'Adds the question "What does it mean?" to the agenda item where the word is, or to an agenda item you choose'
)
NO_ITEMS = N_("To ask about a word, first add an item to this meeting's agenda: the question goes with an item.")


def said_html(short: str, long: str, page: int, paper: str = "", glossary: str = "") -> str:
    """ "This paper says: PSIRF means …, on page 3", with the glossary's meaning too if it has one."""
    where = (
        _("page {page} of “{paper}”").format(page=page, paper=html.escape(paper))
        if paper
        else _("page {page}").format(page=page)
    )
    text = _("<b>This paper says:</b> {short} means {long} ({where}).").format(
        short=html.escape(short), long=html.escape(long), where=where
    )
    if glossary:
        text += "<br>" + _("<i>The glossary says:</i> {meaning}").format(meaning=html.escape(glossary))
    return f"<p>{text}</p>"


def terms_html(words: MeetingWords) -> str:
    if not words.terms and not words.defined:
        return "<p>" + _("No glossary words in this meeting's agenda, notes or papers yet.") + "</p>"
    rows = []
    if words.defined:
        rows.append("<h4>" + _("What the papers say their short forms mean") + "</h4>")
        rows += [said_html(d.short, d.long, d.page, d.paper, d.glossary) for d in words.defined]
        rows.append("<h4>" + _("Words from the glossary") + "</h4>")
    everyday_started = False
    for term in words.terms:
        if term.everyday and not everyday_started:
            everyday_started = True
            rows.append("<h4>" + _("Words most people know") + "</h4>")
        times = " " + ngettext("({count} time)", "({count} times)", term.count).format(count=term.count)
        times = times if term.count > 1 else ""
        known = " " + _("<i>— you know this</i>") if term.known else ""
        rows.append(f"<p><b>{html.escape(term.term)}</b>{times}{known}<br>{html.escape(term.meaning)}</p>")
    return "".join(rows)


class WordsPanel(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.words = MeetingWords([], [])
        self.item_titles: dict[int, str] = {}  # agenda item id: its number and title
        self._paper_reports: dict[int, JargonReport] = {}  # paper id: its words, counted once
        self._counting: set[int] = set()  # papers being counted on another thread
        self._glossary_version = 0  # counts started before the glossary changed are thrown away
        self._filled_for: int | None = None  # the meeting whose words are shown (None: "Looking up words…")
        self._timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.terms = QTextBrowser()
        name(self.terms, _("Glossary words in this meeting, with their meanings"))
        terms_label = QLabel(_("&Glossary words in this meeting:"))
        terms_label.setBuddy(self.terms)
        self.unknown = QListWidget()
        self.unknown.setWordWrap(True)
        name(
            self.unknown,
            _("Words nothing explains yet"),
            _("Choose a word, then add it to your glossary or ask about it"),
        )
        unknown_label = QLabel(_("&Words nothing explains yet:"))
        unknown_label.setBuddy(self.unknown)
        self.add = name(QPushButton(_("&Add to my glossary…")), _("Add the chosen word to my glossary"))
        self.ask = name(
            QPushButton(_("Ask about this at the &meeting")), _("Ask about the chosen word at the meeting"), _(ASK_HELP)
        )
        self.ask_hint = QLabel(_(NO_ITEMS))
        self.ask_hint.setWordWrap(True)
        self.ask_hint.hide()
        self.practise = name(QPushButton(_("&Practise these words…")), _("Practise this meeting's words"))
        self.add.clicked.connect(self.add_to_glossary)
        self.ask.clicked.connect(self.ask_at_meeting)
        self.practise.clicked.connect(self._practise)
        self.unknown.currentItemChanged.connect(lambda *_: self._update_buttons())

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(terms_label)
        top_column.addWidget(self.terms, 1)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addWidget(unknown_label)
        bottom_column.addWidget(self.unknown, 1)
        buttons = QHBoxLayout()
        for button in (self.add, self.ask):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom_column.addLayout(buttons)
        bottom_column.addWidget(self.ask_hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.practise)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        notifier(ws).changed.connect(self._changed)
        glossary_cache(ws).glossary_changed.connect(self._finder_built)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.recount()

    def _changed(self, tables: set[str]) -> None:
        if tables & GLOSSARY_TABLES:
            self._paper_reports.clear()
            self._glossary_version += 1
        if self.meeting_id is not None and tables & ({"agenda_items", "meetings", "papers"} | GLOSSARY_TABLES):
            self._timer.start()

    def _finder_built(self) -> None:
        if self.meeting_id is not None:
            self.recount()

    def looking_up(self) -> bool:
        """True while the tab waits for the word finder, showing "Looking up words…" instead of words."""
        return self.meeting_id is not None and self._filled_for != self.meeting_id

    def counting(self) -> bool:
        """True while some of this meeting's papers are still being counted."""
        return bool(self._counting)

    def _count_papers(self, paper_ids: list[int], entries: list[Entry]) -> None:
        """Count these papers' words on another thread; recount() shows them once they are in."""
        texts = {paper_id: page_texts(self.ws.db, paper_id) for paper_id in paper_ids}
        version = self._glossary_version
        self._counting |= set(paper_ids)
        counter = Background(lambda _cancelled, _progress: (version, papers_words(texts, entries)))
        counter.done.connect(self._papers_counted)
        counter.begin()

    def _papers_counted(self, result: object) -> None:
        if not isinstance(result, tuple):  # counting failed: show what there is, and try again next time
            self._counting.clear()
            return
        version, reports = result
        self._counting -= set(reports)
        if version == self._glossary_version:
            self._paper_reports.update(reports)
        self.recount()

    def recount(self) -> None:
        """Count the meeting's words again and show them, keeping the chosen word chosen."""
        self._timer.stop()
        chosen = self.chosen_word()
        exists = self.meeting_id is not None and meetings.get_meeting(self.ws.db, self.meeting_id) is not None
        entries = glossary_cache(self.ws).built_entries() if exists else []
        if entries is None:
            self._wait_for_finder()
            return
        was_looking_up = self.looking_up()
        waiting = False  # for some of the papers' words
        if exists:
            uncounted = [
                paper.id for paper in list_papers(self.ws.db, self.meeting_id) if paper.id not in self._paper_reports
            ]
            waiting = bool(uncounted)
            self.words = meeting_words(self.ws.db, self.meeting_id, entries, paper_reports=self._paper_reports)
            if to_count := [paper_id for paper_id in uncounted if paper_id not in self._counting]:
                self._count_papers(to_count, entries)  # after the quick count, so the two do not take turns
        else:
            self.words = MeetingWords([], [])
        titles = {
            item.id: f"{item.number} {item.title}".strip()
            for item in (meetings.agenda(self.ws.db, self.meeting_id) if exists else [])
        }
        self.item_titles = titles
        self.terms.setHtml(terms_html(self.words))
        self.unknown.clear()
        for word in self.words.unknown:
            where = (
                _("in item {title}").format(title=titles[word.item_id])
                if word.item_id in titles
                else _("in the meeting notes or papers")
            )
            times = ngettext(", {count} time", ", {count} times", word.count).format(count=word.count)
            times = times if word.count > 1 else ""
            row = QListWidgetItem(f"{word.word}   ({_(KINDS[word.kind])}{times}, {where})")
            row.setData(WORD, word.word)
            self.unknown.addItem(row)
            if chosen and word.word == chosen.word:
                self.unknown.setCurrentItem(row)
        learning = sum(not term.known for term in self.words.terms)
        # each count is its own phrase, so each takes its own plural form
        glossary_words = ngettext("{count} glossary word", "{count} glossary words", len(self.words.terms))
        to_learn = ngettext("{count} still to learn", "{count} still to learn", learning)
        unexplained = ngettext(
            "{count} word nothing explains yet", "{count} words nothing explains yet", len(self.words.unknown)
        )
        summary = _("{glossary_words} ({to_learn}) and {unexplained}.").format(
            glossary_words=glossary_words.format(count=len(self.words.terms)),
            to_learn=to_learn.format(count=learning),
            unexplained=unexplained.format(count=len(self.words.unknown)),
        )
        if waiting:
            summary += " " + _("Still counting the words in the papers…")
        self.summary.setText(summary if exists else "")
        self.terms.setAccessibleDescription("")
        self.practise.setEnabled(bool(self.words.terms))
        self._update_buttons()
        self._filled_for = self.meeting_id
        if was_looking_up and exists:
            announce(self.summary, summary)

    def _wait_for_finder(self) -> None:
        """Say "Looking up words…" until the word finder is built (glossary_changed recounts). Words
        already shown for this meeting stay, with the line saying they are being looked up again."""
        if not self.looking_up():
            if not self.summary.text().endswith(_(LOOKING_UP)):
                self.summary.setText(" ".join(part for part in (self.summary.text(), _(LOOKING_UP)) if part))
            return
        if self.summary.text() == _(LOOKING_UP):
            return  # said already
        self.words = MeetingWords([], [])
        self.item_titles = {}
        self.terms.setHtml("<p>" + html.escape(_(LOOKING_UP)) + "</p>")
        self.terms.setAccessibleDescription(_(LOOKING_UP))
        self.unknown.clear()
        self.summary.setText(_(LOOKING_UP))
        self.practise.setEnabled(False)
        self._update_buttons()
        announce(self.summary, _(LOOKING_UP))

    def chosen_word(self) -> MeetingUnknown | None:
        row = self.unknown.currentItem()
        if row is None:
            return None
        return next((word for word in self.words.unknown if word.word == row.data(WORD)), None)

    def _update_buttons(self) -> None:
        word = self.chosen_word()
        self.add.setEnabled(word is not None)
        can_ask = word is not None and (word.item_id is not None or bool(self.item_titles))
        self.ask.setEnabled(can_ask)
        blocked = word is not None and not can_ask  # a word from the notes or papers, and no agenda yet
        self.ask.setToolTip(_(NO_ITEMS) if blocked else "")
        self.ask.setAccessibleDescription(_(NO_ITEMS) if blocked else _(ASK_HELP))
        self.ask_hint.setVisible(blocked)

    def add_to_glossary(self) -> None:
        word = self.chosen_word()
        if word is not None:
            from coprep.ui.words.glossary_dialogs import EntryDialog

            run_modal(EntryDialog(self.ws, word=word.word, parent=self))

    def ask_at_meeting(self) -> None:
        word = self.chosen_word()
        if word is None:
            return
        item_id = word.item_id if word.item_id is not None else self.choose_item(word.word)
        if item_id is None:
            return
        added = ask_about(self.ws, item_id, word.word)
        where = (
            _("item '{title}'").format(title=self.item_titles[item_id])
            if item_id in self.item_titles
            else _("that item")
        )
        message = (
            _("Added to the questions for {where}: what does '{word}' mean?")
            if added
            else _("The questions for {where} already ask what '{word}' means.")
        ).format(where=where, word=word.word)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def choose_item(self, word: str) -> int | None:
        """Ask which agenda item a question about a word from the notes or papers goes with (the first
        is chosen at the start); None if the person cancels or there is no agenda."""
        if not self.item_titles:
            return None
        ids, titles = list(self.item_titles), list(self.item_titles.values())
        title, ok = QInputDialog.getItem(
            self,
            _("Which agenda item?"),
            _("'{word}' is in the meeting notes or papers. Which &agenda item should the question go with?").format(
                word=word
            ),
            titles,
            0,
            False,
        )
        return ids[titles.index(title)] if ok and title in titles else None

    def _practise(self) -> None:
        if self.meeting_id is not None:
            from coprep.ui.words.quiz_dialog import practise_meeting

            if self._timer.isActive():
                self.recount()  # something changed a moment ago; papers already counted are not recounted
            practise_meeting(self.ws, self.meeting_id, self, found=self.words.terms)

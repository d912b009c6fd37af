"""Glossary words underlined in text boxes, with their plain meaning on hover or on F1.

`mark_glossary_words(ws, boxes)` is all a screen needs: each box gets a dotted underline under
glossary words, a tooltip with the meaning when the mouse rests on one, and F1 (or "What does
this word mean?" in the right-click menu) to show the meaning of the word at the cursor — in a
tooltip and in the window's status bar, where screen readers can read it.

The glossary and the word finder are imported when the glossary loads, a moment after the first
paint: the agenda on the first screen uses this module, and they are not needed to draw it.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _
from coprep.ui.shell.announce import announce
from coprep.ui.shell.background import Background
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.colours import MARK_CONTRAST, pick, when_palette_changes

if TYPE_CHECKING:
    from coprep.core.words.glossary import Entry, OwnRows
    from coprep.core.words.jargon import JargonIndex

GLOSSARY_TABLES = {"glossary_own", "glossary_marks"}
UNDERLINE = ("#1f5fa8", "#8cc8ff")  # a glossary word's dotted underline, on light and on dark boxes
LOAD_DELAY_MS = 150
MEANING_KEY = QKeySequence("F1")
TextBox = QPlainTextEdit | QTextEdit
WARM_UP_TEXT = "The ICB board agreed the plan."  # any short text: it loads what the finder reads on first use
LOOKING_UP = N_("Looking up words…")


def say_looking_up(box: TextBox) -> None:
    """Show "Looking up words…" in a box that waits for the word finder, and say it to screen
    readers once (not again each time the box is asked to show its words before the finder is built)."""
    if box.toPlainText() != _(LOOKING_UP):
        box.setPlainText(_(LOOKING_UP))
        announce(box, _(LOOKING_UP))


class GlossaryCache(QObject):
    """The visible glossary for a workspace and its word finder, built again only after the person changes it.

    The finder is always built off the window's thread (about half a second for the whole
    glossary, and the first use loads word lists too). A screen that needs it before it is built
    asks `built_entries()`, gets None, says "Looking up words…" and fills in on `glossary_changed`.
    After a change the finder built before it is still used (for underlines) until the new one is in.
    """

    glossary_changed = Signal()  # a finder for the glossary as it is now is built

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self._entries: list[Entry] | None = None
        self._index: JargonIndex | None = None
        self._building = False
        self._generation = 0  # counts the person's glossary changes, so a finder built before one is not kept
        self._built_generation = -1
        self._loader = QTimer(self, singleShot=True, interval=LOAD_DELAY_MS)
        self._loader.timeout.connect(self._load_and_announce)
        notifier(ws).changed.connect(self._changed)

    @property
    def ready(self) -> bool:
        """True when the finder is built for the glossary as it is now."""
        return self._entries is not None and self._built_generation == self._generation

    @property
    def never_built(self) -> bool:
        """True until the first finder is built: no word can be looked up yet."""
        return self._entries is None

    def load_soon(self) -> None:
        """Build the finder a moment after the window is drawn, then underline words everywhere."""
        if not self.ready and not self._loader.isActive() and not self._building:
            self._loader.start()

    def need(self) -> None:
        """Build the finder now (off the window's thread): a screen is waiting for it."""
        if not self.ready and not self._building:
            self._loader.stop()
            self._load_and_announce()

    def built_entries(self) -> list[Entry] | None:
        """The glossary, once the finder for it is built; None (and the build started) before."""
        if self.ready:
            return self._entries
        self.need()
        return None

    def _load_and_announce(self) -> None:
        from coprep.core.words.glossary import own_rows

        if self.ready or self._building:
            return
        try:
            own = own_rows(self.ws.conn)  # the rest is merged off the window's thread
        except sqlite3.ProgrammingError:  # the database was closed meanwhile: coprep is closing
            return
        self._building = True
        builder = Background(partial(_build, self._generation, own))
        builder.done.connect(self._built)
        builder.begin()

    def _built(self, result: object) -> None:
        self._building = False
        if not isinstance(result, tuple):  # building failed (and was logged): the next screen that asks tries again
            return
        generation, entries, index = result
        if generation != self._generation:  # the person changed the glossary meanwhile: build from the new one
            self._loader.start()
            return
        self._entries, self._index, self._built_generation = entries, index, generation
        self.glossary_changed.emit()

    def words_in(self, text: str) -> list[tuple[int, int, Entry]]:
        """(start, end, entry) for each glossary word in a short text such as one paragraph; none
        before the finder is first built (after a change, the words of the glossary as it was)."""
        from coprep.core.words.glossary import Entry
        from coprep.core.words.jargon import find_terms

        entries = self._entries
        if not self.ready:
            self.load_soon()
        if not entries or not text.strip():
            return []
        by_term = {entry.term: entry for entry in entries}
        uses = []
        for found in find_terms(text, entries, index=self._index):
            entry = by_term.get(found.term) if not found.sense else None
            entry = entry or Entry(found.term, found.meaning)  # a word in one of its senses
            uses += [(start, end, entry) for start, end in found.positions]
        return sorted(uses, key=lambda use: use[0])

    def _changed(self, tables: set[str]) -> None:
        if tables & GLOSSARY_TABLES:
            self._generation += 1
            self.load_soon()


def _build(
    generation: int, own: OwnRows, _cancelled: object, _progress: object
) -> tuple[int, list[Entry], JargonIndex]:
    """The visible glossary and its finder, used once on a short text so the word lists it reads
    are loaded too. Merging the glossary makes thousands of objects, which on the window's thread
    set Python's collector walking the whole heap."""
    from coprep.core.words.glossary import merged_glossary
    from coprep.core.words.jargon import jargon_report, sensed_index

    entries = merged_glossary(own, include_hidden=False)
    index = sensed_index(entries)
    jargon_report(WARM_UP_TEXT, entries)
    return generation, entries, index


_caches: WeakKeyDictionary[Workspace, GlossaryCache] = WeakKeyDictionary()


def glossary_cache(ws: Workspace) -> GlossaryCache:
    if ws not in _caches:
        _caches[ws] = GlossaryCache(ws)
    return _caches[ws]


class JargonHighlighter(QSyntaxHighlighter):
    """Underlines glossary words paragraph by paragraph (Qt only re-reads paragraphs that change)."""

    def __init__(self, document: QTextDocument, cache: GlossaryCache) -> None:
        super().__init__(document)
        self.cache = cache
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.mark.setUnderlineColor(QColor(UNDERLINE[0]))
        cache.glossary_changed.connect(self.rehighlight)

    def use_palette(self, palette: QPalette, again: bool = True) -> None:
        """Underline in the blue meant for light or dark boxes if it stands out 3:1, else in the text colour."""
        self.mark.setUnderlineColor(pick(palette, UNDERLINE, palette.color(QPalette.ColorRole.Base), MARK_CONTRAST))
        if again:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for start, end, _entry in self.cache.words_in(text):
            self.setFormat(start, end - start, self.mark)

    def entry_at(self, position: int) -> Entry | None:
        """The glossary entry whose word covers this place in the document, if any."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for start, end, entry in self.cache.words_in(block.text()):
            if start <= offset <= end:
                return entry
        return None


def meaning_text(entry: Entry) -> str:
    return f"{entry.term}: {entry.meaning}"


class _MeaningHelper(QObject):
    """Shows meanings for one box: tooltips on hover, F1 and a right-click menu entry."""

    def __init__(self, box: TextBox, highlighter: JargonHighlighter) -> None:
        super().__init__(box)
        self.box = box
        self.viewport = box.viewport()
        self.highlighter = highlighter
        self.viewport.installEventFilter(self)
        box.installEventFilter(self)
        self.action = QAction(_("What does this word mean?"), box)
        self.action.setShortcut(MEANING_KEY)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action.triggered.connect(self.explain_at_cursor)
        box.addAction(self.action)
        hint = _("Dotted words are in the glossary: rest the mouse on one, or press F1 on it, to see its meaning.")
        box.setAccessibleDescription(" ".join(part for part in (box.accessibleDescription(), hint) if part))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ToolTip, QEvent.Type.ContextMenu):
            return False  # checked first: other events also arrive while the box is being destroyed
        if watched is self.viewport and kind == QEvent.Type.ToolTip:
            entry = self.highlighter.entry_at(self.box.cursorForPosition(event.pos()).position())
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), meaning_text(entry), self.box)
            return True
        if watched is self.box and kind == QEvent.Type.ContextMenu:
            menu = self.box.createStandardContextMenu(event.pos())
            entry = self.highlighter.entry_at(self.box.cursorForPosition(event.pos()).position())
            if entry is not None:
                menu.insertAction(menu.actions()[0] if menu.actions() else None, self.action)
                menu.insertSeparator(menu.actions()[1] if len(menu.actions()) > 1 else None)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    def explain_at_cursor(self) -> str:
        """Show (and return) the meaning of the glossary word at the text cursor."""
        entry = self.highlighter.entry_at(self.box.textCursor().position())
        if entry:
            message = meaning_text(entry)
        elif self.highlighter.cache.never_built:
            self.highlighter.cache.need()
            message = _("Looking up words… Try again in a moment.")
        else:
            message = _("The word here is not in the glossary.")
        rect = self.box.cursorRect()
        QToolTip.showText(self.box.viewport().mapToGlobal(rect.bottomLeft()), message, self.box)
        window = self.box.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 15000)
        return message


def mark_glossary_words(ws: Workspace, boxes: list[TextBox]) -> list[JargonHighlighter]:
    """Underline glossary words in these boxes and let the person see their meanings."""
    cache = glossary_cache(ws)
    highlighters = []
    for box in boxes:
        highlighter = JargonHighlighter(box.document(), cache)
        highlighter.use_palette(box.palette(), again=False)
        when_palette_changes(box, lambda h=highlighter: h.use_palette(QApplication.palette()), now=False)
        _MeaningHelper(box, highlighter)
        highlighters.append(highlighter)
    return highlighters


def helper_of(box: QWidget) -> _MeaningHelper | None:
    """The meaning helper attached to a box (for tests and for screens that add buttons)."""
    return box.findChild(_MeaningHelper)

"""The Glossary section: find a word as you type, browse A to Z or by group, follow "see also"
links with Back and Forward, and keep words of your own."""

import html
import string
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.storage.workspace import Workspace
from coprep.core.words import glossary
from coprep.core.words.glossary import Entry, categories, find_entry, load_glossary, search_glossary
from coprep.core.words.glossary_check import source_words
from coprep.core.words.glossary_csv import check_import, export_entries, import_rows, same_note, write_csv
from coprep.i18n import N_, Words, _, ngettext
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name, run_modal, show_problem
from coprep.ui.shell.print_actions import ask_save_path, save_folder
from coprep.ui.shell.reflow import readable
from coprep.ui.words.glossary_dialogs import EntryDialog, ImportReportDialog
from coprep.ui.words.jargon_highlight import GLOSSARY_TABLES

TERM = Qt.ItemDataRole.UserRole
WORDS_IN_SIGHT = 8
ALL = N_("All")
SOURCE_WORDS = Words(
    {"mine": N_("A word you added."), "changed": N_("You put this meaning in your own words."), "shipped": ""}
)


def entry_html(entry: Entry) -> str:
    """The entry as a small page: the meaning, then where its facts come from and when they were
    checked, then other spellings, an example and "see also" words as links."""
    parts = [f"<h2>{html.escape(entry.term)}</h2>", f"<p style='font-size:large'>{html.escape(entry.meaning)}</p>"]
    if source_words(entry):
        parts.append(f"<p>{html.escape(source_words(entry))}</p>")
    if entry.forms:
        parts.append(_("<p><b>Also written:</b> {forms}</p>").format(forms=html.escape(", ".join(entry.forms))))
    if entry.example:
        parts.append(_("<p><b>For example:</b> <i>{example}</i></p>").format(example=html.escape(entry.example)))
    if entry.see_also:
        links = ", ".join(
            f"<a href='see:{html.escape(link, quote=True)}'>{html.escape(link)}</a>" for link in entry.see_also
        )
        parts.append(_("<p><b>See also:</b> {links}</p>").format(links=links))
    notes = [_("Group: {category}.").format(category=entry.category), SOURCE_WORDS.get(entry.source, "")]
    if entry.known:
        notes.append(_("You know this word."))
    if entry.hidden:
        notes.append(_("This word is hidden."))
    parts.append(f"<p><small>{html.escape(' '.join(n for n in notes if n))}</small></p>")  # in the text colour
    return "".join(parts)


class GlossaryPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.entries: list[Entry] = []
        self.history: list[str] = []
        self.place = -1
        self.current: Entry | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Type a word, a short form or part of a meaning"))
        self.search.setClearButtonEnabled(True)
        self.letter = QComboBox()
        self.letter.addItems([_(ALL), *string.ascii_uppercase])
        self.group = QComboBox()
        self.show_hidden = name(QCheckBox(_("Show &hidden words")), _("Show hidden words"))
        self.results = QListWidget()
        name(self.results, _("Words found"), _("Up and Down to move through the words; the meaning shows on the right"))
        readable(self.results, lines=WORDS_IN_SIGHT)  # enough words to choose from at any text size
        self.count = QLabel()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        name(self.view, _("Meaning"), _("Tab to a 'see also' link and press Enter to follow it"))

        self.back = name(QPushButton(_("◀ &Back")), _("Back to the word before"), _("Alt+Left"))
        self.forward = name(QPushButton(_("&Forward ▶")), _("Forward"), _("Alt+Right"))
        self.known = name(QCheckBox(_("I &know this")), _("I know this word"))
        self.change = name(QPushButton(_("&Change…")), _("Change this word's meaning"))
        self.hide = name(QPushButton(_("Hi&de")), _("Hide this word"))
        self.remove = name(QPushButton(_("Delete")), _("Delete my word"))
        add = name(QPushButton(_("&Add a word…")), _("Add a word to my glossary"))
        import_button = name(QPushButton(_("&Import…")), _("Add words from a CSV file"))
        export_button = name(QPushButton(_("E&xport…")), _("Save words to a CSV file to share"))
        practise = name(QPushButton(_("&Practise…")), _("Practise the words of the next meeting"))

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(_("&Find a word:"))
        find_label.setBuddy(self.search)
        name(self.search, _("Find a word"), _("Results show as you type; small spelling mistakes are fine"))
        column.addWidget(find_label)
        column.addWidget(self.search)
        # The two choices go one a line and the rows of buttons wrap, so at big text the list and the
        # meaning stay side by side on a laptop screen: the list tall, and the meaning beside it in sight.
        filters = QGridLayout()
        for line, (label, choice) in enumerate(
            (
                (add_label(_("Starting &with:"), self.letter, _("Show words starting with this letter")), self.letter),
                (add_label(_("&Group:"), self.group, _("Show one group of words")), self.group),
            )
        ):
            filters.addWidget(label, line, 0)
            filters.addWidget(choice, line, 1)
        filters.setColumnStretch(1, 1)
        column.addLayout(filters)
        column.addWidget(self.show_hidden)
        column.addWidget(self.results, 1)
        column.addWidget(self.count)
        tools = FlowLayout()
        for button in (add, import_button, export_button, practise):
            tools.addWidget(button)
        column.addLayout(tools)

        right = QWidget()
        page = QVBoxLayout(right)
        page.setContentsMargins(0, 0, 0, 0)
        moves = QHBoxLayout()
        moves.addWidget(self.back)
        moves.addWidget(self.forward)
        moves.addStretch(1)
        page.addLayout(moves)
        page.addWidget(self.view, 1)
        actions = FlowLayout()
        for widget in (self.known, self.change, self.hide, self.remove):
            actions.addWidget(widget)
        page.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.refresh_results)
        self.letter.currentIndexChanged.connect(self.refresh_results)
        self.group.currentIndexChanged.connect(self.refresh_results)
        self.show_hidden.toggled.connect(self.refresh_results)
        self.results.currentItemChanged.connect(self._chosen)
        self.view.anchorClicked.connect(self._follow)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(+1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._step(+1))
        self.known.clicked.connect(self._set_known)
        self.change.clicked.connect(self.change_word)
        self.hide.clicked.connect(self._toggle_hidden)
        self.remove.clicked.connect(self._remove)
        add.clicked.connect(lambda: self.add_word())
        import_button.clicked.connect(lambda: self.import_file())
        export_button.clicked.connect(lambda: self.export_file())
        practise.clicked.connect(self.practise)
        notifier(ws).changed.connect(self._changed)
        self.reload()

    # -- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.entries = load_glossary(self.ws.db)
        chosen = self.group.currentText()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems([_(ALL), *categories(self.entries)])
        self.group.setCurrentText(chosen or _(ALL))
        self.group.blockSignals(False)
        self.refresh_results()

    def _changed(self, tables: set[str]) -> None:
        if tables & GLOSSARY_TABLES:
            self.reload()

    def visible_entries(self) -> list[Entry]:
        """The entries the filters let through, best match first when something is typed."""
        shown = [e for e in self.entries if self.show_hidden.isChecked() or not e.hidden]
        if self.letter.currentText() != _(ALL):
            shown = [e for e in shown if e.term[:1].upper() == self.letter.currentText()]
        if self.group.currentText() not in ("", _(ALL)):
            shown = [e for e in shown if e.category == self.group.currentText()]
        return search_glossary(shown, self.search.text())

    def refresh_results(self) -> None:
        keep = self.current.term if self.current else None
        shown = self.visible_entries()
        self.results.blockSignals(True)
        self.results.clear()
        for entry in shown:
            marks = [
                mark
                for flag, mark in (
                    (entry.known, _("✓ known")),
                    (entry.source == "mine", _("my word")),
                    (entry.source == "changed", _("my meaning")),
                    (entry.hidden, _("hidden")),
                )
                if flag
            ]
            row = QListWidgetItem(entry.term + (f"   ({', '.join(marks)})" if marks else ""))
            row.setData(TERM, entry.term)
            self.results.addItem(row)
            if entry.term == keep:
                self.results.setCurrentItem(row)
        self.results.blockSignals(False)
        self.count.setText(
            ngettext("{count} word", "{count} words", len(shown)).format(count=len(shown))
            if shown
            else _("No words match. Check the spelling, or add it.")
        )
        if self.results.currentRow() < 0 and self.search.text().strip() and shown:
            self.results.setCurrentRow(0)
        else:
            self.show_entry(self.current.term if self.current else None, remember=False)

    def _chosen(self, row: QListWidgetItem | None, _before=None) -> None:
        if row is not None:
            self.show_entry(row.data(TERM))

    def show_entry(self, term: str | None, remember: bool = True) -> None:
        """Show one entry (None: none), adding it to the Back/Forward history."""
        entry = find_entry(self.entries, term) if term else None
        self.current = entry
        self.view.setHtml(entry_html(entry) if entry else _("<p>Choose a word on the left to see what it means.</p>"))
        if entry and remember and (self.place < 0 or self.history[self.place] != entry.term):
            del self.history[self.place + 1 :]
            self.history.append(entry.term)
            self.place = len(self.history) - 1
        for widget in (self.known, self.change, self.hide):
            widget.setEnabled(entry is not None)
        self.known.setChecked(bool(entry and entry.known))
        self.hide.setText(_("Show a&gain") if entry and entry.hidden else _("Hi&de"))
        self.remove.setVisible(bool(entry and entry.own_id))
        self.remove.setText(_("Use the usual meaning") if entry and entry.source == "changed" else _("Delete"))
        self.back.setEnabled(self.place > 0)
        self.forward.setEnabled(0 <= self.place < len(self.history) - 1)

    def _follow(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("see:"):
            self.show_entry(text[4:])

    def _step(self, offset: int) -> None:
        target = self.place + offset
        if 0 <= target < len(self.history):
            self.place = target
            self.show_entry(self.history[target], remember=False)

    # -- changing --------------------------------------------------------------------------

    def add_word(self, word: str = "") -> EntryDialog:
        dialog = EntryDialog(
            self.ws, word=word or self.search.text().strip(), parent=self, categories=categories(self.entries)
        )
        if dialog.exec() and dialog.saved_term:
            self.show_entry(dialog.saved_term)
        return dialog

    def change_word(self) -> None:
        if self.current is not None:
            dialog = EntryDialog(self.ws, self.current, parent=self, categories=categories(self.entries))
            if dialog.exec() and dialog.saved_term:
                self.show_entry(dialog.saved_term, remember=False)

    def _set_known(self, known: bool) -> None:
        if self.current is not None:
            glossary.set_known(self.ws, self.current.term, known)

    def _toggle_hidden(self) -> None:
        if self.current is not None:
            glossary.set_hidden(self.ws, self.current.term, not self.current.hidden)

    def _remove(self) -> None:
        entry = self.current
        if entry is None or entry.own_id is None:
            return
        if entry.source == "changed":
            this, title = _("your meaning of '{term}'").format(term=entry.term), _("Go back to the usual meaning?")
        else:
            this, title = _("the word '{term}' and its meaning").format(term=entry.term), _("Delete this word?")
        confirm_delete(
            self, self.ws, "glossary_own", entry.own_id, this, title, lambda: glossary.remove_own_entry(self.ws, entry)
        )

    # -- sharing ---------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> int:
        """Read a CSV file; add it if all is well, else show the problems and let the person choose."""
        path = path or QFileDialog.getOpenFileName(self, _("Add words from a file"), "", _("CSV files (*.csv)"))[0]
        if not path:
            return 0
        try:
            check = check_import(self.ws, Path(path).read_bytes())
        except OSError as error:
            show_problem(
                self, _("coprep could not open {path}: {value}.").format(path=path, value=error.strerror or error)
            )
            return 0
        if check.problems and not self.confirm_import(check, Path(path).name):
            return 0
        added = import_rows(self.ws, check.good)
        done = (
            ngettext(
                "Added {count} word. Press Ctrl+Z to take it out again.",
                "Added {count} words. Press Ctrl+Z to take them out again.",
                added,
            ).format(count=added)
            if added
            else _("No new words.")
        )
        self._tell(" ".join(part for part in (done, same_note(check.same)) if part))
        return added

    def confirm_import(self, check, file_name: str) -> bool:
        """Show the problems, by line, even when no line can be added; True to add the good lines."""
        accepted = run_modal(ImportReportDialog(check, file_name, self)) == ImportReportDialog.DialogCode.Accepted
        return accepted and bool(check.good)

    def export_file(self, path: str | None = None, everything: bool | None = None) -> int:
        if everything is None:
            answer = QMessageBox.question(
                self,
                _("Which words?"),
                _("Save only the words you added or changed? Choose No to save the whole glossary."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return 0
            everything = answer == QMessageBox.StandardButton.No
        path = path or ask_save_path(
            self, _("Save words to a file"), save_folder() / "my-words.csv", _("CSV files (*.csv)")
        )
        if not path:
            return 0
        try:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                count = write_csv(export_entries(self.entries, everything), handle)
        except OSError as error:
            show_problem(
                self, _("coprep could not save {path}: {value}.").format(path=path, value=error.strerror or error)
            )
            return 0
        self._tell(
            ngettext("Saved {count} word to {path}.", "Saved {count} words to {path}.", count).format(
                count=count, path=path
            )
        )
        return count

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def practise(self) -> None:
        from coprep.ui.words.quiz_dialog import practise_next_meeting

        practise_next_meeting(self.ws, self)


def add_label(text: str, buddy: QWidget, help_text: str) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    name(buddy, text.replace("&", "").rstrip(":"), help_text)
    return label

"""Dialogs for the glossary: add or change a word, and the report on a file to import."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.words import glossary
from coprep.core.words.glossary import Entry
from coprep.core.words.glossary_csv import ImportCheck, same_note
from coprep.i18n import _, ngettext
from coprep.ui.shell.forms import ProblemLabel, add_row, name, save_cancel_buttons


class EntryDialog(QDialog):
    """Add a word of one's own, or put an entry's meaning in one's own words."""

    def __init__(
        self,
        ws: Workspace,
        entry: Entry | None = None,
        word: str = "",
        parent: QWidget | None = None,
        categories: list[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.entry = entry
        self.saved_term: str | None = None
        self.setWindowTitle(_("Change a word") if entry else _("Add a word to my glossary"))
        self.term = QLineEdit(entry.term if entry else word)
        self.term.setReadOnly(entry is not None and entry.source != "mine")
        self.meaning = QPlainTextEdit(entry.meaning if entry else "")
        self.meaning.setTabChangesFocus(True)
        self.forms = QLineEdit("; ".join(entry.forms) if entry else "")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(sorted({glossary.OWN_CATEGORY, *categories}, key=str.casefold))
        self.category.setCurrentText(entry.category if entry else glossary.OWN_CATEGORY)
        self.see_also = QLineEdit("; ".join(entry.see_also) if entry else "")
        self.example = QLineEdit(entry.example if entry else "")
        self.problem = ProblemLabel()
        self.problem.hide()

        form = QFormLayout()
        add_row(form, _("&Word:"), self.term, _("The word or phrase, as you would look it up"))
        add_row(form, _("&Meaning:"), self.meaning, _("What it means, in your own words"))
        add_row(
            form,
            _("Other &ways to write it:"),
            self.forms,
            _("Short forms and plurals, with ; between, like ICB; ICBs"),
        )
        add_row(form, _("&Group:"), self.category, _("Which group of words it belongs with"))
        add_row(form, _("See &also:"), self.see_also, _("Other words in the glossary, with ; between"))
        add_row(form, _("&Example:"), self.example, _("How the word turns up in a meeting or a paper"))
        if entry is not None and entry.source == "shipped":
            note = QLabel(_("Your meaning will be kept, and coprep will keep updating the other words."))
            note.setWordWrap(True)
            form.addRow(note)
        buttons = save_cancel_buttons()
        name(buttons.button(QDialogButtonBox.StandardButton.Save), _("Save the word"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.meaning if self.term.text() else self.term).setFocus()

    def _list(self, edit: QLineEdit) -> list[str]:
        return glossary.split_list(edit.text())

    def save(self) -> None:
        """Store the word; on a problem, say what to fix and keep the dialog open."""
        try:
            values = dict(
                meaning=self.meaning.toPlainText(),
                forms=self._list(self.forms),
                category=self.category.currentText(),
                see_also=self._list(self.see_also),
                example=self.example.text(),
            )
            if self.entry is None:
                glossary.add_entry(self.ws, self.term.text(), **values)
            else:
                glossary.edit_entry(self.ws, self.entry, term=self.term.text(), **values)
        except InputError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.saved_term = " ".join(self.term.text().split())
        self.accept()


class ImportReportDialog(QDialog):
    """Lists the problems in a file and offers to add only the lines that are fine."""

    def __init__(self, check: ImportCheck, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Some lines need fixing"))
        good = len(check.good)
        found = ngettext(
            "coprep read {file_name} and found {count} problem, listed below by line.",
            "coprep read {file_name} and found {count} problems, listed below by line.",
            len(check.problems),
        ).format(file_name=file_name, count=len(check.problems))
        can_add = (
            ngettext(
                "{count} line can be added. Nothing has been added yet.",
                "{count} lines can be added. Nothing has been added yet.",
                good,
            ).format(count=good)
            if good
            else _("No lines can be added.")
        )
        summary = QLabel(" ".join(part for part in (found, can_add, same_note(check.same)) if part))
        summary.setWordWrap(True)
        problems = QListWidget()
        problems.setWordWrap(True)  # a long problem wraps instead of running off the edge
        problems.addItems([str(problem) for problem in check.problems])
        name(problems, _("Problems, by line number"))
        summary.setBuddy(problems)
        buttons = QDialogButtonBox()
        if good:
            label = ngettext("Add the {count} good line", "Add the {count} good lines", good).format(count=good)
            self.add_good = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            name(self.add_good, label)
        buttons.addButton(_("Add nothing") if good else _("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(problems, 1)
        layout.addWidget(buttons)
        self.problems = problems
        self.resize(self.fontMetrics().horizontalAdvance("x") * 80, self.fontMetrics().lineSpacing() * 18)

"""A committee's "My role" tab: the person's notes about their role, with a "Show formatted"
switch (coprep.ui.shell.formatted_switch), and contacts.

The notes are Markdown, saved half a second after typing stops.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.meetings.contacts_panel import ContactsPanel
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.formatted_switch import FormattedSwitch
from coprep.ui.shell.forms import name


class RoleNotesTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id: int | None = None
        self._save = Autosave(self)
        label = QLabel(
            _(
                "&My notes about my role here. Answer the questions as you find out; "
                "# starts a heading, **bold**, - a list. They are saved as you type."
            )
        )
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        name(
            self.editor,
            _("My notes about my role"),
            _("Saved as you type. Show formatted shows them neatly laid out."),
        )
        label.setBuddy(self.editor)
        self.notes_view = FormattedSwitch(self.editor, _("My notes about my role"))
        self.preview = self.notes_view.preview
        self.contacts = ContactsPanel(ws, self)
        outer = QSplitter(Qt.Orientation.Vertical)
        notes = QWidget()
        column = QVBoxLayout(notes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.notes_view, 1)
        outer.addWidget(notes)
        outer.addWidget(self.contacts)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.editor.textChanged.connect(self._typed)
        on_change(self, ws, {"committees"}, self._reload)

    def show_committee(self, committee_id: int | None) -> None:
        self._save.flush()
        self.committee_id = committee_id
        self.contacts.show_committee(committee_id)
        self.editor.setEnabled(committee_id is not None)
        self._reload()

    def _reload(self) -> None:
        """Show the stored notes (after an undo, say), unless the person's typing is still being saved."""
        if self._save.saving or self._save.pending:
            return
        committee = meetings.get_committee(self.ws.db, self.committee_id) if self.committee_id else None
        text = committee.role_notes if committee else ""
        if self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.notes_view.refresh()

    def _typed(self) -> None:
        committee_id, text = self.committee_id, self.editor.toPlainText()
        if committee_id is not None:
            self._save.queue(lambda: meetings.update_committee(self.ws, committee_id, merge=True, role_notes=text))

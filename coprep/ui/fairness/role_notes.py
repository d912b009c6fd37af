"""A committee's "My role" tab: the person's notes about their role, with a live preview, and contacts.

The notes are Markdown. The preview shows them cleaned (coprep.core.text.notes_render) in a browser
that never loads anything: no pictures, local or remote, and links open only when clicked, in
the person's own browser or email program. Notes are saved half a second after typing stops.
"""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.core.text.notes_render import render_markdown
from coprep.i18n import _
from coprep.ui.meetings.contacts_panel import ContactsPanel
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.forms import name

CLICKABLE = {"http", "https", "mailto"}
HEADINGS = "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"


class SafePreview(QTextBrowser):
    """Shows cleaned HTML and refuses to load any resource (pictures, style sheets), from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(HEADINGS)
        self.anchorClicked.connect(self._clicked)

    def loadResource(self, kind: int, url: QUrl) -> None:  # noqa: N802 (Qt's name)
        return None

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() in CLICKABLE:
            QDesktopServices.openUrl(url)


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
        name(self.editor, _("My notes about my role"), _("Saved as you type. Shown neatly on the right."))
        label.setBuddy(self.editor)
        self.preview = SafePreview()
        name(self.preview, _("My notes about my role, shown neatly"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        self.contacts = ContactsPanel(ws, self)
        outer = QSplitter(Qt.Orientation.Vertical)
        notes = QWidget()
        column = QVBoxLayout(notes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(split, 1)
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
            self._render()

    def _typed(self) -> None:
        self._render()
        committee_id, text = self.committee_id, self.editor.toPlainText()
        if committee_id is not None:
            self._save.queue(lambda: meetings.update_committee(self.ws, committee_id, merge=True, role_notes=text))

    def _render(self) -> None:
        scroll = self.preview.verticalScrollBar()
        kept = scroll.value()
        self.preview.setHtml(render_markdown(self.editor.toPlainText()))
        scroll.setValue(kept)

"""One notes box with a "Show formatted" switch, instead of the same text twice side by side.

Off (the start): the person types in the plain box. On: the same place shows the notes formatted
(headings, bold, lists), read-only; switching back puts the cursor where it was. Every notes box
in coprep (an agenda item's, a role's) is one of these.

The formatted view shows notes cleaned by coprep.core.text.notes_render and never loads anything:
no pictures, local or remote, no style sheets; web and email links open only when clicked, in the
person's own browser or email program.
"""

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from coprep.i18n import _
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


class FormattedSwitch(QWidget):
    """Holds `editor` and its formatted view in one place, with a switch between them."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        what: str,
        parent: QWidget | None = None,
        render: Callable[[str], str] | None = None,
    ) -> None:
        """`render` turns the notes into HTML (by default coprep's safe Markdown)."""
        super().__init__(parent)
        self.editor = editor
        self.render = render
        self.preview = SafePreview()
        name(self.preview, _("{what}, formatted").format(what=what))
        self.switch = name(
            QCheckBox(_("Show &formatted")),
            _("Show {what} formatted").format(what=what.lower()),
            _("Shows headings, bold text and lists as they will look. Switch off to type."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(editor)
        self.stack.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        layout.addWidget(self.stack, 1)
        self.switch.toggled.connect(self._switched)
        editor.textChanged.connect(self._render)

    @property
    def formatted(self) -> bool:
        return self.switch.isChecked()

    def refresh(self) -> None:
        """Show the notes again (after they were put in the box with its signals blocked)."""
        self._render()

    def _switched(self, on: bool) -> None:
        self._render()
        self.stack.setCurrentWidget(self.preview if on else self.editor)

    def _render(self) -> None:
        if not self.switch.isChecked():
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.preview.setPlainText(_("No notes yet. Switch off Show formatted to write some."))
            return
        scroll = self.preview.verticalScrollBar()
        kept = scroll.value()
        if self.render is not None:
            self.preview.setHtml(self.render(text))
        else:
            from coprep.core.text.notes_render import render_markdown  # Markdown loads only when it is needed

            self.preview.setHtml(render_markdown(text))
        scroll.setValue(kept)

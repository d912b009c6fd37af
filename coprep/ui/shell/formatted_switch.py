"""One notes box with a "Show formatted" switch, instead of the same text twice side by side.

Off (the start): the person types in the plain box. On: the same place shows the notes formatted
(headings, bold, lists), read-only; switching back puts the cursor where it was.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from coprep.i18n import _
from coprep.ui.shell.forms import name


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
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
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
        if self.render is not None:
            self.preview.setHtml(self.render(text))
            return
        from coprep.core.text.notes_render import render_markdown  # Markdown loads only when it is needed

        self.preview.setHtml(render_markdown(text))

"""The committee's "What I raised" tab: what the person raised at its meetings and what happened, to print or save."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QTextBrowser, QVBoxLayout, QWidget

from coprep.core.briefing.raised_list import raised_list
from coprep.core.storage.workspace import Workspace
from coprep.core.text.print_html import Printable
from coprep.i18n import _
from coprep.ui.shell import print_actions
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import add_row, name
from coprep.ui.shell.print_pdf import FONT_FAMILY

_SHOWN_FROM = {"agenda_items", "follow_ups", "meetings", "committees"}


class RaisedTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id: int | None = None
        self._stale = False
        self.view = print_actions.as_paper(QTextBrowser())
        name(
            self.view,
            _("What I raised and what happened"),
            _("Write these in each agenda item's After the meeting part"),
        )
        self.text_size = print_actions.text_size_box(self.refresh)
        self.actions = print_actions.PrintActions(self.printable)  # parented by the layout, in reading order
        form = QFormLayout()
        add_row(form, _("Te&xt size:"), self.text_size)
        # the choices above the list, as on the briefing tab: the list keeps the whole width at any text size
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.actions)
        layout.addWidget(self.view, 1)
        notifier(ws).changed.connect(self._changed)

    def printable(self) -> tuple[Printable, str] | None:
        if self.committee_id is None:
            return None
        return raised_list(self.ws.db, self.committee_id, self.text_size.currentData()), "A4"

    def show_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.actions.status.clear()
        self.refresh()

    def _changed(self, tables: set[str]) -> None:
        if tables & _SHOWN_FROM:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # typing in an agenda elsewhere need not rebuild a list no one sees

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        made = self.printable() if self.committee_id and self.ws.row("committees", self.committee_id) else None
        self.actions.setEnabled(made is not None)
        if made is None:
            self.view.clear()
            return
        self.view.document().setDefaultFont(QFont(FONT_FAMILY, made[0].font_pt))
        self.view.setHtml(made[0].html)

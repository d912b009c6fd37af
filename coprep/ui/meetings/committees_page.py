"""The Committees section: the person's committees on the left, the chosen one on the right."""

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.meetings.committee_dialog import CommitteeDialog
from coprep.ui.meetings.committee_view import CommitteeView
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.forms import name
from coprep.ui.shell.list_rows import ROW_ID, choose_row_id, chosen_row_id


class CommitteesPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.list = QListWidget()
        name(self.list, _("My committees"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self.view.show_committee(self.current_committee_id()))
        add = name(QPushButton(_("&New committee…")), _("New committee"))
        add.clicked.connect(self.new_committee)
        self.view = CommitteeView(ws, self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(add)
        column.addWidget(self.list, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        letter = self.fontMetrics().averageCharWidth()
        split.setSizes([letter * 30, letter * 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        on_change(self, ws, {"committees"}, self.refresh)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)

    def refresh(self) -> None:
        chosen = self.current_committee_id()
        self.list.blockSignals(True)
        self.list.clear()
        for committee in meetings.list_committees(self.ws.db):
            row = QListWidgetItem(committee.name)
            row.setData(ROW_ID, committee.id)
            self.list.addItem(row)
            if committee.id == chosen:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        self.view.show_committee(self.current_committee_id())

    def current_committee_id(self) -> int | None:
        return chosen_row_id(self.list)

    def open_committee(self, committee_id: int) -> None:
        choose_row_id(self.list, committee_id)

    def new_committee(self) -> None:
        dialog = CommitteeDialog(self.ws, parent=self)
        if dialog.exec():
            self.open_committee(dialog.committee_id)

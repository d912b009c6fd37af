"""One agenda item's follow-ups: what someone promised to do, by when, ticked off when done.

A list with a tick box for each follow-up (Space ticks the chosen one), two boxes to write a new
one or change the chosen one, and Delete. Every change is one undo step.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import follow_ups
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import ProblemLabel, add_row, name

FOLLOW_UP_ID = Qt.ItemDataRole.UserRole


class FollowUpsBox(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.item_id: int | None = None
        self.list = QListWidget()
        name(self.list, _("Follow-ups"), _("Press Space to tick one as done. Choose one to change it below."))
        self._fit_list()
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._ticked)
        self.list.currentItemChanged.connect(self._chosen)
        self.text = QLineEdit()
        self.text.setPlaceholderText(_("like: Tom to send the figures"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(_("like 12/03/2026, or leave empty"))
        self.add_button = name(QPushButton(_("Add")), _("Add follow-up"))
        self.add_button.clicked.connect(self.add)
        self.change_button = name(QPushButton(_("Change")), _("Change the chosen follow-up"))
        self.change_button.clicked.connect(self.change)
        self.delete_button = name(
            QPushButton(_("Delete")), _("Delete the chosen follow-up"), _("Ctrl+Z brings it back")
        )
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete)
        self.text.returnPressed.connect(self._enter)
        self.due.returnPressed.connect(self._enter)
        self.problem = ProblemLabel()
        self.problem.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each box as wide as the list
        add_row(
            form, _("What needs d&oing:"), self.text, _("Who will do what. Enter adds it, or changes the chosen one.")
        )
        add_row(form, _("Due &by:"), self.due, _("The date it should be done by, like 12/03/2026"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        on_change(self, ws, {"follow_ups"}, self._fill)
        self.show_item(None)

    def _fit_list(self) -> None:
        """Room for four to six lines of follow-ups, in the text size chosen now."""
        line = self.fontMetrics().lineSpacing()  # the list takes the same font, but may not have it yet
        self.list.setMinimumHeight(line * 4)
        self.list.setMaximumHeight(line * 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.text.clear()
        self.due.clear()
        self.problem.hide()
        self._fill()

    def _fill(self) -> None:
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for follow_up in follow_ups.follow_ups(self.ws.conn, self.item_id) if self.item_id else []:
            row = QListWidgetItem(follow_up.line())
            row.setData(FOLLOW_UP_ID, follow_up.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if follow_up.done else Qt.CheckState.Unchecked)
            self.list.addItem(row)
            if follow_up.id == chosen:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        for widget in (self.list, self.text, self.due, self.add_button):
            widget.setEnabled(self.item_id is not None)
        self._chosen(self.list.currentItem())

    def current_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(FOLLOW_UP_ID) if row is not None else None

    def _chosen(self, row: QListWidgetItem | None) -> None:
        self.change_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            return
        follow_up = next(
            (f for f in follow_ups.follow_ups(self.ws.conn, self.item_id) if f.id == row.data(FOLLOW_UP_ID)), None
        )
        if follow_up is not None:
            self.text.setText(follow_up.text)
            self.due.setText(day_words(follow_up.due_date) if follow_up.due_date else "")

    def _ticked(self, row: QListWidgetItem) -> None:
        follow_ups.set_done(self.ws, row.data(FOLLOW_UP_ID), row.checkState() == Qt.CheckState.Checked)

    def _try(self, action) -> bool:
        try:
            action()
        except InputError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def _enter(self) -> None:
        """Enter changes the chosen follow-up, or adds a new one when none is chosen."""
        if self.current_id() is not None:
            self.change()
        else:
            self.add()

    def add(self) -> None:
        if self.item_id is None:
            return
        if self._try(lambda: follow_ups.add_follow_up(self.ws, self.item_id, self.text.text(), self.due.text())):
            self.list.setCurrentRow(-1)
            self.text.clear()
            self.due.clear()
            self.text.setFocus()

    def change(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self._try(
                lambda: follow_ups.update_follow_up(self.ws, chosen, text=self.text.text(), due_date=self.due.text())
            )

    def delete(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            confirm_delete(
                self,
                self.ws,
                "follow_ups",
                chosen,
                _("The follow-up “{text}”").format(text=self.list.currentItem().text()),
                _("Delete this follow-up?"),
                lambda: follow_ups.delete_follow_up(self.ws, chosen),
            )

"""The person's own list of conditions: tick to show, reword, reorder, add their own.

Every change is stored at once and can be undone; hiding a condition keeps its past answers.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.fairness import conditions
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import name, show_problem

CONDITION_ID = Qt.ItemDataRole.UserRole


class ConditionsListDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(_("My list of conditions"))
        intro = QLabel(
            _(
                "Untick a condition to hide it from every meeting (its answers are kept). "
                "Your own conditions are shown in the checklist, but coprep does not use them for the rung."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        name(self.list, _("My list of conditions"), _("Space ticks or unticks the chosen condition"))
        self.list.itemChanged.connect(self._ticked)
        self.list.currentItemChanged.connect(lambda *_: self._enable())

        self.add = name(QPushButton(_("&Add my own…")), _("Add a condition of my own"))
        self.reword = name(QPushButton(_("&Reword…")), _("Reword the chosen condition"))
        self.restore = name(
            QPushButton(_("&Put back coprep's words")), _("Put back coprep's words for the chosen condition")
        )
        self.up = name(QPushButton(_("Move &up")), _("Move the chosen condition up"))
        self.down = name(QPushButton(_("Move &down")), _("Move the chosen condition down"))
        self.remove = name(QPushButton(_("Re&move")), _("Remove the chosen condition (only your own)"))
        self.add.clicked.connect(self._add)
        self.reword.clicked.connect(self._reword)
        self.restore.clicked.connect(lambda: self._do(conditions.restore_wording))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.remove.clicked.connect(self._remove)
        grid = QGridLayout()
        for index, button in enumerate((self.add, self.reword, self.restore, self.up, self.down, self.remove)):
            grid.addWidget(button, index // 3, index % 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().lineSpacing() * 30)
        on_change(self, ws, {"conditions"}, self.refresh)
        self.refresh()
        self.list.setCurrentRow(0)

    def current(self) -> conditions.Condition | None:
        item = self.list.currentItem()
        return conditions.get_condition(self.ws.db, item.data(CONDITION_ID)) if item else None

    def refresh(self) -> None:
        chosen = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for condition in conditions.list_conditions(self.ws.db, include_hidden=True):
            item = QListWidgetItem(condition.text + ("  " + _("(my own)") if condition.own else ""))
            item.setData(CONDITION_ID, condition.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if condition.hidden else Qt.CheckState.Checked)
            item.setToolTip(condition.help)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(chosen, 0), self.list.count() - 1))
        self.list.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        condition = self.current()
        for button in (self.reword, self.up, self.down):
            button.setEnabled(condition is not None)
        self.restore.setEnabled(condition is not None and not condition.own)
        self.remove.setEnabled(condition is not None and condition.own)

    def _ticked(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() != Qt.CheckState.Checked
        conditions.set_hidden(self.ws, item.data(CONDITION_ID), hidden)

    def _do(self, change) -> None:
        condition = self.current()
        if condition is not None:
            try:
                change(self.ws, condition.id)
            except InputError as error:
                show_problem(self, str(error))

    def _remove(self) -> None:
        condition = self.current()
        if condition is not None and condition.own:
            confirm_delete(
                self,
                self.ws,
                "conditions",
                condition.id,
                _("Your condition “{text}”").format(text=condition.text),
                _("Remove this condition?"),
                lambda: conditions.delete_condition(self.ws, condition.id),
            )

    def _move(self, step: int) -> None:
        condition = self.current()
        if condition is not None:
            row = self.list.currentRow() + step
            conditions.move_condition(self.ws, condition.id, row)
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))

    def _ask(self, title: str, text: str = "") -> str | None:
        words, ok = QInputDialog.getText(self, title, _("The condition, as you would say it:"), text=text)
        return words if ok else None

    def _add(self) -> None:
        words = self._ask(_("Add my own condition"))
        if words is not None:
            try:
                conditions.add_condition(self.ws, words)
            except InputError as error:
                show_problem(self, str(error))
                return
            self.list.setCurrentRow(self.list.count() - 1)

    def _reword(self) -> None:
        condition = self.current()
        words = self._ask(_("Reword a condition"), condition.text) if condition else None
        if condition is not None and words is not None:
            try:
                conditions.reword_condition(self.ws, condition.id, text=words)
            except InputError as error:
                show_problem(self, str(error))

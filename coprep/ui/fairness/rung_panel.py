"""Where a meeting sits on the Ladder of Co-production: coprep's rung, the person's own rung and why.

Also the window that explains, in plain words, how coprep works out the rung.
"""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.fairness import ladder
from coprep.core.fairness.conditions import list_conditions
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.notes_render import render_markdown
from coprep.i18n import _
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.forms import name, run_modal, show_problem


class RuleDialog(QDialog):
    """The rung rule, written out with the person's own wording of each condition."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("How coprep works out the rung"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        name(self.text, _("How coprep works out the rung"))
        rungs = "\n".join(f"{r.number}. **{r.name}** ({r.done}): {r.meaning}" for r in ladder.RUNGS)
        heading = "## " + _("The seven rungs, from the bottom")
        body = f"{heading}\n\n{rungs}\n\n{ladder.rule_text(list_conditions(ws.db))}"
        self.text.setHtml(render_markdown(body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 80, self.fontMetrics().lineSpacing() * 36)


class RungPanel(QGroupBox):
    """coprep's rung for one meeting, with the person's own rung and reason kept beside it."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(_("On the ladder"), parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setTextFormat(Qt.TextFormat.RichText)
        name(self.computed, _("coprep's rung for this meeting"))
        self.own = QComboBox()
        self.own.addItem(_("Not chosen"), None)
        for rung in ladder.RUNGS:
            self.own.addItem(_("{number}. {name}").format(number=rung.number, name=rung.name), rung.number)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_("Why you would put it there"))
        self._reason_save = Autosave(self)
        explain = name(
            QPushButton(_("&How is the rung worked out?")),
            _("How is the rung worked out?"),
            _("The rule coprep uses, in plain words"),
        )
        explain.clicked.connect(lambda: run_modal(RuleDialog(self.ws, self)))

        own_label = QLabel(_("&Your own rung:"))
        own_label.setBuddy(self.own)
        name(self.own, _("Your own rung"), _("If you see this meeting differently, choose the rung you would give it"))
        why_label = QLabel(_("&Why:"))
        why_label.setBuddy(self.reason)
        name(self.reason, _("Why you would put it there"), _("Your reason is kept beside coprep's rung"))
        form = QFormLayout()  # one line each, so nothing is squeezed at bigger text
        form.addRow(own_label, self.own)
        form.addRow(why_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.computed)
        layout.addLayout(form)
        layout.addWidget(explain, 0, Qt.AlignmentFlag.AlignLeft)

        self.own.activated.connect(self._own_chosen)
        self.reason.textEdited.connect(self._reason_typed)

    def show_meeting(self, meeting_id: int | None) -> None:
        self._reason_save.flush()
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        try:
            point = ladder.meeting_rung(self.ws.db, self.meeting_id)
        except InputError:
            self.meeting_id = None
            return
        self.computed.setText(_computed_html(ladder.placement_to_show(self.ws.db, self.meeting_id)))
        self.own.setCurrentIndex(self.own.findData(point.own))
        if not self._reason_save.saving and not self._reason_save.pending and self.reason.text() != point.own_reason:
            self.reason.setText(point.own_reason)

    def _own_chosen(self, _index: int) -> None:
        if self.meeting_id is None:
            return
        try:
            ladder.set_own_rung(self.ws, self.meeting_id, self.own.currentData())
        except InputError as error:
            show_problem(self, str(error))

    def _reason_typed(self, text: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id is not None:
            self._reason_save.queue(lambda: ladder.set_own_rung_reason(self.ws, meeting_id, text))


def _computed_html(placement: ladder.Placement) -> str:
    if placement.rung is None:
        return _("<b>No rung yet.</b> {reason}").format(reason=html.escape(placement.reason))
    rung = ladder.RUNG_BY_NUMBER[placement.rung]
    text = _("coprep puts this meeting on rung {number} of 7: <b>{name}</b> ({done}). {meaning}").format(
        number=rung.number, name=rung.name, done=rung.done, meaning=html.escape(rung.meaning)
    )
    if placement.rung < len(ladder.RUNGS):
        text += f"<br>{html.escape(placement.reason)}"
    return text

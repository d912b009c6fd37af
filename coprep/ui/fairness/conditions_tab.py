"""A meeting's "Fair treatment" tab: rate each condition with one key, note the evidence, see the rung.

In the list, M means met, P partly, N not met, X does not apply and D don't know; each moves on to
the next condition, so a whole meeting takes well under a minute. Y takes coprep's suggestion,
Enter or Down skips, Delete clears. Tab goes on in reading order: the answer buttons, then the note for
the chosen condition.
"""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.fairness import conditions, ladder
from coprep.core.fairness.conditions import RATING_WORDS, ConditionRow, recommended_words
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, ngettext
from coprep.ui.fairness.rung_panel import RungPanel
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.confirm import ask_to_delete
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name, run_modal
from coprep.ui.shell.wrapped_table import wrap_long_rows

RATING_KEYS = {
    Qt.Key.Key_M: "met",
    Qt.Key.Key_P: "partly",
    Qt.Key.Key_N: "not_met",
    Qt.Key.Key_X: "na",
    Qt.Key.Key_D: "unknown",
}
KEY_LETTER = {rating: key.name[-1] for key, rating in RATING_KEYS.items()}
MARKS = {"met": "✓", "partly": "◐", "not_met": "✗", "na": "–", "unknown": "?"}
WATCHED = {
    "conditions",
    "condition_ratings",
    "meetings",
    "committees",
    "papers",
    "claims",
    "agenda_items",
    "settings",
}  # settings: the nation, which the on-time suggestion counts with
SHOWN_ROWS = 10  # the list shows this many conditions at once, at any text size (the page scrolls)
COLUMNS = (N_("Condition"), N_("My answer"), N_("Suggested"), N_("Note"))


def answer_words(rating: str | None) -> str:
    return f"{MARKS[rating]} {RATING_WORDS[rating]}" if rating else ""


class ChecklistTable(QTableWidget):
    """The conditions, one a row, rated by single keys."""

    rate_requested = Signal(int, object)  # row, rating (None clears)
    accept_requested = Signal(int)  # row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([_(column) for column in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # long conditions wrap onto more lines rather than being cut short at bigger text
        self.wrapping = wrap_long_rows(self)
        name(
            self,
            _("Conditions for this meeting"),
            _(
                "M met, P partly, N not met, X does not apply, D don't know, Y take coprep's suggestion, "
                "Delete clear. Each answer moves to the next condition."
            ),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        row, key = self.currentRow(), Qt.Key(event.key())
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        if row < 0 or not plain:
            super().keyPressEvent(event)
        elif key in RATING_KEYS:
            self.rate_requested.emit(row, RATING_KEYS[key])
            self.next_row()
        elif key == Qt.Key.Key_Y:
            self.accept_requested.emit(row)
            self.next_row()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.rate_requested.emit(row, None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_row()
        else:
            super().keyPressEvent(event)

    def next_row(self) -> None:
        if self.currentRow() < self.rowCount() - 1:
            self.setCurrentCell(self.currentRow() + 1, 0)


class ConditionsTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.rows: list[ConditionRow] = []
        self._note_save = Autosave(self)

        intro = QLabel(
            _(
                "Was this meeting fair to you? In the list press <b>M</b> met, <b>P</b> partly, <b>N</b> not met, "
                "<b>X</b> does not apply, <b>D</b> don't know, or <b>Y</b> to take coprep's suggestion. "
                "<b>Tab</b> goes on to the answer buttons and the note."
            )
        )
        intro.setWordWrap(True)
        self.table = ChecklistTable()
        self.table.rate_requested.connect(self._rate_row)
        self.table.accept_requested.connect(self._accept_row)
        self.table.currentCellChanged.connect(self._row_changed)

        self.detail = QGroupBox(_("The chosen condition"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAccessibleName(_("About the chosen condition"))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(_("coprep's suggestion"))
        self.use_suggestion = name(QPushButton(_("Use the suggestion (Y)")), _("Use coprep's suggestion"))
        self.use_suggestion.clicked.connect(lambda: self._accept_row(self.table.currentRow()))
        buttons = FlowLayout()  # as many to a row as fit beside the list, at any text size and in any language
        for rating, words in RATING_WORDS.items():
            button = name(
                QPushButton(_("{words} ({value})").format(words=words, value=KEY_LETTER[rating])),
                words,
                _("Answer: {lower}").format(lower=words.lower()),
            )
            button.clicked.connect(lambda _=False, r=rating: self._rate_row(self.table.currentRow(), r))
            buttons.addWidget(button)
        note_label = QLabel(_("&Note of what happened (your evidence):"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        name(self.note, _("Note of what happened"), _("For example: the finance paper came the day before"))
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._note_typed)

        column = QVBoxLayout(self.detail)
        column.addWidget(self.about)
        column.addLayout(buttons)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(suggestion_row)
        column.addWidget(note_label)
        column.addWidget(self.note)

        self.rung = RungPanel(ws)  # its place in the Tab order is where the layout puts it, after the list
        self.progress = QLabel()
        self.progress.setAccessibleName(_("How many conditions are answered, and the rung so far"))
        change_list = name(
            QPushButton(_("Change the &list…")),
            _("Change the list of conditions"),
            _("Reword, reorder or hide conditions, or add your own"),
        )
        change_list.clicked.connect(self._change_list)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(change_list, 0, Qt.AlignmentFlag.AlignTop)
        # One column, as tall as it needs: the section around it scrolls, so at bigger text the list
        # keeps its rows instead of being squeezed to two or three beside the chosen condition.
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        layout.addWidget(self.rung)
        layout.addStretch(1)
        self.table.wrapping.fitted.connect(self._fit_table_height)
        notifier(ws).changed.connect(self._changed)

    # -- showing -------------------------------------------------------------------------

    def _fit_table_height(self) -> None:
        """Tall enough for the first SHOWN_ROWS conditions, however many lines their words wrap onto."""
        rows = sum(self.table.rowHeight(row) for row in range(min(SHOWN_ROWS, self.table.rowCount())))
        height = self.table.horizontalHeader().minimumHeight() + rows + 2 * self.table.frameWidth()
        if self.table.height() != height or self.table.minimumHeight() != height:
            self.table.setFixedHeight(height)

    def show_meeting(self, meeting_id: int | None) -> None:
        self._note_save.flush()
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.rung.show_meeting(meeting_id)
        self.refresh()
        if self.rows:
            self.table.setCurrentCell(0, 0)

    def _changed(self, tables: set[str]) -> None:
        if tables & WATCHED and self.meeting_id is not None:
            self.refresh()
            self.rung.refresh()

    def refresh(self) -> None:
        """Show what is stored, keeping the chosen condition chosen."""
        current = self.current_row()
        self.rows = conditions.checklist(self.ws.db, self.meeting_id) if self.meeting_id else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            proposal = row.proposal
            cells = (
                row.condition.text,
                answer_words(row.rating),
                RATING_WORDS[proposal.rating] if proposal else "",
                " ".join(row.note.split()),
            )
            tips = (row.condition.help, "", proposal.reason if proposal else "", row.note)
            for column, text in enumerate(cells):
                item = self.table.item(index, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(index, column, item)
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text or _("none"))  # a reader says "none", not nothing
                item.setToolTip(tips[column])
        self.progress.setText(self._progress_words())
        ids = [row.condition.id for row in self.rows]
        if current is not None and current.condition.id in ids:
            self.table.setCurrentCell(ids.index(current.condition.id), self.table.currentColumn() or 0)
        self.table.blockSignals(False)
        self._show_current()

    def _progress_words(self) -> str:
        try:
            point = ladder.meeting_rung(self.ws.db, self.meeting_id) if self.meeting_id else None
        except InputError:  # the meeting was deleted; the meeting view is about to move on
            return ""
        answered = sum(row.rating is not None for row in self.rows)
        shown = ladder.placement_to_show(self.ws.db, self.meeting_id) if point else None
        parts = [
            ngettext("{answered} of {count} answered", "{answered} of {count} answered", len(self.rows)).format(
                answered=answered, count=len(self.rows)
            )
        ]
        if shown is not None and shown.rung:
            parts.append(_("coprep's rung so far: rung {rung} of 7, {name}").format(rung=shown.rung, name=shown.name))
        else:
            parts.append(shown.reason if shown is not None else _("no rung yet"))
        if point and point.meeting.day > clock.today():
            parts.append(_("This meeting is still to come: rate it afterwards."))
        return " · ".join(parts)

    def current_row(self) -> ConditionRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _row_changed(self, *_cells: int) -> None:
        self._note_save.flush()  # the note being typed belongs to the condition chosen before
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self.detail.setEnabled(row is not None)
        if row is None:
            self.about.clear()
            self.suggestion.clear()
            self.use_suggestion.hide()
            return
        condition = row.condition
        about = f"<b>{html.escape(condition.text)}</b>"
        if condition.help:
            about += f"<br>{html.escape(condition.help)}"
        if condition.recommended_by:
            about += f"<br><i>{html.escape(recommended_words(condition))}</i>"
        self.about.setText(about)
        proposal = row.proposal
        self.suggestion.setText(
            _("coprep suggests: {rating}. {reason}").format(
                rating=RATING_WORDS[proposal.rating], reason=proposal.reason
            )
            if proposal
            else _("coprep has nothing to suggest for this one.")
        )
        self.use_suggestion.setVisible(proposal is not None and proposal.rating != row.rating)
        if not self._note_save.saving and not self._note_save.pending and self.note.toPlainText() != row.note:
            self.note.blockSignals(True)
            self.note.setPlainText(row.note)
            self.note.blockSignals(False)

    # -- changing ------------------------------------------------------------------------

    def _rate_row(self, index: int, rating: str | None) -> None:
        if self.meeting_id is not None and 0 <= index < len(self.rows):
            self._note_save.flush()
            row = self.rows[index]
            if rating is None and row.rating and row.note.strip() and not self._note_may_go(row):
                return
            conditions.rate(self.ws, self.meeting_id, row.condition.id, rating)

    def _note_may_go(self, row: ConditionRow) -> bool:
        """Clearing an answer clears its note too: ask first, as for any delete."""
        goes = _("your answer “{answer}” and your note “{note}”").format(
            answer=RATING_WORDS[row.rating], note=row.note.strip()
        )
        return ask_to_delete(self, _("Clear this answer?"), goes)

    def _accept_row(self, index: int) -> None:
        if self.meeting_id is not None and 0 <= index < len(self.rows):
            self._note_save.flush()
            conditions.accept_proposal(self.ws, self.meeting_id, self.rows[index].condition.id)

    def _note_typed(self) -> None:
        row, meeting_id, text = self.current_row(), self.meeting_id, self.note.toPlainText()
        if row is not None and meeting_id is not None:
            condition_id = row.condition.id
            self._note_save.queue(lambda: conditions.set_note(self.ws, meeting_id, condition_id, text))

    def _change_list(self) -> None:
        from coprep.ui.fairness.conditions_list import ConditionsListDialog

        run_modal(ConditionsListDialog(self.ws, self))

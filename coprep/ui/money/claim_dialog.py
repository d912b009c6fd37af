"""An expense claim: the meeting it is for, what was spent (with receipts), and where it has got to.

Nothing is saved until Save, and then the claim, its items and its status are saved as one step,
so one Ctrl+Z takes it all back and a mistake anywhere saves nothing.
"""

from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings.meetings import get_committee, get_meeting, upcoming_and_past
from coprep.core.money import claims, receipts
from coprep.core.money.pennies import format_money
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import N_, Words, _, ngettext
from coprep.ui.money.claim_item_dialog import ClaimItemDialog
from coprep.ui.money.involvement_fields import (
    MONEY_HINT,
    choose,
    committee_box,
    date_field,
    follow_committee,
    iso_date,
    saved,
)
from coprep.ui.shell.confirm import ask_to_delete
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import add_row, name, save_cancel_buttons, show_problem
from coprep.ui.shell.reflow import fit_on_screen, scrolling
from coprep.ui.shell.wrapped_table import wrap_long_rows

STEPS = Words(
    {
        "draft": N_("Not sent yet"),
        "submitted": N_("Sent, waiting to be repaid"),
        "paid": N_("Repaid"),
        "refused": N_("Refused"),
    }
)
ITEM_KEYS = (
    "id",
    "kind",
    "description",
    "amount_pence",
    "miles",
    "pence_per_mile",
    "receipt",
    "receipt_name",
    "receipt_file",
)


class ClaimDialog(QDialog):
    def __init__(self, ws: Workspace, claim_id: int | None = None, meeting_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.claim_id = claim_id
        self.setWindowTitle(_("Change expense claim") if claim_id else _("New expense claim"))
        claim = claims.get_claim(ws.db, claim_id) if claim_id else claims.Claim(id=0, meeting_id=meeting_id)
        self.items = [asdict(item) for item in (claims.claim_items(ws.db, claim_id) if claim_id else [])]

        self.meeting = QComboBox()
        self.meeting.addItem(_("Not for one meeting"), None)
        upcoming, past = upcoming_and_past(ws.db)
        for meeting in past + upcoming:  # claims are mostly for the meeting just gone, so it comes first
            self.meeting.addItem(
                _("{day_words} – {name}").format(day_words=day_words(meeting.date), name=meeting.name), meeting.id
            )
        self.committee = committee_box(ws)
        self.organisation = QLineEdit(claim.organisation)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(_(" days"))
        self.days.setValue(claim.expected_days)
        choose(self.meeting, claim.meeting_id)
        choose(self.committee, claim.committee_id)
        follow_committee(ws, self.committee, self.organisation)
        self.committee.currentIndexChanged.connect(self._committee_chosen)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("What for"), _("Details"), _("Amount"), _("Receipt")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        wrap_long_rows(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(_("Column headings"))
        name(self.table, _("Things you spent"), _("Press Enter to change the chosen item"))
        self.table.activated.connect(lambda _index: self.change_item())
        self.total = QLabel()
        self.total.setAccessibleName(_("Total claimed"))
        add_item = name(QPushButton(_("&Add something spent…")), _("Add something you spent"))
        add_item.clicked.connect(self.add_item)
        change_item = name(QPushButton(_("Chan&ge…")), _("Change the chosen item"))
        change_item.clicked.connect(self.change_item)
        remove_item = name(QPushButton(_("Remo&ve")), _("Remove the chosen item"))
        remove_item.clicked.connect(self.remove_item)
        open_receipt = name(QPushButton(_("Open recei&pt")), _("Open the chosen item's receipt"))
        open_receipt.clicked.connect(self.open_receipt)

        self.step = QComboBox()
        for key, words in STEPS.items():
            self.step.addItem(words, key)
        choose(self.step, "paid" if claim.status == "part_paid" else claim.status)
        self.sent = date_field(claim.submitted_date)
        self.paid = date_field(claim.paid_date)
        self.paid_amount = QLineEdit(format_money(claim.paid_pence) if claim.paid_pence else "")
        # The amount repaid follows the total claimed until the person types their own.
        self._amount_follows_total = not claim.paid_pence
        self.paid_amount.textEdited.connect(self._amount_typed)
        self.note = QPlainTextEdit(claim.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3)
        self.step.currentIndexChanged.connect(self._step_chosen)

        about = QFormLayout()
        add_row(about, _("For the &meeting:"), self.meeting)
        add_row(about, _("&Committee:"), self.committee)
        add_row(about, _("&Organisation:"), self.organisation, _("Who should repay you"))
        add_row(about, _("They &repay within:"), self.days, _("How long they said repaying takes (often 28 days)"))
        item_buttons = QWidget()
        item_buttons.setLayout(FlowLayout())  # the buttons wrap onto two lines at bigger text
        for button in (add_item, change_item, remove_item, open_receipt):
            item_buttons.layout().addWidget(button)
        where = QFormLayout()
        add_row(where, _("Where it has got &to:"), self.step)
        add_row(where, _("&Date sent:"), self.sent, _("The day you sent the claim"))
        add_row(where, _("Date r&epaid:"), self.paid, _("The day the money reached you"))
        add_row(
            where,
            _("Amount repa&id:"),
            self.paid_amount,
            _("If they paid less than you claimed, put what came. {MONEY_HINT}").format(MONEY_HINT=_(MONEY_HINT)),
        )
        add_row(where, _("&Note:"), self.note)
        buttons = save_cancel_buttons()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(about)
        column.addWidget(QLabel(_("What you spent:")))
        column.addWidget(self.table, 1)
        column.addWidget(item_buttons)
        column.addWidget(self.total)
        column.addLayout(where)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)  # at the largest text the form is taller than a laptop screen
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, body.sizeHint().height() + buttons.sizeHint().height())
        fit_on_screen(self)
        self._meeting_chosen()
        self._show_items()
        self._step_chosen()

    # -- who the claim is for ----------------------------------------------------------------

    def _meeting_chosen(self) -> None:
        meeting_id = self.meeting.currentData()
        self.committee.setEnabled(meeting_id is None)
        if meeting_id is not None:
            choose(self.committee, get_meeting(self.ws.db, meeting_id).committee_id)

    def _committee_chosen(self) -> None:
        committee = get_committee(self.ws.db, self.committee.currentData()) if self.committee.currentData() else None
        if committee is not None and not self.claim_id:
            self.days.setValue(committee.expenses_days)

    # -- items ---------------------------------------------------------------------------------

    def claimed_pence(self) -> int:
        return sum(item["amount_pence"] for item in self.items)

    def _show_items(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            details = item.get("description") or ""
            miles = item.get("miles")
            if miles is not None:
                # a distance with a fraction of a mile takes the form for many, as "1.5 miles" does
                many = int(miles) if float(miles).is_integer() else 2
                details = (
                    ngettext("{details} ({miles} mile at {pence}p)", "{details} ({miles} miles at {pence}p)", many)
                    .format(details=details, miles=f"{miles:g}", pence=item["pence_per_mile"])
                    .strip()
                )
            cells = [
                claims.ITEM_WORDS[item["kind"]],
                details,
                format_money(item["amount_pence"]),
                item.get("receipt_name") or _("none"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.total.setText(_("Total claimed: {format_money}").format(format_money=format_money(self.claimed_pence())))
        self._follow_total()

    def _amount_typed(self) -> None:
        self._amount_follows_total = False

    def _follow_total(self) -> None:
        if self._amount_follows_total and self.step.currentData() == "paid":
            self.paid_amount.setText(format_money(self.claimed_pence()))

    def _chosen_row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.items) else None

    def add_item(self) -> ClaimItemDialog:
        dialog = ClaimItemDialog(parent=self)
        dialog.accepted.connect(lambda: self._item_added(dialog.item))
        dialog.open()
        return dialog

    def _item_added(self, item: dict[str, Any]) -> None:
        self.items.append(item)
        self._show_items()
        self.table.selectRow(len(self.items) - 1)

    def change_item(self) -> ClaimItemDialog | None:
        row = self._chosen_row()
        if row is None:
            return None
        dialog = ClaimItemDialog(self.items[row], parent=self)
        dialog.accepted.connect(lambda: self._item_changed(row, dialog.item))
        dialog.open()
        return dialog

    def _item_changed(self, row: int, item: dict[str, Any]) -> None:
        self.items[row] = item
        self._show_items()

    def remove_item(self) -> None:
        row = self._chosen_row()
        if row is None:
            return
        item = self.items[row]
        what = item.get("description") or claims.ITEM_WORDS[item["kind"]]
        goes = _("the expense “{what}” of {amount}").format(what=what, amount=format_money(item["amount_pence"]))
        if item.get("receipt_name"):
            goes = _("{expense} and its receipt").format(expense=goes)
        getting_back = _("If you change your mind, Cancel closes the claim without changing it.")
        if ask_to_delete(self, _("Remove this expense?"), goes, getting_back):
            del self.items[row]
            self._show_items()

    def open_receipt(self) -> None:
        """Open the chosen item's receipt in the computer's own viewer: coprep's copy once the claim
        is saved, the chosen file until then."""
        row = self._chosen_row()
        if row is None:
            return
        item = self.items[row]
        if item.get("receipt") is not None:
            path = Path(item["receipt"]).absolute()
        elif item.get("receipt_file"):
            path = receipts.receipts_folder(self.ws) / item["receipt_file"]
        else:
            show_problem(self, _("This item has no receipt. Choose Change… to add one."))
            return
        if not path.is_file():
            show_problem(
                self,
                _(
                    "coprep's copy of the receipt '{value}' is missing from {parent}. Choose Change… and add the receipt again."
                ).format(value=item.get("receipt_name") or path.name, parent=path.parent),
            )
        elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_problem(
                self,
                _(
                    "This computer has no program set up to open this kind of file. "
                    "Install a viewer for photos or PDF files and try again."
                ),
            )

    # -- where it has got to -------------------------------------------------------------------

    def _step_chosen(self) -> None:
        step = self.step.currentData()
        self.sent.setEnabled(step != "draft")
        for widget in (self.paid, self.paid_amount):
            widget.setEnabled(step == "paid")
        self._follow_total()

    def _save(self) -> None:
        step = self.step.currentData()
        values = {
            "meeting_id": self.meeting.currentData(),
            "committee_id": self.committee.currentData(),
            "organisation": self.organisation.text(),
            "expected_days": self.days.value(),
            "note": self.note.toPlainText(),
        }
        items = [{key: item[key] for key in ITEM_KEYS if key in item} for item in self.items]
        self.claim_id = claims.save_claim(
            self.ws,
            self.claim_id,
            values,
            items,
            step,
            submitted_date=iso_date(self.sent) if step != "draft" else None,
            paid_date=iso_date(self.paid) if step == "paid" else None,
            paid_amount=self.paid_amount.text() if step == "paid" else None,
        )

    def accept(self) -> None:
        if saved(self, self._save):
            super().accept()

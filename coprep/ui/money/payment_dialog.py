"""Record an involvement payment: what was offered for your time, on what basis, by whom, and what happened.

Before a payment is saved that would pass the weekly earnings limit the person entered, a warning
asks whether to accept it all, accept part or say no (LimitWarning); the answer is then saved.
"""

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QPlainTextEdit

from coprep.core.money import benefits, payments
from coprep.core.money.pennies import format_money
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.money.involvement_fields import (
    MONEY_HINT,
    choice_box,
    choose,
    committee_box,
    date_field,
    follow_committee,
    iso_date,
    saved,
)
from coprep.ui.money.limit_warning import LimitWarning
from coprep.ui.shell.forms import add_row, save_cancel_layout


class PaymentDialog(QDialog):
    def __init__(self, ws: Workspace, payment_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.payment_id = payment_id
        self.setWindowTitle(_("Change payment") if payment_id else _("New payment"))
        payment = payments.get_payment(ws.db, payment_id) if payment_id else payments.Payment(id=0, date="")
        form = QFormLayout()
        self.date = date_field(payment.date)
        self.committee = committee_box(ws)
        self.organisation = QLineEdit(payment.organisation)
        self.amount = QLineEdit(format_money(payment.amount_pence) if payment_id else "")
        self.amount.setPlaceholderText(_("like 75.00"))
        self.basis = choice_box(payments.BASIS_WORDS)
        self.payer = QLineEdit(payment.payer)
        self.status = choice_box(payments.STATUS_WORDS)
        self.paid_date = date_field(payment.paid_date)
        self.declined_reason = QLineEdit(payment.declined_reason)
        self.declined_reason.setPlaceholderText(_("like: to protect my benefits"))
        self.warning: LimitWarning | None = None
        self.note = QPlainTextEdit(payment.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3)
        choose(self.committee, payment.committee_id)
        choose(self.basis, payment.basis)
        choose(self.status, payment.status)
        follow_committee(ws, self.committee, self.organisation)
        self.status.currentIndexChanged.connect(self._status_chosen)

        add_row(form, _("&Date of the involvement:"), self.date)
        add_row(form, _("&Committee:"), self.committee)
        add_row(form, _("&Organisation:"), self.organisation)
        add_row(
            form,
            _("&Amount:"),
            self.amount,
            _("The payment for your time, not expenses. {MONEY_HINT}").format(MONEY_HINT=_(MONEY_HINT)),
        )
        add_row(form, _("&Worked out:"), self.basis, _("By the hour, for half a day, for a day, or a set amount"))
        add_row(form, _("Who &pays:"), self.payer, _("For example: ICB payroll, or the university's finance office"))
        add_row(form, _("What &happened:"), self.status, _("Offered, you said no, asked for, or paid"))
        add_row(form, _("Date pa&id:"), self.paid_date, _("The day the money reached you"))
        add_row(form, _("Why you said &no:"), self.declined_reason, _("Kept apart from your payments"))
        add_row(form, _("&Note:"), self.note)
        save_cancel_layout(self, form)
        self._status_chosen()

    def _status_chosen(self) -> None:
        self.paid_date.setEnabled(self.status.currentData() == "paid")
        self.declined_reason.setEnabled(self.status.currentData() == "declined")

    def values(self) -> dict:
        return {
            "date": iso_date(self.date),
            "committee_id": self.committee.currentData(),
            "organisation": self.organisation.text(),
            "amount_pence": self.amount.text(),
            "basis": self.basis.currentData(),
            "payer": self.payer.text(),
            "status": self.status.currentData(),
            "paid_date": iso_date(self.paid_date),
            "note": self.note.toPlainText(),
            "declined_reason": self.declined_reason.text(),
        }

    def _save(self) -> None:
        if self.payment_id:
            payments.update_payment(self.ws, self.payment_id, **self.values())
        else:
            self.payment_id = payments.add_payment(self.ws, **self.values())

    def accept(self) -> None:
        """Save, unless the payment would pass the weekly limit: then ask first."""
        check = None
        if self.status.currentData() != "declined":
            day = iso_date(self.paid_date) if self.status.currentData() == "paid" else iso_date(self.date)
            if not saved(self, lambda: self._check(day)):
                return
            check = self._limit_check
        if check is not None and check.passes:
            self.warning = LimitWarning(check, self)
            self.warning.accepted.connect(self._save_choice)
            self.warning.open()
            return
        if saved(self, self._save):
            super().accept()

    def _check(self, day: str) -> None:
        self._limit_check = benefits.check_payment(self.ws.db, day, self.amount.text(), skip_id=self.payment_id)

    def _save_choice(self) -> None:
        warning = self.warning
        if warning.choice == "none":
            choose(self.status, "declined")
            self.declined_reason.setText(warning.reason_text)
        ok = saved(self, self._save if warning.choice != "part" else lambda: self._save_part(warning))
        if ok:
            super().accept()

    def _save_part(self, warning: LimitWarning) -> None:
        values = self.values()
        if not self.payment_id:
            self.payment_id, _declined = payments.add_payment_in_part(
                self.ws, accepted=warning.part_pence, reason=warning.reason_text, **values
            )
            return
        with self.ws.action(_("Accept part of a payment")):
            whole = payments.parse_money(values["amount_pence"], _("payment amount"))
            payments.update_payment(self.ws, self.payment_id, **(values | {"amount_pence": warning.part_pence}))
            payments.add_payment(
                self.ws,
                **(
                    values
                    | {
                        "status": "declined",
                        "amount_pence": whole - warning.part_pence,
                        "declined_reason": warning.reason_text,
                    }
                ),
            )

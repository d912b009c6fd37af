"""One thing on an expense claim: what it was for, how much (or how many miles), and its receipt."""

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprep.core.money.claims import ITEM_WORDS, clean_item
from coprep.core.money.pennies import DEFAULT_PENCE_PER_MILE, format_money
from coprep.i18n import N_, _
from coprep.ui.money.involvement_fields import MONEY_HINT, choice_box, choose, saved
from coprep.ui.shell.confirm import ask_to_delete
from coprep.ui.shell.forms import add_row, name

RECEIPT_TYPES = N_("Receipts (*.pdf *.jpg *.jpeg *.png *.heic *.gif *.tif *.tiff);;Any file (*)")


class ClaimItemDialog(QDialog):
    """Fill in one item; `item` then holds its checked values (amount in pence) for the claim window."""

    def __init__(self, item: dict[str, Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Change item") if item else _("Add something you spent"))
        item = item or {"kind": "train"}
        self.item: dict[str, Any] = dict(item)
        self.kind = choice_box(ITEM_WORDS)
        choose(self.kind, item.get("kind"))
        self.description = QLineEdit(item.get("description", ""))
        self.description.setPlaceholderText(_("like: return to London"))
        self.amount = QLineEdit(format_money(item["amount_pence"]) if item.get("amount_pence") else "")
        self.amount.setPlaceholderText(_("like 23.40"))
        self.miles = QLineEdit("" if item.get("miles") is None else f"{item['miles']:g}")
        self.rate = QSpinBox()
        self.rate.setRange(1, 200)
        self.rate.setSuffix(_("p a mile"))
        self.rate.setValue(item.get("pence_per_mile") or DEFAULT_PENCE_PER_MILE)
        self.receipt_words = QLabel(item.get("receipt_name") or _("No receipt yet"))
        self.receipt_words.setAccessibleName(_("Receipt"))
        choose_receipt = name(
            QPushButton(_("Choose &receipt…")),
            _("Choose a receipt file"),
            _("A photo or scan of the ticket or receipt. coprep keeps its own copy."),
        )
        choose_receipt.clicked.connect(self._ask_for_receipt)
        self.remove_receipt = name(
            QPushButton(_("Remo&ve receipt")),
            _("Remove the receipt from this item"),
            _("The item stays on the claim, without a receipt"),
        )
        self.remove_receipt.clicked.connect(self.take_off_receipt)
        self.remove_receipt.setEnabled(bool(item.get("receipt_name")))
        receipt_row = QWidget()
        row = QHBoxLayout(receipt_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.receipt_words, 1)
        row.addWidget(choose_receipt)
        row.addWidget(self.remove_receipt)

        form = QFormLayout()
        add_row(form, _("&What for:"), self.kind)
        add_row(form, _("&Details:"), self.description, _("Where from and to, or what it was"))
        self.amount_label = add_row(form, _("&Amount:"), self.amount, _(MONEY_HINT))
        self.miles_label = add_row(form, _("&Miles:"), self.miles, _("How far you drove there and back, like 12.5"))
        self.rate_label = add_row(
            form, _("Ra&te:"), self.rate, _("Pence for each mile; 45p unless they pay another rate")
        )
        form.addRow(_("Receipt:"), receipt_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        by_mile = self.kind.currentData() == "mileage"
        for widget in (self.miles, self.miles_label, self.rate, self.rate_label):
            widget.setVisible(by_mile)
        for widget in (self.amount, self.amount_label):
            widget.setVisible(not by_mile)

    def _ask_for_receipt(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, _("Choose the receipt"), str(Path.home()), _(RECEIPT_TYPES))
        if chosen:
            self.set_receipt(Path(chosen))

    def set_receipt(self, path: Path) -> None:
        """Attach this file as the receipt (copied into coprep when the claim is saved)."""
        self.item.update(receipt=path, receipt_name=path.name)
        self.receipt_words.setText(path.name)
        self.remove_receipt.setEnabled(True)

    def take_off_receipt(self) -> None:
        """Leave this item without a receipt (coprep's copy stays on disk, so undo can bring it back)."""
        goes = _("the receipt “{name}” from this expense").format(name=self.item.get("receipt_name"))
        getting_back = _("If you change your mind, Cancel leaves the expense as it was.")
        if not ask_to_delete(self, _("Remove this receipt?"), goes, getting_back):
            return
        self.item.update(receipt=None, receipt_name="", receipt_file="")
        self.receipt_words.setText(_("No receipt yet"))
        self.remove_receipt.setEnabled(False)
        self.kind.setFocus()

    def _check(self) -> None:
        by_mile = self.kind.currentData() == "mileage"
        values = {
            "kind": self.kind.currentData(),
            "description": self.description.text(),
            "amount_pence": None if by_mile else self.amount.text(),
            "miles": self.miles.text() if by_mile else None,
            "pence_per_mile": self.rate.value() if by_mile else None,
        }
        self.item.update(clean_item(values))

    def accept(self) -> None:
        if saved(self, self._check):
            super().accept()

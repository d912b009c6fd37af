"""The warning shown before a payment is saved that would pass the weekly earnings limit the
person entered: accept it all, accept part and say no to the rest, or say no to it all.

coprep gives no advice here: it shows the sums and says where to check.
"""

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from coprep.core.money.benefits import WHERE_TO_CHECK, LimitCheck
from coprep.core.money.pennies import format_money, parse_money
from coprep.core.storage.validate import InputError
from coprep.i18n import _
from coprep.ui.shell.forms import add_row, name, save_cancel_layout, show_problem

CHOICES = ("all", "part", "none")


class LimitWarning(QDialog):
    """Asks what to do; `choice`, `part_pence` and `reason` hold the answer once accepted."""

    def __init__(self, check: LimitCheck, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("This payment would pass your weekly limit"))
        self.check = check
        self.choice = "all"
        self.part_pence = check.room_pence
        self.reason_text = ""
        self.sums = sums = QLabel(check.words())
        sums.setWordWrap(True)
        sums.setAccessibleName(_("What the payment would do to your week"))
        where = QLabel(_(WHERE_TO_CHECK))
        where.setWordWrap(True)
        self.options = QButtonGroup(self)
        self.accept_all = name(QRadioButton(_("&Accept it all")), _("Accept it all"))
        self.accept_part = name(
            QRadioButton(_("Accept &part and say no to the rest")), _("Accept part and say no to the rest")
        )
        self.decline = name(QRadioButton(_("Say &no to it all")), _("Say no to it all"))
        for number, button in enumerate((self.accept_all, self.accept_part, self.decline)):
            self.options.addButton(button, number)
        self.accept_part.setChecked(check.room_pence > 0)
        self.decline.setChecked(check.room_pence == 0)
        self.part = QLineEdit(format_money(check.room_pence))
        self.reason = QLineEdit(_("To protect my benefits"))
        form = QFormLayout()
        add_row(
            form,
            _("Amount to a&ccept:"),
            self.part,
            _("Up to {room} keeps that week within your limit").format(room=format_money(check.room_pence)),
        )
        add_row(form, _("&Why you say no:"), self.reason, _("Kept with the payment you said no to"))
        self.options.idToggled.connect(self._chosen)
        layout = QVBoxLayout()
        for widget in (sums, self.accept_all, self.accept_part, self.decline):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(where)
        save_cancel_layout(self, layout)
        self._chosen()

    def _chosen(self, *_args) -> None:
        self.part.setEnabled(self.accept_part.isChecked())
        self.reason.setEnabled(not self.accept_all.isChecked())

    def accept(self) -> None:
        self.choice = CHOICES[self.options.checkedId()]
        self.reason_text = self.reason.text().strip() or _("To protect my benefits")
        if self.choice == "part":
            try:
                self.part_pence = parse_money(self.part.text(), _("amount to accept"))
            except InputError as error:
                show_problem(self, str(error))
                return
            if not 0 < self.part_pence < self.check.amount_pence:
                show_problem(
                    self,
                    _("The amount to accept must be more than nothing and less than {whole}.").format(
                        whole=format_money(self.check.amount_pence)
                    ),
                )
                return
        super().accept()

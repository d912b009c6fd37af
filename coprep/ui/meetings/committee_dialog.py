"""Add or change a committee: its name, organisation, the person's role there, and what it promises."""

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox

from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.forms import add_row, save_cancel_layout, show_problem

# A promise's box starts one below 0, shown as "Not known": a box left alone must not claim the committee
# has no lay places (the fairness check would say two lay members could not be there) or promises papers
# 0 working days ahead (every paper would count as on time).
NOT_KNOWN = -1


def _may_be_not_known(box: QSpinBox, highest: int) -> QSpinBox:
    box.setRange(NOT_KNOWN, highest)
    box.setSpecialValueText(_("Not known"))
    box.setValue(NOT_KNOWN)
    return box


class CommitteeDialog(QDialog):
    """Fill in a committee's details; saving goes through core, so bad input is explained."""

    def __init__(self, ws: Workspace, committee_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id = committee_id
        self.setWindowTitle(_("Change committee") if committee_id else _("New committee"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role_title = QLineEdit()
        self.lay_places = _may_be_not_known(QSpinBox(), 50)
        self.notice = _may_be_not_known(QSpinBox(), 60)
        self.notice.setSuffix(_(" working days"))
        self.expenses = QSpinBox()
        self.expenses.setRange(0, 365)
        self.expenses.setSuffix(_(" days"))
        self.expenses.setValue(28)
        add_row(form, _("&Name:"), self.name, _("For example: Quality and Performance Committee"))
        add_row(form, _("&Organisation:"), self.organisation, _("Who runs it, for example: NHS Riverside ICB"))
        add_row(form, _("My &role there:"), self.role_title, _("What they call you, for example: PPV partner"))
        add_row(
            form, _("&Lay places:"), self.lay_places, _("How many places on it are for patients, carers or the public")
        )
        add_row(
            form,
            _("&Papers promised:"),
            self.notice,
            _("How many working days before a meeting the papers should come"),
        )
        add_row(form, _("&Expenses repaid within:"), self.expenses, _("How long they say it takes to repay expenses"))
        save_cancel_layout(self, form)
        if committee_id:
            self._load(committee_id)

    def _load(self, committee_id: int) -> None:
        committee = meetings.get_committee(self.ws.db, committee_id)
        self.name.setText(committee.name)
        self.organisation.setText(committee.organisation)
        self.role_title.setText(committee.role_title)
        for box, value in ((self.lay_places, committee.lay_places), (self.notice, committee.notice_working_days)):
            box.setValue(NOT_KNOWN if value is None else value)
        self.expenses.setValue(committee.expenses_days)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "organisation": self.organisation.text().strip(),
            "role_title": self.role_title.text().strip(),
            "lay_places": None if self.lay_places.value() == NOT_KNOWN else self.lay_places.value(),
            "notice_working_days": None if self.notice.value() == NOT_KNOWN else self.notice.value(),
            "expenses_days": self.expenses.value(),
        }

    def accept(self) -> None:
        try:
            if self.committee_id:
                meetings.update_committee(self.ws, self.committee_id, **self.values())
            else:
                values = self.values()
                self.committee_id = meetings.add_committee(self.ws, values.pop("name"), **values)
        except InputError as error:
            show_problem(self, str(error))
            return
        super().accept()

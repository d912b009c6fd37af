"""A committee's contacts: who to ask, with one click to copy their details or write them an email."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import contacts
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.announce import StatusLine
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import ProblemLabel, add_row, name, run_modal, save_cancel_layout
from coprep.ui.shell.list_rows import ROW_ID, choose_row_id, chosen_row_id


class ContactDialog(QDialog):
    """Add a contact, or change one; nothing is stored until Save, and bad input is explained."""

    def __init__(
        self, ws: Workspace, committee_id: int, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.committee_id, self.contact_id = ws, committee_id, contact_id
        self.setWindowTitle(_("Change contact") if contact_id else _("Add a contact"))
        self.fields = {field: QLineEdit() for field in contacts.FIELDS}
        self.fields["email"].setPlaceholderText(_("for example sam@example.org"))
        form = QFormLayout()
        add_row(form, _("&Name:"), self.fields["name"])
        add_row(form, _("&Role:"), self.fields["role"], _("What they do, like committee secretary or my buddy"))
        add_row(form, _("&Email:"), self.fields["email"])
        add_row(form, _("&Phone:"), self.fields["phone"])
        self.problem = ProblemLabel()
        self.problem.hide()
        save_cancel_layout(self, form, self.problem, on_save=self.save)
        current = contacts.get_contact(ws.db, contact_id) if contact_id else None
        for field, edit in self.fields.items():
            edit.setText(getattr(current, field) if current else "")

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.fields.items()}
        try:
            if self.contact_id:
                contacts.update_contact(self.ws, self.contact_id, **values)
            else:
                self.contact_id = contacts.add_contact(self.ws, self.committee_id, **values)
        except InputError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()


class ContactsPanel(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(_("Contacts"), parent)
        self.ws = ws
        self.committee_id: int | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        name(self.list, _("Contacts for this committee"), _("Enter changes the chosen contact"))
        self.list.itemActivated.connect(lambda _item: self.change())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.buttons = {
            "add": name(QPushButton(_("&Add…")), _("Add a contact")),
            "change": name(QPushButton(_("C&hange…")), _("Change the chosen contact")),
            "remove": name(QPushButton(_("Remove")), _("Remove the chosen contact"), _("Ctrl+Z brings it back")),
            "up": name(QPushButton(_("Move up")), _("Move the chosen contact up")),
            "down": name(QPushButton(_("Move down")), _("Move the chosen contact down")),
            "copy": name(
                QPushButton(_("&Copy")), _("Copy the chosen contact's details"), _("To paste into an email or a note")
            ),
            "email": name(QPushButton(_("&Email…")), _("Email the chosen contact"), _("Opens your own email program")),
        }
        actions = {
            "add": self.add,
            "change": self.change,
            "remove": self.remove,
            "up": lambda: self.move(-1),
            "down": lambda: self.move(+1),
            "copy": self.copy,
            "email": self.email,
        }
        grid = QGridLayout()
        for index, (key, button) in enumerate(self.buttons.items()):
            button.clicked.connect(actions[key])
            grid.addWidget(button, index // 2, index % 2)
        grid.setRowStretch(4, 1)
        self.done = StatusLine()
        self.done.setWordWrap(True)
        self.done.setAccessibleName(_("What was done"))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(grid)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.done)
        in_order = [self.list, *self.buttons.values()]  # Tab reads the buttons row by row, as the eye does
        for before, after in zip(in_order, in_order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        on_change(self, ws, {"contacts"}, self.refresh)

    def show_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.done.clear()
        self.refresh()
        self.list.setCurrentRow(0)

    def refresh(self) -> None:
        chosen = self.current()
        self.list.clear()
        for contact in contacts.list_contacts(self.ws.db, self.committee_id) if self.committee_id else []:
            who = contact.name + (f" – {contact.role}" if contact.role else "")
            reach = " · ".join(part for part in (contact.email, contact.phone) if part)
            item = QListWidgetItem(who + (f"\n{reach}" if reach else ""))
            item.setData(ROW_ID, contact.id)
            self.list.addItem(item)
            if chosen and contact.id == chosen.id:
                self.list.setCurrentItem(item)
        self._enable()

    def current(self) -> contacts.Contact | None:
        contact_id = chosen_row_id(self.list)
        return contacts.get_contact(self.ws.db, contact_id) if contact_id is not None else None

    def _enable(self) -> None:
        contact = self.current()
        self.buttons["add"].setEnabled(self.committee_id is not None)
        for key in ("change", "remove", "up", "down", "copy"):
            self.buttons[key].setEnabled(contact is not None)
        self.buttons["email"].setEnabled(bool(contact and contact.email))

    def add(self) -> None:
        dialog = ContactDialog(self.ws, self.committee_id, parent=self)
        if self.committee_id and dialog.exec():
            self._choose(dialog.contact_id)

    def change(self) -> None:
        contact = self.current()
        if contact is not None:
            run_modal(ContactDialog(self.ws, self.committee_id, contact.id, parent=self))

    def remove(self) -> None:
        contact = self.current()
        if contact is not None and confirm_delete(
            self,
            self.ws,
            "contacts",
            contact.id,
            _("The contact {value}").format(value=contact.as_text()),
            _("Remove this contact?"),
            lambda: contacts.delete_contact(self.ws, contact.id),
        ):
            self.done.setText(
                _("Removed {value}. Ctrl+Z brings them back.").format(value=contact.name or contact.email)
            )

    def move(self, step: int) -> None:
        contact = self.current()
        if contact is not None:
            contacts.move_contact(self.ws, contact.id, self.list.currentRow() + step)
            self._choose(contact.id)

    def copy(self) -> None:
        contact = self.current()
        if contact is not None:
            QGuiApplication.clipboard().setText(contact.as_text())
            self.done.setText(_("Copied: {as_text}").format(as_text=contact.as_text()))

    def email(self) -> None:
        contact = self.current()
        if contact is not None and contact.email and not QDesktopServices.openUrl(QUrl(contact.mailto())):
            QMessageBox.information(
                self,
                _("No email program"),
                _("coprep could not open an email program. Their address is {email}.").format(email=contact.email),
            )

    def _choose(self, contact_id: int | None) -> None:
        choose_row_id(self.list, contact_id)

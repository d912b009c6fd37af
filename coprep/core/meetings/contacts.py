"""The people to ask on each committee: the secretary, the involvement lead, a buddy."""

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlite_utils import Database

from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+$")
FIELDS = ("name", "role", "email", "phone")


@dataclass
class Contact:
    id: int
    committee_id: int
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    position: int = 0

    def as_text(self) -> str:
        """The contact on one line, ready to paste: 'Sam Patel (Secretary), sam@example.org, 0100 000 0000'."""
        who = f"{self.name} ({self.role})" if self.name and self.role else self.name or self.role
        return ", ".join(part for part in (who, self.email, self.phone) if part)

    def mailto(self, subject: str = "") -> str:
        """A mailto: address that opens the person's own email program; '' without an email."""
        if not self.email:
            return ""
        link = f"mailto:{quote(self.email, safe='@')}"
        return f"{link}?subject={quote(subject)}" if subject else link


def check_email(text: str) -> str:
    """The email address trimmed, or '' if blank; refuses one that cannot be an address."""
    email = (text or "").strip()
    if email and not _EMAIL.match(email):
        raise InputError(
            _("The email address “{email}” does not look right. It should look like sam@example.org.").format(
                email=email
            )
        )
    return email


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    clean = {key: (values[key] or "").strip() for key in FIELDS if key in values}
    if "email" in clean:
        clean["email"] = check_email(clean["email"])
    return clean


def list_contacts(db: Database, committee_id: int) -> list[Contact]:
    rows = db["contacts"].rows_where("committee_id = ?", [committee_id], order_by="position, id")
    return [Contact(**row) for row in rows]


def get_contact(db: Database, contact_id: int) -> Contact | None:
    rows = list(db["contacts"].rows_where("id = ?", [contact_id]))
    return Contact(**rows[0]) if rows else None


def add_contact(ws: Workspace, committee_id: int, **values: Any) -> int:
    """Add a contact at the end of the committee's list; needs at least a name or an email."""
    clean = _clean(values)
    if not clean.get("name") and not clean.get("email"):
        raise InputError(_("Please fill in a name or an email address for the contact."))
    row = ws.db.execute("select max(position) from contacts where committee_id = ?", [committee_id]).fetchone()
    position = (row[0] if row[0] is not None else -1) + 1
    return ws.insert(
        "contacts",
        {**clean, "committee_id": committee_id, "position": position},
        label=_("Add contact {name}").format(name=clean.get("name") or clean["email"]),
    )


def update_contact(ws: Workspace, contact_id: int, **values: Any) -> None:
    current = get_contact(ws.db, contact_id)
    if current is None:
        raise InputError(_("That contact is no longer in your list."))
    clean = _clean(values)
    if not clean.get("name", current.name) and not clean.get("email", current.email):
        raise InputError(_("Please keep a name or an email address for the contact."))
    ws.update("contacts", contact_id, clean, label=_("Change contact"))


def delete_contact(ws: Workspace, contact_id: int) -> None:
    ws.delete("contacts", contact_id, label=_("Remove contact"))


def move_contact(ws: Workspace, contact_id: int, new_index: int) -> None:
    """Move a contact up or down the committee's list (0 is first), as one undo step."""
    contact = get_contact(ws.db, contact_id)
    if contact is not None:
        order = [other.id for other in list_contacts(ws.db, contact.committee_id)]
        ws.move("contacts", order, contact_id, new_index, label=_("Move contact"))

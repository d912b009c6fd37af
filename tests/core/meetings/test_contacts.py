"""Contacts for a committee: added, changed, moved and removed, each undoable."""

import pytest

from coprep.core.meetings import contacts, meetings
from coprep.core.storage.validate import InputError


@pytest.fixture
def committee(ws):
    return meetings.add_committee(ws, "Quality committee")


def names(ws, committee):
    return [c.name for c in contacts.list_contacts(ws.db, committee)]


def test_contacts_keep_their_order_and_moves_undo(ws, committee):
    for name in ("Sam Patel", "Jo Reid", "Ade Okafor"):
        contacts.add_contact(ws, committee, name=name)
    contacts.move_contact(ws, contacts.list_contacts(ws.db, committee)[2].id, 0)
    assert names(ws, committee) == ["Ade Okafor", "Sam Patel", "Jo Reid"]
    ws.undo()
    assert names(ws, committee) == ["Sam Patel", "Jo Reid", "Ade Okafor"]


def test_change_and_remove_undo(ws, committee):
    sam = contacts.add_contact(ws, committee, name="Sam Patel", role="Committee secretary")
    contacts.update_contact(ws, sam, email=" sam.patel@example.org ", phone="0100 000 0001")
    assert contacts.get_contact(ws.db, sam).email == "sam.patel@example.org"
    contacts.delete_contact(ws, sam)
    assert names(ws, committee) == []
    ws.undo()
    ws.undo()
    assert contacts.get_contact(ws.db, sam).email == ""


@pytest.mark.parametrize("email", ["sam", "sam@", "sam@example", "sam patel@example.org", "a@b.org, c@d.org"])
def test_an_address_that_cannot_be_an_email_is_refused(ws, committee, email):
    with pytest.raises(InputError, match="should look like sam@example.org"):
        contacts.add_contact(ws, committee, name="Sam", email=email)
    assert ws.db["contacts"].count == 0


def test_a_contact_needs_a_name_or_an_email(ws, committee):
    with pytest.raises(InputError, match="name or an email"):
        contacts.add_contact(ws, committee, role="Secretary")
    only_email = contacts.add_contact(ws, committee, email="office@example.org")
    with pytest.raises(InputError, match="keep a name or an email"):
        contacts.update_contact(ws, only_email, email="")


def test_copy_text_and_email_link():
    sam = contacts.Contact(1, 1, "Sam Patel", "Secretary", "sam.patel@example.org", "0100 000 0001")
    assert sam.as_text() == "Sam Patel (Secretary), sam.patel@example.org, 0100 000 0001"
    assert sam.mailto("Papers for 12 March") == "mailto:sam.patel@example.org?subject=Papers%20for%2012%20March"
    assert contacts.Contact(2, 1, "Jo").mailto() == ""

"""A polite chaser for late money: a ready-to-send email or letter about an overdue expense claim,
kind and firm, naming the claim, the day it was sent, the amount, the time the organisation
promised and how long it has waited. Sending it is the person's act; coprep logs the chase on
the claim so the conditions checklist can cite it.
"""

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from sqlite_utils import Database

from coprep.core.money.claims import Claim, days_waited, get_claim, owed_pence
from coprep.core.money.pennies import format_money
from coprep.core.storage import clock
from coprep.core.storage.settings import PERSON_NAME, get_setting
from coprep.core.storage.validate import InputError, parse_date
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _

MY_NAME = PERSON_NAME  # the person's name, for statements and chasers
HOW = ("email", "letter")


@dataclass
class Chaser:
    claim_id: int
    how: str
    subject: str
    body: str

    def mailto(self, to: str = "") -> str:
        """A mailto: link that opens the email program with the chaser filled in."""
        return f"mailto:{quote(to)}?subject={quote(self.subject)}&body={quote(self.body)}"


@dataclass
class Chase:
    id: int
    claim_id: int
    date: str
    how: str
    text: str


def my_name(db: Database) -> str:
    return get_setting(db, MY_NAME, "") or ""


def write_chaser(db: Database, claim_id: int, how: str = "email", today: dt.date | None = None) -> Chaser:
    """The chaser's words for a claim that was sent and still has money owed."""
    today = today or clock.today()
    claim = get_claim(db, claim_id)
    if claim is None:
        raise InputError(_("There is no expense claim number {id}.").format(id=claim_id))
    if how not in HOW:
        raise InputError(_("Choose an email or a letter."))
    owed = owed_pence(claim)
    if not owed or not claim.submitted_date:
        raise InputError(_("Nothing is owed on this claim, so there is nothing to chase."))
    return Chaser(claim.id, how, _subject(claim), _body(db, claim, owed, how, today))


def _subject(claim: Claim) -> str:
    return _("Expense claim sent on {day}: still not repaid").format(day=day_words(claim.submitted_date or ""))


def _body(db: Database, claim: Claim, owed: int, how: str, today: dt.date) -> str:
    waited = days_waited(claim, today) or 0
    before = chases_for(db, claim.id)
    opening = _("Dear {who},").format(who=claim.who) if how == "letter" else _("Hello,")
    lines = [
        opening,
        "",
        _("I hope you are well. I am writing about my expense claim for {what}.").format(what=claim.what),
        "",
        _(
            "I sent it on {day}. {amount} is still owed to me. You said repaying takes {promised} days, "
            "and it has now been {waited} days."
        ).format(
            day=day_words(claim.submitted_date or ""),
            amount=format_money(owed),
            promised=claim.expected_days,
            waited=waited,
        ),
    ]
    if before:
        lines += ["", _("I last asked about it on {day}.").format(day=day_words(before[-1].date))]
    lines += [
        "",
        _(
            "I paid this money myself so that I could take part. Please could you tell me when it "
            "will be paid, or let me know if you need anything more from me?"
        ),
        "",
        _("Thank you for your help."),
        "",
        _("Kind regards,"),
        my_name(db) or _("[your name]"),
    ]
    if how == "letter":
        lines = [day_words(today), "", *lines]
    return "\n".join(lines)


def log_chase(ws: Workspace, chaser: Chaser, day: str | None = None) -> int:
    """Note on the claim that it was chased, with the words sent; Ctrl+Z takes it back."""
    when = parse_date(day or clock.today().isoformat(), _("date you chased")).isoformat()
    return ws.insert(
        "claim_chases",
        {"claim_id": chaser.claim_id, "date": when, "how": chaser.how, "text": f"{chaser.subject}\n\n{chaser.body}"},
        label=_("Chase late money"),
    )


def chases_for(db: Database, claim_id: int) -> list[Chase]:
    """The chases of a claim, oldest first."""
    return [
        Chase(**row)
        for row in db.query(
            "select id, claim_id, date, how, text from claim_chases where claim_id = ? order by date, id", [claim_id]
        )
    ]


def chased_words(db: Database, claim_id: int) -> str:
    """E.g. "I chased it on 3 November 2026 and 20 November 2026.", or "" if never chased."""
    days = [day_words(chase.date) for chase in chases_for(db, claim_id)]
    if not days:
        return ""
    listed = days[0] if len(days) == 1 else _("{some} and {last}").format(some=", ".join(days[:-1]), last=days[-1])
    return _("I chased it on {days}.").format(days=listed)

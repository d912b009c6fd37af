"""What coprep says about how long an expense claim waited, in whole sentences a translator can reorder.

Kept apart from claims.py so the sentences (each with its plural forms) do not crowd the rules.
"""

from coprep.i18n import _, ngettext


def overdue(owed: str, waited: int, who: str, expected: int) -> str:
    """E.g. "£23.40 owed to you for 41 days by NHS England (they said 28 days)"."""
    said = ngettext(
        "{owed} owed to you for {waited} day by {who} (they said {expected} days)",
        "{owed} owed to you for {waited} days by {who} (they said {expected} days)",
        waited,
    )
    return said.format(owed=owed, waited=waited, who=who, expected=expected)


def refused(who: str) -> str:
    return _("My claim to {who} was refused.").format(who=who)


def still_owed(owed: str, waited: int, who: str, expected: int) -> str:
    said = ngettext(
        "{owed} still not repaid after {waited} day; {who} said {expected} days.",
        "{owed} still not repaid after {waited} days; {who} said {expected} days.",
        waited,
    )
    return said.format(owed=owed, waited=waited, who=who, expected=expected)


def within_time(who: str, expected: int) -> str:
    return _("Your claim is still within the {expected} days {who} said repaying takes.").format(
        expected=expected, who=who
    )


def repaid_late(waited: int, who: str, expected: int) -> str:
    said = ngettext(
        "Repaying took {waited} day; {who} said {expected} days.",
        "Repaying took {waited} days; {who} said {expected} days.",
        waited,
    )
    return said.format(waited=waited, who=who, expected=expected)


def part_repaid(paid: str, claimed: str, waited: int, who: str, expected: int) -> str:
    said = ngettext(
        "Only {paid} of {claimed} was repaid, in {waited} day; {who} said {expected} days.",
        "Only {paid} of {claimed} was repaid, in {waited} days; {who} said {expected} days.",
        waited,
    )
    return said.format(paid=paid, claimed=claimed, waited=waited, who=who, expected=expected)


def repaid_in_full(waited: int, who: str, expected: int) -> str:
    said = ngettext(
        "Repaid in full in {waited} day; {who} said {expected} days.",
        "Repaid in full in {waited} days; {who} said {expected} days.",
        waited,
    )
    return said.format(waited=waited, who=who, expected=expected)

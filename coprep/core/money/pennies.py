"""Money as whole pennies: read what a person types, show it back in pounds, work out mileage.

Amounts go through Decimal, never float, so 0.1 + 0.2 pounds is exactly 30 pence.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from coprep.core.storage.validate import InputError
from coprep.i18n import _

DEFAULT_PENCE_PER_MILE = 45
MOST_PENCE = 100_000_000  # £1,000,000: far above any involvement payment, so a bigger one is a slip

# "1200", "1,200", "1,200.05", ".50"; commas only between groups of three digits.
_POUNDS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?$")
_PENCE = re.compile(r"^(\d+)\s*p$", re.IGNORECASE)


def parse_money(text: str, what: str = "amount") -> int:
    """Read an amount such as "£12.50", "12.5", "1,200" or "50p" and give it back in pence."""
    raw = (text or "").strip()
    if not raw:
        raise InputError(_("Please fill in the {what}, like 12.50.").format(what=what))
    cleaned = raw.replace(" ", "")
    if cleaned.startswith("-") or cleaned.startswith("£-") or cleaned.startswith("("):
        raise InputError(
            _("The {what} cannot be less than nothing. Write it without a minus sign, like 12.50.").format(what=what)
        )
    pence_only = _PENCE.match(cleaned)
    if pence_only:
        return _within_limit(int(pence_only.group(1)), what)
    cleaned = cleaned.removeprefix("£")
    if not cleaned or cleaned == "." or not _POUNDS.match(cleaned):
        raise InputError(
            _("The {what} '{raw}' is not an amount coprep understands. Write it like 12.50 or £1,200.").format(
                what=what, raw=raw
            )
        )
    pounds = Decimal(cleaned.replace(",", "").rstrip(".") or "0")
    exponent = pounds.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > 2:
        raise InputError(
            _(
                "The {what} '{raw}' has more than two numbers after the point. Write pounds and pence, like 12.50."
            ).format(what=what, raw=raw)
        )
    return _within_limit(int(pounds * 100), what)


def _within_limit(pence: int, what: str) -> int:
    if pence > MOST_PENCE:
        raise InputError(_("The {what} is more than £1,000,000. Check the number and try again.").format(what=what))
    return pence


def format_money(pence: int) -> str:
    """Pence shown as pounds, like £1,200.05 (a minus sign in front if below nothing)."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def pounds_text(pence: int) -> str:
    """Pence as a plain number of pounds, like 1200.05, for spreadsheets and JSON."""
    return f"{Decimal(pence) / 100:.2f}"


def parse_miles(text: str | float | Decimal) -> Decimal:
    """Read a distance in miles such as "12" or "12.5"."""
    raw = str(text).strip().lower().removesuffix("miles").removesuffix("mi").strip()
    try:
        miles = Decimal(raw)
    except InvalidOperation:
        raise InputError(
            _("The miles '{text}' is not a number coprep understands. Write it like 12.5.").format(text=text)
        ) from None
    if not miles.is_finite() or miles <= 0:
        raise InputError(_("The miles must be more than nothing, like 12.5."))
    if miles > 10_000:
        raise InputError(_("That is more than 10,000 miles. Check the number and try again."))
    return miles


def mileage_pence(miles: str | float | Decimal, pence_per_mile: int = DEFAULT_PENCE_PER_MILE) -> int:
    """Miles times the rate, rounded to the nearest penny (halves go up)."""
    exact = parse_miles(miles) * pence_per_mile
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))

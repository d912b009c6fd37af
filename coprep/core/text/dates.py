"""Dates in words, in the person's language (Babel), the same on every system."""

import datetime as dt
import re

from coprep.i18n import current_language


def day_words(day: dt.date | str) -> str:
    """A date as people say it, like "6 April 2025" (no leading zero, on every system)."""
    from babel.dates import format_date  # Babel's locale data loads only when a date is shown

    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return format_date(day, "d MMMM y", locale=current_language())


MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")  # a year and month, "2026-12"


def month_words(month: str) -> str:
    """A "YYYY-MM" month as people say it, like "December 2026"."""
    from babel.dates import format_date

    return format_date(dt.date.fromisoformat(f"{month}-01"), "MMMM y", locale=current_language())


def weekday_words(day: dt.date | str) -> str:
    """A date with its weekday, like "Tuesday 3 March 2026"."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return format_date(day, "EEEE d MMMM y", locale=current_language())


def short_month_words(day: dt.date) -> str:
    """A date's month, shortened as on a chart's axis, like "Dec"."""
    from babel.dates import format_date

    return format_date(day, "LLL", locale=current_language())


def day_month_words(day: dt.date) -> str:
    """A day and month without the year, like "05 March", for a meeting that is coming soon."""
    from babel.dates import format_date

    return format_date(day, "dd MMMM", locale=current_language())

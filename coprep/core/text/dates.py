"""Dates in words, in the person's language (Babel), the same on every system."""

import datetime as dt

from coprep.i18n import current_language


def day_words(day: dt.date | str) -> str:
    """A date as people say it, like "6 April 2025" (no leading zero, on every system)."""
    from babel.dates import format_date  # Babel's locale data loads only when a date is shown

    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return format_date(day, "d MMMM y", locale=current_language())

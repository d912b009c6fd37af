"""The UK tax year, 6 April to 5 April, named by the year it starts in (2025 is 6 April 2025 – 5 April 2026)."""

import datetime as dt

from coprep.core.text.dates import day_words
from coprep.i18n import _


def tax_year_of(day: dt.date) -> int:
    """The tax year a day falls in: 5 April 2026 is in 2025, 6 April 2026 in 2026."""
    return day.year if (day.month, day.day) >= (4, 6) else day.year - 1


def tax_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the tax year, both included."""
    return dt.date(year, 4, 6), dt.date(year + 1, 4, 5)


def tax_year_label(year: int) -> str:
    """The tax year in words, like "6 April 2025 to 5 April 2026"."""
    first, last = tax_year_bounds(year)
    return _("{first} to {last}").format(first=day_words(first), last=day_words(last))


def tax_year_short(year: int) -> str:
    """The tax year as people often write it, like "2025 to 2026"."""
    return _("{first} to {last}").format(first=year, last=year + 1)

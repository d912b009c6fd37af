"""The UK tax year turns over between 5 and 6 April."""

import datetime as dt

import pytest

from coprep.core.money.tax_year import tax_year_bounds, tax_year_label, tax_year_of


@pytest.mark.parametrize(
    "day, year",
    [
        (dt.date(2026, 4, 5), 2025),
        (dt.date(2026, 4, 6), 2026),
        (dt.date(2025, 4, 6), 2025),
        (dt.date(2026, 1, 1), 2025),
        (dt.date(2025, 12, 31), 2025),
        (dt.date(2025, 4, 5), 2024),
    ],
)
def test_fifth_of_april_ends_the_year_and_sixth_starts_the_next(day, year):
    assert tax_year_of(day) == year


def test_bounds_include_both_ends_and_every_day_between_belongs_to_the_year():
    first, last = tax_year_bounds(2025)
    assert (first, last) == (dt.date(2025, 4, 6), dt.date(2026, 4, 5))
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    assert {tax_year_of(day) for day in days} == {2025}
    assert tax_year_of(first - dt.timedelta(days=1)) == 2024
    assert tax_year_of(last + dt.timedelta(days=1)) == 2026


def test_label_says_the_year_in_words():
    assert tax_year_label(2025) == "6 April 2025 to 5 April 2026"

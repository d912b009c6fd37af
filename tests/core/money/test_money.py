"""Money is read from what people type into whole pennies, and shown back the same way."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprep.core.money.pennies import MOST_PENCE, format_money, mileage_pence, parse_money, pounds_text
from coprep.core.storage.validate import InputError


@pytest.mark.parametrize(
    "text, pence",
    [
        ("£12.50", 1250),
        ("12.5", 1250),
        ("1,200", 120000),
        ("£1,200.05", 120005),
        ("50p", 50),
        (" £ 7 ", 700),
        ("0.1", 10),
        ("123,456.78", 12345678),
        ("12.", 1200),
    ],
)
def test_amounts_are_read_as_people_write_them(text, pence):
    assert parse_money(text) == pence


@pytest.mark.parametrize(
    "text, message",
    [
        ("-5", "less than nothing"),
        ("£-12.50", "less than nothing"),
        ("12.345", "more than two numbers"),
        ("twelve", "not an amount"),
        ("12,50", "not an amount"),
        ("1e3", "not an amount"),
        ("", "Please fill in"),
        ("£2,000,000", "more than £1,000,000"),
    ],
)
def test_bad_amounts_are_refused_with_a_way_to_fix_them(text, message):
    with pytest.raises(InputError, match=message):
        parse_money(text)


def test_pennies_add_up_exactly_where_floats_would_not():
    assert parse_money("0.10") + parse_money("0.20") == parse_money("0.30")


@given(st.integers(min_value=0, max_value=MOST_PENCE))
def test_format_then_parse_gives_the_same_pence(pence):
    assert parse_money(format_money(pence)) == pence
    assert parse_money(pounds_text(pence)) == pence


def test_amounts_are_shown_in_pounds_with_thousands_and_pence():
    assert format_money(120005) == "£1,200.05"
    assert format_money(5) == "£0.05"
    assert format_money(-2340) == "-£23.40"
    assert pounds_text(1200) == "12.00"


@pytest.mark.parametrize(
    "miles, rate, pence",
    [("10", 45, 450), ("12.5", 45, 563), (Decimal("0.1"), 45, 5), ("1.01", 45, 45), ("3.3", 25, 83)],
)
def test_mileage_is_rounded_half_up_to_a_penny(miles, rate, pence):
    assert mileage_pence(miles, rate) == pence


@pytest.mark.parametrize("miles", ["0", "-3", "far", "20000"])
def test_impossible_miles_are_refused(miles):
    with pytest.raises(InputError, match="miles"):
        mileage_pence(miles)

"""Dates as LinkedIn, Google and Outlook write them."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.formats.csv.dates import month_first_in, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("15 Mar 2019", "2019-03-15"),  # LinkedIn today
        ("02 Jan 2023", "2023-01-02"),
        ("3/15/19", "2019-03-15"),  # older LinkedIn exports
        ("12/31/2015", "2015-12-31"),
        ("15-Mar-19", "2019-03-15"),
        ("March 15, 2019", "2019-03-15"),
        ("Fri, 15 Mar 2019", "2019-03-15"),
        ("15 mars 2019", "2019-03-15"),
        ("15. März 2019", "2019-03-15"),
        ("15 de marzo de 2019", "2019-03-15"),
        ("1er août 2019", "2019-08-01"),
        ("1985-04-12", "1985-04-12"),  # Google
        ("1985-04-12T00:00:00", "1985-04-12"),
        ("19850412", "1985-04-12"),
        ("--04-12", "--04-12"),  # Google, no year
        ("--0412", "--04-12"),
        ("Apr 12", "--04-12"),
        ("12.04.1985", "1985-04-12"),  # German Outlook
        ("12.04.", "--04-12"),
        ("1604-04-12", "--04-12"),  # Apple/Outlook placeholder year for "no year"
        ("25/12/1980", "1980-12-25"),  # a part over 12 settles the order
        ("2019/03/15", "2019-03-15"),
        ("29 Feb 2020", "2020-02-29"),
        ("--02-29", "--02-29"),
    ],
)
def test_dates_that_are_read(text, iso):
    date = parse_date(text)
    assert date is not None
    assert date.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "0/0/00",
        "0.0.00",
        "yesterday",
        "31/31/1980",
        "1980-02-30",
        "29 Feb 2019",
        "2019",
        "15 Foo 2019",
        "12/5/123",
        "0099-01-01",
    ],
)
def test_no_date_or_not_a_date(text):
    assert parse_date(text) is None


def test_ambiguous_numeric_dates_follow_the_file_order():
    assert parse_date("05/04/1982").iso() == "1982-05-04"
    assert parse_date("05/04/1982", month_first=False).iso() == "1982-04-05"
    assert parse_date("05.04.1982", month_first=True).iso() == "1982-04-05"  # dots: day first


def test_two_digit_years_are_the_most_recent_such_year():
    this_year = dt.date.today().year
    assert parse_date(f"1/2/{this_year % 100:02d}").year == this_year
    assert parse_date("1/2/05").year == 2005
    assert parse_date("4/12/85").year == 1985


def test_partial_date_without_year_has_no_date_value():
    date = parse_date("--04-12")
    assert date.year is None
    assert date.date() is None
    assert parse_date("2019-03-15").date() == dt.date(2019, 3, 15)


def test_month_first_is_decided_by_the_dates_of_the_file():
    assert month_first_in(["05/04/1982", "25/12/1990"]) is False
    assert month_first_in(["05/04/1982", "12/25/1990"], default=False) is True
    assert month_first_in(["05/04/1982"], default=False) is False
    assert month_first_in(["0/0/00", "", "1982-04-05"]) is True

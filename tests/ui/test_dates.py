"""One date form on screen, the locale's own: no weekday, month abbreviated, year optional."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from netbook.ui.dates import medium_date, partial_date


@pytest.fixture
def locale_named():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "full", "yearless"),
    [
        ("en_GB", "1 Dec 2026", "12 Apr"),
        ("en_US", "Dec 1, 2026", "Apr 12"),
        ("de_DE", "1. Dez. 2026", "12. Apr."),
        ("ja_JP", "2026年12月1日", "4月12日"),
    ],
)
def test_dates_follow_the_locale(locale_named, name, full, yearless):
    locale_named(name)
    assert medium_date(dt.date(2026, 12, 1)) == full
    assert partial_date("2026-12-01") == full
    assert partial_date("--04-12") == yearless


def test_a_leap_day_without_a_year_and_a_broken_value(locale_named):
    locale_named("en_GB")
    assert partial_date("--02-29") == "29 Feb"
    assert partial_date("1990-02-29") == "1990-02-29"  # not a date: shown as stored

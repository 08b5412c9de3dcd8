"""Dates as the user's locale writes them, in one form everywhere on screen.

One medium form, the locale's long date without the weekday and with the month abbreviated
("1 Dec 2026" in Britain, "Dec 1, 2026" in the US, "1. Dez. 2026" in Germany): short enough for
the card's label column, unambiguous unlike the all-digit short form. A yearless date (a
birthday stored as "--04-12") is the same form without the year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from PySide6.QtCore import QDate, QLocale

# Qt date-format codes: "dddd"/"ddd" a weekday, "y..." the year (with the words and marks
# that belong to it: Portuguese "de yyyy", Japanese "yyyy年").
_WEEKDAY = re.compile(r"[,\s]*(?<!d)d{3,4}(?!d)[,.\s]*")
_YEAR = re.compile(r"(?:\s*'[^']*')?[,.\s/-]*(?<!y)y+(?!y)(?:[.年년]|\s*'[^']*')?")


@cache
def _formats(locale_name: str) -> tuple[str, str]:
    """(with year, without year) display formats for a locale."""
    long_format = QLocale(locale_name).dateFormat(QLocale.FormatType.LongFormat)
    medium = _WEEKDAY.sub(" ", long_format).strip(" ,،")
    medium = re.sub(r"\bMMMM\b", "MMM", medium)
    yearless = _YEAR.sub("", medium).strip(" ,،/-")
    return medium, yearless


def medium_date(value: dt.date) -> str:
    with_year, _ = _formats(QLocale().name())
    return QLocale().toString(QDate(value.year, value.month, value.day), with_year)


def partial_date(value: str) -> str:
    """A stored date as shown: "1990-04-12" with its year, a yearless "--04-12" without."""
    try:
        if value.startswith("--"):
            date = QDate(2000, int(value[2:4]), int(value[5:7]))  # a leap year: 29 Feb exists
            if not date.isValid():
                return value
            _, yearless = _formats(QLocale().name())
            return QLocale().toString(date, yearless)
        return medium_date(dt.date.fromisoformat(value))
    except ValueError:
        return value

"""Dates as the user's locale writes them, in one form everywhere on screen.

One medium form, the locale's long date without the weekday and with the month abbreviated
("1 Dec 2026" in Britain, "Dec 1, 2026" in the US, "1. Dez. 2026" in Germany): short enough for
the card's label column, unambiguous unlike the all-digit short form. A yearless date (a
birthday stored as "--04-12") is the same form without the year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
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


# -- reading a date the user typed ----------------------------------------------------------
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_YEARLESS = re.compile(r"^--(\d{1,2})-(\d{1,2})$")
# Two-digit years (the US short form "3/12/92") count back from this many years ahead.
_TWO_DIGIT_SPAN_AHEAD = 20
# Any leap year, so that 29 February without a year is a real date.
_LEAP_YEAR = 2000


class UnreadableDateError(ValueError):
    """Text that is no date form netbook reads."""


class NoSuchDateError(ValueError):
    """A date in a known form that does not exist (30 February)."""


@dataclass(frozen=True, slots=True)
class TypedDate:
    year: int | None  # None: a birthday or anniversary without its year
    month: int
    day: int

    def iso(self) -> str:
        """As stored: "1992-03-12", or "--03-12" without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def date(self) -> dt.date:
        return dt.date(self.year or _LEAP_YEAR, self.month, self.day)


def _locales() -> list[QLocale]:
    """The user's locale first; English month names are always understood too."""
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return [QLocale(), english, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)]


def _formats_for(locale: QLocale) -> tuple[list[str], list[str]]:
    """(with year, without year) formats a date may be typed in, for one locale."""
    medium, yearless = _formats(locale.name())
    with_year = [
        medium,
        locale.dateFormat(QLocale.FormatType.LongFormat),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        "d MMMM yyyy",
        "d MMM yyyy",
        "MMMM d yyyy",
        "MMM d yyyy",
        "d. MMMM yyyy",
        "d. MMM yyyy",
        "d.M.yyyy",
    ]
    without_year = [yearless, "d MMMM", "d MMM", "MMMM d", "MMM d", "d. MMMM", "d. MMM", "d.M."]
    return with_year, without_year


def read_typed_date(text: str) -> TypedDate | None:
    """The date in what the user typed (None when blank): ISO ("1992-03-12", "--03-12"), the
    locale's forms ("12/03/1992", "12 Mar 1992") or month names in English ("March 12, 1992",
    "12 March"); the year may be left out.

    Raises:
        NoSuchDateError: a readable date that does not exist ("1815-02-30").
        UnreadableDateError: anything else.
    """
    value = " ".join(text.split())
    if not value:
        return None
    iso = _ISO.match(value) or _ISO_YEARLESS.match(value)
    if iso:
        numbers = [int(g) for g in iso.groups()]
        year = numbers[0] if len(numbers) == 3 else None
        month, day = numbers[-2:]
        try:
            dt.date(year or _LEAP_YEAR, month, day)
        except ValueError as error:
            raise NoSuchDateError(value) from error
        return TypedDate(year, month, day)
    candidates = {value, value.replace(",", " ").replace("  ", " ").strip()}
    base_year = dt.date.today().year + _TWO_DIGIT_SPAN_AHEAD - 99
    for locale in _locales():
        with_year, without_year = _formats_for(locale)
        for candidate in candidates:
            for form in dict.fromkeys(with_year):
                found = locale.toDate(candidate, form, base_year)
                if found.isValid():
                    return TypedDate(found.year(), found.month(), found.day())
            for form in dict.fromkeys(without_year):
                found = locale.toDate(candidate, form, _LEAP_YEAR)
                if found.isValid():
                    return TypedDate(None, found.month(), found.day())
    raise UnreadableDateError(value)


def editable_date(stored: str | dt.date | None) -> str:
    """A stored date as the editor shows it for typing over (the medium form)."""
    if not stored:
        return ""
    return medium_date(stored) if isinstance(stored, dt.date) else partial_date(stored)

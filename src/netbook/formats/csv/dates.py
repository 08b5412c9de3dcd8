"""Dates as contact exports write them, to ISO dates (with or without a year).

LinkedIn writes "15 Mar 2019" (older exports "3/15/19"), Google "1985-04-12" or "--04-12" for
a birthday without a year, Outlook the writer's locale ("4/12/1985", "12.04.1985") and "0/0/00"
for no date. Apple and Outlook store a yearless birthday with the placeholder year 1604.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from netbook.model.text import fold

# Placeholder year for "no year" in Apple and Microsoft address books.
_NO_YEAR = 1604

_MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate(
    (
        "jan january janv janvier januar jaen januari ene enero gen gennaio janeiro",
        "feb february fev fevr fevrier februar febr februari febrero febbraio fevereiro",
        "mar march mars marz maerz maart mrt marzo marco",
        "apr april avr avril abr abril aprile",
        "may mai mei mayo mag maggio maio",
        "jun june juin juni junio giu giugno junho",
        "jul july juil juillet juli julio lug luglio julho",
        "aug august aout ago agosto augustus",
        "sep sept september septembre set settembre septiembre setembro",
        "oct october octobre okt oktober octubre ott ottobre out outubro",
        "nov november novembre noviembre novembro",
        "dec december decembre dez dezember dic diciembre dicembre dezembro",
    ),
    start=1,
):
    for _word in _words.split():
        _MONTH_WORDS[_word] = _number

_WEEKDAYS = {
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?:[ T].*)?$")
_NUMERIC_NO_YEAR = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\.?$")
_TOKENS = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date whose year may be unknown (a birthday without a year)."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        """ "1985-04-12", or "--04-12" without a year (the vCard 4 form netbook stores)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.year is not None else None


def _make(year: int | None, month: int, day: int) -> PartialDate | None:
    if year == _NO_YEAR:
        year = None
    try:
        # A leap year checks 29 February when the year is unknown.
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    if year is not None and year < 1000:
        return None
    return PartialDate(year, month, day)


def _full_year(text: str) -> int:
    """A four-digit year from "19" or "2019": two digits mean the most recent such year."""
    year = int(text)
    if len(text) > 2:
        return year
    this_year = dt.date.today().year
    year += 2000
    return year - 100 if year > this_year else year


def parse_date(text: str, *, month_first: bool = True) -> PartialDate | None:
    """The date in `text`, or None when it is empty, a "no date" placeholder or not a date.

    `month_first` settles numeric dates like "03/04/2019" that could be read either way; a
    part above 12 settles it by itself, and dotted dates ("04.03.2019") are always day first.
    """
    value = text.strip()
    if not value:
        return None
    if match := _ISO.match(value) or _ISO_BASIC.match(value):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if match := _YEARLESS.match(value):
        return _make(None, int(match[1]), int(match[2]))
    if match := _NUMERIC.match(value):
        return _numeric(match[1], match[2], match[3], match[4], month_first=month_first)
    if match := _NUMERIC_NO_YEAR.match(value):
        first, second = int(match[1]), int(match[3])
        day_first = match[2] == "." or first > 12 or not month_first
        return _make(None, second, first) if day_first else _make(None, first, second)
    return _with_month_name(value)


def _numeric(a: str, sep: str, b: str, c: str, *, month_first: bool) -> PartialDate | None:
    if len(a) == 4:  # 2019/03/15
        return _make(int(a), int(b), int(c))
    if len(c) not in (2, 4):
        return None
    if int(a) == 0 or int(b) == 0:  # Outlook's "0/0/00": no date
        return None
    year = _full_year(c)
    first, second = int(a), int(b)
    day_first = sep == "." or first > 12 or (not month_first and second <= 12)
    if day_first:
        return _make(year, second, first)
    return _make(year, first, second)


def _with_month_name(value: str) -> PartialDate | None:
    """ "15 Mar 2019", "Mar 15, 2019", "15. März 2019", "15-Mar-19", "March 15"."""
    month: int | None = None
    numbers: list[str] = []
    for token in _TOKENS.findall(fold(value)):
        if token.isdigit():
            numbers.append(token)
        elif token.rstrip(".") in _MONTH_WORDS and month is None:
            month = _MONTH_WORDS[token.rstrip(".")]
        elif token in _WEEKDAYS or token in ("er", "st", "nd", "rd", "th", "de", "of"):
            continue  # "Fri", "1er", "15th", "15 de marzo de 2019"
        else:
            return None
    if month is None or not numbers or len(numbers) > 2:
        return None
    days = [n for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    years = [n for n in numbers if len(n) == 4]
    if len(numbers) == 1:
        return _make(None, month, int(days[0])) if days else None
    if len(years) == 1 and days:
        return _make(int(years[0]), month, int(days[0]))
    if len(days) == 2:  # "15-Mar-19": day first, then a two-digit year
        return _make(_full_year(numbers[1]), month, int(numbers[0]))
    return None


_SLASHED = re.compile(r"^\s*(\d{1,2})[/\-](\d{1,2})[/\-]\d{2,4}\b")


def month_first_in(values: list[str], default: bool = True) -> bool:
    """Whether the numeric dates of one file are month-first ("4/12/1985") or day-first.

    One program writes every date of a file the same way, so a single date with a first part
    over 12 ("25/12/1985") shows the whole file is day-first, and one with a second part over
    12 shows it is month-first. Without such a date, `default` (from the file's language).
    """
    for value in values:
        match = _SLASHED.match(value)
        if match:
            first, second = int(match[1]), int(match[2])
            if first > 12 >= second:
                return False
            if second > 12 >= first:
                return True
    return default

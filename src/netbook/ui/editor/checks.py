"""What the contact editor checks as the user types: plain functions, no widgets.

Each check returns None when the value is fine, or a `Check` with a severity: a warning is
shown next to the field and saved anyway (a phone number netbook cannot parse is still the
user's phone number); an error blocks Save (a date that does not exist cannot be stored).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from netbook.model.phones import to_e164

# Deliberately loose: one @, something before it, a dot in the domain, no spaces. Stricter
# rules reject real addresses; this catches the typos that matter (missing @, a space).
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEARLESS = re.compile(r"^--(\d{2})-(\d{2})$")
# Any year, so that "--02-29" (a leap-day birthday without a year) is a real date.
_LEAP_YEAR = 2000


class Severity(enum.Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Check:
    severity: Severity
    message: str


# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations).
translate = QCoreApplication.translate


def check_email(value: str) -> Check | None:
    text = value.strip()
    if not text or _EMAIL.match(text):
        return None
    return Check(
        Severity.WARNING, translate("ContactEditor", "This does not look like an email address.")
    )


def check_phone(value: str) -> Check | None:
    text = value.strip()
    if not text or to_e164(text) is not None:
        return None
    return Check(
        Severity.WARNING,
        translate("ContactEditor", "Not a phone number netbook can read; it is kept as typed."),
    )


def parse_date(text: str) -> dt.date | None:
    """An ISO date ("2024-05-31"); ValueError when it is malformed or does not exist."""
    match = _ISO_DATE.match(text.strip())
    if not match:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def check_date(text: str) -> Check | None:
    if not text.strip():
        return None
    if not _ISO_DATE.match(text.strip()):
        return Check(Severity.ERROR, translate("ContactEditor", "Write the date as YYYY-MM-DD."))
    try:
        parse_date(text)
    except ValueError:
        return Check(Severity.ERROR, translate("ContactEditor", "There is no such date."))
    return None


def check_partial_date(text: str) -> Check | None:
    """A birthday or anniversary: "YYYY-MM-DD", or "--MM-DD" when the year is unknown."""
    value = text.strip()
    if not value:
        return None
    yearless = _YEARLESS.match(value)
    if yearless:
        month, day = (int(g) for g in yearless.groups())
        try:
            dt.date(_LEAP_YEAR, month, day)
        except ValueError:
            return Check(Severity.ERROR, translate("ContactEditor", "There is no such date."))
        return None
    if not _ISO_DATE.match(value):
        return Check(
            Severity.ERROR,
            translate(
                "ContactEditor", "Write the date as YYYY-MM-DD, or --MM-DD without the year."
            ),
        )
    try:
        parse_date(value)
    except ValueError:
        return Check(Severity.ERROR, translate("ContactEditor", "There is no such date."))
    return None

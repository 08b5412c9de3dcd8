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
from netbook.ui.dates import (
    NoSuchDateError,
    UnreadableDateError,
    medium_date,
    partial_date,
    read_typed_date,
)

# Deliberately loose: one @, something before it, a dot in the domain, no spaces. Stricter
# rules reject real addresses; this catches the typos that matter (missing @, a space).
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


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
    """The full date in what the user typed (see ui/dates.read_typed_date); ValueError when it
    is not one (unreadable, nonexistent, or without its year)."""
    typed = read_typed_date(text)
    if typed is None:
        return None
    if typed.year is None:
        raise UnreadableDateError(text)
    return typed.date()


def _date_problem(text: str, *, yearless: bool) -> Check | None:
    try:
        typed = read_typed_date(text)
    except NoSuchDateError:
        return Check(Severity.ERROR, translate("ContactEditor", "There is no such date."))
    except UnreadableDateError:
        typed = None
    else:
        if typed is None or typed.year is not None or yearless:
            return None
    example = medium_date(dt.date(1992, 3, 12))
    if yearless:
        message = translate(
            "ContactEditor", "Write the date like %1, or without the year (%2)."
        ).replace("%2", partial_date("--03-12"))
    else:
        message = translate("ContactEditor", "Write the date like %1 (with its year).")
    return Check(Severity.ERROR, message.replace("%1", example))


def check_date(text: str) -> Check | None:
    """A date with its year, in any form read_typed_date understands."""
    return _date_problem(text, yearless=False)


def check_partial_date(text: str) -> Check | None:
    """A birthday or anniversary: a date, with or without its year."""
    return _date_problem(text, yearless=True)

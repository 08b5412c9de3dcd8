"""LinkedIn's Connections.csv (Settings -> Data privacy -> Get a copy of your data).

    Notes:
    "When exporting your connection data, you may notice that some of the email addresses ..."

    First Name,Last Name,URL,Email Address,Company,Position,Connected On
    Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,15 Mar 2019

Exports since about 2020 start with that "Notes:" preamble; older ones have no URL column and
write "Connected On" as "3/15/19". Email addresses are empty unless the connection allows
them to be downloaded. Each row becomes a contact met on LinkedIn on the "Connected On" date,
with the profile URL as its LinkedIn profile (the key re-imports match on). Names, company and
position are repaired where LinkedIn mis-encoded them ("MÃ¼ller" for "Müller").
"""

from __future__ import annotations

from collections.abc import Callable

from netbook.formats.csv.dates import PartialDate, parse_date
from netbook.formats.csv.slots import Slots
from netbook.formats.csv.table import Columns, Row
from netbook.formats.csv.values import looks_like_email
from netbook.formats.text_repair import repair_name, repair_value
from netbook.model.values import ContactRecord, HowMet, LabelledValue, SocialProfileValue

FORMAT = "linkedin-csv"
HEADERS = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
VOCABULARY = frozenset(h.casefold() for h in HEADERS) | {"profile url", "e-mail address"}


def is_linkedin(headers: set[str]) -> bool:
    """Only LinkedIn writes "Connected On"; a name column beside it makes it certain."""
    return "connected on" in headers and bool({"first name", "last name"} & headers)


def make_reader(columns: Columns) -> Callable[[Row], ContactRecord]:
    """The reader of this file's rows, each column it reads found once, here."""
    slots = Slots(columns)

    def slot(*keys: str) -> int:
        return slots.of(columns.find(key) for key in keys)

    given_at, family_at = slot("first name"), slot("last name")
    company_at, position_at = slot("company"), slot("position")
    email_at, url_at = slot("email address", "e-mail address"), slot("url", "profile url")
    connected_at = slot("connected on")
    # A file's 30,000 connections were made on a few thousand days: each read once.
    connected_dates: dict[str, PartialDate | None] = {}

    def read_row(row: Row) -> ContactRecord:
        values = slots.values(row.cells)
        record = ContactRecord(
            given_name=repair_name(values[given_at]) or None,
            family_name=repair_name(values[family_at]) or None,
            organization=repair_value(values[company_at]) or None,
            title=repair_value(values[position_at]) or None,
        )
        if email := values[email_at]:
            if looks_like_email(email):
                record.emails.append(LabelledValue(email, None))
            else:
                row.warnings.append(f"{email!r} is not an email address; left out")
        if url := values[url_at]:
            record.social_profiles.append(SocialProfileValue("linkedin", url))
        date = None
        if connected := values[connected_at]:
            if connected not in connected_dates:
                connected_dates[connected] = parse_date(connected)
            date = connected_dates[connected]
            if date is None or date.year is None:
                row.warnings.append(
                    f"'Connected On' date {connected!r} is not a date netbook reads"
                )
        record.how_met = HowMet(channel="linkedin", date=date.date() if date else None)
        return record

    return read_row

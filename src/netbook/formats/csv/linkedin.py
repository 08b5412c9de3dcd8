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

from netbook.formats.csv.dates import parse_date
from netbook.formats.csv.table import Row
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


def read_row(row: Row) -> ContactRecord:
    record = ContactRecord(
        given_name=repair_name(row.get("first name")) or None,
        family_name=repair_name(row.get("last name")) or None,
        organization=repair_value(row.get("company")) or None,
        title=repair_value(row.get("position")) or None,
    )
    email = row.get("email address", "e-mail address")
    if email:
        if looks_like_email(email):
            record.emails.append(LabelledValue(email, None))
        else:
            row.warnings.append(f"{email!r} is not an email address; left out")
    url = row.get("url", "profile url")
    if url:
        record.social_profiles.append(SocialProfileValue("linkedin", url))
    connected = row.get("connected on")
    date = parse_date(connected) if connected else None
    if connected and (date is None or date.year is None):
        row.warnings.append(f"'Connected On' date {connected!r} is not a date netbook reads")
    record.how_met = HowMet(channel="linkedin", date=date.date() if date else None)
    return record

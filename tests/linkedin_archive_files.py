"""Small LinkedIn "Get a copy of your data" archives, built at run time, shaped like real ones.

Two layouts, as LinkedIn has shipped them: the Basic export (every CSV at the top of the ZIP)
and the Complete export (the same files in folders, some renamed, beside files netbook does
not read). The owner is Sam Owner; Ann Lee and Bob Stone are connections, Carl Gone wrote once
and is no longer one, Dana Pending was invited and never answered.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

OWNER_URL = "https://www.linkedin.com/in/sam-owner"
ANN_URL = "https://www.linkedin.com/in/ann-lee"
BOB_URL = "https://www.linkedin.com/in/bob-stone"
CARL_URL = "https://www.linkedin.com/in/carl-gone"
DANA_URL = "https://www.linkedin.com/in/dana-pending"
ELLA_URL = "https://www.linkedin.com/in/ella-muller"

CONNECTIONS_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address using this setting."\n'
    "\n"
)

CONNECTIONS = [
    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
    ["Ann", "Lee", ANN_URL, "ann@example.com", "Acme", "Engineer", "15 Mar 2019"],
    ["Bob", "Stone", BOB_URL, "", "Globex", "CTO", "02 Apr 2020"],
    # Mis-encoded as real exports are: UTF-8 read as Latin-1 and written again as UTF-8.
    ["Ella", "MÃ¼ller", ELLA_URL, "", "CafÃ© Zürich", "Barista", "01 Jun 2021"],
]

INVITATIONS = [
    ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
    [
        "Ann Lee",
        "Sam Owner",
        "3/10/19, 9:05 AM",
        "Loved your talk at PyCon!\nLet's stay in touch.",
        "INCOMING",
        ANN_URL,
        OWNER_URL,
    ],
    ["Sam Owner", "Bob Stone", "3/30/20, 6:43 PM", "", "OUTGOING", OWNER_URL, BOB_URL],
    ["Sam Owner", "Dana Pending", "1/02/24, 8:00 AM", "Hi Dana", "OUTGOING", OWNER_URL, DANA_URL],
]

MESSAGE_HEADER = [
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
]


def message(conv, sender, sender_url, to, to_urls, date, content, subject="", title=""):
    return [conv, title, sender, sender_url, to, to_urls, date, subject, content, "INBOX"]


MESSAGES = [
    MESSAGE_HEADER,
    # Newest first, as LinkedIn writes them.
    message(
        "conv-ann",
        "Sam Owner",
        OWNER_URL,
        "Ann Lee",
        ANN_URL,
        "2023-05-04 18:00:00 UTC",
        "Thanks Ann — à bientôt",
    ),
    message(
        "conv-ann",
        "Ann Lee",
        ANN_URL,
        "Sam Owner",
        OWNER_URL,
        "2023-05-04 09:30:00 UTC",
        "Hi Sam,\nare you free for a coffee next week?\nAnn",
    ),
    message(
        "conv-ann",
        "Ann Lee",
        ANN_URL,
        "Sam Owner",
        OWNER_URL,
        "2023-04-01 10:00:00 UTC",
        "Ã‰ric says hello",  # mis-encoded "Éric"
        subject="Intro to Ã‰ric",
    ),
    message(
        "conv-group",
        "Bob Stone",
        BOB_URL,
        "Sam Owner, Ann Lee",
        f"{OWNER_URL},{ANN_URL}",
        "2023-06-01 12:00:00 UTC",
        "Kick-off tomorrow",
        title="Project X",
    ),
    message(
        "conv-carl",
        "Carl Gone",
        CARL_URL,
        "Sam Owner",
        OWNER_URL,
        "2022-01-01 08:00:00 UTC",
        "Want to buy my course?",
    ),
]

PROFILE = [
    ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary"],
    ["Sam", "Owner", "", "", "", "Engineer", "I build things"],
]

RECOMMENDATIONS_RECEIVED = [
    ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
    ["Ann", "Lee", "Acme", "Engineer", "Sam is a great engineer.", "05/03/21, 10:22 AM", "VISIBLE"],
]

RECOMMENDATIONS_GIVEN = [
    ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
    ["Bob", "Stone", "Globex", "CTO", "Bob leads well.", "06/07/21, 11:00 AM", "VISIBLE"],
]

ENDORSEMENTS_RECEIVED = [
    [
        "Endorsement Date",
        "Skill Name",
        "Endorser First Name",
        "Endorser Last Name",
        "Endorser Public Url",
        "Endorsement Status",
    ],
    ["2021/03/15 10:31:00 UTC", "Python", "Ann", "Lee", ANN_URL, "ACCEPTED"],
    ["2021/03/16 10:31:00 UTC", "SQL", "Ann", "Lee", ANN_URL, "ACCEPTED"],
    ["2021/04/01 10:31:00 UTC", "Python", "Bob", "Stone", BOB_URL, "ACCEPTED"],
]

ENDORSEMENTS_GIVEN = [
    [
        "Endorsement Date",
        "Skill Name",
        "Endorsee First Name",
        "Endorsee Last Name",
        "Endorsee Public Url",
        "Endorsement Status",
    ],
    ["2021/05/01 10:31:00 UTC", "Leadership", "Bob", "Stone", BOB_URL, "ACCEPTED"],
]


def csv_bytes(rows, *, bom: bool = False, preamble: str = "") -> bytes:
    out = io.StringIO(newline="")
    out.write(preamble)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def basic_files(*, bom: bool = False, messages=None, invitations=None) -> dict[str, bytes]:
    """The Basic export: every file at the top of the ZIP."""
    return {
        "Connections.csv": csv_bytes(CONNECTIONS, bom=bom, preamble=CONNECTIONS_NOTES),
        "Invitations.csv": csv_bytes(invitations or INVITATIONS, bom=bom),
        "messages.csv": csv_bytes(messages or MESSAGES, bom=bom),
        "Profile.csv": csv_bytes(PROFILE, bom=bom),
        "Recommendations_Received.csv": csv_bytes(RECOMMENDATIONS_RECEIVED, bom=bom),
        "Recommendations_Given.csv": csv_bytes(RECOMMENDATIONS_GIVEN, bom=bom),
        "Endorsement_Received_Info.csv": csv_bytes(ENDORSEMENTS_RECEIVED, bom=bom),
        "Endorsement_Given_Info.csv": csv_bytes(ENDORSEMENTS_GIVEN, bom=bom),
    }


def complete_files(*, bom: bool = True) -> dict[str, bytes]:
    """The Complete export: folders, other names, and files netbook does not read."""
    basic = basic_files(bom=bom)
    return {
        "Connections.csv": basic["Connections.csv"],
        "Invitations.csv": basic["Invitations.csv"],
        "messages/messages.csv": basic["messages.csv"],
        "Profile.csv": basic["Profile.csv"],
        "Recommendations/Received recommendations.csv": basic["Recommendations_Received.csv"],
        "Recommendations/Given recommendations.csv": basic["Recommendations_Given.csv"],
        "Endorsements/Endorsements_Received.csv": basic["Endorsement_Received_Info.csv"],
        "Endorsements/Endorsements_Given.csv": basic["Endorsement_Given_Info.csv"],
        "Ad_Targeting.csv": b"Member Age,Company Names\n25-34,Acme\n",
        "Rich_Media.csv": b"Date/Time,Media Description,Media Link\n",
        "Jobs/Job Applications.csv": b"Application Date,Contact Email,Company Name\n",
        "README.html": b"<html><body>Your data</body></html>",
    }


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def write_folder(path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


def basic_zip(tmp_path: Path, name: str = "Basic_LinkedInDataExport_12-01-2026.zip", **kw) -> Path:
    return write_zip(tmp_path / name, basic_files(**kw))


def complete_zip(tmp_path: Path, name: str = "Complete_LinkedInDataExport_12-01-2026.zip") -> Path:
    return write_zip(tmp_path / name, complete_files())

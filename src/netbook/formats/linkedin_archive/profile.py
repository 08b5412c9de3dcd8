"""Profile.csv: the archive owner's own profile; netbook reads only their name.

    First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,...

The name tells the owner's own messages and invitations from everyone else's.
"""

from __future__ import annotations

from collections.abc import Iterable

from netbook.formats.linkedin_archive.people import person
from netbook.formats.linkedin_archive.rows import ArchiveRow, BadRow


def owner_name(rows: Iterable[ArchiveRow | BadRow]) -> str:
    """The name on the first row of the profile ("" when there is none)."""
    for row in rows:
        if isinstance(row, ArchiveRow):
            return person(row.get("first name"), row.get("last name")).name
    return ""

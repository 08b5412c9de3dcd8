"""Which file of the archive this is, from its header row (names and folders vary by export).

LinkedIn's exports have moved files between folders and renamed them ("Endorsement_Received_Info
.csv", "Endorsements Received.csv"); their columns are steadier. Each kind is recognised by the
columns only it has. The two recommendation files share one header: the file name tells them
apart, and a file whose name says neither is read as received (the common case), with a warning.
"""

from __future__ import annotations

import enum

from netbook.formats.csv import linkedin as csv_linkedin


class Kind(enum.Enum):
    """The files netbook reads, in the order they are imported (the owner, then contacts)."""

    PROFILE = "profile"
    CONNECTIONS = "connections"
    INVITATIONS = "invitations"
    MESSAGES = "messages"
    RECOMMENDATIONS_RECEIVED = "recommendations-received"
    RECOMMENDATIONS_GIVEN = "recommendations-given"
    ENDORSEMENTS_RECEIVED = "endorsements-received"
    ENDORSEMENTS_GIVEN = "endorsements-given"

    @property
    def format(self) -> str:
        """The format name the import reports for this kind of file."""
        return "linkedin-csv" if self is Kind.CONNECTIONS else f"linkedin-{self.value}"


_INVITATIONS = frozenset({"from", "to", "sent at"})
_MESSAGES = frozenset({"conversation id", "from", "to", "date", "content"})
_RECOMMENDATIONS = frozenset({"first name", "last name", "text", "creation date"})
_ENDORSED_BY = frozenset({"skill name", "endorser first name", "endorser last name"})
_ENDORSED = frozenset({"skill name", "endorsee first name", "endorsee last name"})
_PROFILE = frozenset({"first name", "last name", "headline"})


def kind_of_header(names: set[str], file_name: str = "") -> Kind | None:
    """The kind of file whose header row is `names` (normalised), or None."""
    if csv_linkedin.is_linkedin(names):
        return Kind.CONNECTIONS
    if names >= _MESSAGES:
        return Kind.MESSAGES
    if names >= _INVITATIONS and ({"direction", "message"} & names):
        return Kind.INVITATIONS
    if names >= _ENDORSED_BY:
        return Kind.ENDORSEMENTS_RECEIVED
    if names >= _ENDORSED:
        return Kind.ENDORSEMENTS_GIVEN
    if names >= _RECOMMENDATIONS:
        given = "given" in file_name.casefold()
        return Kind.RECOMMENDATIONS_GIVEN if given else Kind.RECOMMENDATIONS_RECEIVED
    if names >= _PROFILE and ({"summary", "industry", "maiden name"} & names):
        return Kind.PROFILE
    return None


def ambiguous_direction(kind: Kind, file_name: str) -> bool:
    """A recommendations file whose name says neither "given" nor "received"."""
    name = file_name.casefold()
    return kind is Kind.RECOMMENDATIONS_RECEIVED and "received" not in name

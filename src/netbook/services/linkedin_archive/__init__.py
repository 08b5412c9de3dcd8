"""A LinkedIn archive's story, matched against the book: how we met, and every exchange since.

The importer brings the archive's Connections.csv in as contacts, as for the file alone; this
package reads the rest (formats/linkedin_archive) and, inside the same journal operation (one
transaction, undone as one step; the journal records every row written here), turns it into
the book's terms:

- Invitations.csv -> how we met: the invitation's direction, day and note become the how-we-met
  context of the contact it names (matched by profile URL, then by name). A how-we-met the user
  wrote is never replaced (see `may_write_how_met`). An invitation to or from someone who is not
  a contact (pending, declined) is reported, not turned into a contact.
- messages.csv -> one interaction per conversation and day (kind "message", channel LinkedIn),
  with every participant of the conversation that is in the book (by profile URL, or by name
  when the file gives no URL); its summary is the subject or the day's first line. The
  messages' own words are kept only when asked (`keep_message_text`).
- Recommendations and endorsements, received and given -> one interaction each.

Every interaction has a UID derived from what identifies it in the archive (conversation and
day; kind, person and skill or date; derived as services/story_identity derives every story
line's), so importing the same archive twice changes nothing and a later archive adds only
what is new. An interaction already in the book is left as it is, even
if the user edited it.

The archive's owner is the name on Profile.csv; without it, the name on the owner's side of
the invitations (Direction says which side that is); without those, the person who takes part
in the most conversations (every conversation of an archive is the owner's). Their own name in
FROM or in an invitation is never matched to a contact, even if they are in their own book.

One module per concept: `people_index` (the book's contacts by URL and name), `owner`,
`how_met` (invitations), `message_days` (messages), `vouching` (recommendations and
endorsements), `story_plan` (what the story would do), `story` (reading it all against the
book), `writing` (writing it in the import's transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Connection

from netbook.formats import linkedin_archive as archive_format
from netbook.formats.linkedin_archive import Kind, LinkedInArchive
from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.model.values import ContactRecord
from netbook.services.linkedin_archive.people_index import PeopleIndex
from netbook.services.linkedin_archive.story import read_story
from netbook.services.linkedin_archive.story_plan import Story, Tick
from netbook.services.linkedin_archive.writing import apply_story, roomy_page_cache

__all__ = ["OpenedArchive", "Story", "apply_story", "recognise", "roomy_page_cache"]


def recognise(path: Path) -> bool:
    """Whether the importer should read `path` as a LinkedIn archive (ZIP, folder, one file)."""
    return archive_format.recognise(path)


class OpenedArchive:
    """An archive being imported: opened, its Connections.csv read as contacts; the rest is
    read by `story`, once the contacts it names can be found."""

    def __init__(self, path: Path) -> None:
        """Raises UnreadableFileError when the path is no archive netbook can read."""
        self.path = path
        self.archive = LinkedInArchive(path)
        self.problems = list(self.archive.problems)
        self.contacts = ParseResult(format="linkedin-archive")
        self.connection_names: list[str] = []
        for part in self.archive.of_kind(Kind.CONNECTIONS):
            try:
                parsed = self.archive.connections(part)
            except UnreadableFileError as exc:
                self.problems.append(Problem(None, None, f"{part.name}: {exc}"))
                continue
            self.connection_names.append(part.name)
            self.contacts.records.extend(parsed.records)
            self.contacts.positions.extend(parsed.positions)
            self.contacts.problems.extend(parsed.problems)

    def story(
        self,
        conn: Connection,
        pending: Sequence[ContactRecord],
        keep_message_text: bool,
        tick: Tick | None,
    ) -> Story:
        """Read the rest of the archive against the book (and `pending`, a preview's new
        contacts)."""
        index = PeopleIndex(conn, pending)
        return read_story(conn, self.archive, index, keep_message_text=keep_message_text, tick=tick)

    def work_estimate(self) -> int:
        """About how many rows the story files hold (for the progress bar)."""
        story_kinds = set(Kind) - {Kind.CONNECTIONS, Kind.PROFILE}
        return sum(p.member.size for p in self.archive.of_kind(*story_kinds)) // 250

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> OpenedArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

"""LinkedIn's "Get a copy of your data" archive: the ZIP, its unpacked folder, or one of its CSVs.

`recognise(path)` says whether a path is one (a ZIP, a folder, or a CSV with the header of an
archive file other than Connections.csv, which the CSV reader takes alone). `LinkedInArchive`
finds the files it holds by their headers and reads each kind as a stream of plain values
(`people`, `message_days`, `invitations`, `recommendations`, `endorsements`, `profile`);
Connections.csv goes through the CSV reader (`formats.csv.linkedin`). Matching those values
against the book is the services' work.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from netbook.formats.linkedin_archive.endorsements import Endorsement, read_endorsements
from netbook.formats.linkedin_archive.invitations import Invitation, read_invitations
from netbook.formats.linkedin_archive.kinds import Kind, ambiguous_direction, kind_of_header
from netbook.formats.linkedin_archive.messages import MessageDays
from netbook.formats.linkedin_archive.profile import owner_name
from netbook.formats.linkedin_archive.recommendations import (
    Recommendation,
    read_recommendations,
)
from netbook.formats.linkedin_archive.rows import (
    HEAD_BYTES,
    ArchiveRow,
    BadRow,
    head_records,
    normalised,
    read_rows,
)
from netbook.formats.linkedin_archive.source import (
    MAX_MEMBER_BYTES,
    MEMBER_ERRORS,
    ArchiveSource,
    Member,
    is_zip,
)
from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError

__all__ = [
    "Endorsement",
    "Invitation",
    "Kind",
    "LinkedInArchive",
    "MessageDays",
    "Part",
    "Recommendation",
    "recognise",
]

# Names shown when the archive's unread files are listed (a Complete export has dozens).
_LISTED = 12


def _kind_of_head(head: bytes, name: str) -> Kind | None:
    for cells in head_records(head):
        kind = kind_of_header(normalised(cells), name)
        if kind is not None:
            return kind
    return None


def recognise(path: Path) -> bool:
    """Whether `path` is a LinkedIn archive, its folder, or one of its files besides
    Connections.csv (a folder or ZIP that turns out to hold none is refused when opened).

    Only a folder or a regular file is looked into: a named pipe or a device is never opened
    here (opening a FIFO waits for a writer), so the importer's reader refuses it in words;
    nor is `-` (standard input, which that reader reads)."""
    if str(path) == "-":
        return False
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if stat.S_ISDIR(mode):
        return True
    if not stat.S_ISREG(mode):
        return False
    if is_zip(path):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return False
    kind = _kind_of_head(head, path.name)
    return kind is not None and kind is not Kind.CONNECTIONS


@dataclass(frozen=True, slots=True)
class Part:
    """A file of the archive netbook reads, and what kind of file it is."""

    member: Member
    kind: Kind
    head: bytes

    @property
    def name(self) -> str:
        return self.member.display_name


class LinkedInArchive:
    """The files of one archive, recognised by header, each readable as a stream."""

    def __init__(self, path: Path) -> None:
        """Open the archive and recognise its files.

        Raises:
            UnreadableFileError: not a ZIP or folder that can be read, or no file in it is one
                of a LinkedIn archive.
        """
        self.path = path
        self.source = ArchiveSource(path)
        self.parts: list[Part] = []
        self.problems: list[Problem] = []
        # The messages files' gathered days (scratch databases), deleted when this closes.
        self._gathered: list[MessageDays] = []
        ignored: list[str] = []
        order = list(Kind)
        for member in self.source.members:
            if member.nested_archive:
                self.problems.append(
                    _note(
                        f"{member.display_name} is an archive inside the archive; it was not opened"
                    )
                )
                continue
            try:
                head = self.source.head(member, HEAD_BYTES)
            except MEMBER_ERRORS as exc:
                self.problems.append(_note(f"{member.display_name} could not be read ({exc})"))
                continue
            kind = _kind_of_head(head, member.name)
            if kind is None:
                ignored.append(member.display_name)
                continue
            if ambiguous_direction(kind, member.name):
                self.problems.append(
                    _note(
                        f"{member.display_name}: its name does not say whether the"
                        " recommendations were given or received; read as received"
                    )
                )
            self.parts.append(Part(member, kind, head))
        self.parts.sort(key=lambda p: (order.index(p.kind), p.member.name))
        if self.source.truncated:
            self.problems.append(
                _note(
                    "the archive holds too many files; only the first"
                    f" {len(self.source.members)} were looked at"
                )
            )
        if not self.parts:
            self.source.close()
            where = "folder" if path.is_dir() else "ZIP file" if is_zip(path) else "file"
            raise UnreadableFileError(f"this {where} holds no file of a LinkedIn archive")
        if ignored and len(self.source.members) > 1:
            shown = ", ".join(ignored[:_LISTED])
            more = f" and {len(ignored) - _LISTED} more" if len(ignored) > _LISTED else ""
            self.problems.append(_note(f"files netbook does not read were left out: {shown}{more}"))

    def close(self) -> None:
        for days in self._gathered:
            days.close()
        self.source.close()

    def __enter__(self) -> LinkedInArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def of_kind(self, *kinds: Kind) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    # -- reading ---------------------------------------------------------------------------
    def rows(self, part: Part) -> Iterator[ArchiveRow | BadRow]:
        """The part's data rows; a read that fails midway ends with a `BadRow` saying why."""

        def is_header(names: set[str]) -> bool:
            return kind_of_header(names, part.member.name) is part.kind

        try:
            with self.source.open(part.member) as stream:
                yield from read_rows(stream, part.head, is_header)  # type: ignore[arg-type]
        except MEMBER_ERRORS as exc:
            yield BadRow(0, f"the rest of the file could not be read ({exc})")

    def connections(self, part: Part) -> ParseResult:
        """Connections.csv, read by the CSV reader (it is small: 30,000 rows at most)."""
        from netbook.formats.csv.reading import read_csv

        try:
            data = self.source.head(part.member, MAX_MEMBER_BYTES)
        except MEMBER_ERRORS as exc:
            raise UnreadableFileError(f"{part.name} could not be read ({exc})") from exc
        return read_csv(data)

    def owner(self) -> str:
        """The archive owner's name from Profile.csv ("" when the archive has none)."""
        for part in self.of_kind(Kind.PROFILE):
            name = owner_name(self.rows(part))
            if name:
                return name
        return ""

    def invitations(self, part: Part) -> Iterator[Invitation | Problem]:
        return read_invitations(self.rows(part))

    def message_days(
        self,
        part: Part,
        keep_text: bool,
        tick: Callable[[int], None] | None = None,
        every: int = 2000,
    ) -> MessageDays:
        """messages.csv gathered into conversation days (`tick(every)` after each `every`
        rows: a progress report, which may raise to cancel), readable until the archive is
        closed."""
        days = MessageDays(keep_text)
        self._gathered.append(days)
        days.read(self.rows(part), tick, every)
        return days

    def recommendations(self, part: Part) -> Iterator[Recommendation | Problem]:
        return read_recommendations(self.rows(part), given=part.kind is Kind.RECOMMENDATIONS_GIVEN)

    def endorsements(self, part: Part) -> Iterator[Endorsement | Problem]:
        return read_endorsements(self.rows(part), given=part.kind is Kind.ENDORSEMENTS_GIVEN)

    def bytes_read(self) -> int:
        return self.source.bytes_read


def _note(message: str) -> Problem:
    return Problem(None, None, message, dropped=False)

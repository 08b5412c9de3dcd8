"""A vCard file read as it arrives: chunks of bytes in, batches of contacts out.

An import of any size holds one batch of records and the card being read, never the whole file
or all its cards: the bytes go through the encoding layer (AsciiCompatibleStream), the line
splitter (CardStream) and the card reader one chunk at a time. Group cards (Apple/iCloud) are
kept aside, small as they are, and their members are known once the file has been read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.formats.vcard.encoding import AsciiCompatibleStream, NotTextError
from netbook.formats.vcard.groups import GroupCard, apply_groups
from netbook.formats.vcard.lines import CardStream, RawCard
from netbook.formats.vcard.reader import CardReader

BATCH_RECORDS = 500
_CALENDAR = re.compile(rb"BEGIN[ \t]*:[ \t]*VCALENDAR", re.IGNORECASE)
_CALENDAR_HEAD = 65536


class VCardFile:
    """One file's cards; iterate `batches()` once, then `groups` holds its group cards.

    Raises (from `batches`, before any batch when the file holds no card at all):
        UnreadableFileError: not a vCard file, with the reason in words.
    """

    def __init__(self, chunks: Iterable[bytes], batch_records: int = BATCH_RECORDS) -> None:
        self._chunks = chunks
        self._batch_records = batch_records
        self.groups: list[GroupCard] = []

    def batches(self) -> Iterator[ParseResult]:
        """The file's records in order, a few hundred at a time, with the problems met."""
        try:
            text = AsciiCompatibleStream(self._chunks)
        except NotTextError as exc:
            raise UnreadableFileError(str(exc)) from None
        cards = CardStream()
        head = b""
        batch = ParseResult(format="vcard")
        for chunk in text:
            if len(head) < _CALENDAR_HEAD:
                head += chunk[: _CALENDAR_HEAD - len(head)]
            batch.problems.extend(cards.take_problems())
            for card in cards.feed(chunk):
                self._read(card, text.unicode_file, batch)
                if len(batch.records) >= self._batch_records:
                    yield batch
                    batch = ParseResult(format="vcard")
        for card in cards.finish():
            self._read(card, text.unicode_file, batch)
        batch.problems.extend(cards.take_problems())
        if not text.nonblank:
            raise UnreadableFileError("the file is empty")
        if not cards.saw_marker:
            if _CALENDAR.search(head):
                raise UnreadableFileError("this is an iCalendar file, not a vCard file")
            raise UnreadableFileError("no vCard found: the file has no BEGIN:VCARD line")
        yield batch

    def _read(self, card: RawCard, unicode_file: bool, batch: ParseResult) -> None:
        if card.dropped:
            batch.problems.extend(card.problems)
            return
        reader = CardReader(card, unicode_file)
        outcome = reader.read()
        batch.problems.extend(reader.problems)
        if isinstance(outcome, GroupCard):
            self.groups.append(outcome)
        elif outcome is not None:
            batch.records.append(outcome)
            batch.positions.append(card.number)


def read_all(chunks: Iterable[bytes]) -> ParseResult:
    """The whole file as one result, group members tagged, problems in file order."""
    reading = VCardFile(chunks)
    result = ParseResult(format="vcard")
    problems: list[Problem] = []
    for batch in reading.batches():
        result.records.extend(batch.records)
        result.positions.extend(batch.positions)
        problems.extend(batch.problems)
    apply_groups(result, reading.groups)
    problems.sort(key=lambda p: (p.line or 0, p.card or 0))
    result.problems = problems
    return result

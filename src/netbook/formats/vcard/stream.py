"""A vCard file read as it arrives: chunks of bytes in, batches of contacts out.

An import of any size holds one batch of records and the card being read, never the whole file
or all its cards: the bytes go through the encoding layer (AsciiCompatibleStream), the line
splitter (CardStream) and the card reader one chunk at a time. Group cards (Apple/iCloud) are
kept aside, small as they are, and their members are known once the file has been read.

Each card's fingerprint is a hash of its unfolded lines, taken before it is parsed: a caller
that knows a fingerprint (services/card_fingerprints: the card was applied before and its
contact has not changed since) has the card skipped, kept as bytes in case it must be read
after all.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Collection, Container, Iterable, Iterator

from netbook.formats.parsed import (
    ParseResult,
    Problem,
    SkippedCard,
    UnreadableFileError,
    problem_order,
)
from netbook.formats.vcard.encoding import AsciiCompatibleStream, NotTextError
from netbook.formats.vcard.groups import GroupCard, apply_groups
from netbook.formats.vcard.lines import CardStream, RawCard
from netbook.formats.vcard.reader import CardReader

BATCH_RECORDS = 500
_CALENDAR = re.compile(rb"BEGIN[ \t]*:[ \t]*VCALENDAR", re.IGNORECASE)
_CALENDAR_HEAD = 65536
# Part of every fingerprint: bump it when the reader reads the same bytes differently, so that
# fingerprints taken by an older reader are no longer recognised.
FINGERPRINT_VERSION = b"netbook-card-1"


def card_fingerprint(card: RawCard, unicode_file: bool) -> bytes:
    """A 128-bit hash of what the reader reads of the card: its unfolded lines (not their line
    numbers, so the card may move in the file) and the file's text encoding."""
    digest = hashlib.blake2b(FINGERPRINT_VERSION, digest_size=16)
    digest.update(b"u" if unicode_file else b"a")
    if card.lines:  # each line after a line feed: one join, the same bytes hashed
        digest.update(b"\n" + b"\n".join([line for _, line in card.lines]))
    return digest.digest()


class VCardFile:
    """One file's cards; iterate `batches()` once, then `groups` holds its group cards.

    Raises (from `batches`, before any batch when the file holds no card at all):
        UnreadableFileError: not a vCard file, with the reason in words.
    """

    def __init__(
        self,
        chunks: Iterable[bytes],
        batch_records: int = BATCH_RECORDS,
        known: Container[bytes] = frozenset(),
    ) -> None:
        self._chunks = chunks
        self._batch_records = batch_records
        self._known = known
        self.groups: list[GroupCard] = []
        # The cards skipped for their known fingerprint, by number, to read if asked.
        self.unread: dict[int, bytes] = {}

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
        fingerprint = card_fingerprint(card, unicode_file)
        if fingerprint in self._known and not card.problems:
            self.unread[card.number] = _kept(card, unicode_file)
            batch.skipped.append(SkippedCard(card.number, fingerprint))
            return
        reader = CardReader(card, unicode_file)
        outcome = reader.read()
        batch.problems.extend(reader.problems)
        if isinstance(outcome, GroupCard):
            self.groups.append(outcome)
        elif outcome is not None:
            batch.records.append(outcome)
            batch.positions.append(card.number)
            batch.fingerprints.append(fingerprint)

    def read_unread(self, numbers: Collection[int]) -> ParseResult:
        """The skipped cards `numbers` read after all, as if they had never been skipped."""
        result = ParseResult(format="vcard")
        for number in sorted(numbers):
            card, unicode_file = _restored(number, self.unread.pop(number))
            reader = CardReader(card, unicode_file)
            outcome = reader.read()
            result.problems.extend(reader.problems)
            # A group card never has a fingerprint to skip it by (only a contact's card is
            # fingerprinted): what is read here is a contact or nothing.
            if outcome is not None and not isinstance(outcome, GroupCard):
                result.records.append(outcome)
                result.positions.append(card.number)
                result.fingerprints.append(card_fingerprint(card, unicode_file))
        apply_groups(result, self.groups)
        result.group_memberships = {}  # the file's, already known: only the tags were wanted
        return result


# A skipped card kept as one bytes object (its first line, line count, the file's encoding, then
# each line's number and length before its bytes): a third of the memory of a RawCard's list
# of tuples, for a re-import that skips 100,000 cards.
_CARD_HEAD = struct.Struct("<IIB")
_LINE_HEAD = struct.Struct("<II")


def _kept(card: RawCard, unicode_file: bool) -> bytes:
    parts = [_CARD_HEAD.pack(card.line, len(card.lines), unicode_file)]
    for number, line in card.lines:
        parts += (_LINE_HEAD.pack(number, len(line)), line)
    return b"".join(parts)


def _restored(number: int, kept: bytes) -> tuple[RawCard, bool]:
    """The card `_kept` packed (a skipped card has no problems, and had its END:VCARD)."""
    first, count, unicode_file = _CARD_HEAD.unpack_from(kept)
    offset = _CARD_HEAD.size
    lines: list[tuple[int, bytes]] = []
    for _ in range(count):
        line_number, length = _LINE_HEAD.unpack_from(kept, offset)
        offset += _LINE_HEAD.size
        lines.append((line_number, kept[offset : offset + length]))
        offset += length
    card = RawCard(number=number, line=first, lines=lines, complete=True)
    card.size = sum(len(line) for _, line in lines)
    return card, bool(unicode_file)


def read_all(chunks: Iterable[bytes], known: Container[bytes] = frozenset()) -> ParseResult:
    """The whole file as one result, group members tagged, problems in file order.

    Cards whose fingerprint is in `known` are left unread (`ParseResult.skipped`), and read
    by `ParseResult.read_skipped` if the caller asks.
    """
    reading = VCardFile(chunks, known=known)
    return whole(reading, reading.batches())


def whole(reading: VCardFile, batches: Iterable[ParseResult]) -> ParseResult:
    """`reading`'s batches (all of them, the first ones maybe read already) as one result."""
    result = ParseResult(format="vcard")
    problems: list[Problem] = []
    for batch in batches:
        result.records.extend(batch.records)
        result.positions.extend(batch.positions)
        result.fingerprints.extend(batch.fingerprints)
        result.skipped.extend(batch.skipped)
        problems.extend(batch.problems)
    apply_groups(result, reading.groups)
    problems.sort(key=problem_order)
    result.problems = problems
    if result.skipped:
        result.read_skipped = reading.read_unread
    return result

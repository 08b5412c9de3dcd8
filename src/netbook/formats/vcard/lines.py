"""Split vCard bytes into cards of unfolded content lines, before anything is parsed.

This is the tolerant first pass that lets one bad card never stop a file. It copes with every
line-ending style (CRLF, LF, CR and mixtures), folding with a space or a tab, quoted-printable
soft line breaks (which continue on the next line without any leading space), blank lines in
the middle of cards, a fold at the very start of the file, cards without END:VCARD, lines
outside any card, and vCard 2.1 AGENT properties that nest a whole card. Size caps are checked
here, on bytes, so a hostile file never makes the parser build a giant string: a logical line
longer than `MAX_LINE_BYTES` is dropped, a card larger than `MAX_CARD_BYTES` or with more than
`MAX_PROPERTIES` lines is dropped, and nesting deeper than `MAX_NESTING` drops the card.

Most lines of most files need none of that: the unfolder reads them on a plain path (a line
and its folds joined) and keeps the careful one, which applies every rule, for the lines that
may need it (quoted-printable, blank lines, a fold with nothing before it, the end of a block).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netbook.formats.parsed import Problem

# A 10 MB photo is ~14 MB of base64 on one logical line; nothing else comes near it.
MAX_LINE_BYTES = 15 * 1024 * 1024
MAX_CARD_BYTES = 16 * 1024 * 1024
MAX_PROPERTIES = 50_000  # a photo that lost its folds makes ~14 lines per KB
MAX_NESTING = 2
_PIECES_PER_BLOCK = 4096
_MAX_PARAMETER_BYTES = 65536

_BEGIN_END = re.compile(
    rb"[ \t]*(?:[A-Za-z0-9_-]*\.)?(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*\Z", re.IGNORECASE
)
_AGENT_OPEN = re.compile(rb"(?:[A-Za-z0-9_-]*\.)?AGENT(?:;[^:]*)?:[ \t]*\Z", re.IGNORECASE)
# The parameter that makes a trailing "=" a soft line break: ENCODING=QUOTED-PRINTABLE, or the
# bare vCard 2.1 form ;QUOTED-PRINTABLE.
_QP = re.compile(
    rb';[ \t]*(?:ENCODING[ \t]*=[ \t]*)?"?QUOTED-PRINTABLE"?[ \t]*(?:[;,]|\Z)', re.IGNORECASE
)


@dataclass(slots=True)
class RawCard:
    """One card as unfolded content lines (bytes), each with the file line it starts on."""

    number: int  # 1-based position among the cards of the file
    line: int  # the line of its BEGIN:VCARD
    lines: list[tuple[int, bytes]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    complete: bool = False  # END:VCARD was seen
    dropped: bool = False  # too large or too deeply nested: read nothing from it
    size: int = 0

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.number, line, message, dropped=False))

    def drop(self, line: int | None, message: str) -> None:
        if not self.dropped:
            self.dropped = True
            self.lines.clear()
            self.problems.append(Problem(self.number, line, message, dropped=True))


@dataclass(slots=True)
class SplitFile:
    cards: list[RawCard] = field(default_factory=list)
    # Problems that belong to no card: text outside BEGIN:VCARD ... END:VCARD.
    problems: list[Problem] = field(default_factory=list)
    saw_marker: bool = False  # any BEGIN:VCARD or END:VCARD at all


class _Splitter:
    """The state machine over logical lines; `feed` gets each unfolded line once."""

    def __init__(self) -> None:
        self.out = SplitFile()
        self.card: RawCard | None = None
        self.cards_begun = 0  # cards are handed out as they end: count them here
        self.depth = 0  # nested cards open inside an AGENT property
        self.agent: list[bytes] = []
        self.agent_line = 0
        self.orphan_start: int | None = None
        self.orphan_end = 0

    # -- logical lines -------------------------------------------------------------------
    def feed_lines(self, lines: list[tuple[int, bytes]]) -> None:
        """`feed` for each line, the common one in this loop: a line of an open card that is
        no marker and within the caps is kept as it is; every other goes through `feed`."""
        feed = self.feed
        for item in lines:
            line = item[1]
            card = self.card
            if (
                line[-1:] in b"Dd \t"
                or card is None
                or self.depth
                or card.dropped
                or card.size + len(line) > MAX_CARD_BYTES
                or len(card.lines) >= MAX_PROPERTIES
            ):
                feed(*item)
            else:
                card.size += len(line)
                card.lines.append(item)

    def feed(self, number: int, line: bytes) -> None:
        # A marker ends in "VCARD" or blanks (the pattern is anchored at the end): test that
        # first.
        marker = _BEGIN_END.match(line) if line[-1:] in b"Dd \t" else None
        if marker is not None:
            self.out.saw_marker = True
            if marker.group(1).upper() == b"BEGIN":
                self._begin(number, line)
            else:
                self._end(number, line)
            return
        card = self.card
        if card is None:
            if self.orphan_start is None:
                self.orphan_start = number
            self.orphan_end = number
            return
        if self.depth:
            self.agent.append(line)
            return
        if card.dropped:
            return
        card.size += len(line)
        if card.size > MAX_CARD_BYTES:
            card.drop(card.line, f"the card is larger than {MAX_CARD_BYTES // (1024 * 1024)} MB")
            return
        if len(card.lines) >= MAX_PROPERTIES:
            card.drop(number, f"the card has more than {MAX_PROPERTIES} lines")
            return
        card.lines.append((number, line))

    def _begin(self, number: int, line: bytes) -> None:
        card = self.card
        if card is not None:
            if self.depth or (card.lines and _AGENT_OPEN.match(card.lines[-1][1])):
                if self.depth >= MAX_NESTING:
                    card.drop(number, f"cards are nested more than {MAX_NESTING} deep")
                    self.depth += 1
                    return
                if self.depth == 0:
                    self.agent = []
                    self.agent_line = number
                self.depth += 1
                self.agent.append(line.strip())
                return
            card.warn(number, "the card has no END:VCARD; it ends where the next card begins")
            self._close(complete=False)
        self._flush_orphans()
        self.cards_begun += 1
        self.card = RawCard(number=self.cards_begun, line=number)

    def _end(self, number: int, line: bytes) -> None:
        card = self.card
        if card is None:
            if self.orphan_start is None:
                return  # a stray END:VCARD alone (written twice) loses nothing
            self.orphan_end = number
            self._flush_orphans(end_without_begin=True)
            return
        if self.depth:
            self.depth -= 1
            self.agent.append(line.strip())
            if self.depth == 0 and not card.dropped:
                self._finish_agent(card)
            return
        self._close(complete=True)

    def _finish_agent(self, card: RawCard) -> None:
        """vCard 2.1 AGENT nests a card; keep it as the 3.0 form, one escaped text value."""
        nested = b"\\n".join(
            part.replace(b"\\", b"\\\\").replace(b",", b"\\,").replace(b";", b"\\;")
            for part in self.agent
        )
        number, opener = card.lines.pop()
        card.lines.append((number, opener.rstrip() + nested))
        self.agent = []

    def _close(self, complete: bool) -> None:
        card = self.card
        assert card is not None
        card.complete = complete
        if self.depth and not card.dropped:
            card.warn(self.agent_line, "a card nested in AGENT has no END:VCARD; it was left out")
            card.lines.pop()
        self.depth = 0
        self.agent = []
        self.out.cards.append(card)
        self.card = None

    def _flush_orphans(self, end_without_begin: bool = False) -> None:
        if self.orphan_start is None:
            return
        first, last = self.orphan_start, self.orphan_end
        if end_without_begin:
            where = f"line {first}" if first == last else f"lines {first}-{last}"
            message = f"END:VCARD without BEGIN:VCARD ({where})"
        elif first == last:
            message = f"line {first} is outside any card"
        else:
            message = f"lines {first}-{last} are outside any card"
        self.out.problems.append(Problem(None, first, message, dropped=True))
        self.orphan_start = None

    def finish(self, last_line: int) -> SplitFile:
        if self.card is not None:
            card = self.card
            card.warn(
                last_line,
                "the card has no END:VCARD (is the file cut short?); "
                "it was read up to the end of the file",
            )
            self._close(complete=False)
        self._flush_orphans()
        return self.out


def split_cards(data: bytes) -> SplitFile:
    """The cards of a vCard file (ASCII-compatible bytes, see encoding) as logical lines."""
    unfolder = _Unfolder(_Splitter())
    unfolder.feed(data)
    return unfolder.finish()


class CardStream:
    """The cards of a file that arrives in chunks, handed out as soon as each one is complete.

    Only the card being read and the line being unfolded are held, so a file of any size costs
    the memory of its largest card (itself capped by `MAX_CARD_BYTES` and `MAX_PROPERTIES`).
    A chunk may end anywhere, inside a line, between the CR and LF of one line end; a line that
    never ends is dropped once it passes `MAX_LINE_BYTES`, without holding more.
    """

    def __init__(self) -> None:
        self._splitter = _Splitter()
        self._unfolder = _Unfolder(self._splitter)
        self._tail: list[bytes] = []  # the last line, not ended yet
        self._tail_size = 0
        self._skipping = False  # inside a physical line over the cap

    def feed(self, chunk: bytes) -> list[RawCard]:
        """Read `chunk`; the cards completed by it."""
        if self._skipping:
            stop = _first_line_end(chunk)
            if stop < 0:
                return []
            self._skipping = False
            chunk = chunk[stop:]  # the line end left counts the skipped line
        # Hold back the last, maybe incomplete line, and every CR at the very end: the next
        # chunk may start with the LF of a CR LF (or of a doubled CR CR LF).
        end = len(chunk)
        while end and chunk[end - 1] == 13:
            end -= 1
        cut = max(chunk.rfind(b"\n", 0, end), chunk.rfind(b"\r", 0, end)) + 1
        if not cut:
            self._hold(chunk)
            return self.take()
        data = b"".join([*self._tail, chunk[:cut]]) if self._tail else chunk[:cut]
        self._tail = []
        self._tail_size = 0
        self._unfolder.feed(data)
        self._hold(chunk[cut:])
        return self.take()

    def _hold(self, piece: bytes) -> None:
        if not piece:
            return
        self._tail.append(piece)
        self._tail_size += len(piece)
        if self._tail_size > MAX_LINE_BYTES:
            self._unfolder.long_line(self._tail[0][0])
            self._tail = []
            self._tail_size = 0
            self._skipping = True

    def finish(self) -> list[RawCard]:
        """The end of the file: the cards still open, closed as they are."""
        if self._tail:
            self._unfolder.feed(b"".join(self._tail))
            self._tail = []
        self._unfolder.finish()
        return self.take()

    def take(self) -> list[RawCard]:
        """The cards completed since the last call."""
        cards = self._splitter.out.cards
        self._splitter.out.cards = []
        return cards

    def take_problems(self) -> list[Problem]:
        """Problems outside any card met since the last call (text between cards)."""
        problems = self._splitter.out.problems
        self._splitter.out.problems = []
        return problems

    @property
    def saw_marker(self) -> bool:
        return self._splitter.out.saw_marker


def _first_line_end(data: bytes) -> int:
    found = [i for i in (data.find(b"\n"), data.find(b"\r")) if i >= 0]
    return min(found) if found else -1


# The unfolder reads a chunk in blocks of whole lines, so that a block is (but for one holding
# a longer line) well under `MAX_LINE_BYTES` and no line inside it can pass the cap: the plain
# path need not count.
_BLOCK_BYTES = 1024 * 1024
_QUOTED = re.compile(rb"quoted", re.IGNORECASE)


def _blocks(data: bytes) -> list[bytes]:
    """`data` cut after line feeds into blocks of at most `_BLOCK_BYTES` (a block holding a
    longer line is longer), so that no CR LF is cut in two."""
    if len(data) <= _BLOCK_BYTES:
        return [data]
    blocks: list[bytes] = []
    start = 0
    while len(data) - start > _BLOCK_BYTES:
        cut = data.rfind(b"\n", start, start + _BLOCK_BYTES) + 1
        if cut <= start:
            cut = data.find(b"\n", start + _BLOCK_BYTES) + 1
            if cut <= 0:
                break
        blocks.append(data[start:cut])
        start = cut
    blocks.append(data[start:])
    return blocks


def _may_be_quoted(pieces: list[bytes]) -> bool:
    """Whether a logical line may be quoted-printable: its parameters say so only when the
    line says "quoted" somewhere."""
    return _QUOTED.search(b"".join(pieces)) is not None


class _Unfolder:
    """Joins physical lines into logical ones: folds, quoted-printable soft breaks, caps.

    Every step is linear in the input: a hostile file of a million short folds costs a million
    appends, never a join per fold. `feed` takes whole physical lines (a chunk that ends with a
    line end), any number of times; `finish` ends the file.
    """

    def __init__(self, splitter: _Splitter) -> None:
        self.splitter = splitter
        self.pieces: list[bytes] = []
        # Pieces already joined, a few thousand at a time, so that a line of a million tiny
        # folds costs bytes, not a million list entries.
        self.blocks: list[bytes] = []
        self.start = 0  # the line number where the pending logical line began
        self.size = 0
        self.too_long = False
        # Whether the pending line is quoted-printable: None until the colon ending its
        # parameters has been seen, because a fold may fall inside the parameters.
        self.quoted_printable: bool | None = None
        self.soft_break = False  # quoted-printable and ended with "=": continues on next line
        self.number = 0  # physical lines read so far

    def feed(self, data: bytes) -> None:
        if b"\r\r\n" in data:
            data = data.replace(b"\r\r\n", b"\r\n")  # one line end written twice, not a blank
        for block in _blocks(data):
            lines = block.splitlines()
            first = self.number + 1
            index = 0
            if len(block) > MAX_LINE_BYTES:
                # A line this long may pass the cap: every rule, counting.
                index = self._feed_careful(lines, 0, first, hand_back=False)
            while index < len(lines):
                index = self._feed_careful(lines, index, first)
                if index < len(lines):
                    index = self._feed_plain(lines, index, first)
            self.number += len(lines)

    def _feed_careful(
        self, lines: list[bytes], start: int, first: int, hand_back: bool = True
    ) -> int:
        """Every rule, line by line, from `lines[start]` up to the next line that begins a
        logical line on its own (its index is returned, the line not read: `_feed_plain` may
        take it), or to the end with `hand_back` False."""
        for index in range(start, len(lines)):
            line = lines[index]
            if not line or line.isspace():
                # vCard 2.1 writers put blank lines anywhere, even between a line and its folds
                # (iOS 5 ended lines with CR CR LF); only a quoted-printable soft break ends there.
                if self.soft_break:
                    self.flush()
                continue
            if self.soft_break:
                if _BEGIN_END.match(line) is None:
                    self.pieces[-1] = self.pieces[-1][:-1]  # the "=" of the soft break
                    self.extend(line)
                    continue
                # A value that ends in "=" must not swallow the next card.
            elif line[0] in (32, 9):
                if self.pieces or self.too_long:
                    self.extend(line[1:])
                    continue
                line = line.lstrip()  # a fold with nothing before it: read it as its own line
            elif hand_back and self.pieces and not self.too_long:
                return index  # a line of its own after a line read in full: back to plain
            self.flush()
            self.begin(first + index, line)
        return len(lines)

    def _feed_plain(self, lines: list[bytes], start: int, first: int) -> int:
        """The common case, fast: lines and their folds, joined and handed to the splitter.

        `lines[start]` begins a logical line. A logical line that may be quoted-printable
        (one of its pieces ends in "=" and it says "quoted") and the last line of the block
        (whose folds may come in the next block) are left to `_feed_careful`: the index of
        the logical line it must read from is returned. `feed` gives this path only blocks
        of at most `MAX_LINE_BYTES`, so no line here can pass the cap.
        """
        self.flush()
        logical: list[tuple[int, bytes]] = []
        pieces = [lines[start]]
        if pieces[0][-1] != 61 or not _may_be_quoted(pieces):
            for index in range(start + 1, len(lines)):
                line = lines[index]
                if not line:
                    continue
                head = line[0]
                if head == 32 or head == 9:
                    if line.isspace():
                        continue
                    pieces.append(line[1:])
                elif line.isspace():
                    continue
                else:
                    logical.append(
                        (first + start, pieces[0] if len(pieces) == 1 else b"".join(pieces))
                    )
                    start = index
                    pieces = [line]
                if line[-1] == 61 and _may_be_quoted(pieces):  # "=": maybe a soft line break
                    break
        self.splitter.feed_lines(logical)
        return start

    def finish(self) -> SplitFile:
        self.flush()
        return self.splitter.finish(self.number)

    def begin(self, number: int, line: bytes) -> None:
        self.start = number
        self.size = len(line)
        if self.size > MAX_LINE_BYTES:
            self.too_long = True
        else:
            self.pieces = [line]
            self._track(line)

    def extend(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.too_long:
            return  # the rest of a line that is already over the cap
        if self.size > MAX_LINE_BYTES:
            self.overflow()
            return
        self.pieces.append(piece)
        if len(self.pieces) > _PIECES_PER_BLOCK:
            self.blocks.append(b"".join(self.pieces[:-1]))
            del self.pieces[:-1]
        self._track(piece)

    def overflow(self) -> None:
        """The pending logical line went over `MAX_LINE_BYTES`: drop what it holds."""
        self.too_long = True
        self.pieces = []
        self.blocks = []
        self.soft_break = False

    def long_line(self, first_byte: int) -> None:
        """A physical line over `MAX_LINE_BYTES` began (its end is not read yet); it is
        skipped, with the warning of any logical line over the cap."""
        if self.soft_break or (first_byte in (32, 9) and (self.pieces or self.too_long)):
            self.overflow()
            return
        self.flush()
        self.start = self.number + 1
        self.too_long = True

    def _track(self, piece: bytes) -> None:
        if self.quoted_printable is None:
            colon = piece.find(b":")
            if colon >= 0:
                head = b"".join([*self.blocks, *self.pieces[:-1], piece[:colon]])
                self.quoted_printable = b"quoted" in head.lower() and _QP.search(head) is not None
            elif self.size > _MAX_PARAMETER_BYTES:
                self.quoted_printable = False  # no real name and parameters are this long
        # Only a quoted-printable value continues after a trailing "=" (base64 padding also
        # ends in "=").
        self.soft_break = bool(self.quoted_printable) and piece.endswith(b"=")

    def flush(self) -> None:
        card = self.splitter.card
        if self.too_long:
            if card is not None:
                card.warn(
                    self.start,
                    f"a line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB was skipped",
                )
        elif self.pieces:
            pieces = self.pieces
            if self.blocks:
                pieces = [*self.blocks, *pieces]
                self.blocks = []
            self.splitter.feed(self.start, pieces[0] if len(pieces) == 1 else b"".join(pieces))
        self.pieces = []
        self.size = 0
        self.too_long = False
        self.quoted_printable = None
        self.soft_break = False

"""Split vCard bytes into cards of unfolded content lines, before anything is parsed.

This is the tolerant first pass that lets one bad card never stop a file. It copes with every
line-ending style (CRLF, LF, CR and mixtures), folding with a space or a tab, quoted-printable
soft line breaks (which continue on the next line without any leading space), blank lines in
the middle of cards, a fold at the very start of the file, cards without END:VCARD, lines
outside any card, and vCard 2.1 AGENT properties that nest a whole card. Size caps are checked
here, on bytes, so a hostile file never makes the parser build a giant string: a logical line
longer than `MAX_LINE_BYTES` is dropped, a card larger than `MAX_CARD_BYTES` or with more than
`MAX_PROPERTIES` lines is dropped, and nesting deeper than `MAX_NESTING` drops the card.
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
        self.depth = 0  # nested cards open inside an AGENT property
        self.agent: list[bytes] = []
        self.agent_line = 0
        self.orphan_start: int | None = None
        self.orphan_end = 0

    # -- logical lines -------------------------------------------------------------------
    def feed(self, number: int, line: bytes) -> None:
        marker = _BEGIN_END.match(line) if line[:1] in b"BbEe. \t" or b"." in line[:64] else None
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
        self.card = RawCard(number=len(self.out.cards) + 1, line=number)

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
    return _Unfolder(_Splitter()).run(data)


class _Unfolder:
    """Joins physical lines into logical ones: folds, quoted-printable soft breaks, caps.

    Every step is linear in the input: a hostile file of a million short folds costs a million
    appends, never a join per fold.
    """

    def __init__(self, splitter: _Splitter) -> None:
        self.splitter = splitter
        self.pieces: list[bytes] = []
        self.start = 0  # the line number where the pending logical line began
        self.size = 0
        self.too_long = False
        # Whether the pending line is quoted-printable: None until the colon ending its
        # parameters has been seen, because a fold may fall inside the parameters.
        self.quoted_printable: bool | None = None
        self.soft_break = False  # quoted-printable and ended with "=": continues on next line

    def run(self, data: bytes) -> SplitFile:
        if b"\r\r\n" in data:
            data = data.replace(b"\r\r\n", b"\r\n")  # one line end written twice, not a blank
        number = 0
        for number, line in enumerate(data.splitlines(), 1):
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
            self.flush()
            self.begin(number, line)
        self.flush()
        return self.splitter.finish(number)

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
            self.too_long = True
            self.pieces = []
            self.soft_break = False
            return
        self.pieces.append(piece)
        self._track(piece)

    def _track(self, piece: bytes) -> None:
        if self.quoted_printable is None:
            colon = piece.find(b":")
            if colon >= 0:
                head = b"".join(self.pieces[:-1]) + piece[:colon]
                self.quoted_printable = _QP.search(head) is not None
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
            self.splitter.feed(self.start, pieces[0] if len(pieces) == 1 else b"".join(pieces))
        self.pieces = []
        self.size = 0
        self.too_long = False
        self.quoted_printable = None
        self.soft_break = False

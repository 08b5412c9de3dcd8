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
MAX_PROPERTIES = 5000
MAX_NESTING = 2

_BEGIN_END = re.compile(rb"[ \t]*(?:[A-Za-z0-9_-]*\.)?(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*\Z",
                        re.IGNORECASE)
_AGENT_OPEN = re.compile(rb"(?:[A-Za-z0-9_-]*\.)?AGENT(?:;[^:]*)?:[ \t]*\Z", re.IGNORECASE)
# The parameter that makes a trailing "=" a soft line break: ENCODING=QUOTED-PRINTABLE, or the
# bare vCard 2.1 form ;QUOTED-PRINTABLE.
_QP = re.compile(rb';[ \t]*(?:ENCODING[ \t]*=[ \t]*)?"?QUOTED-PRINTABLE"?[ \t]*(?:[;,]|\Z)',
                 re.IGNORECASE)


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
        where = f"line {first} was" if first == last else f"lines {first}-{last} were"
        if end_without_begin:
            message = f"END:VCARD without BEGIN:VCARD; {where} skipped"
        else:
            message = f"{where} outside any card and skipped"
        self.out.problems.append(Problem(None, first, message, dropped=True))
        self.orphan_start = None

    def finish(self, last_line: int) -> SplitFile:
        if self.card is not None:
            card = self.card
            card.warn(last_line, "the card has no END:VCARD (is the file cut short?); "
                                 "it was read up to the end of the file")
            self._close(complete=False)
        self._flush_orphans()
        return self.out


def split_cards(data: bytes) -> SplitFile:
    """The cards of a vCard file (ASCII-compatible bytes, see vcard_bytes) as logical lines."""
    splitter = _Splitter()
    feed = splitter.feed
    pieces: list[bytes] = []
    start = 0  # line number where the pending logical line began
    size = 0
    too_long = False
    soft_break = False  # the pending line is quoted-printable and ended with "="

    def flush() -> None:
        nonlocal pieces, size, too_long, soft_break
        if too_long:
            if splitter.card is not None:
                splitter.card.warn(start, f"a line longer than {MAX_LINE_BYTES // (1024 * 1024)} "
                                          "MB was skipped")
        elif pieces:
            feed(start, pieces[0] if len(pieces) == 1 else b"".join(pieces))
        pieces = []
        size = 0
        too_long = False
        soft_break = False

    def ends_soft(piece: bytes) -> bool:
        # Only a quoted-printable value continues after a trailing "=" (base64 padding also
        # ends in "=", so look at the parameters before the first colon).
        if not piece.endswith(b"="):
            return False
        joined = pieces[0] if len(pieces) == 1 else b"".join(pieces)
        head = joined.split(b":", 1)[0]
        return _QP.search(head) is not None

    if b"\r\r\n" in data:
        data = data.replace(b"\r\r\n", b"\r\n")  # one line end written twice, not a blank line
    number = 0
    for number, line in enumerate(data.splitlines(), 1):
        if not line or line.isspace():
            # vCard 2.1 writers put blank lines anywhere, even between a line and its folds
            # (iOS 5 ended lines with CR CR LF); only a quoted-printable soft break ends there.
            if soft_break:
                flush()
            continue
        first = line[0]
        if soft_break:
            if _BEGIN_END.match(line):
                flush()  # a value that ends in "=" must not swallow the next card
            else:
                pieces[-1] = pieces[-1][:-1]
                size += len(line)
                if size > MAX_LINE_BYTES:
                    too_long = True
                    pieces = []
                if not too_long:
                    pieces.append(line)
                    soft_break = line.endswith(b"=")
                continue
        elif first in (32, 9) and pieces:
            size += len(line) - 1
            if size > MAX_LINE_BYTES:
                too_long = True
                pieces = []
            if not too_long:
                pieces.append(line[1:])
                soft_break = ends_soft(line)
            continue
        elif first in (32, 9):
            line = line.lstrip()  # a fold with nothing before it: read it as a line of its own
        flush()
        start = number
        size = len(line)
        if size > MAX_LINE_BYTES:
            too_long = True
        else:
            pieces = [line]
            soft_break = ends_soft(line)
    flush()
    return splitter.finish(number)

"""What every reader returns: the contacts it could read and the problems it met.

A reader never raises for a bad card or row: it reports a `Problem` and goes on. It raises
`UnreadableFileError` (one line, naming what was wrong) only when nothing in the file can be
read at all: not a vCard, an image renamed .vcf, a CSV with no header netbook understands.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from netbook.model.values import ContactRecord


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in one card (vCard) or row (CSV).

    `card` is the 1-based number of the card or data row; `line` the 1-based line in the file
    where it starts (or where the fault is). `dropped` says whether the whole card was skipped
    (True) or only one field of it (False, a warning).
    """

    card: int | None
    line: int | None
    message: str
    dropped: bool = True


@dataclass(slots=True)
class ParseResult:
    """The outcome of reading one file."""

    format: str  # "vcard", "linkedin-csv", "google-csv", "outlook-csv", "csv"
    records: list[ContactRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # For each record, the 1-based card/row number it came from (same order as `records`).
    positions: list[int] = field(default_factory=list)
    # Tags to add to contacts the file names only by UID (Apple/iCloud group cards whose
    # members are not in this file but may already be in the book): tag -> member UIDs.
    group_memberships: dict[str, list[str]] = field(default_factory=dict)
    # For each record, the fingerprint of the card it was read from (vCard files; empty for
    # the readers that take none).
    fingerprints: list[bytes] = field(default_factory=list)
    # Cards left unread because the caller knew their fingerprint (see SkippedCard), and how
    # to read them after all: card numbers -> their records and problems (group members
    # tagged), for when the caller finds it cannot trust what it knew.
    skipped: list[SkippedCard] = field(default_factory=list)
    read_skipped: Callable[[Collection[int]], ParseResult] | None = None

    def with_cards_read(self, numbers: Collection[int]) -> ParseResult:
        """This result with the skipped cards `numbers` read, each in its place in the file."""
        assert self.read_skipped is not None
        late = self.read_skipped(numbers)
        read = set(numbers)
        rows = sorted(
            [
                *zip(self.positions, self.records, self.fingerprints, strict=True),
                *zip(late.positions, late.records, late.fingerprints, strict=True),
            ],
            key=lambda row: row[0],
        )
        return dataclasses.replace(
            self,
            records=[record for _, record, _ in rows],
            positions=[position for position, _, _ in rows],
            fingerprints=[fingerprint for _, _, fingerprint in rows],
            problems=sorted([*self.problems, *late.problems], key=problem_order),
            skipped=[s for s in self.skipped if s.number not in read],
        )


@dataclass(frozen=True, slots=True)
class SkippedCard:
    """A card whose bytes hash to a fingerprint the caller said it knows, so left unparsed."""

    number: int  # its 1-based number among the file's cards
    fingerprint: bytes


class UnreadableFileError(ValueError):
    """The file as a whole cannot be read; the message is one line for the user."""


def problem_order(problem: Problem) -> tuple[int, int]:
    """Problems in file order: by line, then card (those with neither first)."""
    return (problem.line or 0, problem.card or 0)

"""What the archive's files other than Connections.csv would do to the book: the plan that
`story.read_story` makes and `writing.apply_story` writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from netbook.formats.parsed import Problem
from netbook.services.story_identity import derived_uid, derived_uids

CHANNEL = "linkedin"
MESSAGE = "message"
SUMMARY_CHARS = 200
Tick = Callable[[int], None]


def interaction_uid(*parts: str) -> str:
    """The stable UID of an interaction read from an archive, from what identifies it there:
    derived as every story line's identity is (services/story_identity), so it is the same in
    every book that imports the archive."""
    return derived_uid("linkedin", *parts)


def interaction_uids(*first: str) -> Callable[..., str]:
    """`interaction_uid` with its first parts fixed (`interaction_uids(MESSAGE)(conversation,
    day)`), for the many of one kind: see `derived_uids`."""
    return derived_uids("linkedin", *first)


@dataclass(slots=True)
class PartResult:
    """What one file of the archive brings in (counts of `items`), and its problems."""

    name: str
    format: str
    items: str  # "contacts", "how we met", "interactions", "owner"
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


class PlannedInteraction(NamedTuple):
    """An interaction the archive brings in. A named tuple (built in C): there is one per
    new conversation day."""

    uid: str
    occurred_on: dt.date
    kind: str
    summary: str
    contact_ids: tuple[int, ...]
    text: str | None = None


@dataclass(slots=True)
class HowMetProposal:
    """The how-we-met context an invitation gives a contact."""

    contact_id: int
    context: str
    on: dt.date | None


@dataclass(slots=True)
class Story:
    """What the archive's files other than Connections.csv would do to the book."""

    results: list[PartResult] = field(default_factory=list)
    how_met: list[HowMetProposal] = field(default_factory=list)
    # Per proposal, the result it is counted in.
    how_met_in: list[PartResult] = field(default_factory=list)
    # The messages files' new conversation days, planned as they are written (each iterable
    # reads its file's gathered days again): written first, in this order.
    new_days: list[Iterable[PlannedInteraction]] = field(default_factory=list)
    # The other new interactions (recommendations, endorsements).
    interactions: list[PlannedInteraction] = field(default_factory=list)
    # Per planned interaction, the result it is counted in.
    counted_in: list[PartResult] = field(default_factory=list)


def info(message: str) -> Problem:
    return Problem(None, None, message, dropped=False)


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

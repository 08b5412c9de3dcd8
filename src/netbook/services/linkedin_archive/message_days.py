"""messages.csv -> one interaction per conversation and day, with the conversation's people
that are in the book."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from netbook.formats.linkedin_archive.messages import MessageDays
from netbook.formats.linkedin_archive.people import Person
from netbook.formats.linkedin_archive.rows import repair
from netbook.formats.parsed import Problem
from netbook.model.text import fold
from netbook.services.linkedin_archive.owner import Owner, owner_label
from netbook.services.linkedin_archive.people_index import PeopleIndex, profile_key
from netbook.services.linkedin_archive.story_plan import (
    MESSAGE,
    SUMMARY_CHARS,
    PartResult,
    PlannedInteraction,
    clip,
    info,
    interaction_uids,
)

# The messages of one conversation day kept as text (when asked), at most.
TEXT_CHARS = 100_000
# People named in a problem, at most (the rest are counted).
_NAMED = 10
# A conversation day's UID: derived from its conversation id and day.
message_uid = interaction_uids(MESSAGE)


def most_present(days: MessageDays) -> str:
    """The person in the most conversations (the owner is in every one of theirs); of two,
    the one who sent more messages."""
    presence: Counter[str] = Counter()
    for people in days.people.values():
        presence.update({fold(p.name).strip() for p in people} - {""})
    if not presence:
        return ""
    sent: Counter[str] = Counter()
    for name, count in days.senders.items():
        sent[fold(name).strip()] += count
    return max(presence, key=lambda name: (presence[name], sent[name]))


def all_people(days: MessageDays) -> Iterable[Person]:
    for people in days.people.values():
        yield from people


def day_text(texts: list[tuple[str, str, str]]) -> str:
    lines = [f"{who or '?'}: {repair(content).strip()}" for _, who, content in sorted(texts)]
    text = "\n\n".join(lines)
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


class NewDays:
    """The interactions of one messages file's new conversation days, planned as they are
    iterated: read again from the gathered days (on disk) when they are written, so no plan of
    every day of the archive is held at once.

    A day is new when someone of the book is in its conversation (`matched`), its UID is not
    in the book (`known`) and no earlier messages file of the archive writes it."""

    def __init__(
        self,
        days: MessageDays,
        matched: dict[str, tuple[int, ...]],
        known: set[str],
        earlier: Sequence[NewDays],
    ) -> None:
        self.days = days
        self.matched = matched
        self.known = known
        self.earlier = earlier
        # How many days it writes (counted by `plan_message_days`): on a re-import, none, and
        # the days are not read again.
        self.count = 0

    def writes(self, conversation: str, day: dt.date) -> bool:
        """Whether this file writes one of its days."""
        if not self.matched[conversation]:
            return False
        # Its UID is worked out only against a book with interactions (not on a first import
        # into an empty one: the 170,000 hashes then cost a quarter of a second for nothing).
        if self.known and message_uid(conversation, day.isoformat()) in self.known:
            return False
        # (An archive has one messages file, nearly always: then no generator per day.)
        return not self.earlier or not any(e.plans(conversation, day) for e in self.earlier)

    def plans(self, conversation: str, day: dt.date) -> bool:
        """Whether this file has the conversation's day with someone of the book in it: then
        a later file's same day (the same UID) is the book's already."""
        return bool(self.matched.get(conversation)) and (conversation, day) in self.days.days

    def __iter__(self) -> Iterator[PlannedInteraction]:
        left = self.count
        if not left:
            return
        for (conversation, day), gathered in self.days.days.items():
            if not self.writes(conversation, day):
                continue
            summary = clip(repair(gathered.first_line), SUMMARY_CHARS) or "Message on LinkedIn"
            text = day_text(gathered.texts) if gathered.texts is not None else None
            uid = message_uid(conversation, day.isoformat())
            yield PlannedInteraction(uid, day, MESSAGE, summary, self.matched[conversation], text)
            left -= 1
            if not left:  # the rest of the file holds no new day
                return


def plan_message_days(
    result: PartResult,
    days: MessageDays,
    owner: Owner,
    index: PeopleIndex,
    known: set[str],
    earlier: Sequence[NewDays],
) -> NewDays:
    """Count an interaction per conversation day with someone in the book (`result.imported`);
    a day whose UID is in `known` (the book's interactions) or that an earlier messages file
    brings is counted unchanged: the book keeps it as it is (on a re-import, that is every
    day). The new days are planned only when written: the `NewDays` returned (`earlier`: the
    archive's messages files read before this one)."""
    matched: dict[str, tuple[int, ...]] = {}
    strangers: dict[str, str] = {}
    for conversation, people in days.people.items():
        ids: set[int] = set()
        for person in people:
            if owner.is_owner(person) or not person.known:
                continue
            cid = index.find(person) if person.url or person.name else None
            if cid is None:
                strangers.setdefault(profile_key(person.url) or fold(person.name), person.name)
            else:
                ids.add(cid)
        matched[conversation] = tuple(sorted(ids))
    new_days = NewDays(days, matched, known, tuple(earlier))
    left_out = gathered_days = 0
    for conversation, day in days.days:
        gathered_days += 1
        if not matched[conversation]:
            left_out += 1
        elif new_days.writes(conversation, day):
            new_days.count += 1
        else:
            result.unchanged += 1
    result.imported += new_days.count
    if left_out:
        names = sorted(n for n in strangers.values() if n)
        shown = ", ".join(names[:_NAMED]) + (
            f" and {len(names) - _NAMED} more" if len(names) > _NAMED else ""
        )
        result.problems.append(
            Problem(
                None,
                None,
                f"{left_out} conversation day(s) only with people who are not in the book were"
                f" left out{': ' + shown if shown else ''}",
            )
        )
    result.problems.insert(
        0,
        info(
            f"{days.messages} message(s) in {gathered_days} conversation day(s); the archive"
            f" is {owner_label(owner_name(owner, days))}'s"
        ),
    )
    return new_days


def owner_name(owner: Owner, days: MessageDays) -> str:
    """The owner's name as the messages write it (their key, when no message names them)."""
    for person in all_people(days):
        if fold(person.name).strip() == owner.name_key:
            return person.name
    return owner.name_key

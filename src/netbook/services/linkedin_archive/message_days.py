"""messages.csv -> one interaction per conversation and day, with the conversation's people
that are in the book."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from netbook.formats.linkedin_archive import (
    Message,
)
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
    Story,
    clip,
    info,
    interaction_uid,
)

# The messages of one conversation day kept as text (when asked), at most.
TEXT_CHARS = 100_000
# People named in a problem, at most (the rest are counted).
_NAMED = 10


@dataclass(slots=True)
class ConversationDay:
    """One conversation day being gathered: its earliest message, and the text when kept."""

    first_at: str
    first_line: str
    texts: list[tuple[str, str, str]] | None  # (sent at, sender, content as written)


def first_line(message: Message) -> str:
    """The subject, else the first line with words, as written (repaired when stored)."""
    if message.subject.strip():
        return message.subject.strip()[: SUMMARY_CHARS * 2]
    for line in message.content.splitlines():
        if line.strip():
            return line.strip()[: SUMMARY_CHARS * 2]
    return ""


class MessageDays:
    """messages.csv gathered into conversation days, one pass, holding no message text
    unless it is to be kept: the earliest line of each day and each conversation's people."""

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text
        self.people: dict[str, set[Person]] = {}
        self.days: dict[tuple[str, dt.date], ConversationDay] = {}
        self.senders: Counter[str] = Counter()
        self.sender_urls: dict[str, Person] = {}
        self.messages = 0

    def add(self, message: Message) -> None:
        self.messages += 1
        people = self.people.setdefault(message.conversation, set())
        people.add(message.sender)
        people.update(message.recipients)
        self.senders[message.sender.name] += 1
        key = (message.conversation, message.sent_on)
        day = self.days.get(key)
        if day is None:
            day = ConversationDay(
                message.sent_at, first_line(message), [] if self.keep_text else None
            )
            self.days[key] = day
        elif message.sent_at < day.first_at:
            day.first_at, day.first_line = message.sent_at, first_line(message)
        if day.texts is not None:
            day.texts.append((message.sent_at, message.sender.name, message.content))

    def most_present(self) -> str:
        """The person in the most conversations (the owner is in every one of theirs); of
        two, the one who sent more messages."""
        presence: Counter[str] = Counter()
        for people in self.people.values():
            presence.update({fold(p.name).strip() for p in people} - {""})
        if not presence:
            return ""
        sent: Counter[str] = Counter()
        for name, count in self.senders.items():
            sent[fold(name).strip()] += count
        return max(presence, key=lambda name: (presence[name], sent[name]))

    def all_people(self) -> Iterable[Person]:
        for people in self.people.values():
            yield from people


def day_text(texts: list[tuple[str, str, str]]) -> str:
    lines = [f"{who or '?'}: {repair(content).strip()}" for _, who, content in sorted(texts)]
    text = "\n\n".join(lines)
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


def plan_message_days(
    story: Story, result: PartResult, days: MessageDays, owner: Owner, index: PeopleIndex
) -> None:
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
    left_out = 0
    for (conversation, day), gathered in days.days.items():
        ids_ = matched[conversation]
        if not ids_:
            left_out += 1
            continue
        summary = clip(repair(gathered.first_line), SUMMARY_CHARS) or "Message on LinkedIn"
        text = day_text(gathered.texts) if gathered.texts is not None else None
        story.interactions.append(
            PlannedInteraction(
                interaction_uid(MESSAGE, conversation, day.isoformat()),
                day,
                MESSAGE,
                summary,
                ids_,
                text,
            )
        )
        story.counted_in.append(result)
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
            f"{days.messages} message(s) in {len(days.days)} conversation day(s); the archive"
            f" is {owner_label(owner_name(owner, days))}'s"
        ),
    )


def owner_name(owner: Owner, days: MessageDays) -> str:
    """The owner's name as the messages write it (their key, when no message names them)."""
    for person in days.all_people():
        if fold(person.name).strip() == owner.name_key:
            return person.name
    return owner.name_key

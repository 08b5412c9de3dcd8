"""messages.csv -> one interaction per conversation and day, with the conversation's people
that are in the book."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

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
    Story,
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


def plan_message_days(
    story: Story,
    result: PartResult,
    days: MessageDays,
    owner: Owner,
    index: PeopleIndex,
    known: set[str],
) -> None:
    """Plan an interaction per conversation day with someone in the book; a day whose UID is
    in `known` (the book's interactions) is only counted: the book keeps it as it is, so its
    summary is never worked out (on a re-import, that is every day).

    Takes the days out of `days` as it plans them: a day's gathered line is let go once its
    interaction is planned, so the two are not held at once for every day of the archive."""
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
    gathered_days = len(days.days)
    for key in list(days.days):
        gathered = days.days.pop(key)
        conversation, day = key
        ids_ = matched[conversation]
        if not ids_:
            left_out += 1
            continue
        uid = message_uid(conversation, day.isoformat())
        if uid in known:
            result.unchanged += 1
            continue
        summary = clip(repair(gathered.first_line), SUMMARY_CHARS) or "Message on LinkedIn"
        text = day_text(gathered.texts) if gathered.texts is not None else None
        story.interactions.append(PlannedInteraction(uid, day, MESSAGE, summary, ids_, text))
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
            f"{days.messages} message(s) in {gathered_days} conversation day(s); the archive"
            f" is {owner_label(owner_name(owner, days))}'s"
        ),
    )


def owner_name(owner: Owner, days: MessageDays) -> str:
    """The owner's name as the messages write it (their key, when no message names them)."""
    for person in all_people(days):
        if fold(person.name).strip() == owner.name_key:
            return person.name
    return owner.name_key

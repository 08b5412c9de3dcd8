"""A LinkedIn archive's story, matched against the book: how we met, and every exchange since.

The importer brings the archive's Connections.csv in as contacts, as for the file alone; this
module reads the rest (formats/linkedin_archive) and, inside the same journal operation (one
transaction, undone as one step; the journal records every row written here), turns it into
the book's terms:

- Invitations.csv -> how we met: the invitation's direction, day and note become the how-we-met
  context of the contact it names (matched by profile URL, then by name). A how-we-met the user
  wrote is never replaced (see `may_write_how_met`). An invitation to or from someone who is not
  a contact (pending, declined) is reported, not turned into a contact.
- messages.csv -> one interaction per conversation and day (kind "message", channel LinkedIn),
  with every participant of the conversation that is in the book (by profile URL, or by name
  when the file gives no URL); its summary is the subject or the day's first line. The
  messages' own words are kept only when asked (`keep_message_text`).
- Recommendations and endorsements, received and given -> one interaction each.

Every interaction has a UID derived from what identifies it in the archive (conversation and
day; kind, person and skill or date; derived as services/story_identity derives every story
line's), so importing the same archive twice changes nothing and a later archive adds only
what is new. An interaction already in the book is left as it is, even
if the user edited it.

The archive's owner is the name on Profile.csv; without it, the name on the owner's side of
the invitations (Direction says which side that is); without those, the person who takes part
in the most conversations (every conversation of an archive is the owner's). Their own name in
FROM or in an invitation is never matched to a contact, even if they are in their own book.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select

from netbook.formats import linkedin_archive as archive_format
from netbook.formats.linkedin_archive import (
    Endorsement,
    Invitation,
    Kind,
    LinkedInArchive,
    Message,
    Part,
    Recommendation,
)
from netbook.formats.linkedin_archive.invitations import INCOMING, OUTGOING
from netbook.formats.linkedin_archive.people import Person
from netbook.formats.linkedin_archive.rows import repair
from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.model.tables import utcnow
from netbook.model.text import fold, url_key
from netbook.model.values import ContactRecord
from netbook.model.vocabulary import (
    ENDORSEMENT,
    ENDORSEMENT_GIVEN,
    RECOMMENDATION,
    RECOMMENDATION_GIVEN,
)
from netbook.services.story_identity import derived_uid
from netbook.store.core_tables import (
    chunks,
    contact_t,
    interaction_t,
    social_t,
)

CHANNEL = "linkedin"
MESSAGE = "message"

SUMMARY_CHARS = 200
# The messages of one conversation day kept as text (when asked), at most.
TEXT_CHARS = 100_000
# Rows between two progress reports (each also checks for Cancel).
TICK_ROWS = 2000
# People named in a problem, at most (the rest are counted).
_NAMED = 10

Tick = Callable[[int], None]
# One profile URL is on every message of its conversations: its key is worked out once.
_profile_key = functools.lru_cache(maxsize=65536)(url_key)


# SQLite's page cache while an archive is written, in KiB (a negative cache_size): 170,000
# interactions with random UIDs and their journal rows touch index pages all over the file,
# and with the default 2 MB most of those pages are read again and again (measured: the
# interactions' executemany took half the CPU time with the default).
IMPORT_CACHE_KIB = 32768


@contextlib.contextmanager
def roomy_page_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache on `conn` while the archive is written; the usual one after."""
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual)}")


def recognise(path: Path) -> bool:
    """Whether the importer should read `path` as a LinkedIn archive (ZIP, folder, one file)."""
    return archive_format.recognise(path)


class OpenedArchive:
    """An archive being imported: opened, its Connections.csv read as contacts; the rest is
    read by `story`, once the contacts it names can be found."""

    def __init__(self, path: Path) -> None:
        """Raises UnreadableFileError when the path is no archive netbook can read."""
        self.path = path
        self.archive = LinkedInArchive(path)
        self.problems = list(self.archive.problems)
        self.contacts = ParseResult(format="linkedin-archive")
        self.connection_names: list[str] = []
        for part in self.archive.of_kind(Kind.CONNECTIONS):
            try:
                parsed = self.archive.connections(part)
            except UnreadableFileError as exc:
                self.problems.append(Problem(None, None, f"{part.name}: {exc}"))
                continue
            self.connection_names.append(part.name)
            self.contacts.records.extend(parsed.records)
            self.contacts.positions.extend(parsed.positions)
            self.contacts.problems.extend(parsed.problems)

    def story(
        self,
        conn: Connection,
        pending: Sequence[ContactRecord],
        keep_message_text: bool,
        tick: Tick | None,
    ) -> Story:
        """Read the rest of the archive against the book (and `pending`, a preview's new
        contacts)."""
        index = PeopleIndex(conn, pending)
        return read_story(conn, self.archive, index, keep_message_text=keep_message_text, tick=tick)

    def work_estimate(self) -> int:
        """About how many rows the story files hold (for the progress bar)."""
        story_kinds = set(Kind) - {Kind.CONNECTIONS, Kind.PROFILE}
        return sum(p.member.size for p in self.archive.of_kind(*story_kinds)) // 250

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> OpenedArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def interaction_uid(*parts: str) -> str:
    """The stable UID of an interaction read from an archive, from what identifies it there:
    derived as every story line's identity is (services/story_identity), so it is the same in
    every book that imports the archive."""
    return derived_uid("linkedin", *parts)


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


@dataclass(frozen=True, slots=True)
class PlannedInteraction:
    uid: str
    occurred_on: dt.date
    kind: str
    summary: str
    contact_ids: tuple[int, ...]
    text: str | None = None


class PeopleIndex:
    """The book's contacts by LinkedIn profile URL and by name (a name two contacts share
    names neither). In a preview, the records the import would add are in it too, with
    negative ids."""

    def __init__(self, conn: Connection, pending: Sequence[ContactRecord] = ()) -> None:
        self.by_url: dict[str, int] = {}
        names: dict[str, set[int]] = {}
        names_at: dict[tuple[str, str], set[int]] = {}
        for key, cid in conn.execute(
            select(social_t.c.value_key, social_t.c.contact_id).order_by(social_t.c.contact_id)
        ):
            self.by_url.setdefault(key, cid)
        for cid, display, organization in conn.execute(
            select(contact_t.c.id, contact_t.c.display_name, contact_t.c.organization)
        ):
            self._add_name(names, names_at, cid, display, organization)
        for index, record in enumerate(pending):
            cid = -(index + 1)
            for profile in record.social_profiles:
                self.by_url.setdefault(_profile_key(profile.value), cid)
            self._add_name(names, names_at, cid, record.best_display_name(), record.organization)
        self.by_name = {k: next(iter(v)) for k, v in names.items() if len(v) == 1}
        self.by_name_at = {k: next(iter(v)) for k, v in names_at.items() if len(v) == 1}

    @staticmethod
    def _add_name(
        names: dict[str, set[int]],
        names_at: dict[tuple[str, str], set[int]],
        cid: int,
        display: str | None,
        organization: str | None,
    ) -> None:
        name = fold(display or "").strip()
        if name:
            names.setdefault(name, set()).add(cid)
            if organization:
                names_at.setdefault((name, fold(organization).strip()), set()).add(cid)

    def find(self, person: Person, company: str = "") -> int | None:
        """The contact this person is: by profile URL, then by a name only they have (at
        their company, when the name alone is shared)."""
        if person.url:
            found = self.by_url.get(_profile_key(person.url))
            if found is not None:
                return found
        name = fold(person.name).strip()
        if not name:
            return None
        if name in self.by_name:
            return self.by_name[name]
        if company:
            return self.by_name_at.get((name, fold(company).strip()))
        return None


class Owner:
    """Who the archive belongs to: their name, and the profile URLs they appear under."""

    def __init__(self, name: str) -> None:
        self.name_key = fold(name).strip()
        self.url_keys: set[str] = set()

    def is_owner(self, person: Person) -> bool:
        if person.url and _profile_key(person.url) in self.url_keys:
            return True
        return bool(self.name_key) and fold(person.name).strip() == self.name_key

    def learn_urls(self, people: Iterable[Person]) -> None:
        """Remember the URLs of the people named like the owner (their own messages)."""
        for person in people:
            if person.url and fold(person.name).strip() == self.name_key:
                self.url_keys.add(_profile_key(person.url))


@dataclass(slots=True)
class _Day:
    """One conversation day being gathered: its earliest message, and the text when kept."""

    first_at: str
    first_line: str
    texts: list[tuple[str, str, str]] | None  # (sent at, sender, content as written)


def _first_line(message: Message) -> str:
    """The subject, else the first line with words, as written (repaired when stored)."""
    if message.subject.strip():
        return message.subject.strip()[: SUMMARY_CHARS * 2]
    for line in message.content.splitlines():
        if line.strip():
            return line.strip()[: SUMMARY_CHARS * 2]
    return ""


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class MessageDays:
    """messages.csv gathered into conversation days, one pass, holding no message text
    unless it is to be kept: the earliest line of each day and each conversation's people."""

    def __init__(self, keep_text: bool) -> None:
        self.keep_text = keep_text
        self.people: dict[str, set[Person]] = {}
        self.days: dict[tuple[str, dt.date], _Day] = {}
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
            day = _Day(message.sent_at, _first_line(message), [] if self.keep_text else None)
            self.days[key] = day
        elif message.sent_at < day.first_at:
            day.first_at, day.first_line = message.sent_at, _first_line(message)
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


def _day_text(texts: list[tuple[str, str, str]]) -> str:
    lines = [f"{who or '?'}: {repair(content).strip()}" for _, who, content in sorted(texts)]
    text = "\n\n".join(lines)
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


@dataclass(slots=True)
class HowMetProposal:
    """The how-we-met context an invitation gives a contact."""

    contact_id: int
    context: str
    on: dt.date | None


def how_met_context(invitation: Invitation, incoming: bool) -> str:
    """ "They invited me on LinkedIn on 2019-03-10: “Loved your talk!”" (or "I invited them")."""
    who = "They invited me" if incoming else "I invited them"
    when = f" on {invitation.sent_on.isoformat()}" if invitation.sent_on else ""
    note = f": “{invitation.message}”" if invitation.message else "."
    return f"{who} on LinkedIn{when}{note}"


def may_write_how_met(channel: str | None, place: str | None, context: str | None) -> bool:
    """Whether an invitation may fill this how-we-met: only one nobody wrote, or the bare
    "LinkedIn, on the day we connected" a connections import leaves."""
    return (
        not (context or "").strip()
        and not (place or "").strip()
        and (channel or "")
        in (
            "",
            CHANNEL,
        )
    )


@dataclass(slots=True)
class Story:
    """What the archive's files other than Connections.csv would do to the book."""

    results: list[PartResult] = field(default_factory=list)
    how_met: list[HowMetProposal] = field(default_factory=list)
    # Per proposal, the result it is counted in.
    how_met_in: list[PartResult] = field(default_factory=list)
    interactions: list[PlannedInteraction] = field(default_factory=list)
    # Per planned interaction, the result it is counted in.
    counted_in: list[PartResult] = field(default_factory=list)


def read_story(
    conn: Connection,
    archive: LinkedInArchive,
    index: PeopleIndex,
    *,
    keep_message_text: bool,
    tick: Tick | None = None,
) -> Story:
    """Read every file of the archive but Connections.csv and match it against `index`."""
    story = Story()
    owner = Owner(archive.owner())
    for part in archive.of_kind(Kind.PROFILE):
        story.results.append(
            PartResult(
                part.name,
                part.kind.format,
                "owner",
                problems=[_info(f"the archive is {owner_label(archive.owner())}'s")],
            )
        )
    invitation_parts = [
        (part, list(archive.invitations(part))) for part in archive.of_kind(Kind.INVITATIONS)
    ]
    if not owner.name_key:
        owner = Owner(_owner_from_invitations(items for _, items in invitation_parts))
    days_by_part = []
    for part in archive.of_kind(Kind.MESSAGES):
        result = PartResult(part.name, part.kind.format, "interactions")
        days = MessageDays(keep_message_text)
        for number, item in enumerate(archive.messages(part), 1):
            if isinstance(item, Problem):
                result.problems.append(item)
            else:
                days.add(item)
            if tick is not None and number % TICK_ROWS == 0:
                tick(TICK_ROWS)
        days_by_part.append((result, days))
        if not owner.name_key:
            owner = Owner(days.most_present())
    for _, days in days_by_part:
        owner.learn_urls(days.all_people())
    for _, items in invitation_parts:
        for invitation in items:
            if isinstance(invitation, Invitation):
                _learn_owner(owner, invitation)
    for part, items in invitation_parts:
        story.results.append(_invitations(story, part, items, owner, index))
    for result, days in days_by_part:
        _message_days(story, result, days, owner, index)
        story.results.append(result)
    for part in archive.of_kind(Kind.RECOMMENDATIONS_RECEIVED, Kind.RECOMMENDATIONS_GIVEN):
        story.results.append(_recommendations(story, part, archive, index))
    for part in archive.of_kind(Kind.ENDORSEMENTS_RECEIVED, Kind.ENDORSEMENTS_GIVEN):
        story.results.append(_endorsements(story, part, archive, index))
    _count_how_met(conn, story)
    _count_interactions(conn, story)
    return story


def _owner_from_invitations(files: Iterable[list[Invitation | Problem]]) -> str:
    """The name on the owner's side of the invitations whose direction is known."""
    names: Counter[str] = Counter()
    for items in files:
        for item in items:
            if isinstance(item, Invitation) and item.direction:
                side = item.invitee if item.direction == INCOMING else item.inviter
                if side.name:
                    names[side.name] += 1
    return names.most_common(1)[0][0] if names else ""


def _learn_owner(owner: Owner, invitation: Invitation) -> None:
    """The owner's profile URL, from the side of an invitation they are on."""
    owner.learn_urls((invitation.inviter, invitation.invitee))
    if invitation.direction == INCOMING and invitation.invitee.url:
        owner.url_keys.add(_profile_key(invitation.invitee.url))
    if invitation.direction == OUTGOING and invitation.inviter.url:
        owner.url_keys.add(_profile_key(invitation.inviter.url))


def owner_label(name: str) -> str:
    return name or "an unknown owner"


def _info(message: str) -> Problem:
    return Problem(None, None, message, dropped=False)


def _invitations(
    story: Story,
    part: Part,
    items: list[Invitation | Problem],
    owner: Owner,
    index: PeopleIndex,
) -> PartResult:
    result = PartResult(part.name, part.kind.format, "how we met")
    chosen: dict[int, tuple[Invitation, bool]] = {}
    for item in items:
        if isinstance(item, Problem):
            result.problems.append(item)
            continue
        incoming = _is_incoming(item, owner)
        other = item.inviter if incoming else item.invitee
        cid = index.find(other)
        if cid is None:
            verb = "from" if incoming else "to"
            when = f" ({item.sent_on.isoformat()})" if item.sent_on else ""
            result.problems.append(
                Problem(
                    item.row,
                    item.line,
                    f"the invitation {verb} {other.name or other.url}{when} is pending or was"
                    " not accepted: they are not among your contacts; not imported",
                )
            )
            continue
        # One how-we-met per contact: the earliest invitation, the one with a note first.
        best = chosen.get(cid)
        if best is None or _invitation_rank(item) < _invitation_rank(best[0]):
            chosen[cid] = (item, incoming)
    planned = {p.contact_id for p in story.how_met}
    for cid, (invitation, incoming) in chosen.items():
        if cid in planned:  # named by an earlier invitations file too
            result.unchanged += 1
            continue
        story.how_met.append(
            HowMetProposal(cid, how_met_context(invitation, incoming), invitation.sent_on)
        )
        story.how_met_in.append(result)
    return result


def _invitation_rank(invitation: Invitation) -> tuple[bool, dt.date]:
    return (not invitation.message, invitation.sent_on or dt.date.max)


def _is_incoming(invitation: Invitation, owner: Owner) -> bool:
    if invitation.direction:
        return invitation.direction == INCOMING
    # Older exports say nothing: the owner is the one invited unless they sent it.
    return not owner.is_owner(invitation.inviter)


def _message_days(
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
                strangers.setdefault(_profile_key(person.url) or fold(person.name), person.name)
            else:
                ids.add(cid)
        matched[conversation] = tuple(sorted(ids))
    left_out = 0
    for (conversation, day), gathered in days.days.items():
        ids_ = matched[conversation]
        if not ids_:
            left_out += 1
            continue
        summary = _clip(repair(gathered.first_line), SUMMARY_CHARS) or "Message on LinkedIn"
        text = _day_text(gathered.texts) if gathered.texts is not None else None
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
        _info(
            f"{days.messages} message(s) in {len(days.days)} conversation day(s); the archive"
            f" is {owner_label(_owner_name(owner, days))}'s"
        ),
    )


def _owner_name(owner: Owner, days: MessageDays) -> str:
    for person in days.all_people():
        if fold(person.name).strip() == owner.name_key:
            return person.name
    return owner.name_key


def _recommendations(
    story: Story, part: Part, archive: LinkedInArchive, index: PeopleIndex
) -> PartResult:
    result = PartResult(part.name, part.kind.format, "interactions")
    for item in archive.recommendations(part):
        if isinstance(item, Problem):
            result.problems.append(item)
        else:
            _vouch(story, result, item, index)
    return result


def _vouch(
    story: Story, result: PartResult, item: Recommendation | Endorsement, index: PeopleIndex
) -> None:
    """Plan the interaction of one recommendation or endorsement, or report why not."""
    company = item.company if isinstance(item, Recommendation) else ""
    cid = index.find(item.person, company)
    if cid is None or item.on is None:
        why = "is not in the book" if cid is None else "the file gives no date"
        result.problems.append(
            Problem(item.row, item.line, f"{item.person.name or item.person.url}: {why}; left out")
        )
        return
    if isinstance(item, Recommendation):
        kind = RECOMMENDATION_GIVEN if item.given else RECOMMENDATION
        lead = "you recommended them" if item.given else "recommended you"
        first = item.text.splitlines()[0] if item.text else ""
        summary = _clip(f"{lead}: {first}" if first else lead, SUMMARY_CHARS)
        key = interaction_uid(kind, fold(item.person.name), item.on.isoformat())
    else:
        kind = ENDORSEMENT_GIVEN if item.given else ENDORSEMENT
        lead = "you endorsed them" if item.given else "endorsed you"
        summary = _clip(f"{lead} for {item.skill}", SUMMARY_CHARS)
        who = _profile_key(item.person.url) if item.person.url else fold(item.person.name)
        key = interaction_uid(kind, who, fold(item.skill))
    story.interactions.append(PlannedInteraction(key, item.on, kind, summary, (cid,)))
    story.counted_in.append(result)


def _endorsements(
    story: Story, part: Part, archive: LinkedInArchive, index: PeopleIndex
) -> PartResult:
    result = PartResult(part.name, part.kind.format, "interactions")
    for item in archive.endorsements(part):
        if isinstance(item, Problem):
            result.problems.append(item)
        else:
            _vouch(story, result, item, index)
    return result


def _count_how_met(conn: Connection, story: Story) -> None:
    """Which proposals would fill a how-we-met (the rest leave one the user wrote alone)."""
    in_book = sorted(p.contact_id for p in story.how_met if p.contact_id > 0)
    current: dict[int, tuple[str | None, str | None, str | None]] = {}
    for chunk in chunks(in_book):
        for row in conn.execute(
            select(
                contact_t.c.id,
                contact_t.c.how_met_channel,
                contact_t.c.how_met_place,
                contact_t.c.how_met_context,
            ).where(contact_t.c.id.in_(chunk))
        ):
            current[row.id] = (row.how_met_channel, row.how_met_place, row.how_met_context)
    writable = []
    for proposal, result in zip(story.how_met, story.how_met_in, strict=True):
        now = current.get(proposal.contact_id, (None, None, None))
        if proposal.contact_id < 0 or may_write_how_met(*now):
            result.updated += 1
            writable.append(proposal)
        else:
            result.unchanged += 1
    story.how_met = writable
    story.how_met_in = []


def _count_interactions(conn: Connection, story: Story) -> None:
    """Drop the interactions the book already has (counted unchanged); count the new ones."""
    existing = _existing_uids(conn, [i.uid for i in story.interactions])
    kept: list[PlannedInteraction] = []
    seen: set[str] = set()
    for planned, result in zip(story.interactions, story.counted_in, strict=True):
        if planned.uid in existing or planned.uid in seen:
            result.unchanged += 1
            continue
        seen.add(planned.uid)
        result.imported += 1
        kept.append(planned)
    story.interactions = kept
    story.counted_in = []


def _existing_uids(conn: Connection, uids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(set(uids))):
        found.update(
            conn.execute(select(interaction_t.c.uid).where(interaction_t.c.uid.in_(chunk)))
            .scalars()
            .all()
        )
    return found


def apply_story(conn: Connection, story: Story, batch_id: int) -> None:
    """Write the story: how-we-met contexts and new interactions, in the caller's transaction.

    The import's journal operation records every row this writes (the store's triggers), so
    undoing the import takes them back with its contacts; nothing is kept here for that.
    """
    now = _stored_stamp(utcnow())
    # executemany on the driver: at 30,000 invitations, statement by statement through the
    # SQL expression layer costs seconds. Empty channel and date only are filled.
    if story.how_met:
        conn.exec_driver_sql(
            "UPDATE contact SET how_met_context = ?,"
            " how_met_channel = CASE WHEN coalesce(how_met_channel, '') = '' THEN ?"
            " ELSE how_met_channel END,"
            " how_met_date = coalesce(how_met_date, ?), updated_at = ? WHERE id = ?",
            [
                (p.context, CHANNEL, p.on.isoformat() if p.on else None, now, p.contact_id)
                for p in story.how_met
            ],
        )
    _insert_interactions(conn, story.interactions, batch_id, now)


def _stored_stamp(moment: dt.datetime) -> str:
    """A timestamp as SQLAlchemy stores a DateTime in SQLite (the driver is handed text)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert_interactions(
    conn: Connection, planned: Sequence[PlannedInteraction], batch_id: int, now: str
) -> None:
    """Insert with the driver's executemany: 100,000 conversation days in about a second
    (through the SQL expression layer, its per-row parameter processing costs several)."""
    if not planned:
        return
    conn.exec_driver_sql(
        "INSERT INTO interaction"
        " (uid, occurred_on, kind, summary, channel, text, source_batch_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (p.uid, p.occurred_on.isoformat(), p.kind, p.summary, CHANNEL, p.text, batch_id, now)
            for p in planned
        ],
    )
    ids: dict[str, int] = {
        uid: iid
        for uid, iid in conn.exec_driver_sql(
            "SELECT uid, id FROM interaction WHERE source_batch_id = ?", (batch_id,)
        )
    }
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
        [(ids[p.uid], cid) for p in planned for cid in p.contact_ids],
    )

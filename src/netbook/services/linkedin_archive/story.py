"""The whole story of an archive read against the book, and what of it the book already has."""

from __future__ import annotations

from sqlalchemy import Connection, select

from netbook.formats.linkedin_archive import (
    Invitation,
    Kind,
    LinkedInArchive,
)
from netbook.services.linkedin_archive.how_met import may_write_how_met, plan_invitations
from netbook.services.linkedin_archive.message_days import (
    NewDays,
    all_people,
    most_present,
    plan_message_days,
)
from netbook.services.linkedin_archive.owner import (
    Owner,
    learn_owner,
    owner_from_invitations,
    owner_label,
)
from netbook.services.linkedin_archive.people_index import PeopleIndex
from netbook.services.linkedin_archive.story_plan import (
    PartResult,
    PlannedInteraction,
    Story,
    Tick,
    info,
)
from netbook.services.linkedin_archive.vouching import plan_vouching
from netbook.store.core_tables import (
    chunks,
    contact_t,
    interaction_t,
)

# Rows between two progress reports (each also checks for Cancel).
TICK_ROWS = 2000


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
                problems=[info(f"the archive is {owner_label(archive.owner())}'s")],
            )
        )
    invitation_parts = [
        (part, list(archive.invitations(part))) for part in archive.of_kind(Kind.INVITATIONS)
    ]
    if not owner.name_key:
        owner = Owner(owner_from_invitations(items for _, items in invitation_parts))
    days_by_part = []
    for part in archive.of_kind(Kind.MESSAGES):
        result = PartResult(part.name, part.kind.format, "interactions")
        days = archive.message_days(part, keep_message_text, tick, TICK_ROWS)
        result.problems.extend(days.problems)
        days_by_part.append((result, days))
        if not owner.name_key:
            owner = Owner(most_present(days))
    for _, days in days_by_part:
        owner.learn_urls(all_people(days))
    for _, items in invitation_parts:
        for invitation in items:
            if isinstance(invitation, Invitation):
                learn_owner(owner, invitation)
    for part, items in invitation_parts:
        story.results.append(plan_invitations(story, part, items, owner, index))
    # Every UID the book holds, read once: the archive's days and items are looked up in it
    # (an interaction already in the book is left as it is).
    known = _book_uids(conn)
    new_days: list[NewDays] = []
    for result, days in days_by_part:
        new_days.append(plan_message_days(result, days, owner, index, known, new_days))
        story.results.append(result)
    story.new_days.extend(new_days)
    for part in archive.of_kind(Kind.RECOMMENDATIONS_RECEIVED, Kind.RECOMMENDATIONS_GIVEN):
        story.results.append(plan_vouching(story, part, archive.recommendations(part), index))
    for part in archive.of_kind(Kind.ENDORSEMENTS_RECEIVED, Kind.ENDORSEMENTS_GIVEN):
        story.results.append(plan_vouching(story, part, archive.endorsements(part), index))
    _count_how_met(conn, story)
    _count_interactions(story, known)
    return story


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


def _count_interactions(story: Story, known: set[str]) -> None:
    """Drop the interactions the book already has (counted unchanged); count the new ones.

    The conversation days are counted as they are planned (`plan_message_days`): their UIDs
    are derived from another kind than these, so none is shared with them."""
    kept: list[PlannedInteraction] = []
    seen: set[str] = set()
    for planned, result in zip(story.interactions, story.counted_in, strict=True):
        if planned.uid in known or planned.uid in seen:
            result.unchanged += 1
            continue
        seen.add(planned.uid)
        result.imported += 1
        kept.append(planned)
    story.interactions = kept
    story.counted_in = []


def _book_uids(conn: Connection) -> set[str]:
    """The UIDs of the book's interactions (one query: cheaper than asking for the archive's
    170,000 by chunks, and a re-import finds every one of them here)."""
    return set(conn.execute(select(interaction_t.c.uid)).scalars())

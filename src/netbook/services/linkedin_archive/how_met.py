"""Invitations.csv -> how we met: one proposal per contact an invitation names."""

from __future__ import annotations

import datetime as dt

from netbook.formats.linkedin_archive import (
    Invitation,
    Part,
)
from netbook.formats.linkedin_archive.invitations import INCOMING
from netbook.formats.parsed import Problem
from netbook.services.linkedin_archive.owner import Owner
from netbook.services.linkedin_archive.people_index import PeopleIndex
from netbook.services.linkedin_archive.story_plan import CHANNEL, HowMetProposal, PartResult, Story


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


def plan_invitations(
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

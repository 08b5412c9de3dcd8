"""Recommendations and endorsements, received and given -> one interaction each."""

from __future__ import annotations

from collections.abc import Iterable

from netbook.formats.linkedin_archive import (
    Endorsement,
    Part,
    Recommendation,
)
from netbook.formats.parsed import Problem
from netbook.model.text import fold
from netbook.model.vocabulary import (
    ENDORSEMENT,
    ENDORSEMENT_GIVEN,
    RECOMMENDATION,
    RECOMMENDATION_GIVEN,
)
from netbook.services.linkedin_archive.people_index import PeopleIndex, profile_key
from netbook.services.linkedin_archive.story_plan import (
    SUMMARY_CHARS,
    PartResult,
    PlannedInteraction,
    Story,
    clip,
    interaction_uid,
)


def plan_vouching(
    story: Story,
    part: Part,
    items: Iterable[Recommendation | Endorsement | Problem],
    index: PeopleIndex,
) -> PartResult:
    """One file of recommendations or endorsements (`archive.recommendations(part)` or
    `archive.endorsements(part)`): an interaction planned per item, or a problem."""
    result = PartResult(part.name, part.kind.format, "interactions")
    for item in items:
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
        summary = clip(f"{lead}: {first}" if first else lead, SUMMARY_CHARS)
        key = interaction_uid(kind, fold(item.person.name), item.on.isoformat())
    else:
        kind = ENDORSEMENT_GIVEN if item.given else ENDORSEMENT
        lead = "you endorsed them" if item.given else "endorsed you"
        summary = clip(f"{lead} for {item.skill}", SUMMARY_CHARS)
        who = profile_key(item.person.url) if item.person.url else fold(item.person.name)
        key = interaction_uid(kind, who, fold(item.skill))
    story.interactions.append(PlannedInteraction(key, item.on, kind, summary, (cid,)))
    story.counted_in.append(result)

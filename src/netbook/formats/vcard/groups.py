"""Group cards (Apple/iCloud, vCard 4.0 KIND:group) turned into tags on their members.

A group card is not a contact: its name becomes a tag on the members found in the same file,
and `ParseResult.group_memberships` lists every member so that the importer can tag those
already in the book. It is its own step because it runs once the whole file is read: a group
card may come before or after the cards of its members.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netbook.formats.parsed import ParseResult
from netbook.model.values import ContactRecord


@dataclass(slots=True)
class GroupCard:
    """An Apple/iCloud group card (or vCard 4.0 KIND:group): a tag for its members."""

    name: str
    members: list[str] = field(default_factory=list)


def bare_uuid(uri: str) -> str:
    """A member's URI as Apple's cards carry their UIDs: `urn:uuid:X` as X."""
    return uri[9:] if uri[:9].lower() == "urn:uuid:" else uri


def apply_groups(result: ParseResult, groups: list[GroupCard]) -> None:
    """Tag the members of each group card: those in this file directly, all of them by UID.

    A member is named by a URI (`urn:uuid:...`) while Apple's cards carry the bare UUID, so
    both spellings are matched here and both are given to the importer.
    """
    if not groups:
        return
    by_uid: dict[str, list[ContactRecord]] = {}
    for record in result.records:
        if record.uid:
            by_uid.setdefault(record.uid, []).append(record)
            by_uid.setdefault(bare_uuid(record.uid), []).append(record)
    listed: dict[str, set[str]] = {}
    for group in groups:
        uids = result.group_memberships.setdefault(group.name, [])
        seen = listed.setdefault(group.name, set())
        for member in group.members:
            for spelling in dict.fromkeys((member, bare_uuid(member))):
                if spelling not in seen:
                    seen.add(spelling)
                    uids.append(spelling)
            tagged: set[int] = set()
            for spelling in dict.fromkeys((member, bare_uuid(member))):
                for record in by_uid.get(spelling, []):
                    if id(record) in tagged:
                        continue
                    tagged.add(id(record))
                    if group.name.casefold() not in {t.casefold() for t in record.tags}:
                        record.tags.append(group.name)

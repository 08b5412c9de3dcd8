"""Who an archive belongs to (Profile.csv's name, else the owner's side of the invitations,
else the person in the most conversations), and the URLs they appear under."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from netbook.formats.linkedin_archive import (
    Invitation,
)
from netbook.formats.linkedin_archive.invitations import INCOMING, OUTGOING
from netbook.formats.linkedin_archive.people import Person
from netbook.formats.parsed import Problem
from netbook.model.text import fold
from netbook.services.linkedin_archive.people_index import profile_key


class Owner:
    """Who the archive belongs to: their name, and the profile URLs they appear under."""

    def __init__(self, name: str) -> None:
        self.name_key = fold(name).strip()
        self.url_keys: set[str] = set()

    def is_owner(self, person: Person) -> bool:
        if person.url and profile_key(person.url) in self.url_keys:
            return True
        return bool(self.name_key) and fold(person.name).strip() == self.name_key

    def learn_urls(self, people: Iterable[Person]) -> None:
        """Remember the URLs of the people named like the owner (their own messages)."""
        for person in people:
            if person.url and fold(person.name).strip() == self.name_key:
                self.url_keys.add(profile_key(person.url))


def owner_label(name: str) -> str:
    return name or "an unknown owner"


def owner_from_invitations(files: Iterable[list[Invitation | Problem]]) -> str:
    """The name on the owner's side of the invitations whose direction is known."""
    names: Counter[str] = Counter()
    for items in files:
        for item in items:
            if isinstance(item, Invitation) and item.direction:
                side = item.invitee if item.direction == INCOMING else item.inviter
                if side.name:
                    names[side.name] += 1
    return names.most_common(1)[0][0] if names else ""


def learn_owner(owner: Owner, invitation: Invitation) -> None:
    """The owner's profile URL, from the side of an invitation they are on."""
    owner.learn_urls((invitation.inviter, invitation.invitee))
    if invitation.direction == INCOMING and invitation.invitee.url:
        owner.url_keys.add(profile_key(invitation.invitee.url))
    if invitation.direction == OUTGOING and invitation.inviter.url:
        owner.url_keys.add(profile_key(invitation.inviter.url))

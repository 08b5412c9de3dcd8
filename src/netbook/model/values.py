"""Contacts as plain values: what formats read and write, services return, and fronts show.

These carry no database state. A `ContactRecord` is a complete, detached description of one
contact, including its story; readers build them from files, the store turns them into rows and
back. References to other contacts (introduced by, relations, interaction participants) are made
by UID so that a record means the same thing in a file as in the book.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class LabelledValue:
    """An email address, phone number, URL or IM handle, with its label ("work", "home", ...)."""

    value: str
    label: str | None = None
    preferred: bool = False
    # For instant messaging: the service ("xmpp", "skype", ...).
    service: str | None = None


@dataclass(slots=True)
class Address:
    street: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    po_box: str | None = None
    extended: str | None = None
    label: str | None = None
    preferred: bool = False

    def is_empty(self) -> bool:
        return not any(
            (
                self.street,
                self.locality,
                self.region,
                self.postal_code,
                self.country,
                self.po_box,
                self.extended,
            )
        )


@dataclass(slots=True)
class SocialProfileValue:
    service: str  # "linkedin", "twitter", "blog", "youtube", "github", ...
    value: str  # URL or handle
    label: str | None = None


@dataclass(slots=True)
class RelationValue:
    kind: str
    name: str | None = None  # the related person's name as written
    uid: str | None = None  # the related contact's UID when known
    label: str | None = None


@dataclass(slots=True)
class PhotoValue:
    data: bytes | None = None
    media_type: str | None = None
    uri: str | None = None  # remote URI: kept, never fetched
    thumbnail: bytes | None = None  # small PNG for lists, made when the photo is stored


@dataclass(slots=True)
class HowMet:
    channel: str | None = None  # linkedin, twitter, blog, group, event, introduction, ...
    date: dt.date | None = None
    place: str | None = None
    context: str | None = None

    def is_empty(self) -> bool:
        return not any((self.channel, self.date, self.place, self.context))


@dataclass(slots=True)
class InteractionValue:
    occurred_on: dt.date
    kind: str
    summary: str = ""
    uid: str | None = None
    # UIDs of the other contacts who took part.
    with_uids: list[str] = field(default_factory=list)
    # Where it happened ("linkedin" for an archive's messages), and the messages' own words
    # when the user chose to keep them; both are read from the book, not written back by edits.
    channel: str | None = None
    text: str | None = None


@dataclass(slots=True)
class OpportunityValue:
    kind: str  # job_offer, partnership, interview, speaking, client, other
    title: str = ""
    occurred_on: dt.date | None = None
    outcome: str | None = None
    note: str | None = None
    uid: str | None = None
    introducer_uid: str | None = None


@dataclass(slots=True)
class ExtraPropertyValue:
    """A vCard property netbook does not model: group, name, parameters and raw value."""

    name: str
    value: str
    group: str | None = None
    params: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass(slots=True)
class Backlinks:
    """Who pointed at a contact when it was deleted, so that undoing the delete links them again.

    Filled only by a delete; a record read from the book or a file has none.
    """

    introduced_uids: list[str] = field(default_factory=list)  # contacts this one introduced
    opportunity_uids: list[str] = field(
        default_factory=list
    )  # opportunities it was the introducer of


@dataclass(slots=True)
class ContactRecord:
    """One contact, complete and detached from the database."""

    uid: str | None = None
    id: int | None = None
    kind: str = "person"
    display_name: str = ""
    prefix: str | None = None
    given_name: str | None = None
    additional_names: str | None = None
    family_name: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    phonetic_given_name: str | None = None
    phonetic_family_name: str | None = None
    sort_as: str | None = None  # vCard 4.0 SORT-AS of N: "family,given" sort strings
    organization: str | None = None
    department: str | None = None
    title: str | None = None
    role: str | None = None
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD"
    anniversary: str | None = None
    gender: str | None = None
    note: str | None = None
    favourite: bool = False
    archived: bool = False
    # When it was archived, as the book holds it; writers and readers go by `archived`.
    archived_at: dt.datetime | None = None
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    urls: list[LabelledValue] = field(default_factory=list)
    social_profiles: list[SocialProfileValue] = field(default_factory=list)
    instant_messages: list[LabelledValue] = field(default_factory=list)
    relations: list[RelationValue] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: PhotoValue | None = None
    how_met: HowMet = field(default_factory=HowMet)
    introduced_by_uid: str | None = None
    introduced_by_name: str | None = None
    met_in_person: bool = False
    met_in_person_date: dt.date | None = None
    met_in_person_place: str | None = None
    keep_in_touch_days: int | None = None
    interactions: list[InteractionValue] = field(default_factory=list)
    opportunities: list[OpportunityValue] = field(default_factory=list)
    extra_properties: list[ExtraPropertyValue] = field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    backlinks: Backlinks | None = None

    def best_display_name(self) -> str:
        """The display name, or one made from the parts, the organisation or an address."""
        if self.display_name.strip():
            return self.display_name.strip()
        parts = [self.prefix, self.given_name, self.additional_names, self.family_name, self.suffix]
        name = " ".join(p.strip() for p in parts if p and p.strip())
        if name:
            return name
        for fallback in (self.nickname, self.organization):
            if fallback and fallback.strip():
                return fallback.strip()
        if self.emails:
            return self.emails[0].value
        if self.phones:
            return self.phones[0].value
        return ""


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """One row of the contact list: just what a list shows."""

    id: int
    display_name: str
    organization: str | None
    title: str | None
    has_photo: bool
    favourite: bool
    archived: bool
    days_overdue: int | None = None  # in the Reach out list: days past the cadence
    # Read only for the list's optional columns that are shown (services/contact_list.py).
    email: str | None = None
    phone: str | None = None
    last_contact: dt.date | None = None
    added: dt.datetime | None = None
    next_reach_out: dt.date | None = None
    tags: tuple[str, ...] = ()

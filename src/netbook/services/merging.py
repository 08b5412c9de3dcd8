"""Merging what a file says about a contact into what the book already holds.

The rule is "never lose a value": incoming contact data (names, organisation, title, dates)
wins where it says something, and says nothing where it is empty; notes are joined unless one
already holds the other; multi-valued fields are united;
the story the user recorded (how we met, introducer, met in person, cadence, favourite, archived)
is kept, and only filled in where it was blank.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from netbook.model.phones import to_e164
from netbook.model.text import email_key, fold, url_key
from netbook.model.values import ContactRecord, HowMet

T = TypeVar("T")

# Scalars a file is the authority on: a newer export's company or title replaces the old one.
CONTACT_SCALARS = (
    "kind",
    "display_name",
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "nickname",
    "phonetic_given_name",
    "phonetic_family_name",
    "organization",
    "department",
    "title",
    "role",
    "birthday",
    "anniversary",
    "gender",
)
# The user's own story: kept when set, filled in from the file when blank.
STORY_SCALARS = (
    "introduced_by_uid",
    "introduced_by_name",
    "met_in_person_date",
    "met_in_person_place",
    "keep_in_touch_days",
)
# Not part of a contact's content (set by the store).
_BOOKKEEPING = {"id", "created_at", "updated_at", "archived_at"}


def _unite(existing: list[T], incoming: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    seen = {key(item) for item in existing}
    merged = list(existing)
    for item in incoming:
        k = key(item)
        if k not in seen:
            seen.add(k)
            merged.append(item)
    return merged


def _phone_key(value: str) -> str:
    return to_e164(value) or fold(value)


def _joined_note(existing: str | None, incoming: str | None) -> str | None:
    """A note written in netbook survives re-importing an older export of the same contact.

    The longer note wins when it already contains the other (an edit that added to it);
    otherwise both are kept, the book's first.
    """
    if not incoming or not incoming.strip():
        return existing
    if not existing or not existing.strip() or existing.strip() in incoming:
        return incoming
    if incoming.strip() in existing:
        return existing
    return existing.rstrip() + "\n\n" + incoming.strip()


def merge_into(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """`existing` with what `incoming` adds; `existing` itself is not changed."""
    merged = dataclasses.replace(existing)
    for name in CONTACT_SCALARS:
        value = getattr(incoming, name)
        if value not in (None, "") and not (name == "kind" and value == "person"):
            setattr(merged, name, value)
    for name in STORY_SCALARS:
        if getattr(merged, name) in (None, "") and getattr(incoming, name) not in (None, ""):
            setattr(merged, name, getattr(incoming, name))
    merged.note = _joined_note(existing.note, incoming.note)
    merged.met_in_person = existing.met_in_person or incoming.met_in_person
    merged.favourite = existing.favourite or incoming.favourite
    merged.how_met = HowMet(
        channel=existing.how_met.channel or incoming.how_met.channel,
        date=existing.how_met.date or incoming.how_met.date,
        place=existing.how_met.place or incoming.how_met.place,
        context=existing.how_met.context or incoming.how_met.context,
    )
    merged.emails = _unite(existing.emails, incoming.emails, lambda v: email_key(v.value))
    merged.phones = _unite(existing.phones, incoming.phones, lambda v: _phone_key(v.value))
    merged.addresses = _unite(
        existing.addresses,
        incoming.addresses,
        lambda a: tuple(fold(x or "") for x in (a.street, a.locality, a.postal_code, a.country)),
    )
    merged.urls = _unite(existing.urls, incoming.urls, lambda v: url_key(v.value))
    merged.social_profiles = _unite(
        existing.social_profiles, incoming.social_profiles, lambda s: (s.service, url_key(s.value))
    )
    merged.instant_messages = _unite(
        existing.instant_messages, incoming.instant_messages, lambda v: fold(v.value)
    )
    merged.relations = _unite(
        existing.relations, incoming.relations, lambda r: (r.kind, fold(r.name or ""), r.uid)
    )
    merged.tags = _unite(existing.tags, incoming.tags, fold)
    merged.interactions = _unite(
        existing.interactions,
        incoming.interactions,
        lambda i: i.uid or (i.occurred_on, i.kind, i.summary),
    )
    merged.opportunities = _unite(
        existing.opportunities,
        incoming.opportunities,
        lambda o: o.uid or (o.kind, o.title, o.occurred_on),
    )
    merged.extra_properties = _unite(
        existing.extra_properties,
        incoming.extra_properties,
        lambda x: (x.group, x.name.upper(), x.value),
    )
    if incoming.photo is not None and (incoming.photo.data or incoming.photo.uri):
        same = (
            existing.photo is not None
            and existing.photo.data == incoming.photo.data
            and (existing.photo.uri == incoming.photo.uri)
        )
        if not same:
            merged.photo = incoming.photo
    return merged


# Name parts are told by the display name; the note is joined whole; kind is not a value.
_NOT_LISTED = {
    "kind",
    "note",
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "phonetic_given_name",
    "phonetic_family_name",
}


def merge_duplicate(kept: ContactRecord, other: ContactRecord) -> ContactRecord:
    """`other`, a duplicate the user folds into `kept`: nothing of either is lost.

    Unlike an import, the contact the user chose to keep is the authority: its fields win and
    only blanks are filled from the other. The other's notes are joined to the kept note, and
    every other value that differs (its name, organisation, title, ...) is written into the
    note, so it can still be read and found.
    """
    merged = merge_into(kept, other)
    differing: list[str] = []
    for name in CONTACT_SCALARS:
        mine, theirs = getattr(kept, name), getattr(other, name)
        if mine in (None, "") or (name == "kind" and mine == "person" and theirs):
            continue
        setattr(merged, name, mine)
        if name in _NOT_LISTED or theirs in (None, ""):
            continue
        if fold(str(theirs)) != fold(str(mine)):
            differing.append(f"{name.replace('_', ' ')}: {theirs}")
    other_name = other.best_display_name()
    if fold(other_name) != fold(kept.best_display_name()) and not any(
        item.startswith("display name:") for item in differing
    ):
        differing.insert(0, f"display name: {other_name}")
    notes = [n for n in (kept.note, other.note) if n and n.strip()]
    if len(notes) == 2 and fold(notes[1]) in fold(notes[0]):
        notes.pop()
    if differing:
        notes.append("Merged from a duplicate: " + "; ".join(differing))
    merged.note = "\n\n".join(notes) or None
    if kept.photo is not None and (kept.photo.data or kept.photo.uri):
        merged.photo = kept.photo
    return merged


def content_of(record: ContactRecord) -> dict[str, object]:
    """What a record says, without bookkeeping, for "did anything change?" comparisons."""
    data = {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name not in _BOOKKEEPING
    }
    photo = record.photo
    data["photo"] = None if photo is None else (photo.data, photo.uri)
    return data


def same_content(a: ContactRecord, b: ContactRecord) -> bool:
    return content_of(a) == content_of(b)

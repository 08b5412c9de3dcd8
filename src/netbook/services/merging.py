"""Merging what a file says about a contact into what the book already holds.

The rule is "never lose a value": multi-valued fields are united, notes are joined unless one
already holds the other (`united`). Which side's single values win depends on who merges: two
cards of one file are one person, and the later card's values win (`merge_into`); a duplicate
the user folds in keeps the chosen contact's values and writes the other's into the note
(`merge_duplicate`); a file meeting the book adds and never overwrites
(`services.incoming_merge`).
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from netbook.model.fields import REPLACED_SCALARS, SCALAR_FIELDS
from netbook.model.phones import to_e164
from netbook.model.text import email_key, fold, url_key
from netbook.model.values import ContactRecord, HowMet, RelationValue

T = TypeVar("T")

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

D = TypeVar("D")


def _shallow_copier(cls: type[D]) -> Callable[[D], D]:
    """What `dataclasses.replace(x)` does for a `cls` (a new object holding the same values),
    with the fields read in one C call and given by position: an import copies every record
    it plans and every contact it merges into, and `replace` costs six times as much."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    assert all(f.init for f in fields)  # every field given by position
    values = operator.attrgetter(*(f.name for f in fields))

    def copied(item: D) -> D:
        return cls(*values(item))

    return copied


copy_record: Callable[[ContactRecord], ContactRecord] = _shallow_copier(ContactRecord)
_copy_how_met: Callable[[HowMet], HowMet] = _shallow_copier(HowMet)


def unite(existing: list[T], incoming: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """`existing`, then each item of `incoming` whose key is not there yet."""
    merged = list(existing)
    seen: set[Hashable] | None = None  # worked out at the first incoming item: most are empty
    for item in incoming:
        if seen is None:
            seen = {key(known) for known in existing}
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


def _same_relation(existing: list[RelationValue]) -> Callable[[RelationValue], bool]:
    """Whether an incoming relation is one `existing` already holds.

    A relation is told by its kind and the other person: by UID where both sides know it, else
    by the name as written. A CSV carries only the name, so the book's linked relation and the
    file's unlinked copy of it are one relation, not two.
    """
    by_uid = {(r.kind, r.uid) for r in existing if r.uid}
    by_name = {(r.kind, fold(r.name or "")) for r in existing if r.name}

    def known(relation: RelationValue) -> bool:
        if relation.uid and (relation.kind, relation.uid) in by_uid:
            return True
        return bool(relation.name) and (relation.kind, fold(relation.name or "")) in by_name

    return known


def _unite_relations(
    existing: list[RelationValue], incoming: Iterable[RelationValue]
) -> list[RelationValue]:
    merged = list(existing)
    for relation in incoming:
        if not _same_relation(merged)(relation):
            merged.append(relation)
    return merged


def united(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """`existing` with every value `incoming` adds to its lists, flags and note.

    Multi-valued fields are united (each value once), favourite and met in person are set when
    either side sets them, notes are joined. Single values are left as `existing` has them:
    which side wins there is the caller's rule. `existing` itself is not changed.
    """
    merged = copy_record(existing)
    merged.how_met = _copy_how_met(existing.how_met)
    merged.note = _joined_note(existing.note, incoming.note)
    merged.met_in_person = existing.met_in_person or incoming.met_in_person
    merged.favourite = existing.favourite or incoming.favourite
    merged.emails = unite(existing.emails, incoming.emails, lambda v: email_key(v.value))
    merged.phones = unite(existing.phones, incoming.phones, lambda v: _phone_key(v.value))
    merged.addresses = unite(
        existing.addresses,
        incoming.addresses,
        lambda a: tuple(fold(x or "") for x in (a.street, a.locality, a.postal_code, a.country)),
    )
    merged.urls = unite(existing.urls, incoming.urls, lambda v: url_key(v.value))
    merged.social_profiles = unite(
        existing.social_profiles, incoming.social_profiles, lambda s: (s.service, url_key(s.value))
    )
    merged.instant_messages = unite(
        existing.instant_messages, incoming.instant_messages, lambda v: fold(v.value)
    )
    merged.relations = _unite_relations(existing.relations, incoming.relations)
    merged.tags = unite(existing.tags, incoming.tags, fold)
    merged.interactions = unite(
        existing.interactions,
        incoming.interactions,
        lambda i: i.uid or (i.occurred_on, i.kind, i.summary),
    )
    merged.opportunities = unite(
        existing.opportunities,
        incoming.opportunities,
        lambda o: o.uid or (o.kind, o.title, o.occurred_on),
    )
    merged.extra_properties = unite(
        existing.extra_properties,
        incoming.extra_properties,
        lambda x: (x.group, x.name.upper(), x.value),
    )
    return merged


def has_photo(record: ContactRecord) -> bool:
    return record.photo is not None and bool(record.photo.data or record.photo.uri)


def same_photo(a: ContactRecord, b: ContactRecord) -> bool:
    pa, pb = a.photo, b.photo
    if not has_photo(a) or not has_photo(b):
        return has_photo(a) == has_photo(b)
    assert pa is not None
    assert pb is not None
    return pa.data == pb.data and pa.uri == pb.uri


def merge_into(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """`existing` with what `incoming` adds, `incoming`'s single values winning.

    For cards of one file that are one person (no user data is at stake there) and as the
    first step of a duplicate merge. A file meeting the book goes through
    `services.incoming_merge` instead, which never overwrites. `existing` is not changed.
    """
    merged = united(existing, incoming)
    for name in REPLACED_SCALARS:
        value = getattr(incoming, name)
        if value not in (None, "") and not (name == "kind" and value == "person"):
            setattr(merged, name, value)
    for name in STORY_SCALARS:
        if getattr(merged, name) in (None, "") and getattr(incoming, name) not in (None, ""):
            setattr(merged, name, getattr(incoming, name))
    merged.how_met = HowMet(
        channel=existing.how_met.channel or incoming.how_met.channel,
        date=existing.how_met.date or incoming.how_met.date,
        place=existing.how_met.place or incoming.how_met.place,
        context=existing.how_met.context or incoming.how_met.context,
    )
    if has_photo(incoming) and not same_photo(existing, incoming):
        merged.photo = incoming.photo
    return merged


# Name parts are told by the display name; the note is joined whole; kind is not a value.
_NOT_LISTED = frozenset(f.name for f in SCALAR_FIELDS if not f.listed_when_merged)


def merge_duplicate(kept: ContactRecord, other: ContactRecord) -> ContactRecord:
    """`other`, a duplicate the user folds into `kept`: nothing of either is lost.

    Unlike an import, the contact the user chose to keep is the authority: its fields win and
    only blanks are filled from the other. The other's notes are joined to the kept note, and
    every other value that differs (its name, organisation, title, ...) is written into the
    note, so it can still be read and found.
    """
    merged = merge_into(kept, other)
    differing: list[str] = []
    for name in REPLACED_SCALARS:
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
    if has_photo(kept):
        merged.photo = kept.photo
    return merged


# What a record says, without bookkeeping and its photo (compared by data and URI alone).
_content_values: Callable[[ContactRecord], tuple[Any, ...]] = operator.attrgetter(
    *(
        f.name
        for f in dataclasses.fields(ContactRecord)
        if f.name not in _BOOKKEEPING and f.name != "photo"
    )
)


def _photo_content(record: ContactRecord) -> tuple[bytes | None, str | None] | None:
    photo = record.photo
    return None if photo is None else (photo.data, photo.uri)


def same_content(a: ContactRecord, b: ContactRecord) -> bool:
    """Whether two records say the same, for "did anything change?" (bookkeeping aside)."""
    return _content_values(a) == _content_values(b) and _photo_content(a) == _photo_content(b)

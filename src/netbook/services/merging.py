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
import functools
import operator
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from netbook.model.fields import REPLACED_SCALARS, SCALAR_FIELDS
from netbook.model.phones import to_e164
from netbook.model.text import email_key, fold, url_key
from netbook.model.values import (
    Address,
    ContactRecord,
    ExtraPropertyValue,
    HowMet,
    LabelledValue,
    RelationValue,
    SocialProfileValue,
)

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


# A united list this long remembers its items' keys for the next union (`_UnitedList`);
# shorter ones are keyed again each time, which costs less than keeping a set for each.
REMEMBERED_FROM = 8


class _UnitedList(list[T]):
    """A list `unite` made, holding the keys of its items by the key function they were
    worked out with, so that uniting it again keys only what comes in.

    Cards of one file that are one person are merged one by one into a contact the import
    will insert, and 100,000 Google rows sharing phones with earlier rows are 90,000 merges
    into contacts whose email lists grow with every merge: keying every existing item again
    made uniting quadratic in the cards per person. The keys belong to whichever list holds
    them last: a union takes them from the list it copies (which forgets them), and any
    change made to a list in place makes it forget them too, so they are never stale.
    Only lists of items nobody changes in place hold them (see `united`).
    """

    __slots__ = ("_key", "_keys")
    _key: Callable[[T], Hashable]
    _keys: set[Hashable] | None


def _forgetting(name: str) -> Callable[..., Any]:
    change = getattr(list, name)

    def changed(self: _UnitedList[Any], *args: Any, **kwargs: Any) -> Any:
        self._keys = None  # its items changed: the remembered keys may no longer be theirs
        return change(self, *args, **kwargs)

    changed.__name__ = name
    return changed


for _name in (
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "clear",
    "sort",
    "reverse",
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
):
    setattr(_UnitedList, _name, _forgetting(_name))


def _taken_keys(existing: list[T], key: Callable[[T], Hashable]) -> set[Hashable] | None:
    """The keys `existing` remembers under `key`, taken from it (it forgets them), or None."""
    # A copy made without `unite` (copy.copy, dataclasses.asdict) holds no keys at all.
    if type(existing) is not _UnitedList or getattr(existing, "_key", None) is not key:
        return None
    keys = existing._keys
    existing._keys = None
    return keys


def unite(existing: list[T], incoming: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """`existing`, then each item of `incoming` whose key is not there yet.

    A new list; `existing` is not changed. A long result remembers its items' keys, so that
    uniting it again with the same `key` (the same function object) keys only the new items.
    """
    seen = _taken_keys(existing, key)
    added: list[T] = []
    for item in incoming:
        if seen is None:  # worked out at the first incoming item: most are empty
            seen = {key(known) for known in existing}
        k = key(item)
        if k not in seen:
            seen.add(k)
            added.append(item)
    if seen is None or len(existing) + len(added) < REMEMBERED_FROM:
        return [*existing, *added]
    merged: _UnitedList[T] = _UnitedList()
    list.extend(merged, existing)
    list.extend(merged, added)
    merged._key = key
    merged._keys = seen
    return merged


def _phone_key(value: str) -> str:
    return to_e164(value) or fold(value)


def _email_key(email: LabelledValue) -> str:
    key = email_key(email.value)
    # Most addresses are their own key: the value's string then serves, and a long list's
    # remembered keys (`_UnitedList`) cost no strings of their own.
    return email.value if key == email.value else key


def _labelled_phone_key(phone: LabelledValue) -> str:
    return _phone_key(phone.value)


def _address_key(address: Address) -> tuple[str, ...]:
    return _folded_place(address.street, address.locality, address.postal_code, address.country)


# Cached: a contact's addresses are keyed again at every merge into it, and folding a place
# with accents ("Zürich") decomposes it each time.
@functools.lru_cache(maxsize=4096)
def _folded_place(*parts: str | None) -> tuple[str, ...]:
    return tuple(fold(x or "") for x in parts)


def _url_key(url: LabelledValue) -> str:
    return url_key(url.value)


def _social_profile_key(profile: SocialProfileValue) -> tuple[str, str]:
    return (profile.service, url_key(profile.value))


def _instant_message_key(im: LabelledValue) -> str:
    return fold(im.value)


def _extra_property_key(extra: ExtraPropertyValue) -> tuple[str | None, str, str]:
    return (extra.group, extra.name.upper(), extra.value)


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


# The lists whose items no one changes in place, each with the key that tells its items
# apart: module-level functions, since a long list remembers its keys by the function.
_KEYED_LISTS: tuple[tuple[str, Callable[[Any], Hashable]], ...] = (
    ("emails", _email_key),
    ("phones", _labelled_phone_key),
    ("addresses", _address_key),
    ("urls", _url_key),
    ("social_profiles", _social_profile_key),
    ("instant_messages", _instant_message_key),
    ("tags", fold),
    ("extra_properties", _extra_property_key),
)
_keyed_lists = operator.attrgetter(*(name for name, _ in _KEYED_LISTS))


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
    for (name, key), mine, came in zip(
        _KEYED_LISTS, _keyed_lists(existing), _keyed_lists(incoming), strict=True
    ):
        # A list nothing comes into is copied as it is, unless it remembers keys to hand on.
        if came or type(mine) is _UnitedList:
            setattr(merged, name, unite(mine, came, key))
        else:
            setattr(merged, name, [*mine])
    merged.relations = _unite_relations(existing.relations, incoming.relations)
    # Story items get their UIDs in place (services.story_identity, sync), so their keys can
    # change under a list: keyed afresh each time, with a new function each call.
    merged.interactions = _united_story(
        existing.interactions,
        incoming.interactions,
        lambda i: i.uid or (i.occurred_on, i.kind, i.summary),
    )
    merged.opportunities = _united_story(
        existing.opportunities,
        incoming.opportunities,
        lambda o: o.uid or (o.kind, o.title, o.occurred_on),
    )
    return merged


def _united_story(existing: list[T], incoming: list[T], key: Callable[[T], Hashable]) -> list[T]:
    """Story items united (a copy of `existing` when nothing comes in)."""
    return unite(existing, incoming, key) if incoming else [*existing]


def has_photo(record: ContactRecord) -> bool:
    return record.photo is not None and bool(record.photo.data or record.photo.uri)


def same_photo(a: ContactRecord, b: ContactRecord) -> bool:
    pa, pb = a.photo, b.photo
    if not has_photo(a) or not has_photo(b):
        return has_photo(a) == has_photo(b)
    assert pa is not None
    assert pb is not None
    return pa.data == pb.data and pa.uri == pb.uri


# The single values a merge looks at, read in one C call each (an import merges 90,000 rows
# of the generated Google file into earlier ones).
_replaced_values: Callable[[ContactRecord], tuple[Any, ...]] = operator.attrgetter(
    *REPLACED_SCALARS
)
_story_values: Callable[[ContactRecord], tuple[Any, ...]] = operator.attrgetter(*STORY_SCALARS)


def merge_into(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """`existing` with what `incoming` adds, `incoming`'s single values winning.

    For cards of one file that are one person (no user data is at stake there) and as the
    first step of a duplicate merge. A file meeting the book goes through
    `services.incoming_merge` instead, which never overwrites. `existing` is not changed.
    """
    merged = united(existing, incoming)
    for name, value in zip(REPLACED_SCALARS, _replaced_values(incoming), strict=True):
        if value not in (None, "") and not (name == "kind" and value == "person"):
            setattr(merged, name, value)
    for name, mine, theirs in zip(
        STORY_SCALARS, _story_values(merged), _story_values(incoming), strict=True
    ):
        if mine in (None, "") and theirs not in (None, ""):
            setattr(merged, name, theirs)
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

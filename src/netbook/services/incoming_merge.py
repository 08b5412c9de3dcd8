"""What a file may do to a contact the book already holds: add, never overwrite.

A card matched to a contact adds what is new: another email, phone, address, tag, interaction,
and any field the book has empty. A single value the book holds and the file spells otherwise
(a name, an organisation, a birthday, how we met, a photo...) is a *difference*: the book's
value stays unless the caller takes the file's for that field. Every difference is returned,
taken or not, so a preview can list old → new and a summary can say what was kept.

Every importer calls `merge_incoming` (vCard, CSV, a LinkedIn archive...): with no `take` it
never changes a value the user has.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from netbook.model.fields import SCALAR_GROUPS
from netbook.model.values import ContactRecord
from netbook.services.merging import has_photo, same_photo, united

# The single values a file may differ on, in groups that change together (a name is its parts
# together: taking one part of the file's name and keeping another would make a third name).
# Dotted names reach into how we met.
FIELD_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *SCALAR_GROUPS,
    ("how_met", ("how_met.channel", "how_met.date", "how_met.place", "how_met.context")),
    ("introduced_by", ("introduced_by_uid", "introduced_by_name")),
    ("met_in_person", ("met_in_person_date", "met_in_person_place")),
    ("keep_in_touch_days", ("keep_in_touch_days",)),
    ("photo", ()),
)
FIELDS = tuple(name for name, _ in FIELD_GROUPS)

Take = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One single value the book and the file disagree on, as text for people to read."""

    field: str  # one of FIELDS
    book: str
    incoming: str
    taken: bool  # whether the file's value replaced the book's


@dataclass(frozen=True, slots=True)
class ContactDifferences:
    """What a file says otherwise about one contact of the book it matched."""

    contact_id: int
    uid: str
    display_name: str  # as the book has it
    matched_by: str  # the key that matched: uid, social, email, phone, name_org, name
    may_take: bool  # False for a match on the name alone: such a match only ever adds
    fields: tuple[FieldDifference, ...]


# Keys that may match two different people: a match on them only ever adds.
WEAK_MATCHES = frozenset({"name_org", "name"})


@dataclass(frozen=True, slots=True)
class MergeChoices:
    """Which differences take the file's value: by contact and field, else the default."""

    prefer_incoming: bool = False
    fields: Mapping[tuple[int, str], bool] = field(default_factory=dict)

    def take(self, contact_id: int, field_name: str) -> bool:
        return self.fields.get((contact_id, field_name), self.prefer_incoming)

    def taker(self, contact_id: int) -> Take:
        """The choices for one contact, as `merge_incoming` asks for them."""
        return functools.partial(self.take, contact_id)


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    record: ContactRecord
    differences: tuple[FieldDifference, ...]


def keep_the_book(_field: str) -> bool:
    """The default choice: every value the user has stays."""
    return False


def _get(record: ContactRecord, path: str) -> Any:
    target: Any = record
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _set(record: ContactRecord, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target: Any = record
    for part in parents:
        target = getattr(target, part)
    setattr(target, last, value)


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


def _text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def _photo_text(record: ContactRecord) -> str:
    photo = record.photo
    if photo is None or not has_photo(record):
        return ""
    if photo.data:
        size = max(1, round(len(photo.data) / 1024))
        return f"{photo.media_type or 'image'}, {size} KB"
    return photo.uri or ""


def _group_text(record: ContactRecord, group: str, paths: tuple[str, ...]) -> str:
    if group == "photo":
        return _photo_text(record)
    if group == "name":
        return record.best_display_name()
    return ", ".join(_text(_get(record, p)) for p in paths if not _empty(_get(record, p)))


def _parts_text(record: ContactRecord, paths: tuple[str, ...]) -> str:
    """Every part by its name, for a group whose short texts look the same on both sides."""
    return "; ".join(
        f"{p.rsplit('.', 1)[-1].replace('_', ' ')}: {_text(_get(record, p))}"
        for p in paths
        if not _empty(_get(record, p))
    )


def _conflicts(existing: ContactRecord, incoming: ContactRecord, paths: tuple[str, ...]) -> bool:
    for path in paths:
        mine, theirs = _get(existing, path), _get(incoming, path)
        if path == "kind":
            # "person" is every reader's default: a file that says nothing says "person".
            if theirs != "person" and theirs != mine:
                return True
        elif not _empty(mine) and not _empty(theirs) and not _same(mine, theirs):
            return True
    return False


def merge_incoming(
    existing: ContactRecord, incoming: ContactRecord, take: Take = keep_the_book
) -> MergeOutcome:
    """`existing` with what `incoming` adds; a differing value only where `take(field)` says.

    `existing` is not changed. A field the book has empty is filled from the file (that adds,
    it overwrites nothing); a field both sides hold differently is a difference, decided by
    `take` (the group's name in FIELDS) and reported either way.
    """
    merged = united(existing, incoming)
    differences: list[FieldDifference] = []
    for group, paths in FIELD_GROUPS:
        if group == "photo":
            differing = has_photo(existing) and has_photo(incoming)
            differing = differing and not same_photo(existing, incoming)
        else:
            differing = _conflicts(existing, incoming, paths)
        if differing:
            taken = take(group)
            book, theirs = (_group_text(r, group, paths) for r in (existing, incoming))
            if book == theirs and paths:
                book, theirs = _parts_text(existing, paths), _parts_text(incoming, paths)
            differences.append(FieldDifference(group, book, theirs, taken))
            if not taken:
                continue
        if group == "photo":
            if has_photo(incoming) and (differing or not has_photo(existing)):
                merged.photo = dataclasses.replace(incoming.photo)  # type: ignore[type-var]
            continue
        for path in paths:
            theirs = _get(incoming, path)
            if path == "kind":
                if theirs != "person":
                    _set(merged, path, theirs)
            elif not _empty(theirs) and (differing or _empty(_get(existing, path))):
                _set(merged, path, theirs)
    return MergeOutcome(merged, tuple(differences))

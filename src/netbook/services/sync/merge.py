"""The three-way merge of one contact: the last version both sides agreed on, ours, theirs.

Per property, against the base (the card as last synced):

- changed on one side only: that side's value;
- changed on both sides to the same value: that value (identical edits are no conflict);
- a multi-valued property (emails, phones, tags, interactions, unknown properties, ...):
  merged item by item, so values added on either side are all kept and a value removed on one
  side goes only if the other side did not add it back;
- a single value changed differently on both sides: the server's wins and ours is returned as
  a `Conflict`, which the engine writes into the contact's history with a visible mark.

The records compared are views of the same rendering (netbook's card written and read back),
so a property a round trip would spell differently is not mistaken for a change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from netbook.model.values import ContactRecord

# Not merged: set by the store, or (the UID) this book's identity of the contact, which a
# server may rewrite; the engine sends the server the UID it kept.
_BOOKKEEPING = frozenset({"id", "uid", "created_at", "updated_at", "backlinks"})
# Lists merged item by item; every other field is one value.
_LISTS = frozenset(
    {
        "emails",
        "phones",
        "addresses",
        "urls",
        "social_profiles",
        "instant_messages",
        "relations",
        "tags",
        "interactions",
        "opportunities",
        "extra_properties",
    }
)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One property both sides changed differently: the server's value was kept."""

    field: str
    local: Any
    remote: Any


@dataclass(frozen=True, slots=True)
class Merged:
    record: ContactRecord
    conflicts: list[Conflict]


def content_fields() -> list[str]:
    return [f.name for f in dataclasses.fields(ContactRecord) if f.name not in _BOOKKEEPING]


def _key(value: Any) -> Hashable:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return repr(dataclasses.astuple(value))
    return repr(value)


def _merge_list(base: Sequence[Any], local: Sequence[Any], remote: Sequence[Any]) -> list[Any]:
    base_keys = {_key(v) for v in base}
    local_keys = {_key(v) for v in local}
    remote_keys = {_key(v) for v in remote}
    removed_here = base_keys - local_keys
    merged = [v for v in remote if _key(v) not in removed_here]
    seen = {_key(v) for v in merged}
    for value in local:
        key = _key(value)
        if key not in base_keys and key not in remote_keys and key not in seen:
            merged.append(value)
            seen.add(key)
    return merged


def merge(base: ContactRecord, local: ContactRecord, remote: ContactRecord) -> Merged:
    """`local` with the server's changes since `base` merged in (see the module's rules).

    The result keeps local's bookkeeping (id, created and updated times).
    """
    result = dataclasses.replace(local)
    conflicts: list[Conflict] = []
    for name in content_fields():
        b, mine, theirs = getattr(base, name), getattr(local, name), getattr(remote, name)
        if name in _LISTS:
            setattr(result, name, _merge_list(b, mine, theirs))
            continue
        same_mine, same_theirs = _key(mine) == _key(b), _key(theirs) == _key(b)
        if same_mine or _key(mine) == _key(theirs):
            setattr(result, name, theirs)
        elif same_theirs:
            setattr(result, name, mine)
        else:
            setattr(result, name, theirs)
            conflicts.append(Conflict(name, mine, theirs))
    return Merged(result, conflicts)


# Lists whose order says nothing: a contact's tags are a set (the book lists them by name,
# a phone in the order they were given).
_UNORDERED = frozenset({"tags"})


def _compared(name: str, value: Any) -> Hashable:
    if name in _UNORDERED:
        return repr(sorted(_key(v) for v in value))  # type: ignore[type-var]
    return _key(value)


def differs(a: ContactRecord, b: ContactRecord) -> bool:
    """Whether two views say different things."""
    return any(_compared(n, getattr(a, n)) != _compared(n, getattr(b, n)) for n in content_fields())

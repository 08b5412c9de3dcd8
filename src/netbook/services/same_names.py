"""Contacts whose names are written alike, a duplicate's plainest evidence.

The list's sort key is the folded name for most contacts, so one indexed GROUP BY finds them.
A contact with a reading or sort strings sorts by those (model/text.py), and two people read
alike are not one (山田 and 山多 are both やまだ): for those few, the name key is made from the
written name and looked up among the others' sort keys.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, and_, func, or_, select

from netbook.model.text import sort_key
from netbook.store.core_tables import chunks, contact_t

_C = contact_t.c
_HAS_READING = or_(
    _C.phonetic_given_name.is_not(None),
    _C.phonetic_family_name.is_not(None),
    _C.sort_as.is_not(None),
)


def same_names(conn: Connection) -> list[tuple[str, list[int]]]:
    """(reason, ids) for each name that more than one contact is written with."""
    found: dict[str, set[int]] = defaultdict(set)
    plain = (
        select(_C.sort_key, func.group_concat(_C.id))
        .where(_C.sort_key != "", ~_HAS_READING)
        .group_by(_C.sort_key)
        .having(func.count() > 1)
    )
    for key, ids in conn.execute(plain):
        found[key].update(int(i) for i in str(ids).split(","))
    read: dict[str, set[int]] = defaultdict(set)
    for cid, family, given, display in conn.execute(
        select(_C.id, _C.family_name, _C.given_name, _C.display_name).where(_HAS_READING)
    ):
        if key := sort_key(family, given, display):
            read[key].add(cid)
    for chunk in chunks(list(read)):
        for key, cid in conn.execute(
            select(_C.sort_key, _C.id).where(and_(_C.sort_key.in_(chunk), ~_HAS_READING))
        ):
            read[key].add(cid)
    for key, ids in read.items():
        found[key].update(ids)
    return [(f"same name {key}", sorted(ids)) for key, ids in found.items() if len(ids) > 1]

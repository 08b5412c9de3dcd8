"""Contacts whose names are written alike, a duplicate's plainest evidence.

The list's sort key is the folded name for most contacts, so one indexed GROUP BY finds them.
A contact with a reading or sort strings sorts by those (model/text.py), and two people read
alike are not one (山田 and 山多 are both やまだ): for those few, the name key is made from the
written name and looked up among the others' sort keys.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, func, or_, select

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
    # The sort keys shared, from the index alone; a filter on the readings here would visit
    # every row (three times slower at 100,000 contacts). The few with a reading are found
    # apart and moved from their sort key to their name key.
    found: dict[str, set[int]] = defaultdict(set)
    shared = (
        select(_C.sort_key, func.group_concat(_C.id))
        .where(_C.sort_key != "")
        .group_by(_C.sort_key)
        .having(func.count() > 1)
    )
    for key, ids in conn.execute(shared):
        found[key].update(int(i) for i in str(ids).split(","))
    read = conn.execute(
        select(_C.id, _C.sort_key, _C.family_name, _C.given_name, _C.display_name).where(
            _HAS_READING
        )
    ).all()
    by_name: dict[str, set[int]] = defaultdict(set)
    for cid, stored, family, given, display in read:
        found[stored].discard(cid)
        if key := sort_key(family, given, display):
            by_name[key].add(cid)
    reading_ids = {row.id for row in read}
    for chunk in chunks(list(by_name)):
        for key, cid in conn.execute(select(_C.sort_key, _C.id).where(_C.sort_key.in_(chunk))):
            if cid not in reading_ids:
                by_name[key].add(cid)
    for key, ids in by_name.items():
        found[key].update(ids)
    return [(f"same name {key}", sorted(ids)) for key, ids in found.items() if len(ids) > 1]

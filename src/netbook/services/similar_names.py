"""Names that are probably one person written two ways: "A. Lee" and "Ann Lee", "Ann Lee" and
"Ann B. Lee".

Cheap and cautious on purpose. Two people match only with the same family name, when one's given
names are the other's with initials or fewer names ("A." ~ "Ann", "Ann" ~ "Ann Beth"). Nicknames
("Bob" ~ "Robert") need a table and guess too often; they are left out. A shorter name that fits
several names which do not fit each other ("A. Lee" with both "Ann Lee" and "Amy Lee") joins
nobody: linking it would put Ann and Amy into one group.

Contacts are bucketed by family name and first initial; only the distinct given names inside a
bucket are compared, so a 100,000-contact book takes well under a second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select

from netbook.model.text import fold
from netbook.store.core_tables import contact_t

_WORD = re.compile(r"\w+", re.UNICODE)

Name = tuple[str, ...]


def _tokens(*parts: str | None) -> Name:
    text = " ".join(p for p in parts if p) if len(parts) > 1 else parts[0]
    return tuple(_WORD.findall(fold(text))) if text else ()


def covers(general: Name, specific: Name) -> bool:
    """Whether `specific` says all `general` says and more: each name equal or an initial of it."""
    if not general or general == specific or len(general) > len(specific):
        return False
    return all(
        g == s or (len(g) == 1 and s.startswith(g)) for g, s in zip(general, specific, strict=False)
    )


def _fits(a: Name, b: Name) -> bool:
    return a == b or covers(a, b) or covers(b, a)


def similar_name_links(
    people: Iterable[tuple[int, str | None, str | None, str | None, str]],
) -> list[tuple[str, list[int]]]:
    """(reason, ids) for each set of people whose names are one name written two ways.

    `people` are (id, given, additional names, family, display name) rows.
    """
    # Most buckets hold one person: rows are only gathered per bucket first, and the names
    # inside a bucket compared when it holds more than one.
    buckets: dict[tuple[str, str], list[tuple[Name, int, str]]] = {}
    # Books repeat given and family names many times over: each spelling is folded once.
    family_keys: dict[str, str] = {}
    given_names: dict[tuple[str | None, str | None], Name] = {}
    for cid, given, additional, family, display in people:
        if not family:
            continue
        family_key = family_keys.get(family)
        if family_key is None:
            family_key = family_keys[family] = " ".join(_tokens(family))
        name = given_names.get((given, additional))
        if name is None:
            name = given_names[(given, additional)] = _tokens(given, additional)
        if not family_key or not name:
            continue
        entry = (name, cid, display)
        bucket = buckets.get((family_key, name[0][0]))
        if bucket is None:
            buckets[(family_key, name[0][0])] = [entry]
        else:
            bucket.append(entry)
    links: list[tuple[str, list[int]]] = []
    for entries in buckets.values():
        if len(entries) < 2:
            continue
        names: dict[Name, list[int]] = defaultdict(list)
        shown: dict[Name, str] = {}
        for name, cid, display in entries:
            names[name].append(cid)
            shown.setdefault(name, display)
        if len(names) < 2:
            continue
        distinct = list(names)
        for general in distinct:
            specifics = [m for m in distinct if covers(general, m)]
            if not specifics or not all(_fits(a, b) for a in specifics for b in specifics):
                continue
            ids = sorted({i for n in (general, *specifics) for i in names[n]})
            labels = [shown[n] for n in (general, *specifics)]
            links.append(("similar names " + " / ".join(labels), ids))
    return links


def similar_names(conn: Connection) -> list[tuple[str, list[int]]]:
    """`similar_name_links` over every person in the book (archived ones too)."""
    rows = conn.execute(
        select(
            contact_t.c.id,
            contact_t.c.given_name,
            contact_t.c.additional_names,
            contact_t.c.family_name,
            contact_t.c.display_name,
        ).where(contact_t.c.kind == "person", contact_t.c.family_name.is_not(None))
    )
    return similar_name_links(rows)  # a Row unpacks like a tuple

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
    return tuple(_WORD.findall(fold(" ".join(p for p in parts if p))))


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
    buckets: dict[tuple[str, str], dict[Name, list[int]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[Name, str] = {}
    for cid, given, additional, family, display in people:
        family_key = " ".join(_tokens(family))
        name = _tokens(given, additional)
        if not family_key or not name:
            continue
        buckets[(family_key, name[0][0])][name].append(cid)
        shown.setdefault((*name, family_key), display)
    links: list[tuple[str, list[int]]] = []
    for (family_key, _initial), names in buckets.items():
        if len(names) < 2:
            continue
        distinct = list(names)
        for general in distinct:
            specifics = [m for m in distinct if covers(general, m)]
            if not specifics or not all(_fits(a, b) for a in specifics for b in specifics):
                continue
            ids = sorted({i for n in (general, *specifics) for i in names[n]})
            labels = [shown[(*n, family_key)] for n in (general, *specifics)]
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
    return similar_name_links((r[0], r[1], r[2], r[3], r[4]) for r in rows)

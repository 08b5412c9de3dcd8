"""The book's contacts as an archive names people: by LinkedIn profile URL, then by name."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import Connection, select

from netbook.formats.linkedin_archive.people import Person
from netbook.model.text import fold, url_key
from netbook.model.values import ContactRecord
from netbook.store.core_tables import (
    contact_t,
    social_t,
)

# One profile URL is on every message of its conversations: its key is worked out once.
profile_key = functools.lru_cache(maxsize=65536)(url_key)


class PeopleIndex:
    """The book's contacts by LinkedIn profile URL and by name (a name two contacts share
    names neither). In a preview, the records the import would add are in it too, with
    negative ids."""

    def __init__(self, conn: Connection, pending: Sequence[ContactRecord] = ()) -> None:
        self.by_url: dict[str, int] = {}
        names: dict[str, set[int]] = {}
        names_at: dict[tuple[str, str], set[int]] = {}
        for key, cid in conn.execute(
            select(social_t.c.value_key, social_t.c.contact_id).order_by(social_t.c.contact_id)
        ):
            self.by_url.setdefault(key, cid)
        for cid, display, organization in conn.execute(
            select(contact_t.c.id, contact_t.c.display_name, contact_t.c.organization)
        ):
            self._add_name(names, names_at, cid, display, organization)
        for index, record in enumerate(pending):
            cid = -(index + 1)
            for profile in record.social_profiles:
                self.by_url.setdefault(profile_key(profile.value), cid)
            self._add_name(names, names_at, cid, record.best_display_name(), record.organization)
        self.by_name = {k: next(iter(v)) for k, v in names.items() if len(v) == 1}
        self.by_name_at = {k: next(iter(v)) for k, v in names_at.items() if len(v) == 1}

    @staticmethod
    def _add_name(
        names: dict[str, set[int]],
        names_at: dict[tuple[str, str], set[int]],
        cid: int,
        display: str | None,
        organization: str | None,
    ) -> None:
        name = fold(display or "").strip()
        if name:
            names.setdefault(name, set()).add(cid)
            if organization:
                names_at.setdefault((name, fold(organization).strip()), set()).add(cid)

    def find(self, person: Person, company: str = "") -> int | None:
        """The contact this person is: by profile URL, then by a name only they have (at
        their company, when the name alone is shared)."""
        if person.url:
            found = self.by_url.get(profile_key(person.url))
            if found is not None:
                return found
        name = fold(person.name).strip()
        if not name:
            return None
        if name in self.by_name:
            return self.by_name[name]
        if company:
            return self.by_name_at.get((name, fold(company).strip()))
        return None

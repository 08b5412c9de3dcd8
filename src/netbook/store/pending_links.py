"""The references an import's contacts make to contacts it writes later.

A contact's introducer, its relations and its opportunities' introducers name other contacts by
UID, and are resolved as the contact is written (`contact_rows.link_references`). An import
writes its new contacts a chunk at a time, so a card naming a contact that only a later chunk
of the file (or a later file of the same import) brings found nobody, and the link was lost:
exporting a book and importing it on a second machine dropped every introduction whose
introducer came more than a chunk later in the file. The import hands a `PendingLinks` to the
writes of each file; what they could not resolve waits here and is resolved once the file is
written (a reference to a contact of another file of the import stays a name, as before).

Kept per contact, and replaced whenever the contact is written again (a later card of the file
merged into it), so a link is never made from a reference the contact no longer carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, update

from netbook.model.values import ContactRecord
from netbook.store.core_tables import contact_t, opportunity_t, relation_t, uid_map


@dataclass(slots=True)
class WaitingLinks:
    """What one written contact names that the book did not hold yet."""

    introducer: str | None = None
    relations: list[tuple[int, str]] = field(default_factory=list)  # (position, uid)
    opportunities: list[tuple[str, str]] = field(default_factory=list)  # (its uid, introducer)

    def __bool__(self) -> bool:
        return bool(self.introducer or self.relations or self.opportunities)


class PendingLinks:
    """The unresolved references of the contacts an import has written, by contact id."""

    def __init__(self) -> None:
        self._waiting: dict[int, WaitingLinks] = {}

    def __len__(self) -> int:
        return len(self._waiting)

    def written(self, contact_id: int, waiting: WaitingLinks) -> None:
        """Contact `contact_id` was (re)written and could not resolve `waiting` yet."""
        if waiting:
            self._waiting[contact_id] = waiting
        else:
            self._waiting.pop(contact_id, None)

    def restore(self, contact_id: int, record: ContactRecord) -> None:
        """Give a written contact read back from the book (a later card of the file merges
        into it) the references that still wait: the book gives back only what it could link,
        so they would be lost when the contact is written again."""
        waiting = self._waiting.get(contact_id)
        if waiting is None:
            return
        if waiting.introducer and not record.introduced_by_uid:
            record.introduced_by_uid = waiting.introducer
        introducers = dict(waiting.opportunities)
        for opportunity in record.opportunities:
            if not opportunity.introducer_uid and opportunity.uid in introducers:
                opportunity.introducer_uid = introducers[opportunity.uid]
        # Relations keep the UID they name (`related_uri`) whether linked or not.

    def resolve(self, conn: Connection) -> None:
        """Link what now names a contact of the book; the rest stays a name. Only links still
        empty are set."""
        if not self._waiting:
            return
        wanted: list[str | None] = []
        for waiting in self._waiting.values():
            wanted.append(waiting.introducer)
            wanted.extend(uid for _, uid in waiting.relations)
            wanted.extend(uid for _, uid in waiting.opportunities)
        ids = uid_map(conn, wanted)
        if not ids:
            return
        introducers: list[dict[str, object]] = []
        relations: list[dict[str, object]] = []
        opportunities: list[dict[str, object]] = []
        for contact_id, waiting in list(self._waiting.items()):
            left = WaitingLinks()
            found = ids.get(waiting.introducer or "")
            if found is not None and found != contact_id:
                introducers.append({"cid": contact_id, "found": found})
            elif waiting.introducer and found is None:
                left.introducer = waiting.introducer
            for position, uid in waiting.relations:
                if uid in ids:
                    relations.append(
                        {"cid": contact_id, "pos": position, "uri": uid, "found": ids[uid]}
                    )
                else:
                    left.relations.append((position, uid))
            for own_uid, uid in waiting.opportunities:
                if uid in ids:
                    opportunities.append({"cid": contact_id, "opp": own_uid, "found": ids[uid]})
                else:
                    left.opportunities.append((own_uid, uid))
            self.written(contact_id, left)
        _set_links(conn, introducers, relations, opportunities)


def _set_links(
    conn: Connection,
    introducers: list[dict[str, object]],
    relations: list[dict[str, object]],
    opportunities: list[dict[str, object]],
) -> None:
    if introducers:
        conn.execute(
            update(contact_t)
            .where(contact_t.c.id == bindparam("cid"), contact_t.c.introduced_by_id.is_(None))
            .values(introduced_by_id=bindparam("found")),
            introducers,
        )
    if relations:
        conn.execute(
            update(relation_t)
            .where(
                relation_t.c.contact_id == bindparam("cid"),
                relation_t.c.position == bindparam("pos"),
                relation_t.c.related_uri == bindparam("uri"),
                relation_t.c.related_contact_id.is_(None),
            )
            .values(related_contact_id=bindparam("found")),
            relations,
        )
    if opportunities:
        conn.execute(
            update(opportunity_t)
            .where(
                opportunity_t.c.contact_id == bindparam("cid"),
                opportunity_t.c.uid == bindparam("opp"),
                opportunity_t.c.introducer_id.is_(None),
            )
            .values(introducer_id=bindparam("found")),
            opportunities,
        )

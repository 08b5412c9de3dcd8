"""ContactRecords into rows, with SQLAlchemy Core: insert, replace, delete, archive.

Core rather than the ORM because an import writes tens of thousands of contacts: executemany
runs ~20x faster than a flush per object and builds no object graph. The one path serves a
single edit and a bulk import alike. Callers own the transaction; every function here takes
the connection of that transaction and re-indexes what it wrote. Reading records back is
`store.contact_loading`; the table handles are `store.core_tables`.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from netbook.model.fields import SCALAR_NAMES
from netbook.model.phones import to_e164
from netbook.model.tables import new_uid, utcnow
from netbook.model.text import email_key, fold, sort_key, url_key
from netbook.model.values import ContactRecord, InteractionValue
from netbook.store import search_index
from netbook.store.core_tables import (
    address_t,
    chunks,
    contact_t,
    contact_tag,
    email_t,
    extra_t,
    im_t,
    insert_rows,
    insert_values,
    interaction_participant,
    interaction_t,
    opportunity_t,
    phone_t,
    photo_t,
    relation_t,
    social_t,
    tag_t,
    uid_map,
    url_t,
)
from netbook.store.pending_links import PendingLinks, WaitingLinks
from netbook.store.tag_rows import delete_unused as delete_unused_tags
from netbook.store.tag_rows import ensure_tags

# Children that belong to exactly one contact and are rewritten whole on every save.
_OWNED_CHILDREN = (email_t, phone_t, address_t, url_t, social_t, im_t, relation_t, extra_t, photo_t)


# The record's single values, read in one C call (a bulk import builds 100,000 rows).
_scalars = operator.attrgetter(*SCALAR_NAMES)


def contact_columns(record: ContactRecord) -> dict[str, Any]:
    """The contact table's columns for `record` (not id, uid, created_at)."""
    columns: dict[str, Any] = dict(zip(SCALAR_NAMES, _scalars(record), strict=True))
    display = record.best_display_name()
    columns["kind"] = record.kind or "person"
    columns["display_name"] = display
    columns["sort_key"] = sort_key(
        record.family_name,
        record.given_name,
        display,
        phonetic_family=record.phonetic_family_name,
        phonetic_given=record.phonetic_given_name,
        sort_as=record.sort_as,
    )
    columns.update(
        favourite=record.favourite,
        how_met_channel=record.how_met.channel,
        how_met_date=record.how_met.date,
        how_met_place=record.how_met.place,
        how_met_context=record.how_met.context,
        introduced_by_name=record.introduced_by_name,
        met_in_person=record.met_in_person,
        met_in_person_date=record.met_in_person_date,
        met_in_person_place=record.met_in_person_place,
        keep_in_touch_days=record.keep_in_touch_days,
    )
    return columns


def insert_records(
    conn: Connection,
    records: Sequence[ContactRecord],
    source_batch_id: int | None = None,
    pending: PendingLinks | None = None,
) -> list[int]:
    """Insert new contacts and everything they carry; returns their ids in order.

    `pending`: where the references to contacts not in the book yet wait (an import's, which
    writes a file a chunk at a time; see store/pending_links.py)."""
    if not records:
        return []
    now = utcnow()
    first = next_contact_id(conn)
    ids = list(range(first, first + len(records)))
    rows = []
    for cid, record in zip(ids, records, strict=True):
        row = contact_columns(record)
        row["id"] = cid
        row["uid"] = record.uid or new_uid()
        record.uid = row["uid"]
        row["created_at"] = record.created_at or now
        row["updated_at"] = record.updated_at or now
        row["archived_at"] = (record.archived_at or now) if record.archived else None
        row["source_batch_id"] = source_batch_id
        rows.append(row)
    columns = list(rows[0])  # every row has the same columns, in the same order
    insert_rows(conn, contact_t, columns, list(map(operator.itemgetter(*columns), rows)))
    pairs = list(zip(ids, records, strict=True))
    searched = _insert_children(conn, pairs)
    link_references(conn, pairs, pending)
    search_index.index_new(conn, rows, searched, _tag_names(conn, ids))
    return ids


def next_contact_id(conn: Connection) -> int:
    """The id SQLite would give the next contact row: the table has no AUTOINCREMENT, so it
    is one more than the highest id (a deleted last contact's id is given again, as before).

    Assigning the ids ourselves lets the rows go in with one executemany instead of an
    INSERT ... RETURNING per row. Nothing can insert between this read and the insert: the
    caller's transaction writes (every writer holds the book's lock, store/lock.py), and in
    WAL mode a transaction whose snapshot another writer made stale cannot write at all. A
    clash would still be refused by the primary key, never written over.
    """
    last = conn.exec_driver_sql("SELECT max(id) FROM contact").scalar()
    return int(last or 0) + 1


def _tag_names(conn: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    """The names of the tags of these contacts, as stored (an existing tag keeps its case)."""
    found: dict[int, list[str]] = {}
    for chunk in chunks(list(ids)):
        for cid, name in conn.execute(
            select(contact_tag.c.contact_id, tag_t.c.name)
            .join(tag_t, tag_t.c.id == contact_tag.c.tag_id)
            .where(contact_tag.c.contact_id.in_(chunk))
        ):
            found.setdefault(cid, []).append(name)
    return found


def replace_record(conn: Connection, contact_id: int, record: ContactRecord) -> None:
    """Make the stored contact `contact_id` equal to `record` (its uid and created_at kept)."""
    replace_records(conn, [(contact_id, record)])


def replace_records(
    conn: Connection,
    pairs: Sequence[tuple[int, ContactRecord]],
    pending: PendingLinks | None = None,
) -> None:
    """`replace_record` for many; `pending` as for `insert_records`."""
    if not pairs:
        return
    now = utcnow()
    for contact_id, record in pairs:
        values = contact_columns(record)
        values["updated_at"] = now
        values["introduced_by_id"] = None  # set again below from the record's introducer UID
        if record.uid:
            values["uid"] = record.uid
        conn.execute(update(contact_t).where(contact_t.c.id == contact_id).values(**values))
        _set_archived(conn, [contact_id], record.archived, now)
    ids = [cid for cid, _ in pairs]
    for chunk in chunks(ids):
        for table in _OWNED_CHILDREN:
            conn.execute(delete(table).where(table.c.contact_id.in_(chunk)))
        conn.execute(delete(contact_tag).where(contact_tag.c.contact_id.in_(chunk)))
        conn.execute(
            delete(interaction_participant).where(interaction_participant.c.contact_id.in_(chunk))
        )
        conn.execute(delete(opportunity_t).where(opportunity_t.c.contact_id.in_(chunk)))
    _insert_children(conn, list(pairs))
    link_references(conn, list(pairs), pending)
    delete_orphan_interactions(conn)
    delete_unused_tags(conn)  # after the new links: a tag kept by the edit keeps its id
    search_index.reindex(conn, ids)


def _set_archived(conn: Connection, ids: Sequence[int], archived: bool, now: dt.datetime) -> None:
    """Archive (keeping the first archive date) or unarchive."""
    if archived:
        conn.execute(
            update(contact_t)
            .where(contact_t.c.id.in_(ids), contact_t.c.archived_at.is_(None))
            .values(archived_at=now)
        )
    else:
        conn.execute(update(contact_t).where(contact_t.c.id.in_(ids)).values(archived_at=None))


def delete_orphan_interactions(conn: Connection) -> None:
    """Interactions left with no participant have nobody to show them to."""
    conn.execute(
        delete(interaction_t).where(
            ~select(interaction_participant.c.interaction_id)
            .where(interaction_participant.c.interaction_id == interaction_t.c.id)
            .exists()
        )
    )


# The columns of each child table, in the order `_insert_children` builds their rows.
_LABELLED = ("contact_id", "position", "value", "label", "preferred")
_EMAIL_COLUMNS = (*_LABELLED, "value_key")
_PHONE_COLUMNS = (*_LABELLED, "e164")
_IM_COLUMNS = (*_LABELLED, "service")
_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")
_ADDRESS_COLUMNS = ("contact_id", "position", "label", "preferred", *_ADDRESS_PARTS)
_address_parts = operator.attrgetter(*_ADDRESS_PARTS)
_SOCIAL_COLUMNS = ("contact_id", "position", "service", "value", "value_key", "label", "preferred")
_EXTRA_COLUMNS = ("contact_id", "position", "group", "name", "value", "params")
_PHOTO_COLUMNS = ("contact_id", "media_type", "data", "uri", "thumbnail")


def _insert_children(
    conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]
) -> search_index.Searched:
    """Insert what hangs off each contact; returns the stored values the search index is made
    of (emails, phones, places), by contact."""
    searched = search_index.Searched()
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    urls: list[tuple[Any, ...]] = []
    socials: list[tuple[Any, ...]] = []
    ims: list[tuple[Any, ...]] = []
    extras: list[tuple[Any, ...]] = []
    photos: list[tuple[Any, ...]] = []
    tag_links: list[tuple[int, str, str]] = []
    # The searched values go straight into lists of their own for each contact: a method call
    # per value was a good part of writing 100,000 contacts.
    found_emails, found_phones, found_places = searched.emails, searched.phones, searched.places
    for cid, record in pairs:
        if record.emails:
            found = found_emails[cid] = []
            for i, v in enumerate(record.emails):
                if v.value:
                    emails.append((cid, i, v.value, v.label, v.preferred, email_key(v.value)))
                    found.append(v.value)
        if record.phones:
            found = found_phones[cid] = []
            for i, v in enumerate(record.phones):
                if v.value:
                    e164 = to_e164(v.value)
                    phones.append((cid, i, v.value, v.label, v.preferred, e164))
                    found.append(v.value)
                    if e164:
                        found.append(e164)
        for i, v in enumerate(record.urls):
            if v.value:
                urls.append((cid, i, v.value, v.label, v.preferred))
        for i, im in enumerate(record.instant_messages):
            if im.value:
                ims.append((cid, i, im.value, im.label, im.preferred, im.service))
        if record.addresses:
            found = found_places[cid] = []
            for i, adr in enumerate(record.addresses):
                if not adr.is_empty():
                    parts = _address_parts(adr)
                    addresses.append((cid, i, adr.label, adr.preferred, *parts))
                    # Street to country, as the index reads them.
                    found.extend(filter(None, parts[2:]))
        for i, sp in enumerate(record.social_profiles):
            if sp.value:
                socials.append((cid, i, sp.service, sp.value, url_key(sp.value), sp.label, False))
        for i, extra in enumerate(record.extra_properties):
            params = [[k, list(v)] for k, v in extra.params]
            extras.append((cid, i, extra.group, extra.name, extra.value, params))
        if record.photo and (record.photo.data or record.photo.uri):
            photo = record.photo
            photos.append((cid, photo.media_type, photo.data, photo.uri, photo.thumbnail))
        for name in dict.fromkeys(t.strip() for t in record.tags if t and t.strip()):
            tag_links.append((cid, name, fold(name)))
    for table, columns, rows in (
        (email_t, _EMAIL_COLUMNS, emails),
        (phone_t, _PHONE_COLUMNS, phones),
        (address_t, _ADDRESS_COLUMNS, addresses),
        (url_t, _LABELLED, urls),
        (social_t, _SOCIAL_COLUMNS, socials),
        (im_t, _IM_COLUMNS, ims),
        (extra_t, _EXTRA_COLUMNS, extras),
        (photo_t, _PHOTO_COLUMNS, photos),
    ):
        insert_rows(conn, table, columns, rows)
    _link_tags(conn, tag_links)
    return searched


def _link_tags(conn: Connection, links: Sequence[tuple[int, str, str]]) -> None:
    """Link contacts that have no tags yet to theirs (two names of one tag link once)."""
    if not links:
        return
    tag_ids = ensure_tags(conn, [name for _, name, _ in links])
    rows = list(dict.fromkeys((cid, tag_ids[key]) for cid, _, key in links))
    insert_values(conn, contact_tag.name, ("contact_id", "tag_id"), rows)


def link_references(
    conn: Connection,
    pairs: Sequence[tuple[int, ContactRecord]],
    pending: PendingLinks | None = None,
) -> None:
    """Resolve the UIDs a record names (introducer, relations, interactions, opportunities).

    Contacts written together can name each other; what names a contact not in the book yet
    waits in `pending` when given (store/pending_links.py), and is left unlinked otherwise.
    """
    wanted: list[str | None] = []
    for _, record in pairs:
        wanted.append(record.introduced_by_uid)
        wanted.extend(r.uid for r in record.relations)
        for interaction in record.interactions:
            wanted.extend(interaction.with_uids)
        wanted.extend(o.introducer_uid for o in record.opportunities)
    ids = uid_map(conn, wanted)
    taken = _taken_opportunity_uids(conn, pairs)

    relations: list[dict[str, Any]] = []
    opportunities: list[dict[str, Any]] = []
    for cid, record in pairs:
        waiting = WaitingLinks()
        introducer = ids.get(record.introduced_by_uid or "")
        if introducer is not None and introducer != cid:
            conn.execute(
                update(contact_t).where(contact_t.c.id == cid).values(introduced_by_id=introducer)
            )
        elif introducer is None and record.introduced_by_uid:
            waiting.introducer = record.introduced_by_uid
        for i, rel in enumerate(record.relations):
            if rel.uid and rel.uid not in ids:
                waiting.relations.append((i, rel.uid))
            relations.append(
                {
                    "contact_id": cid,
                    "position": i,
                    "kind": rel.kind,
                    "label": rel.label,
                    "related_name": rel.name,
                    "related_uri": rel.uid,
                    "related_contact_id": ids.get(rel.uid or ""),
                }
            )
        for opp in record.opportunities:
            uid = opp.uid if opp.uid and opp.uid not in taken else new_uid()
            taken.add(uid)
            if opp.introducer_uid and opp.introducer_uid not in ids:
                waiting.opportunities.append((uid, opp.introducer_uid))
            opportunities.append(
                {
                    "uid": uid,
                    "kind": opp.kind,
                    "title": opp.title,
                    "occurred_on": opp.occurred_on,
                    "outcome": opp.outcome,
                    "note": opp.note,
                    "contact_id": cid,
                    "introducer_id": ids.get(opp.introducer_uid or ""),
                    "created_at": utcnow(),
                }
            )
        _link_interactions(conn, cid, record.interactions, ids)
        if pending is not None:
            pending.written(cid, waiting)
    for table, rows in ((relation_t, relations), (opportunity_t, opportunities)):
        for chunk in chunks(rows):
            conn.execute(insert(table), list(chunk))


def _taken_opportunity_uids(
    conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]
) -> set[str]:
    """The UIDs the records' opportunities name that other contacts' opportunities hold.

    An opportunity belongs to one contact, and a client's "duplicate card" copies netbook's
    X- properties: the copy's opportunity gets a fresh UID instead of aborting the import.
    """
    wanted = sorted({o.uid for _, record in pairs for o in record.opportunities if o.uid})
    taken: set[str] = set()
    for chunk in chunks(wanted):
        taken.update(
            conn.execute(
                select(opportunity_t.c.uid).where(opportunity_t.c.uid.in_(chunk))
            ).scalars()
        )
    return taken


def _link_interactions(
    conn: Connection, contact_id: int, interactions: Sequence[InteractionValue], ids: dict[str, int]
) -> None:
    for value in interactions:
        uid = value.uid or new_uid()
        existing = conn.execute(
            select(interaction_t.c.id).where(interaction_t.c.uid == uid)
        ).scalar()
        fields = {"occurred_on": value.occurred_on, "kind": value.kind, "summary": value.summary}
        if existing is None:
            inserted = conn.execute(
                insert(interaction_t).values(uid=uid, created_at=utcnow(), **fields)
            ).inserted_primary_key
            assert inserted is not None
            existing = inserted[0]
        else:
            conn.execute(
                update(interaction_t).where(interaction_t.c.id == existing).values(**fields)
            )
        participants = {contact_id} | {ids[u] for u in value.with_uids if u in ids}
        conn.execute(
            insert(interaction_participant).prefix_with("OR IGNORE"),
            [{"interaction_id": existing, "contact_id": p} for p in sorted(participants)],
        )


def restore_backlinks(conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]) -> None:
    """Point the contacts, opportunities and relations that named a restored contact at it again."""
    for cid, record in pairs:
        links = record.backlinks
        if links is not None:
            for chunk in chunks(links.introduced_uids):
                conn.execute(
                    update(contact_t).where(contact_t.c.uid.in_(chunk)).values(introduced_by_id=cid)
                )
            for chunk in chunks(links.opportunity_uids):
                conn.execute(
                    update(opportunity_t)
                    .where(opportunity_t.c.uid.in_(chunk))
                    .values(introducer_id=cid)
                )
        if record.uid:
            conn.execute(
                update(relation_t)
                .where(
                    relation_t.c.related_uri == record.uid,
                    relation_t.c.related_contact_id.is_(None),
                )
                .values(related_contact_id=cid)
            )


def delete_contacts(conn: Connection, ids: Sequence[int]) -> None:
    """Delete contacts for good; children go by cascade, the index rows by hand.

    Contacts they introduced keep the introducer's name as text, so the story still reads.
    """
    for chunk in chunks(list(ids)):
        introducer = contact_t.alias("introducer")
        conn.execute(
            update(contact_t)
            .where(
                contact_t.c.introduced_by_id.in_(chunk), contact_t.c.introduced_by_name.is_(None)
            )
            .values(
                introduced_by_name=select(introducer.c.display_name)
                .where(introducer.c.id == contact_t.c.introduced_by_id)
                .scalar_subquery()
            )
        )
    for chunk in chunks(list(ids)):
        conn.execute(delete(contact_t).where(contact_t.c.id.in_(chunk)))
    search_index.remove(conn, ids)
    delete_orphan_interactions(conn)
    delete_unused_tags(conn)


def set_archived(conn: Connection, ids: Sequence[int], archived: bool) -> None:
    now = utcnow()
    for chunk in chunks(list(ids)):
        _set_archived(conn, chunk, archived, now)
        conn.execute(update(contact_t).where(contact_t.c.id.in_(chunk)).values(updated_at=now))

"""ContactRecords into rows, with SQLAlchemy Core: insert, replace, delete, archive.

Core rather than the ORM because an import writes tens of thousands of contacts: executemany
runs ~20x faster than a flush per object and builds no object graph. The one path serves a
single edit and a bulk import alike. Callers own the transaction; every function here takes
the connection of that transaction and re-indexes what it wrote. Reading records back is
`store.contact_loading`; the table handles are `store.core_tables`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from netbook.model.fields import SCALAR_NAMES
from netbook.model.phones import to_e164
from netbook.model.tables import new_uid, utcnow
from netbook.model.text import email_key, fold, sort_key, url_key
from netbook.model.values import ContactRecord, InteractionValue, LabelledValue
from netbook.store import search_index
from netbook.store.core_tables import (
    address_t,
    chunks,
    contact_t,
    contact_tag,
    email_t,
    extra_t,
    im_t,
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
from netbook.store.tag_rows import delete_unused as delete_unused_tags
from netbook.store.tag_rows import ensure_tags

# Children that belong to exactly one contact and are rewritten whole on every save.
_OWNED_CHILDREN = (email_t, phone_t, address_t, url_t, social_t, im_t, relation_t, extra_t, photo_t)


def contact_columns(record: ContactRecord) -> dict[str, Any]:
    """The contact table's columns for `record` (not id, uid, created_at)."""
    columns: dict[str, Any] = {name: getattr(record, name) for name in SCALAR_NAMES}
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
) -> list[int]:
    """Insert new contacts and everything they carry; returns their ids in order."""
    if not records:
        return []
    now = utcnow()
    rows = []
    for record in records:
        row = contact_columns(record)
        row["uid"] = record.uid or new_uid()
        record.uid = row["uid"]
        row["created_at"] = record.created_at or now
        row["updated_at"] = record.updated_at or now
        row["archived_at"] = (record.archived_at or now) if record.archived else None
        row["source_batch_id"] = source_batch_id
        rows.append(row)
    ids: list[int] = []
    for chunk in chunks(rows):
        result = conn.execute(
            insert(contact_t).returning(contact_t.c.id, sort_by_parameter_order=True), list(chunk)
        )
        ids.extend(r[0] for r in result)
    pairs = list(zip(ids, records, strict=True))
    emails, phones, addresses = _insert_children(conn, pairs)
    link_references(conn, pairs)
    for row, cid in zip(rows, ids, strict=True):
        row["id"] = cid
    search_index.index_new(conn, rows, emails, phones, addresses, _tag_names(conn, ids))
    return ids


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


def replace_records(conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]) -> None:
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
    link_references(conn, list(pairs))
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


def _labelled_rows(contact_id: int, values: Sequence[LabelledValue]) -> list[dict[str, Any]]:
    return [
        {
            "contact_id": contact_id,
            "position": i,
            "value": v.value,
            "label": v.label,
            "preferred": v.preferred,
        }
        for i, v in enumerate(values)
        if v.value
    ]


ChildRows = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def _insert_children(conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]) -> ChildRows:
    """Insert what hangs off each contact; returns the email, phone and address rows written
    (the search index is made from them)."""
    emails: list[dict[str, Any]] = []
    phones: list[dict[str, Any]] = []
    addresses: list[dict[str, Any]] = []
    urls: list[dict[str, Any]] = []
    socials: list[dict[str, Any]] = []
    ims: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    photos: list[dict[str, Any]] = []
    tag_links: list[tuple[int, str, str]] = []
    for cid, record in pairs:
        for row in _labelled_rows(cid, record.emails):
            row["value_key"] = email_key(row["value"])
            emails.append(row)
        for row in _labelled_rows(cid, record.phones):
            row["e164"] = to_e164(row["value"])
            phones.append(row)
        urls.extend(_labelled_rows(cid, record.urls))
        for i, im in enumerate(record.instant_messages):
            if im.value:
                ims.append(
                    {
                        "contact_id": cid,
                        "position": i,
                        "value": im.value,
                        "label": im.label,
                        "preferred": im.preferred,
                        "service": im.service,
                    }
                )
        for i, adr in enumerate(record.addresses):
            if not adr.is_empty():
                addresses.append(
                    {
                        "contact_id": cid,
                        "position": i,
                        "label": adr.label,
                        "preferred": adr.preferred,
                        "po_box": adr.po_box,
                        "extended": adr.extended,
                        "street": adr.street,
                        "locality": adr.locality,
                        "region": adr.region,
                        "postal_code": adr.postal_code,
                        "country": adr.country,
                    }
                )
        for i, sp in enumerate(record.social_profiles):
            if sp.value:
                socials.append(
                    {
                        "contact_id": cid,
                        "position": i,
                        "service": sp.service,
                        "value": sp.value,
                        "value_key": url_key(sp.value),
                        "label": sp.label,
                        "preferred": False,
                    }
                )
        for i, extra in enumerate(record.extra_properties):
            extras.append(
                {
                    "contact_id": cid,
                    "position": i,
                    "group": extra.group,
                    "name": extra.name,
                    "value": extra.value,
                    "params": [[k, list(v)] for k, v in extra.params],
                }
            )
        if record.photo and (record.photo.data or record.photo.uri):
            photos.append(
                {
                    "contact_id": cid,
                    "media_type": record.photo.media_type,
                    "data": record.photo.data,
                    "uri": record.photo.uri,
                    "thumbnail": record.photo.thumbnail,
                }
            )
        for name in dict.fromkeys(t.strip() for t in record.tags if t and t.strip()):
            tag_links.append((cid, name, fold(name)))
    for extra_row in extras:
        extra_row["params"] = json.dumps(
            extra_row["params"]
        )  # the JSON column, as SQLAlchemy writes it
    for table, rows in (
        (email_t, emails),
        (phone_t, phones),
        (address_t, addresses),
        (url_t, urls),
        (social_t, socials),
        (im_t, ims),
        (extra_t, extras),
        (photo_t, photos),
    ):
        insert_many(conn, table, rows)
    _link_tags(conn, tag_links)
    return emails, phones, addresses


def insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys (plain SQLite values) in one executemany.

    The driver's executemany straight away: SQLAlchemy's per-row parameter processing costs
    several times the insert itself on a bulk import, and these columns need none (text,
    integers, booleans, bytes; JSON already serialised by the caller).
    """
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
        [tuple(row[c] for c in columns) for row in rows],
    )


def _link_tags(conn: Connection, links: Sequence[tuple[int, str, str]]) -> None:
    if not links:
        return
    tag_ids = ensure_tags(conn, [name for _, name, _ in links])
    rows = [{"contact_id": cid, "tag_id": tag_ids[key]} for cid, _, key in links]
    for chunk in chunks(rows):
        conn.execute(insert(contact_tag).prefix_with("OR IGNORE"), list(chunk))


def link_references(conn: Connection, pairs: Sequence[tuple[int, ContactRecord]]) -> None:
    """Resolve the UIDs a record names (introducer, relations, interactions, opportunities).

    Run after every record of an import is inserted, so contacts in one file can name each other.
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
        introducer = ids.get(record.introduced_by_uid or "")
        if introducer is not None and introducer != cid:
            conn.execute(
                update(contact_t).where(contact_t.c.id == cid).values(introduced_by_id=introducer)
            )
        for i, rel in enumerate(record.relations):
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

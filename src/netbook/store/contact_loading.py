"""Stored contacts back into complete ContactRecords, a chunk of ids at a time, with Core.

One query per child table per chunk (not per contact), so exporting 100,000 contacts costs a
few hundred statements; references to other contacts come back as their UIDs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import (
    Address,
    Backlinks,
    ContactRecord,
    ExtraPropertyValue,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)
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
    url_t,
)


def load_records(
    conn: Connection, ids: Sequence[int], *, interactions: bool = True
) -> list[ContactRecord]:
    """Complete records for these contact ids, in the order given (missing ids skipped).

    `interactions=False` leaves every record's interactions empty: for an import whose records
    carry no story lines, which has nothing to compare them with and, for the contacts it
    changes, adds them back with `load_interactions` (an archive's contacts hold five or six
    each, most of what such records weigh).
    """
    by_id: dict[int, ContactRecord] = {}
    for chunk in chunks(list(ids)):
        _load_chunk(conn, chunk, by_id, interactions)
    return [by_id[i] for i in ids if i in by_id]


def load_interactions(conn: Connection, ids: Sequence[int]) -> dict[int, list[InteractionValue]]:
    """Each of these contacts' interactions, as `load_records` gives them."""
    found: dict[int, list[InteractionValue]] = {}
    for chunk in chunks(list(ids)):
        found.update(_load_interactions(conn, chunk))
    return found


def _children(conn: Connection, table: Table, ids: Sequence[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list)
    order = (
        [table.c.contact_id, table.c.position] if "position" in table.c else [table.c.contact_id]
    )
    for row in conn.execute(select(table).where(table.c.contact_id.in_(ids)).order_by(*order)):
        found[row.contact_id].append(row)
    return found


def _load_chunk(
    conn: Connection, ids: Sequence[int], into: dict[int, ContactRecord], with_interactions: bool
) -> None:
    introducer = contact_t.alias("introducer")
    rows = conn.execute(
        select(
            contact_t,
            introducer.c.uid.label("introducer_uid"),
            introducer.c.display_name.label("introducer_name"),
        )
        .outerjoin(introducer, introducer.c.id == contact_t.c.introduced_by_id)
        .where(contact_t.c.id.in_(ids))
    ).all()
    if not rows:
        return
    emails = _children(conn, email_t, ids)
    phones = _children(conn, phone_t, ids)
    addresses = _children(conn, address_t, ids)
    urls = _children(conn, url_t, ids)
    socials = _children(conn, social_t, ids)
    ims = _children(conn, im_t, ids)
    extras = _children(conn, extra_t, ids)
    photos = _children(conn, photo_t, ids)
    related = contact_t.alias("related")
    relations: dict[int, list[RelationValue]] = defaultdict(list)
    for row in conn.execute(
        select(relation_t, related.c.uid.label("resolved_uid"))
        .outerjoin(related, related.c.id == relation_t.c.related_contact_id)
        .where(relation_t.c.contact_id.in_(ids))
        .order_by(relation_t.c.contact_id, relation_t.c.position)
    ):
        relations[row.contact_id].append(
            RelationValue(
                kind=row.kind,
                name=row.related_name,
                uid=row.resolved_uid or row.related_uri,
                label=row.label,
            )
        )
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in conn.execute(
        select(contact_tag.c.contact_id, tag_t.c.name)
        .join(tag_t, tag_t.c.id == contact_tag.c.tag_id)
        .where(contact_tag.c.contact_id.in_(ids))
        .order_by(tag_t.c.name)
    ):
        tags[cid].append(name)
    interactions = _load_interactions(conn, ids) if with_interactions else {}
    opportunities: dict[int, list[OpportunityValue]] = defaultdict(list)
    via = contact_t.alias("via")
    for row in conn.execute(
        select(opportunity_t, via.c.uid.label("introducer_uid"))
        .outerjoin(via, via.c.id == opportunity_t.c.introducer_id)
        .where(opportunity_t.c.contact_id.in_(ids))
        .order_by(opportunity_t.c.occurred_on, opportunity_t.c.id)
    ):
        opportunities[row.contact_id].append(
            OpportunityValue(
                kind=row.kind,
                title=row.title,
                occurred_on=row.occurred_on,
                outcome=row.outcome,
                note=row.note,
                uid=row.uid,
                introducer_uid=row.introducer_uid,
            )
        )
    for row in rows:
        cid = row.id
        photo_rows = photos.get(cid)
        photo = None
        if photo_rows:
            p = photo_rows[0]
            photo = PhotoValue(
                data=p.data, media_type=p.media_type, uri=p.uri, thumbnail=p.thumbnail
            )
        into[cid] = ContactRecord(
            id=cid,
            uid=row.uid,
            **{name: getattr(row, name) for name in SCALAR_NAMES},
            favourite=bool(row.favourite),
            archived=row.archived_at is not None,
            archived_at=row.archived_at,
            emails=[
                LabelledValue(e.value, e.label, bool(e.preferred)) for e in emails.get(cid, [])
            ],
            phones=[
                LabelledValue(p.value, p.label, bool(p.preferred)) for p in phones.get(cid, [])
            ],
            addresses=[
                Address(
                    street=a.street,
                    locality=a.locality,
                    region=a.region,
                    postal_code=a.postal_code,
                    country=a.country,
                    po_box=a.po_box,
                    extended=a.extended,
                    label=a.label,
                    preferred=bool(a.preferred),
                )
                for a in addresses.get(cid, [])
            ],
            urls=[LabelledValue(u.value, u.label, bool(u.preferred)) for u in urls.get(cid, [])],
            social_profiles=[
                SocialProfileValue(s.service, s.value, s.label) for s in socials.get(cid, [])
            ],
            instant_messages=[
                LabelledValue(m.value, m.label, bool(m.preferred), m.service)
                for m in ims.get(cid, [])
            ],
            relations=relations.get(cid, []),
            tags=tags.get(cid, []),
            photo=photo,
            how_met=HowMet(
                row.how_met_channel, row.how_met_date, row.how_met_place, row.how_met_context
            ),
            introduced_by_uid=row.introducer_uid,
            # The introducer's current name, so the story still reads if they are deleted later.
            introduced_by_name=row.introducer_name or row.introduced_by_name,
            met_in_person=bool(row.met_in_person),
            met_in_person_date=row.met_in_person_date,
            met_in_person_place=row.met_in_person_place,
            keep_in_touch_days=row.keep_in_touch_days,
            interactions=interactions.get(cid, []),
            opportunities=opportunities.get(cid, []),
            extra_properties=[
                ExtraPropertyValue(
                    name=x.name,
                    value=x.value,
                    group=x.group,
                    params=[(str(k), [str(v) for v in vs]) for k, vs in (x.params or [])],
                )
                for x in extras.get(cid, [])
            ],
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


def _load_interactions(conn: Connection, ids: Sequence[int]) -> dict[int, list[InteractionValue]]:
    """Each contact's interactions, oldest first, with the UIDs of the other participants."""
    mine = conn.execute(
        select(interaction_participant.c.contact_id, interaction_t)
        .join(interaction_t, interaction_t.c.id == interaction_participant.c.interaction_id)
        .where(interaction_participant.c.contact_id.in_(ids))
        .order_by(interaction_t.c.occurred_on, interaction_t.c.id)
    ).all()
    interaction_ids = sorted({row.id for row in mine})
    others: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in chunks(interaction_ids):
        for iid, cid, uid in conn.execute(
            select(interaction_participant.c.interaction_id, contact_t.c.id, contact_t.c.uid)
            .join(contact_t, contact_t.c.id == interaction_participant.c.contact_id)
            .where(interaction_participant.c.interaction_id.in_(chunk))
            .order_by(contact_t.c.uid)
        ):
            others[iid].append((cid, uid))
    found: dict[int, list[InteractionValue]] = defaultdict(list)
    for row in mine:
        found[row.contact_id].append(
            InteractionValue(
                occurred_on=row.occurred_on,
                kind=row.kind,
                summary=row.summary,
                uid=row.uid,
                with_uids=[uid for cid, uid in others[row.id] if cid != row.contact_id],
                channel=row.channel,
                text=row.text,
            )
        )
    return found


def load_backlinks(conn: Connection, ids: Sequence[int]) -> dict[int, Backlinks]:
    """For each contact, the contacts it introduced and the opportunities it brought about."""
    found: dict[int, Backlinks] = defaultdict(Backlinks)
    for chunk in chunks(list(ids)):
        for introducer, uid in conn.execute(
            select(contact_t.c.introduced_by_id, contact_t.c.uid).where(
                contact_t.c.introduced_by_id.in_(chunk)
            )
        ):
            found[introducer].introduced_uids.append(uid)
        for introducer, uid in conn.execute(
            select(opportunity_t.c.introducer_id, opportunity_t.c.uid).where(
                opportunity_t.c.introducer_id.in_(chunk)
            )
        ):
            found[introducer].opportunity_uids.append(uid)
    return found

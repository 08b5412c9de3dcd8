"""Which interaction and opportunity a card's story line is: a stable identity, and only its own.

A story line without a UID (a hand-written `X-NETBOOK-INTERACTION`, an older export) is given
one derived from its contact's UID and its content, so importing the file again finds the same
item instead of adding a copy; a line that says what the contact already holds takes that
item's UID.

A UID names an item that belongs to contacts: an interaction to its participants, an
opportunity to its contact. A card may name an item of its own contact (or one it takes part
in), never another's: a stranger's card that reuses the UID of someone else's interaction would
otherwise rewrite it. Such a line becomes an item of its own, with a fresh (still derived) UID
and a warning, and the original's participants are left out of the copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from netbook.model.values import ContactRecord, InteractionValue, OpportunityValue
from netbook.services.merging import unite
from netbook.store.core_tables import (
    chunks,
    contact_t,
    interaction_participant,
    interaction_t,
    opportunity_t,
)

# Fixed for ever: the same contact and content must give the same UID in every book.
_NAMESPACE = uuid.UUID("6f1d2a4e-8c3b-5e7a-9d10-2b4c6e8f0a13")


_NAMESPACE_BYTES = _NAMESPACE.bytes


def derived_uid(*parts: object) -> str:
    """A UID in the urn:uuid form, the same for the same parts on every machine.

    It is `uuid.uuid5(_NAMESPACE, text)`, worked out without building a `uuid.UUID`: an
    archive import derives 170,000 of them, and the object costs more than the hash.
    """
    return _urn(hashlib.sha1(_NAMESPACE_BYTES + _text(parts).encode()).digest())


def derived_uids(*first: object) -> Callable[..., str]:
    """`derived_uid` with its first parts fixed: `derived_uids(a, b)(c, d)` is
    `derived_uid(a, b, c, d)`. For deriving many UIDs of one kind (an archive's conversation
    days): the hash of the fixed parts is worked out once, not once per UID."""
    head = hashlib.sha1(_NAMESPACE_BYTES + _text(first).encode())
    separator = "\x1f" if first else ""

    def uid(*parts: object) -> str:
        if not parts:
            return _urn(head.digest())
        try:  # text parts (an archive's): joined as they are, without a str() each
            text = "\x1f".join(parts)  # type: ignore[arg-type]
        except TypeError:
            text = _text(parts)
        digest = head.copy()
        digest.update((separator + text).encode())
        return _urn(digest.digest())

    return uid


def _text(parts: tuple[object, ...]) -> str:
    return "\x1f".join("" if p is None else str(p) for p in parts)


def _urn(sha1: bytes) -> str:
    """The urn:uuid of a version 5 UUID from its SHA-1 digest (RFC 4122: the first 16 bytes,
    with the version and variant bits set)."""
    digest = bytearray(sha1[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _interaction_content(item: InteractionValue) -> tuple[dt.date, str, str]:
    return (item.occurred_on, item.kind, item.summary.strip())


def _opportunity_content(item: OpportunityValue) -> tuple[str, str, dt.date | None]:
    return (item.kind, item.title.strip(), item.occurred_on)


@dataclass(slots=True)
class StoryOwners:
    """Who each interaction and opportunity UID belongs to, by contact UID.

    Filled from the book for the UIDs a file names, then claimed by the file's own cards as
    they are planned, so that two cards of one file are told apart the same way.
    """

    interactions: dict[str, set[str]] = field(default_factory=dict)
    opportunities: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_book(cls, conn: Connection, records: Sequence[ContactRecord]) -> StoryOwners:
        """The owners of every UID the records' story lines name, as the book has them."""
        return cls(
            interactions=interaction_participants(
                conn, (i.uid for r in records for i in r.interactions)
            ),
            opportunities=opportunity_owners(
                conn, (o.uid for r in records for o in r.opportunities)
            ),
        )


def interaction_participants(conn: Connection, uids: Iterable[str | None]) -> dict[str, set[str]]:
    """The contact UIDs taking part in each of these interactions (those in the book)."""
    found: dict[str, set[str]] = {}
    for chunk in chunks(sorted({u for u in uids if u})):
        for item_uid, contact_uid in conn.execute(
            select(interaction_t.c.uid, contact_t.c.uid)
            .join(
                interaction_participant,
                interaction_participant.c.interaction_id == interaction_t.c.id,
            )
            .join(contact_t, contact_t.c.id == interaction_participant.c.contact_id)
            .where(interaction_t.c.uid.in_(chunk))
        ):
            found.setdefault(item_uid, set()).add(contact_uid)
    return found


def opportunity_owners(conn: Connection, uids: Iterable[str | None]) -> dict[str, str]:
    """The UID of the contact each of these opportunities belongs to (those in the book)."""
    found: dict[str, str] = {}
    for chunk in chunks(sorted({u for u in uids if u})):
        for item_uid, contact_uid in conn.execute(
            select(opportunity_t.c.uid, contact_t.c.uid)
            .join(contact_t, contact_t.c.id == opportunity_t.c.contact_id)
            .where(opportunity_t.c.uid.in_(chunk))
        ):
            found[item_uid] = contact_uid
    return found


def identify_story(
    record: ContactRecord,
    contact_uid: str,
    known: ContactRecord | None,
    owners: StoryOwners,
) -> list[str]:
    """Give each story line of `record` its identity; returns a warning per line moved aside.

    `contact_uid` is the UID of the contact the card goes to (in the book, or about to be);
    `known` is that contact as the book holds it (None for a new one). `record`'s lists are
    replaced, their items are not changed.
    """
    warnings: list[str] = []
    held = {_interaction_content(i): i.uid for i in (known.interactions if known else []) if i.uid}
    interactions: list[InteractionValue] = []
    for item in record.interactions:
        uid = item.uid or held.get(_interaction_content(item))
        with_uids = list(item.with_uids)
        if uid is None:
            uid = derived_uid(contact_uid, "interaction", *_interaction_content(item))
        theirs = owners.interactions.get(uid)
        if theirs and contact_uid not in theirs:
            warnings.append(
                f"its interaction of {item.occurred_on.isoformat()} has the UID of another"
                " contact's interaction; it was imported as an interaction of its own"
            )
            uid = derived_uid(contact_uid, "interaction", uid, *_interaction_content(item))
            with_uids = [u for u in with_uids if u not in theirs]
        owners.interactions.setdefault(uid, set()).update([contact_uid, *with_uids])
        interactions.append(dataclasses.replace(item, uid=uid, with_uids=with_uids))
    record.interactions = unite([], interactions, lambda i: i.uid)
    held_opportunities = {
        _opportunity_content(o): o.uid for o in (known.opportunities if known else []) if o.uid
    }
    opportunities: list[OpportunityValue] = []
    for opp in record.opportunities:
        uid = opp.uid or held_opportunities.get(_opportunity_content(opp))
        if uid is None:
            uid = derived_uid(contact_uid, "opportunity", *_opportunity_content(opp))
        owner = owners.opportunities.get(uid)
        if owner is not None and owner != contact_uid:
            warnings.append(
                f"its opportunity {opp.title or opp.kind!r} has the UID of another contact's"
                " opportunity; it was imported as an opportunity of its own"
            )
            uid = derived_uid(contact_uid, "opportunity", uid, *_opportunity_content(opp))
        owners.opportunities[uid] = contact_uid
        opportunities.append(dataclasses.replace(opp, uid=uid))
    record.opportunities = unite([], opportunities, lambda o: o.uid)
    return warnings

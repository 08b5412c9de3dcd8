"""Card fingerprints: importing an unchanged vCard file again skips the cards it applied.

An import stores, in its batch row (`import_batch.card_fingerprints`), for each card that left
its contact exactly as the card says: the hash of the card's bytes (formats/vcard/stream), the
contact, and a token of the contact's state then (its `updated_at`, `archived_at` and UID).
The next import of a file of the same name has the reader skip a card whose hash it finds
there, and counts the card's contact unchanged without parsing, matching or loading it, but
only while the contact's state is still that token: any edit, merge, tag, interaction, archive,
undo or redo of the contact's rows gives it another `updated_at` (an undo gives back the old
one, and with it the state that went with it); a deleted or merged-away contact is gone.

Everything here errs towards parsing: a fingerprint is taken only for a card that is
recognised by its contact's UID (unique, and matched first), reports no problem and no
difference, names no other contact and changes nothing when applied again; a skipped card
whose contact any other card of the file (or a group, an interaction) also reaches is read
after all and the file planned as if nothing had been skipped (services/importer.py).

The fingerprints live in the import batch row, which the journal records: undo of the import
takes them away with its contacts, redo gives them back, and no fingerprint can outlive what
it vouches for.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, select, update

from netbook.model.tables import ImportBatch
from netbook.model.values import ContactRecord
from netbook.services.incoming_merge import keep_the_book, merge_incoming
from netbook.services.merging import copy_record, same_content
from netbook.services.story_identity import (
    StoryOwners,
    identify_story,
    interaction_participants,
    opportunity_owners,
)
from netbook.store.core_tables import chunks, contact_t, rows_in

batch_t: Table = ImportBatch.__table__  # type: ignore[assignment]

# digest (16 bytes), contact id, state token (8 bytes): one entry of a batch's fingerprints.
_ENTRY = struct.Struct("<16sq8s")
# Bump it when the import's rules change (matching, merging, story identity): the batches
# stored before are then not trusted, and their cards read again. (The reader's own version is
# part of each card's hash: formats/vcard/stream.FINGERPRINT_VERSION.)
_FORMAT = b"\x01"


@dataclass(frozen=True, slots=True)
class Vouched:
    """A contact a fingerprint vouches for: its id, its state token then, its UID now."""

    contact_id: int
    token: bytes
    uid: str


Known = dict[bytes, tuple[int, bytes]]  # fingerprint -> (contact id, state token)


def pack(entries: Mapping[bytes, tuple[int, bytes]]) -> bytes:
    return _FORMAT + b"".join(_ENTRY.pack(d, cid, token) for d, (cid, token) in entries.items())


def unpack(blob: bytes | None) -> Known:
    if not blob or blob[:1] != _FORMAT or (len(blob) - 1) % _ENTRY.size:
        return {}  # none, or written by another version: nothing is trusted
    return {d: (cid, token) for d, cid, token in _ENTRY.iter_unpack(blob[1:])}


def known(conn: Connection, path: str) -> Known:
    """The fingerprints of the latest import of a file of this name that took any."""
    blob = conn.execute(
        select(batch_t.c.card_fingerprints)
        .where(batch_t.c.path == path, batch_t.c.card_fingerprints.is_not(None))
        .order_by(batch_t.c.id.desc())
        .limit(1)
    ).scalar()
    return unpack(blob)


def state_token(updated_at: object, archived_at: object, uid: object) -> bytes:
    text = f"{updated_at}\x1f{archived_at}\x1f{uid}"
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def contact_states(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[bytes, str]]:
    """Each existing contact's state token and UID."""
    # Straight from the driver, each timestamp read back by the processor SQLAlchemy's own
    # select would apply to it (so the tokens are the ones it gave): building SQLAlchemy's
    # rows was four fifths of this for the 100,000 contacts a large import vouches for.
    read_updated = _reader_of(contact_t.c.updated_at, conn)
    read_archived = _reader_of(contact_t.c.archived_at, conn)
    states: dict[int, tuple[bytes, str]] = {}
    for chunk in chunks(sorted(set(ids))):
        for cid, updated_at, archived_at, uid in rows_in(conn, _STATES_SQL, chunk):
            token = state_token(read_updated(updated_at), read_archived(archived_at), uid)
            states[cid] = (token, uid or "")
    return states


_STATES_SQL = (
    f'SELECT "{contact_t.c.id.name}", "{contact_t.c.updated_at.name}",'
    f' "{contact_t.c.archived_at.name}", "{contact_t.c.uid.name}"'
    f' FROM "{contact_t.name}" WHERE "{contact_t.c.id.name}" IN :values'
)


def _reader_of(column: ColumnElement[Any], conn: Connection) -> Callable[[Any], Any]:
    """The conversion SQLAlchemy applies to the stored values of `column` when it reads them."""
    dialect = conn.dialect
    read = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return read if read is not None else _as_stored


def _as_stored(value: Any) -> Any:
    return value


def still_true(
    conn: Connection, path: str, fingerprints: Mapping[int, bytes], stored: Known | None = None
) -> dict[int, Vouched]:
    """Of the skipped cards (card number -> fingerprint), those whose fingerprint the book
    still vouches for, now, in the caller's transaction: known for this file name and its
    contact in the state it had then (`stored`: the file's `known`, when the caller has it)."""
    if stored is None:
        stored = known(conn, path)
    found = {n: stored[d] for n, d in fingerprints.items() if d in stored}
    states = contact_states(conn, (cid for cid, _ in found.values()))
    vouched: dict[int, Vouched] = {}
    for number, (cid, token) in found.items():
        state = states.get(cid)
        if state is not None and state[0] == token:
            vouched[number] = Vouched(cid, token, state[1])
    return vouched


def applies_cleanly(card: ContactRecord, contact: ContactRecord, *, proven: bool = False) -> bool:
    """Whether applying the card again to the contact as this import leaves it would find
    nothing to do: no change, no difference, no warning, and a match no other contact can take.

    Only a card carrying its contact's UID: a UID is unique in the book and matched before
    anything else, so while the contact is unchanged the card can match no one else. A match
    by email, phone or name depends on the other contacts too (one edited to hold the same
    email, a second contact of the same name), which the contact's state does not show. Left
    out as well: a card whose story names other contacts (their rows change without this
    contact's). `proven`: the caller knows the card applied again finds nothing to do (the
    contact is made of it alone, or the plan just applied it and changed nothing), which
    spares applying it here.
    """
    if not card.uid or card.uid != contact.uid:
        return False
    if any(i.with_uids for i in card.interactions):
        return False
    if proven:
        return True
    incoming = copy_record(card)
    if identify_story(incoming, contact.uid or "", contact, StoryOwners()):
        return False
    outcome = merge_incoming(contact, incoming, keep_the_book)
    return not outcome.differences and same_content(outcome.record, contact)


def store(
    conn: Connection,
    batch_id: int,
    applied: Mapping[bytes, int],
    carried: Mapping[bytes, Vouched],
) -> None:
    """Record in the batch the cards it applied cleanly (fingerprint -> contact id, states as
    they are now, after the import's writes) and the skipped ones still vouched for."""
    if not applied and not carried:
        return
    # Packed a chunk of contacts at a time: 32 bytes per card, not a dict of 100,000 states.
    blob = bytearray(_FORMAT)
    for digest, vouched in carried.items():
        blob += _ENTRY.pack(digest, vouched.contact_id, vouched.token)
    for chunk in chunks([(d, cid) for d, cid in applied.items() if d not in carried]):
        states = contact_states(conn, (cid for _, cid in chunk))
        for digest, cid in chunk:
            if cid in states:
                blob += _ENTRY.pack(digest, cid, states[cid][0])
    conn.execute(
        update(batch_t).where(batch_t.c.id == batch_id).values(card_fingerprints=bytes(blob))
    )


def contacts_of(vouched: Collection[Vouched]) -> set[int]:
    return {v.contact_id for v in vouched}


def reaches(
    conn: Connection, reached: set[int], owners: StoryOwners, vouched: Collection[Vouched]
) -> bool:
    """Whether the cards read reach a contact a skipped card vouches for: as a contact they go
    to, update or leave unchanged (`reached`, members and participants among them), or
    through a story line the contact holds (which the skipped card would have claimed first;
    `owners`: the story lines the cards read name)."""
    if reached & contacts_of(vouched):
        return True
    uids = {v.uid for v in vouched}
    participants = interaction_participants(conn, owners.interactions)
    if any(uids & held for held in participants.values()):
        return True
    return any(owner in uids for owner in opportunity_owners(conn, owners.opportunities).values())

"""The book's contacts as the sync reads and writes them: by id, as stored."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from netbook.model.values import ContactRecord
from netbook.services.address_book import with_thumbnail
from netbook.store import contact_loading, contact_rows
from netbook.store.core_tables import chunks


def load(conn: Connection, ids: Iterable[int]) -> dict[int, ContactRecord]:
    """The contacts with these ids, as stored (gone ones left out)."""
    found: dict[int, ContactRecord] = {}
    for chunk in chunks(sorted(set(ids))):
        for record in contact_loading.load_records(conn, chunk):
            assert record.id is not None
            found[record.id] = record
    return found


def replace(conn: Connection, contact_id: int, record: ContactRecord) -> ContactRecord:
    """Store `record` as the contact and give it back as stored (hashes are made from that)."""
    contact_rows.replace_record(conn, contact_id, with_thumbnail(record))
    return contact_loading.load_records(conn, [contact_id])[0]

"""Who else in the book has this email or phone number (the editor warns before a second copy
of a person is made: "ada@example.org is already Ada Lovelace's")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from netbook.model.phones import to_e164
from netbook.model.text import email_key
from netbook.store import contact_loading, core_tables
from netbook.store.core_tables import email_t, phone_t

# A contact list of a thousand colleagues all sharing the switchboard is not a warning each.
MAX_HOLDERS = 5


@dataclass(frozen=True, slots=True)
class Holder:
    """A contact other than the one being edited that already has `value`."""

    value: str  # as typed in the editor
    contact_id: int
    name: str
    archived: bool


def holders(
    conn: Connection,
    emails: Sequence[str],
    phones: Sequence[str],
    excluding: int | None,
) -> list[Holder]:
    """The other contacts holding any of these emails (case aside) or phone numbers (the same
    number however written), at most MAX_HOLDERS per value, in the order the values came."""
    found: list[tuple[str, int]] = []
    wanted_emails = {email_key(e): e for e in emails if e.strip()}
    wanted_phones = {n: p for p in phones if (n := to_e164(p)) is not None}
    for column, table, wanted in (
        (email_t.c.value_key, email_t, wanted_emails),
        (phone_t.c.e164, phone_t, wanted_phones),
    ):
        for chunk in core_tables.chunks(list(wanted)):
            statement = select(column, table.c.contact_id).where(column.in_(chunk))
            if excluding is not None:
                statement = statement.where(table.c.contact_id != excluding)
            rows = conn.execute(statement.order_by(table.c.contact_id)).all()
            for key in chunk:
                ids = [int(cid) for k, cid in rows if k == key]
                found += [(wanted[key], cid) for cid in dict.fromkeys(ids)][:MAX_HOLDERS]
    if not found:
        return []
    records = {r.id: r for r in contact_loading.load_records(conn, list({cid for _, cid in found}))}
    return [
        Holder(value, cid, records[cid].best_display_name(), records[cid].archived)
        for value, cid in found
        if cid in records
    ]

"""How an import recognises a contact it already has: the match keys of a record, most
certain first (UID, social profile URL, email, phone in E.164, name at an organisation, and a
bare name only for a card with nothing else), and the book's contacts found by them."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from netbook.model.phones import to_e164
from netbook.model.text import email_key, fold, url_key
from netbook.model.values import ContactRecord
from netbook.store.core_tables import chunks, contact_t, email_t, phone_t, rows_in, social_t


@dataclass(slots=True)
class MatchKeys:
    """Lookup tables from match keys to contact ids, for the book and for this import."""

    uid: dict[str, int] = field(default_factory=dict)
    social: dict[str, int] = field(default_factory=dict)
    email: dict[str, int] = field(default_factory=dict)
    phone: dict[str, int] = field(default_factory=dict)
    name_org: dict[tuple[str, str], int] = field(default_factory=dict)
    name: dict[str, int] = field(default_factory=dict)


RecordKeys = dict[str, list[object]]


def record_keys(record: ContactRecord) -> RecordKeys:
    name = fold(record.best_display_name())
    keys: RecordKeys = {
        "uid": [record.uid] if record.uid else [],
        "social": [url_key(s.value) for s in record.social_profiles if s.value],
        "email": [email_key(e.value) for e in record.emails if e.value],
        "phone": [p for p in (to_e164(v.value) for v in record.phones) if p],
        "name_org": _name_org(name, record),
    }
    # A card that carries nothing but a name (no UID to keep it apart) can only be recognised
    # by its name; without this, importing such a file twice would add everyone twice.
    keys["name"] = [name] if name and not any(keys.values()) else []
    return keys


def _name_org(name: str, record: ContactRecord) -> list[object]:
    org = fold(record.organization or "")
    return [(name, org)] if name and org else []


def merged_keys(merged: ContactRecord, incoming: RecordKeys) -> RecordKeys:
    """What `remember` needs of `merged`, a record this import will insert made of one whose
    keys are remembered already and of a record with the keys `incoming`: the same as
    `record_keys(merged)` adds to them, without working out the keys of every value again
    (a contact that many rows of a file merge into holds dozens of emails).

    Its emails, phones and profiles are those of both, united by the keys matched on; its UID
    and name are single values that either side may have given. A record with a UID (every
    record an import inserts has one) has no bare-name key.
    """
    assert merged.uid
    name = fold(merged.best_display_name())
    return {**incoming, "uid": [merged.uid], "name_org": _name_org(name, merged), "name": []}


def remember(keys: MatchKeys, record_keys: RecordKeys, target: int) -> None:
    for kind, values in record_keys.items():
        table = getattr(keys, kind)
        for value in values:
            table.setdefault(value, target)


def find_match(keys: MatchKeys, record_keys: RecordKeys) -> tuple[int, str] | None:
    """The contact (or pending record) the keys match first, and the kind of key it was."""
    for kind, values in record_keys.items():
        table = getattr(keys, kind)
        for value in values:
            if value in table:
                return int(table[value]), kind
    return None


@dataclass(slots=True)
class BookBefore:
    """The book as it was before the file an import streams (services/import_stream).

    The contacts up to `last_id` were there before; those after it are the file's own, which
    earlier batches wrote and which later cards find through the file's pending keys instead.
    The name indexes are built once per file, when a card first needs one.
    """

    last_id: int
    name_org: dict[tuple[str, str], int] | None = None
    names: dict[str, int] | None = None


def book_keys(
    conn: Connection, all_keys: Sequence[RecordKeys], before: BookBefore | None = None
) -> MatchKeys:
    """The book's contacts that any of the records could match, by every key (with `before`:
    only the contacts the book had before the file, each key to the lowest id as without)."""
    wanted: dict[str, set[object]] = {
        k: set() for k in ("uid", "social", "email", "phone", "name_org", "name")
    }
    for record_keys in all_keys:
        for kind, values in record_keys.items():
            wanted[kind].update(values)
    keys = MatchKeys()
    if before is not None and before.last_id == 0:
        return keys  # the book was empty: nothing to look up
    _look_up(conn, wanted, keys, "<=", before.last_id if before else None)
    if before is not None:
        _keys_before(conn, wanted, before, keys)
        return keys
    if wanted["name_org"]:
        orgs = {str(pair[1]) for pair in wanted["name_org"] if isinstance(pair, tuple)}
        for cid, display, organization in conn.execute(
            select(contact_t.c.id, contact_t.c.display_name, contact_t.c.organization)
            .where(contact_t.c.organization.is_not(None))
            .order_by(contact_t.c.id)
        ):
            org = fold(organization)
            if org in orgs:
                keys.name_org.setdefault((fold(display), org), cid)
    if wanted["name"]:
        _unique_names(conn, wanted["name"], keys.name)  # type: ignore[arg-type]
    return keys


_LOOKUPS = (
    ("uid", contact_t.c.uid, contact_t.c.id),
    ("social", social_t.c.value_key, social_t.c.contact_id),
    ("email", email_t.c.value_key, email_t.c.contact_id),
    ("phone", phone_t.c.e164, phone_t.c.contact_id),
)


def _look_up(
    conn: Connection,
    wanted: dict[str, set[object]],
    keys: MatchKeys,
    compared: str,
    last_id: int | None,
    kinds: Container[str] = ("uid", "social", "email", "phone"),
) -> None:
    """The contacts holding the `wanted` values of the stored kinds, each value to the lowest
    id (with `last_id`: only the contacts whose id is `compared` to it)."""
    for kind, column, owner in _LOOKUPS:
        if kind not in kinds:
            continue
        table = getattr(keys, kind)
        limit = f' AND "{owner.name}" {compared} {int(last_id)}' if last_id is not None else ""
        sql = (
            f'SELECT "{column.name}", "{owner.name}" FROM "{column.table}"'
            f' WHERE "{column.name}" IN :values{limit} ORDER BY "{owner.name}"'
        )
        for chunk in chunks(sorted(wanted[kind], key=str)):
            for value, cid in rows_in(conn, sql, chunk):
                table.setdefault(value, cid)


# The keys of a contact the book stores as they are matched on, so that an import can find its
# own written contacts by them in the book rather than in memory (services/import_stream).
STORED_KINDS = ("social", "email", "phone")


def written_keys(conn: Connection, all_keys: Sequence[RecordKeys], last_id: int) -> MatchKeys:
    """The contacts after `last_id` (those the file being imported wrote) that the records
    could match by a profile, an email or a phone: each value to the lowest id."""
    wanted: dict[str, set[object]] = {k: set() for k in STORED_KINDS}
    for record_keys in all_keys:
        for kind in STORED_KINDS:
            wanted[kind].update(record_keys[kind])
    keys = MatchKeys()
    _look_up(conn, wanted, keys, ">", last_id, STORED_KINDS)
    return keys


def _keys_before(
    conn: Connection, wanted: dict[str, set[object]], before: BookBefore, keys: MatchKeys
) -> None:
    """The name keys of `wanted` from the indexes of the book before the file (built once:
    a scan of every contact per batch would make a large file's import quadratic)."""
    if wanted["name_org"]:
        if before.name_org is None:
            before.name_org = {}
            for cid, display, organization in conn.execute(
                select(contact_t.c.id, contact_t.c.display_name, contact_t.c.organization)
                .where(contact_t.c.organization.is_not(None), contact_t.c.id <= before.last_id)
                .order_by(contact_t.c.id)
            ):
                before.name_org.setdefault((fold(display), fold(organization)), cid)
        for pair in wanted["name_org"]:
            if pair in before.name_org:
                keys.name_org[pair] = before.name_org[pair]
    if wanted["name"]:
        if before.names is None:
            before.names = {}
            seen: dict[str, list[int]] = {}
            for cid, display in conn.execute(
                select(contact_t.c.id, contact_t.c.display_name).where(
                    contact_t.c.id <= before.last_id
                )
            ):
                seen.setdefault(fold(display), []).append(cid)
            before.names = {name: ids[0] for name, ids in seen.items() if len(ids) == 1}
        for name in wanted["name"]:
            if name in before.names:
                keys.name[name] = before.names[name]


def _unique_names(conn: Connection, names: set[str], into: dict[str, int]) -> None:
    """Contacts whose folded display name is one of `names` and belongs to no other contact."""
    seen: dict[str, list[int]] = {}
    for cid, display in conn.execute(select(contact_t.c.id, contact_t.c.display_name)):
        key = fold(display)
        if key in names:
            seen.setdefault(key, []).append(cid)
    for name, ids in seen.items():
        if len(ids) == 1:
            into[name] = ids[0]

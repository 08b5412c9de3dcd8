"""The FTS5 index behind the search field.

One row per contact (rowid = contact.id). Text is folded with `model.text.fold` before it is
indexed and before it is queried, so "jurg" finds "Jürgen". A phone number is indexed as the
suffixes of its digits, so that "5550134" finds "(617) 555-0134" as a prefix query.
Callers re-index the contacts they change inside the same transaction as the change.
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from netbook.model.fields import searched_under
from netbook.model.phones import search_digits
from netbook.model.text import digits, fold
from netbook.store.core_tables import chunks, insert_values, rows_in

FTS_TABLE = "contact_fts"
FTS_COLUMNS = ("name", "organization", "title", "email", "phone", "place", "tag", "note")
CREATE_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
DROP_FTS = f"DROP TABLE IF EXISTS {FTS_TABLE}"
_MIN_PHONE_SUFFIX = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_QUERY = re.compile(r"^[\d\s+().\-/]+$")
# The contact's own fields indexed under each column of the index (model/fields.py).
_FIELD_COLUMNS = {
    column: searched_under(column) for column in ("name", "organization", "title", "note")
}
_INDEXED = ("id", *(name for names in _FIELD_COLUMNS.values() for name in names))


def is_search_table(name: str) -> bool:
    """True for the FTS table and its shadow tables, which the ORM metadata does not describe."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def _digit_suffixes(number: str) -> list[str]:
    """Every suffix of a phone number's digits from four digits up (all its digits when it has
    fewer): a prefix query then matches the local number, the number with area code, or the
    full international number."""
    return (
        [number[i:] for i in range(0, max(len(number) - _MIN_PHONE_SUFFIX + 1, 1))]
        if number
        else []
    )


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when there is nothing to find.

    Every word must match as a prefix (AND). A query that looks like a phone number is taken as
    its digits, so "555-0134" and "(617) 555 0134" both work, and a national form ("020 7946 0412")
    also finds the number stored internationally.
    """
    query = query.strip()
    if not query:
        return None
    if _PHONE_QUERY.match(query) and len(digits(query)) >= 3:
        forms = [f'"{form}"*' for form in search_digits(query)]
        return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def reindex(conn: Connection, contact_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these contacts from what is stored now."""
    ids = sorted(set(contact_ids))
    for chunk in chunks(ids):
        _reindex_chunk(conn, chunk)


def _collect(conn: Connection, sql: str, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, *values in rows_in(conn, sql, ids):
        found[owner].extend(str(v) for v in values if v)
    return found


def _reindex_chunk(conn: Connection, ids: Sequence[int]) -> None:
    remove(conn, ids)
    contacts = [
        dict(zip(_INDEXED, row, strict=True))
        for row in rows_in(
            conn, f"SELECT {', '.join(_INDEXED)} FROM contact WHERE id IN :values", ids
        )
    ]
    emails = _collect(
        conn, "SELECT contact_id, value FROM email_address WHERE contact_id IN :values", ids
    )
    phones = _collect(
        conn, "SELECT contact_id, value, e164 FROM phone_number WHERE contact_id IN :values", ids
    )
    places = _collect(
        conn,
        "SELECT contact_id, street, locality, region, postal_code, country FROM postal_address"
        " WHERE contact_id IN :values",
        ids,
    )
    tags = _collect(
        conn,
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        " WHERE ct.contact_id IN :values",
        ids,
    )
    _insert_documents(
        conn,
        [
            _document(
                row,
                emails.get(row["id"], []),
                phones.get(row["id"], []),
                places.get(row["id"], []),
                tags.get(row["id"], []),
            )
            for row in contacts
        ],
    )


def _values_of(names: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """The values of these fields of a contact row, read in one C call."""
    getter = operator.itemgetter(*names)
    return getter if len(names) > 1 else lambda contact: (getter(contact),)


_name_values, _organization_values, _title_values, _note_values = (
    _values_of(_FIELD_COLUMNS[column]) for column in ("name", "organization", "title", "note")
)


def _document(
    contact: Mapping[str, Any],
    emails: Sequence[str],
    phones: Sequence[str],
    places: Sequence[str],
    tags: Sequence[str],
) -> tuple[Any, ...]:
    """One contact's index row, from its stored values: the values of `_DOCUMENT_COLUMNS`."""
    phone_text: list[str] = []
    # A number and its E.164 form have the same digits: their suffixes are made once.
    for number in dict.fromkeys(map(digits, phones)):
        phone_text.extend(_digit_suffixes(number))
    return (
        contact["id"],
        fold(" ".join(filter(None, _name_values(contact)))),
        fold(" ".join(filter(None, _organization_values(contact)))),
        fold(" ".join(filter(None, _title_values(contact)))),
        fold(" ".join(emails)),
        " ".join(dict.fromkeys(phone_text)),
        fold(" ".join(places)),
        fold(" ".join(tags)),
        fold(" ".join(filter(None, _note_values(contact)))),
    )


_DOCUMENT_COLUMNS = ("rowid", *FTS_COLUMNS)
assert _DOCUMENT_COLUMNS == (
    "rowid",
    "name",
    "organization",
    "title",
    "email",
    "phone",
    "place",
    "tag",
    "note",
), "the order `_document` gives its values in"


def _insert_documents(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        insert_values(conn, FTS_TABLE, _DOCUMENT_COLUMNS, rows)


class Searched:
    """The stored values of new contacts that their index rows are made of, by contact id,
    gathered while the rows are written (no need to read them back): every email, each phone
    number followed by its E.164 form, each address's street, locality, region, postal code
    and country, the empty ones left out."""

    def __init__(self) -> None:
        self.emails: dict[int, list[str]] = {}
        self.phones: dict[int, list[str]] = {}
        self.places: dict[int, list[str]] = {}


def index_new(
    conn: Connection,
    contacts: Sequence[Mapping[str, Any]],
    searched: Searched,
    tags: Mapping[int, Sequence[str]],
) -> None:
    """Index contacts just inserted, from the values written for them.

    The same documents as `reindex` makes from the tables: `contacts` are contact rows with
    their `id`.
    """
    none: list[str] = []
    _insert_documents(
        conn,
        [
            _document(
                contact,
                searched.emails.get(contact["id"], none),
                searched.phones.get(contact["id"], none),
                searched.places.get(contact["id"], none),
                tags.get(contact["id"], none),
            )
            for contact in contacts
        ],
    )


def remove(conn: Connection, contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    for chunk in chunks(ids):
        rows_in(conn, f"DELETE FROM {FTS_TABLE} WHERE rowid IN :values", chunk)


def rebuild(conn: Connection) -> None:
    """Re-index the whole book (after a migration that changes what is indexed)."""
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    ids = [row[0] for row in conn.execute(text("SELECT id FROM contact"))]
    reindex(conn, ids)

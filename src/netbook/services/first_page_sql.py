"""The SQL of the window's first paint, as the services send it to SQLite.

These are the statements `AddressBook` executes for the list's first page (the whole book, in
an order an index serves), the two counts and the tag counts, captured from SQLAlchemy as it
runs them. services/first_page.py sends the same text with plain sqlite3 before SQLAlchemy is
loaded. tests/services/test_first_page.py captures the services' statements again and checks
that they are still these, word for word, so this text never drifts from its one source (the
services' query code): when the services' queries change, that test prints the new text to
paste here.
"""

from __future__ import annotations

from netbook.services.list_order import ListColumn, ListOrder, SortKey

# The columns of a list row (ContactSummary), the optional columns shown, then the active
# contacts by an index walk, which stops after one page at 100,000 contacts.
_PAGE = (
    "SELECT contact.id, contact.display_name, contact.organization, contact.title, "
    "EXISTS (SELECT * \nFROM photo \nWHERE photo.contact_id = contact.id) AS has_photo, "
    "contact.favourite, contact.archived_at{columns} \nFROM contact \n"
    "WHERE likelihood(contact.archived_at IS NULL, 0.99) ORDER BY {order}\n LIMIT ? OFFSET ?"
)
_ORDERS = {
    ListOrder(SortKey.NAME): "contact.sort_key, contact.id",
    ListOrder(SortKey.NAME, descending=True): "contact.sort_key DESC, contact.id DESC",
    ListOrder(SortKey.ADDED): "contact.created_at, contact.id",
    ListOrder(SortKey.ADDED, descending=True): "contact.created_at DESC, contact.id DESC",
}
ORDERS = frozenset(_ORDERS)


def _first_value(table: str) -> str:
    """A contact's first email or phone: the preferred one, else the first in the card."""
    return (
        f"(SELECT {table}.value \nFROM {table} \nWHERE {table}.contact_id = contact.id "
        f"ORDER BY {table}.preferred DESC, {table}.position, {table}.id\n LIMIT ? OFFSET ?)"
    )


# The optional columns a page reads in its own select (in ListColumn's order), with their
# parameters; the company is in every row, and the tags are one more query (TAGS_OF).
_COLUMNS: dict[ListColumn, tuple[str, tuple[object, ...]]] = {
    ListColumn.EMAIL: (f"{_first_value('email_address')} AS email", (1, 0)),
    ListColumn.PHONE: (f"{_first_value('phone_number')} AS phone", (1, 0)),
    ListColumn.ADDED: ("contact.created_at AS added", ()),
}
COLUMNS = frozenset({*_COLUMNS, ListColumn.COMPANY, ListColumn.TAGS})


def page(
    order: ListOrder, columns: frozenset[ListColumn], limit: int, offset: int
) -> tuple[str, tuple[object, ...]]:
    """The statement and parameters of one page of the whole book's list (`order` in ORDERS,
    `columns` within COLUMNS)."""
    shown = [c for c in ListColumn if c in columns and c in _COLUMNS]
    text = _PAGE.format(columns="".join(f", {_COLUMNS[c][0]}" for c in shown), order=_ORDERS[order])
    params = tuple(p for c in shown for p in _COLUMNS[c][1])
    return text, (*params, limit, offset)


def tags_of(count: int) -> str:
    """The tag names of `count` contacts (their ids the parameters), by name."""
    marks = ", ".join("?" * count)
    return (
        "SELECT contact_tag.contact_id, tag.name \n"
        "FROM contact_tag JOIN tag ON tag.id = contact_tag.tag_id \n"
        f'WHERE contact_tag.contact_id IN ({marks}) ORDER BY tag."key"'
    )


# All less the archived: both counts are read from the small archived index, not a scan.
COUNT_ACTIVE = (
    "SELECT (SELECT count(*) AS count_1 \nFROM contact) - (SELECT count(*) AS count_2 \n"
    "FROM contact \nWHERE contact.archived_at IS NOT NULL) AS anon_1"
)
COUNT_ARCHIVED = (
    "SELECT count(*) AS count_1 \nFROM contact \n"
    "WHERE likelihood(contact.archived_at IS NOT NULL, 0.01)"
)

# Tag counts: every tag with all its links, and the links of archived contacts to subtract.
TAG_LINKS = (
    "SELECT tag.id, tag.name, (SELECT count(*) AS count_1 \nFROM contact_tag \n"
    'WHERE contact_tag.tag_id = tag.id) AS anon_1 \nFROM tag ORDER BY tag."key"'
)
ARCHIVED_TAG_LINKS = (
    "SELECT contact_tag.tag_id, count(*) AS count_1 \n"
    "FROM contact JOIN contact_tag ON contact_tag.contact_id = contact.id \n"
    "WHERE likelihood(contact.archived_at IS NOT NULL, 0.01) GROUP BY contact_tag.tag_id"
)

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

# The columns of a list row (ContactSummary), then the active contacts by an index walk, which
# stops after one page at 100,000 contacts. Each takes (limit, offset).
_PAGE = (
    "SELECT contact.id, contact.display_name, contact.organization, contact.title, "
    "EXISTS (SELECT * \nFROM photo \nWHERE photo.contact_id = contact.id) AS has_photo, "
    "contact.favourite, contact.archived_at \nFROM contact \n"
    "WHERE likelihood(contact.archived_at IS NULL, 0.99) ORDER BY {order}\n LIMIT ? OFFSET ?"
)
PAGE_BY_NAME = _PAGE.format(order="contact.sort_key, contact.id")
PAGE_BY_NAME_DESCENDING = _PAGE.format(order="contact.sort_key DESC, contact.id DESC")
PAGE_BY_ADDED = _PAGE.format(order="contact.created_at, contact.id")
PAGE_BY_ADDED_DESCENDING = _PAGE.format(order="contact.created_at DESC, contact.id DESC")

COUNT_ACTIVE = "SELECT count(*) AS count_1 \nFROM contact \nWHERE contact.archived_at IS NULL"
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

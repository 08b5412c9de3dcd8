"""The window's modules load without the services: the first step to a first paint that does
not wait for SQLAlchemy (docs/performance.md, "The window's first paint").

Each check runs in a fresh interpreter, since this test process has long loaded the services.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# What the services' modules bring: none of it may load with the window's own modules.
SERVICES_BELOW = ("sqlalchemy", "netbook.model.tables", "PIL", "phonenumbers", "alembic")
# The store's modules the window's start uses (the lock, the stamp): plain sqlite3 and files.
STORE_WITHOUT_SQLALCHEMY = {
    "netbook.store",
    "netbook.store.book_file",
    "netbook.store.errors",
    "netbook.store.lock",
    "netbook.store.paths",
    "netbook.store.revisions",
}

CHILD = r"""
import json, sys
for name in sys.argv[1:]:
    __import__(name)
print(json.dumps(sorted(sys.modules)))
"""


def loaded_by(*modules: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *modules],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


@pytest.mark.parametrize(
    "module",
    [
        "netbook.ui.window.main_window",
        "netbook.ui.window.application",
        "netbook.ui.contacts.card",
        "netbook.ui.contacts.list_model",
        "netbook.services.first_page",
    ],
)
def test_window_modules_load_without_the_services(module):
    loaded = loaded_by(module)
    assert module in loaded
    below = [m for m in loaded if m.split(".")[0] in SERVICES_BELOW or m.startswith(SERVICES_BELOW)]
    assert below == []
    store = {m for m in loaded if m.startswith("netbook.store")}
    assert store <= STORE_WITHOUT_SQLALCHEMY
    services = {m for m in loaded if m.startswith("netbook.services.")}
    assert "netbook.services.address_book" not in services
    assert "netbook.services.application" not in services


def test_the_moved_values_are_the_services_own():
    # The services' old names still reach the same classes (code importing them keeps working).
    from netbook.services import address_book, contact_filter, contact_list, list_order, tag_count

    assert address_book.ContactFilter is contact_filter.ContactFilter
    assert address_book.View is contact_filter.View
    assert address_book.RECENT_DAYS == contact_filter.RECENT_DAYS
    assert address_book.TagCount is tag_count.TagCount
    for name in ("BY_NAME", "LIVE_KEYS", "ListColumn", "ListOrder", "SortKey"):
        assert getattr(contact_list, name) is getattr(list_order, name)

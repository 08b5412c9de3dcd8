"""The orders a contact list can be read in, and the optional columns it can show.

Plain values with no database behind them, so that the window's modules can name them without
loading the services (services/contact_list.py reads the lists; services/first_page.py the
first page before the services are loaded).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SortKey(enum.Enum):
    NAME = "name"
    COMPANY = "company"
    LAST_CONTACT = "last_contact"
    ADDED = "added"
    NEXT_REACH_OUT = "next_reach_out"


# Orders an index walk serves page by page; the others are read as a snapshot of ids.
LIVE_KEYS = frozenset({SortKey.NAME, SortKey.ADDED})


@dataclass(frozen=True, slots=True)
class ListOrder:
    key: SortKey = SortKey.NAME
    descending: bool = False


BY_NAME = ListOrder()  # the default order, as a default argument


class ListColumn(enum.Enum):
    """The columns a list may show beside the name (which is always there)."""

    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    LAST_CONTACT = "last_contact"
    ADDED = "added"
    NEXT_REACH_OUT = "next_reach_out"
    TAGS = "tags"

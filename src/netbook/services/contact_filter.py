"""Which contacts a list shows: the sidebar's fixed views and the filter a list is asked for.

Plain values with no database behind them, so that the window's modules can name them without
loading the services (its first paint comes before SQLAlchemy is imported: services/first_page.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

RECENT_DAYS = 30  # the Recently added view: contacts added in this many days


class View(enum.Enum):
    """The sidebar's fixed lists."""

    ALL = "all"
    FAVOURITES = "favourites"
    RECENT = "recent"
    ARCHIVED = "archived"
    REACH_OUT = "reach_out"  # keep-in-touch cadence run out (services/reminders.py)
    EVERYONE = "everyone"  # active and archived: the whole book, what "export all" writes


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """Which contacts a list shows: a sidebar view, optionally a tag, and the search text."""

    view: View = View.ALL
    tag_id: int | None = None
    query: str = ""
    # Restrict to these ids (the dashboard's "click a bar" filters); None means no restriction.
    ids: frozenset[int] | None = None

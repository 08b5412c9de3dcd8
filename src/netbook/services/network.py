"""NetworkService: what sets netbook apart from an address book, behind one door.

Introductions, interactions, opportunities, meeting in person, keep-in-touch reminders,
birthdays, "who can introduce me?" and the network's numbers. Each concept lives in its own
module (interactions, opportunities, introductions, reminders, who_can_introduce,
network_stats); this class owns the transactions and the clock. Every date is measured from
`today`, which a call may pass, else the clock given at construction (tests fix it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from netbook.model.tables import utcnow
from netbook.services import (
    interactions,
    introductions,
    network_stats,
    opportunities,
    reminders,
    who_can_introduce,
)
from netbook.services.address_book import ContactNotFoundError
from netbook.services.interactions import InteractionEntry, Participant
from netbook.services.introductions import Introduced, IntroducerCount, IntroductionLinks
from netbook.services.journal import Journal
from netbook.services.network_stats import Facet
from netbook.services.opportunities import UNCHANGED, OpportunityEntry
from netbook.services.reminders import UPCOMING_DAYS, ReachOutEntry, UpcomingDate
from netbook.services.who_can_introduce import IntroductionCandidate
from netbook.store.core_tables import contact_t
from netbook.store.database import Database

__all__ = [
    "Facet",
    "InteractionEntry",
    "Introduced",
    "IntroducerCount",
    "IntroductionCandidate",
    "NetworkService",
    "OpportunityEntry",
    "Participant",
    "ReachOutEntry",
    "UpcomingDate",
]


class NetworkService:
    """The network around the contacts, over the same book file as AddressBook."""

    def __init__(
        self,
        database: Database,
        today: Callable[[], dt.date] = dt.date.today,
        journal: Journal | None = None,
    ) -> None:
        self.database = database
        self.journal = journal if journal is not None else Journal(database)
        self._clock = today

    def today(self) -> dt.date:
        return self._clock()

    def _day(self, today: dt.date | None) -> dt.date:
        return today if today is not None else self._clock()

    # -- interactions ------------------------------------------------------------------------
    def log_interaction(
        self,
        contact_ids: Sequence[int],
        occurred_on: dt.date,
        kind: str,
        summary: str = "",
        *,
        label: str | None = None,
    ) -> int:
        """Record an interaction with one or more contacts; returns its id.

        A "met" interaction also marks its participants as met in person.
        Raises InteractionError for no contacts, unknown ids or an empty kind.
        """
        with self.journal.operation(label or f"Log {kind.strip() or 'an interaction'}") as conn:
            return interactions.log_interaction(conn, contact_ids, occurred_on, kind, summary)

    def update_interaction(
        self,
        interaction_id: int,
        *,
        occurred_on: dt.date | None = None,
        kind: str | None = None,
        summary: str | None = None,
        contact_ids: Sequence[int] | None = None,
        label: str | None = None,
    ) -> None:
        with self.journal.operation(label or "Edit an interaction") as conn:
            interactions.update_interaction(
                conn,
                interaction_id,
                occurred_on=occurred_on,
                kind=kind,
                summary=summary,
                contact_ids=contact_ids,
            )

    def remove_interaction(self, interaction_id: int, *, label: str | None = None) -> None:
        with self.journal.operation(label or "Remove an interaction") as conn:
            interactions.remove_interaction(conn, interaction_id)

    def timeline(self, contact_id: int) -> list[InteractionEntry]:
        """The contact's interactions, newest first."""
        with self.database.reading() as conn:
            return interactions.timeline(conn, contact_id)

    def last_contact(self, contact_id: int) -> dt.date | None:
        with self.database.reading() as conn:
            return interactions.last_contact(conn, contact_id)

    # -- meeting in person -------------------------------------------------------------------
    def set_met_in_person(
        self, contact_id: int, met: bool, on: dt.date | None = None, place: str | None = None
    ) -> None:
        """Record (or take back) having met a contact in person, and when and where first."""
        label = "Mark as met in person" if met else "Mark as not met in person"
        with self.journal.operation(label) as conn:
            changed = conn.execute(
                contact_t.update()
                .where(contact_t.c.id == contact_id)
                .values(
                    met_in_person=met,
                    met_in_person_date=on if met else None,
                    met_in_person_place=(place or None) if met else None,
                    updated_at=utcnow(),
                )
            )
            if changed.rowcount == 0:
                raise ContactNotFoundError(contact_id)

    # -- opportunities -----------------------------------------------------------------------
    def add_opportunity(
        self,
        contact_id: int,
        kind: str,
        title: str = "",
        occurred_on: dt.date | None = None,
        outcome: str | None = None,
        introducer_id: int | None = None,
        note: str | None = None,
        *,
        label: str | None = None,
    ) -> int:
        """Record what came of a connection; returns its id (OpportunityError when invalid)."""
        with self.journal.operation(label or f"Add opportunity “{title or kind}”") as conn:
            return opportunities.add_opportunity(
                conn, contact_id, kind, title, occurred_on, outcome, introducer_id, note
            )

    def update_opportunity(
        self, opportunity_id: int, *, label: str | None = None, **changes: Any
    ) -> None:
        """Change the named fields: kind, title, occurred_on, outcome, contact_id,
        introducer_id, note (None clears an optional field)."""
        allowed = {"kind", "title", "occurred_on", "outcome", "contact_id", "introducer_id", "note"}
        unknown = set(changes) - allowed
        if unknown:
            raise opportunities.OpportunityError(
                f"cannot change {', '.join(sorted(unknown))} of an opportunity"
            )
        fields = {name: changes.get(name, UNCHANGED) for name in allowed}
        with self.journal.operation(label or "Edit an opportunity") as conn:
            opportunities.update_opportunity(conn, opportunity_id, **fields)

    def remove_opportunity(self, opportunity_id: int, *, label: str | None = None) -> None:
        with self.journal.operation(label or "Remove an opportunity") as conn:
            opportunities.remove_opportunity(conn, opportunity_id)

    def opportunities(self, contact_id: int | None = None) -> list[OpportunityEntry]:
        """All opportunities, or those a contact brought or introduced; newest first."""
        with self.database.reading() as conn:
            return opportunities.list_opportunities(conn, contact_id)

    # -- introductions -----------------------------------------------------------------------
    def introducer_of(self, contact_id: int) -> Participant | None:
        with self.database.reading() as conn:
            return introductions.introducer_of(conn, contact_id)

    def introduced_by(self, introducer_id: int) -> list[Participant]:
        """Whom this contact introduced you to, directly."""
        with self.database.reading() as conn:
            return introductions.introduced_by(conn, introducer_id)

    def introduction_chain(self, contact_id: int) -> list[Participant]:
        """The introducer, the introducer's introducer, ... (nearest first, loop-safe)."""
        with self.database.reading() as conn:
            return introductions.chain(conn, contact_id)

    def introduction_links(self, contact_id: int) -> IntroductionLinks:
        """The chain above a contact and whom they introduced, read in one transaction."""
        with self.database.reading() as conn:
            return introductions.introduction_links(conn, contact_id)

    def introduction_tree(self, introducer_id: int) -> list[Introduced]:
        """Everyone reached through this contact's introductions, breadth first."""
        with self.database.reading() as conn:
            return introductions.introduction_tree(conn, introducer_id)

    def top_introducers(self, limit: int = 10) -> list[IntroducerCount]:
        with self.database.reading() as conn:
            return introductions.top_introducers(conn, limit)

    def who_can_introduce(
        self, query: str, limit: int = 20, today: dt.date | None = None
    ) -> list[IntroductionCandidate]:
        """Contacts best placed to introduce you to a company or person, best first."""
        with self.database.reading() as conn:
            return who_can_introduce.who_can_introduce(conn, query, self._day(today), limit)

    # -- keeping in touch --------------------------------------------------------------------
    def reach_out(
        self, today: dt.date | None = None, limit: int | None = None
    ) -> list[ReachOutEntry]:
        """Overdue contacts, most overdue first (the first `limit` when given)."""
        with self.database.reading() as conn:
            return reminders.reach_out(conn, self._day(today), limit)

    def upcoming(
        self, today: dt.date | None = None, days: int = UPCOMING_DAYS
    ) -> list[UpcomingDate]:
        """Birthdays and anniversaries in the next `days` days (today included)."""
        with self.database.reading() as conn:
            return reminders.upcoming(conn, self._day(today), days)

    # -- numbers -----------------------------------------------------------------------------
    def stats(self, today: dt.date | None = None) -> dict[str, Any]:
        """The numbers of `netbook stats --json` (docs/network.md)."""
        with self.database.reading() as conn:
            return network_stats.stats(conn, self._day(today))

    def contact_ids(
        self, facet: Facet, key: str, today: dt.date | None = None, outcome: str | None = None
    ) -> frozenset[int]:
        """The contacts a dashboard bar or slice stands for."""
        with self.database.reading() as conn:
            return network_stats.contact_ids(conn, facet, key, self._day(today), outcome)

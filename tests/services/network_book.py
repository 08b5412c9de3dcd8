"""A small book whose every network number is known by hand (the tests state them).

TODAY is fixed: the numbers are computed "as of" it, whatever the real date.

    ann   Acme Corp CTO, LinkedIn 2020-03, Deutschland, met in person, every 30 days,
          last call 2026-05-01 (15 days overdue), birthday 1980-06-20, introduced bob and eve
    bob   Globex, "Twitter/X" 2021-07, UK phone, introduced by ann, every 90 days,
          last meeting 2025-06-14 (with fay; 276 days overdue, dormant), anniversary --06-15
    cat   no channel but introduced by bob (-> introduction), added 2023-02, USA,
          met 2026-04-04 (logged as "met"), every 365 days, birthday --07-15 (30 days: outside)
    dan   archived; Acme Corp, event 2019-11, Canada, met in person, introduced by cat,
          every 30 days, birthday --06-16 (archived: not reminded)
    eve   blog 2023-05, +1 617 phone, introduced by ann, one email 2024-01-10 (dormant),
          a recorded job change "Engineer at Initech -> Lead at Umbrella" (not a contact),
          birthday 2000-02-29
    fay   LinkedIn with a how-we-met date in 2030 (not believed: joined when added,
          2026-06-01), no country, introduced by "Gus from the meetup" (not in the book),
          colleague of ann, every 14 days, last meeting 2025-06-14 (352 days overdue, dormant),
          birthday 1990-07-14

Opportunities: ann job_offer accepted; bob client (no outcome = open) via ann; cat speaking
won via bob; dan partnership lost via cat.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netbook.model.values import Address, ContactRecord, HowMet, LabelledValue, RelationValue
from netbook.services.address_book import AddressBook
from netbook.services.network import NetworkService

TODAY = dt.date(2026, 6, 15)
D = dt.date


@dataclass(frozen=True)
class NetworkBook:
    book: AddressBook
    network: NetworkService
    ann: int
    bob: int
    cat: int
    dan: int
    eve: int
    fay: int


def _person(given: str, family: str, **fields: object) -> ContactRecord:
    record = ContactRecord(given_name=given, family_name=family, uid=f"urn:uuid:{given.lower()}")
    record.created_at = dt.datetime(2026, 1, 2, 3, 4, 5)
    for key, value in fields.items():
        setattr(record, key, value)
    return record


def build(book: AddressBook) -> NetworkBook:
    network = NetworkService(book.database, today=lambda: TODAY)
    records = [
        _person(
            "Ann",
            "Archer",
            organization="Acme Corp",
            title="CTO",
            how_met=HowMet("LinkedIn", D(2020, 3, 10)),
            addresses=[Address(locality="Berlin", country="Deutschland")],
            met_in_person=True,
            met_in_person_date=D(2020, 5, 1),
            keep_in_touch_days=30,
            birthday="1980-06-20",
        ),
        _person(
            "Bob",
            "Baker",
            organization="Globex",
            how_met=HowMet("Twitter/X", D(2021, 7, 4)),
            introduced_by_uid="urn:uuid:ann",
            phones=[LabelledValue("+44 20 7946 0123")],
            keep_in_touch_days=90,
            anniversary="--06-15",
        ),
        _person(
            "Cat",
            "Carter",
            introduced_by_uid="urn:uuid:bob",
            created_at=dt.datetime(2023, 2, 1, 12, 0),
            addresses=[Address(locality="Boston", country="USA")],
            keep_in_touch_days=365,
            birthday="--07-15",
        ),
        _person(
            "Dan",
            "Dalton",
            organization="Acme Corp",
            title="Sales",
            how_met=HowMet("event", D(2019, 11, 20)),
            introduced_by_uid="urn:uuid:cat",
            addresses=[Address(country="Canada")],
            met_in_person=True,
            keep_in_touch_days=30,
            birthday="--06-16",
            archived=True,
        ),
        _person(
            "Eve",
            "Evans",
            how_met=HowMet("blog", D(2023, 5, 1)),
            introduced_by_uid="urn:uuid:ann",
            phones=[LabelledValue("+1 617 555 0134")],
            birthday="2000-02-29",
        ),
        _person(
            "Fay",
            "Fox",
            how_met=HowMet("linkedin", D(2030, 1, 1)),
            created_at=dt.datetime(2026, 6, 1, 9, 0),
            introduced_by_name="Gus from the meetup",
            relations=[RelationValue("colleague", name="Ann Archer", uid="urn:uuid:ann")],
            keep_in_touch_days=14,
            birthday="1990-07-14",
        ),
    ]
    ann, bob, cat, dan, eve, fay = book.add_many(records)
    network.log_interaction([ann], D(2026, 5, 1), "call", "Catch-up")
    network.log_interaction([cat], D(2026, 4, 4), "met", "Coffee in Boston")
    network.log_interaction([ann, cat], D(2026, 3, 3), "meeting", "Board prep")
    network.log_interaction([eve], D(2024, 1, 10), "email", "Thanks for the post")
    network.log_interaction([bob, fay], D(2025, 6, 14), "meeting", "Lunch")
    network.log_interaction(
        [eve], D(2026, 6, 1), "changed_job", "Engineer at Initech → Lead at Umbrella"
    )
    network.add_opportunity(ann, "job_offer", "CTO role", D(2025, 1, 10), "accepted")
    network.add_opportunity(bob, "client", "Globex website", D(2025, 3, 1), None, introducer_id=ann)
    network.add_opportunity(cat, "speaking", "Keynote", D(2026, 2, 2), "won", introducer_id=bob)
    network.add_opportunity(
        dan, "partnership", "Reseller deal", D(2020, 1, 5), "lost", introducer_id=cat
    )
    return NetworkBook(book, network, ann, bob, cat, dan, eve, fay)

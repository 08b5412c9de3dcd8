"""The list's orders and optional columns in the service (services/contact_list.py): each
order both ways, contacts without the value last, ties by name; pages, positions, ids and
listings agree with each other for every order and filter; columns read what the card shows."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.contact_list import ListColumn, ListOrder, SortKey
from netbook.services.network import NetworkService
from tests.conftest import person

TODAY = dt.date.today()
ADDED = dt.datetime(2024, 1, 1, 12, 0)


@pytest.fixture
def people(book: AddressBook) -> dict[str, int]:
    """Six people whose companies, interactions, cadences and added dates all differ."""
    ids = {
        "ann": book.add(
            person(
                "Ann",
                "Adams",
                organization="zeta Labs",
                created_at=ADDED + dt.timedelta(days=3),
                keep_in_touch_days=30,
                emails=[
                    LabelledValue("ann@home.example", "home"),
                    LabelledValue("ann@zeta.example", "work", preferred=True),
                ],
                phones=[LabelledValue("+44 20 7946 0412", "work")],
                tags=["Press", "Clients"],
            )
        ),
        "bob": book.add(
            person("Bob", "Baker", organization="Acme", created_at=ADDED + dt.timedelta(days=1))
        ),
        "cy": book.add(
            person(
                "Cy",
                "Clark",
                organization="Écoles du Nord",
                created_at=ADDED + dt.timedelta(days=5),
                keep_in_touch_days=7,
            )
        ),
        "dee": book.add(person("Dee", "Dunn", organization="", created_at=ADDED)),
        "eve": book.add(
            person("Eve", "Evans", organization="acme", created_at=ADDED + dt.timedelta(days=4))
        ),
        "fay": book.add(person("Fay", "Fox", created_at=ADDED + dt.timedelta(days=2))),
    }
    network = NetworkService(book.database, journal=book.journal)
    network.log_interaction([ids["ann"]], TODAY - dt.timedelta(days=10), "call")
    network.log_interaction([ids["cy"]], TODAY - dt.timedelta(days=400), "meeting")
    network.log_interaction([ids["cy"], ids["eve"]], TODAY - dt.timedelta(days=40), "email")
    return ids


def _names(book: AddressBook, order: ListOrder, where: ContactFilter | None = None):
    page = book.page(0, 100, where or ContactFilter(), order)
    return [s.display_name.split()[0] for s in page]


@pytest.mark.parametrize(
    ("key", "ascending", "descending"),
    [
        (SortKey.NAME, "Ann Bob Cy Dee Eve Fay", "Fay Eve Dee Cy Bob Ann"),
        # Case and accents aside ("acme" is "Acme", "Écoles" sorts with E); no company last.
        (SortKey.COMPANY, "Bob Eve Cy Ann Dee Fay", "Ann Cy Bob Eve Dee Fay"),
        # Never in touch: last, both ways.
        (SortKey.LAST_CONTACT, "Cy Eve Ann Bob Dee Fay", "Ann Cy Eve Bob Dee Fay"),
        (SortKey.ADDED, "Dee Bob Fay Ann Eve Cy", "Cy Eve Ann Fay Bob Dee"),
        # Cy is due 7 days after 40 days ago; Ann 30 days after 10 days ago; no cadence: last.
        (SortKey.NEXT_REACH_OUT, "Cy Ann Bob Dee Eve Fay", "Ann Cy Bob Dee Eve Fay"),
    ],
)
def test_each_order_both_ways(book, people, key, ascending, descending):
    assert _names(book, ListOrder(key)) == ascending.split()
    assert _names(book, ListOrder(key, descending=True)) == descending.split()


FILTERS = [
    ContactFilter(),
    ContactFilter(query="a"),
    ContactFilter(view=View.FAVOURITES),
    ContactFilter(view=View.ARCHIVED),
    ContactFilter(view=View.RECENT),
]


@pytest.mark.parametrize("where", FILTERS, ids=lambda w: w.view.value + ":" + w.query)
@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_positions_ids_and_listings_agree(book, people, where, key, descending):
    book.archive([people["dee"]])
    book.set_favourite([people["ann"], people["cy"], people["fay"]], True)
    order = ListOrder(key, descending)
    ids = book.ids(where, order)
    assert sorted(ids) == sorted(book.ids(where))  # the same contacts, in another order
    paged = [s.id for n in range(0, 7, 2) for s in book.page(n, 2, where, order)]
    assert paged == ids
    assert [book.position(cid, where, order) for cid in ids] == list(range(len(ids)))
    listing = book.listing(where, order)
    assert listing.count() == len(ids) == book.count(where)
    assert [s.id for s in listing.page(1, 3)] == ids[1:4]
    assert [listing.position(cid) for cid in ids] == list(range(len(ids)))
    assert listing.ids() == ids
    outside = set(people.values()) - set(ids)
    for cid in outside:
        assert book.position(cid, where, order) is None
        assert listing.position(cid) is None


def test_a_tag_filter_keeps_the_order(book, people):
    tag = next(t.id for t in book.tags() if t.name == "Press")
    book.add(person("Gil", "Green", organization="Aardvark", tags=["Press"]))
    where = ContactFilter(tag_id=tag)
    assert _names(book, ListOrder(SortKey.COMPANY), where) == ["Gil", "Ann"]


def test_reach_out_keeps_its_own_order_whatever_is_chosen(book, people):
    where = ContactFilter(view=View.REACH_OUT)
    own = _names(book, ListOrder(), where)
    assert own == ["Cy"]  # Ann's cadence runs out in 20 days
    for key in SortKey:
        assert _names(book, ListOrder(key, True), where) == own


def test_columns_read_what_the_card_shows(book, people):
    everything = frozenset(ListColumn)
    [ann] = book.summaries([people["ann"]], everything)
    assert ann.organization == "zeta Labs"
    assert ann.email == "ann@zeta.example"  # the preferred one
    assert ann.phone == "+44 20 7946 0412"
    assert ann.last_contact == TODAY - dt.timedelta(days=10)
    assert ann.added == ADDED + dt.timedelta(days=3)
    assert ann.next_reach_out == TODAY + dt.timedelta(days=20)
    assert ann.tags == ("Clients", "Press")
    [fay] = book.page(0, 1, ContactFilter(query="fay"), columns=everything)
    assert (fay.email, fay.phone, fay.last_contact, fay.next_reach_out, fay.tags) == (
        None,
        None,
        None,
        None,
        (),
    )


def test_hidden_columns_are_not_read(book, people):
    [ann] = book.summaries([people["ann"]])
    assert (ann.email, ann.last_contact, ann.added, ann.tags) == (None, None, None, ())
    assert book.summaries([people["ann"], 999, people["bob"]]) == book.summaries(
        [people["ann"], people["bob"]]
    )

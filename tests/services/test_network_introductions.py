"""Introductions: chains, trees, loops, top introducers, and "who can introduce me?"."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from netbook.model.values import ContactRecord, RelationValue
from netbook.services.interactions import Participant
from netbook.services.network import NetworkService
from netbook.store.core_tables import contact_t
from tests.services.network_book import TODAY, build


@pytest.fixture
def net(book):
    return build(book)


def test_introducer_and_introduced(net):
    assert net.network.introducer_of(net.bob) == Participant(net.ann, "Ann Archer")
    assert net.network.introducer_of(net.ann) is None
    assert net.network.introducer_of(net.fay) is None  # a name only, not a contact
    assert net.network.introduced_by(net.ann) == [
        Participant(net.bob, "Bob Baker"),
        Participant(net.eve, "Eve Evans"),
    ]


def test_chain_goes_up_nearest_first(net):
    assert [p.id for p in net.network.introduction_chain(net.dan)] == [net.cat, net.bob, net.ann]
    assert net.network.introduction_chain(net.ann) == []


def test_tree_goes_down_breadth_first(net):
    tree = net.network.introduction_tree(net.ann)
    assert [(t.name, t.depth) for t in tree] == [
        ("Bob Baker", 1),
        ("Eve Evans", 1),
        ("Cat Carter", 2),
        ("Dan Dalton", 3),
    ]
    assert tree[2].introduced_by_id == net.bob


def test_a_loop_of_introductions_ends(net):
    with net.book.database.transaction() as conn:
        conn.execute(
            update(contact_t).where(contact_t.c.id == net.ann).values(introduced_by_id=net.dan)
        )
    assert [p.id for p in net.network.introduction_chain(net.dan)] == [net.cat, net.bob, net.ann]
    assert [p.id for p in net.network.introduction_chain(net.ann)] == [net.dan, net.cat, net.bob]
    assert {t.id for t in net.network.introduction_tree(net.ann)} == {
        net.bob,
        net.eve,
        net.cat,
        net.dan,
    }


def test_a_contact_who_introduced_themselves_has_no_chain(net):
    with net.book.database.transaction() as conn:
        conn.execute(
            update(contact_t).where(contact_t.c.id == net.ann).values(introduced_by_id=net.ann)
        )
    assert net.network.introduction_chain(net.ann) == []
    assert net.network.top_introducers()[0].introduced == 2  # still bob and eve, not herself


def test_top_introducers_limit(net):
    top = net.network.top_introducers(limit=1)
    assert [(t.id, t.introduced) for t in top] == [(net.ann, 2)]


def test_who_works_at_the_company_comes_first(net):
    found = net.network.who_can_introduce("acme")
    assert [(c.name, c.score) for c in found] == [
        ("Ann Archer", 125),  # works there 100 + met in person 15 + in touch this year 10
        ("Fay Fox", 50),  # colleague of ann
        ("Bob Baker", 30),  # introduced to you by ann
        ("Eve Evans", 30),
    ]
    assert found[0].reasons == ("works at Acme Corp (CTO)",)
    assert found[1].reasons == ("colleague of Ann Archer (Acme Corp)",)
    assert found[2].reasons == ("was introduced to you by Ann Archer (Acme Corp)",)
    # dan works there too but is archived: never suggested


def test_who_can_introduce_a_person(net):
    found = net.network.who_can_introduce("Cat Carter")
    assert [(c.name, c.reasons) for c in found] == [
        ("Bob Baker", ("introduced you to Cat Carter",)),
        ("Ann Archer", ("meeting with Cat Carter (2026-03-03)",)),
    ]
    assert all(c.id != net.cat for c in found)


def test_people_known_only_by_name(net):
    found = net.network.who_can_introduce("gus")
    assert [(c.name, c.reasons) for c in found] == [
        ("Fay Fox", ("was introduced to you by Gus from the meetup",)),
    ]


def test_people_who_used_to_work_there(net):
    found = net.network.who_can_introduce("Initech")
    assert [(c.name, c.reasons) for c in found] == [("Eve Evans", ("used to work at Initech",))]
    assert net.network.who_can_introduce("Umbrella") == []  # she works there now, but the
    # book's organisation field (empty) is what says where someone works today


def test_colleagues_of_a_person(book):
    network = NetworkService(book.database, today=lambda: TODAY)
    book.add_many(
        [
            ContactRecord(given_name="Zed", family_name="Zimmer", organization="Initrode"),
            ContactRecord(given_name="Yan", family_name="Yu", organization="initrode "),
        ]
    )
    found = network.who_can_introduce("zimmer")
    assert [(c.name, c.reasons) for c in found] == [
        ("Yan Yu", ("works with Zed Zimmer at Initrode",)),
    ]


def test_relations_read_both_ways(book):
    network = NetworkService(book.database, today=lambda: TODAY)
    book.add_many(
        [
            ContactRecord(given_name="Mia", family_name="Moss", uid="urn:uuid:mia"),
            ContactRecord(
                given_name="Lev",
                family_name="Lind",
                relations=[RelationValue("manager", uid="urn:uuid:mia")],
            ),
        ]
    )
    assert [c.reasons for c in network.who_can_introduce("Mia")] == [
        ("linked to Mia Moss (manager)",),
    ]
    assert [c.reasons for c in network.who_can_introduce("Lev")] == [("manager of Lev Lind",)]


def test_nothing_to_search_finds_nobody(net):
    assert net.network.who_can_introduce("") == []
    assert net.network.who_can_introduce("  ?! ") == []
    assert net.network.who_can_introduce("nobody-here") == []

"""Interactions (log, timeline, last contact), meeting in person, and opportunities."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from netbook.services.address_book import ContactNotFoundError
from netbook.services.interactions import InteractionError, Participant
from netbook.services.network import NetworkService
from netbook.services.opportunities import OpportunityError
from netbook.store.core_tables import interaction_t, opportunity_t
from tests.conftest import person

D = dt.date


@pytest.fixture
def pair(book):
    network = NetworkService(book.database, today=lambda: D(2026, 6, 15))
    ada, bea = book.add_many([person("Ada", "Lovelace"), person("Bea", "Bolt")])
    return book, network, ada, bea


def _count(book, table):
    with book.database.reading() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_log_and_timeline_newest_first_with_every_participant(pair):
    book, network, ada, bea = pair
    first = network.log_interaction([ada], D(2026, 1, 5), "Call", " Catch-up ")
    second = network.log_interaction([ada, bea], D(2026, 3, 1), "meeting", "Lunch")
    timeline = network.timeline(ada)
    assert [(e.id, e.occurred_on, e.kind, e.summary) for e in timeline] == [
        (second, D(2026, 3, 1), "meeting", "Lunch"),
        (first, D(2026, 1, 5), "call", "Catch-up"),
    ]
    assert timeline[0].participants == (
        Participant(bea, "Bea Bolt"),
        Participant(ada, "Ada Lovelace"),
    )
    assert network.last_contact(ada) == D(2026, 3, 1)
    assert network.last_contact(bea) == D(2026, 3, 1)
    # the same interaction shows on the record the vCard writer and the card read
    assert [i.kind for i in book.get(bea).interactions] == ["meeting"]


def test_last_contact_of_someone_never_contacted(pair):
    _, network, ada, _ = pair
    assert network.last_contact(ada) is None
    assert network.timeline(ada) == []


def test_update_and_remove_an_interaction(pair):
    book, network, ada, bea = pair
    iid = network.log_interaction([ada], D(2026, 1, 5), "call")
    network.update_interaction(iid, occurred_on=D(2026, 2, 2), summary="Moved", contact_ids=[bea])
    assert network.timeline(ada) == []
    assert [(e.occurred_on, e.summary) for e in network.timeline(bea)] == [(D(2026, 2, 2), "Moved")]
    network.remove_interaction(iid)
    assert network.timeline(bea) == []
    assert _count(book, interaction_t) == 0
    with pytest.raises(InteractionError, match="no interaction with id"):
        network.remove_interaction(iid)


def test_bad_interactions_are_refused_and_change_nothing(pair):
    book, network, ada, _ = pair
    with pytest.raises(InteractionError, match="at least one contact"):
        network.log_interaction([], D(2026, 1, 1), "call")
    with pytest.raises(InteractionError, match="no contact with id 999"):
        network.log_interaction([ada, 999], D(2026, 1, 1), "call")
    with pytest.raises(InteractionError, match="needs a kind"):
        network.log_interaction([ada], D(2026, 1, 1), "  ")
    assert _count(book, interaction_t) == 0


def test_a_met_interaction_marks_met_in_person_with_the_earliest_date(pair):
    book, network, ada, bea = pair
    network.log_interaction([ada, bea], D(2026, 5, 1), "met", "Conference")
    network.log_interaction([ada], D(2024, 2, 2), "met")
    network.log_interaction([ada], D(2026, 6, 1), "met")
    ada_record, bea_record = book.get_many([ada, bea])
    assert (ada_record.met_in_person, ada_record.met_in_person_date) == (True, D(2024, 2, 2))
    assert (bea_record.met_in_person, bea_record.met_in_person_date) == (True, D(2026, 5, 1))


def test_set_met_in_person(pair):
    book, network, ada, _ = pair
    network.set_met_in_person(ada, True, D(2019, 3, 15), "Berlin")
    record = book.get(ada)
    assert (record.met_in_person, record.met_in_person_date, record.met_in_person_place) == (
        True,
        D(2019, 3, 15),
        "Berlin",
    )
    network.set_met_in_person(ada, False)
    record = book.get(ada)
    assert (record.met_in_person, record.met_in_person_date, record.met_in_person_place) == (
        False,
        None,
        None,
    )
    with pytest.raises(ContactNotFoundError):
        network.set_met_in_person(999, True)


def test_deleting_a_contact_removes_interactions_only_they_had(pair):
    book, network, ada, bea = pair
    network.log_interaction([ada], D(2026, 1, 5), "call")
    network.log_interaction([ada, bea], D(2026, 3, 1), "meeting")
    book.delete([ada])
    assert _count(book, interaction_t) == 1
    assert [e.participants for e in network.timeline(bea)] == [(Participant(bea, "Bea Bolt"),)]


def test_opportunities_add_list_update_remove(pair):
    book, network, ada, bea = pair
    oid = network.add_opportunity(
        bea, "Job Offer", " Head of Data ", D(2026, 2, 1), introducer_id=ada, note="via Ada"
    )
    older = network.add_opportunity(ada, "speaking", "Keynote", D(2025, 1, 1), "won")
    entries = network.opportunities()
    assert [(e.id, e.kind, e.title, e.outcome) for e in entries] == [
        (oid, "job_offer", "Head of Data", "open"),
        (older, "speaking", "Keynote", "won"),
    ]
    assert entries[0].contact == Participant(bea, "Bea Bolt")
    assert entries[0].introducer == Participant(ada, "Ada Lovelace")
    # Ada brought one and introduced the other
    assert {e.id for e in network.opportunities(ada)} == {oid, older}
    assert [e.id for e in network.opportunities(bea)] == [oid]

    network.update_opportunity(oid, outcome="accepted", introducer_id=None)
    changed = network.opportunities(bea)[0]
    assert (changed.outcome, changed.introducer, changed.note) == ("accepted", None, "via Ada")
    network.remove_opportunity(older)
    assert [e.id for e in network.opportunities()] == [oid]
    # the record the vCard writer reads carries it too
    assert [o.outcome for o in book.get(bea).opportunities] == ["accepted"]


def test_bad_opportunities_are_refused(pair):
    book, network, ada, _ = pair
    with pytest.raises(OpportunityError, match="unknown opportunity kind 'gig'"):
        network.add_opportunity(ada, "gig")
    with pytest.raises(OpportunityError, match="unknown outcome 'maybe'"):
        network.add_opportunity(ada, "client", outcome="maybe")
    with pytest.raises(OpportunityError, match=r"no contact with id 999 \(the introducer\)"):
        network.add_opportunity(ada, "client", introducer_id=999)
    with pytest.raises(OpportunityError, match="no contact with id 998"):
        network.add_opportunity(998, "client")
    assert _count(book, opportunity_t) == 0
    oid = network.add_opportunity(ada, "client")
    with pytest.raises(OpportunityError, match="cannot change colour"):
        network.update_opportunity(oid, colour="red")
    with pytest.raises(OpportunityError, match="unknown outcome"):
        network.update_opportunity(oid, title="Changed", outcome="maybe")
    assert network.opportunities()[0].title == ""  # the failed update changed nothing


def test_deleting_the_introducer_keeps_the_opportunity(pair):
    book, network, ada, bea = pair
    network.add_opportunity(bea, "client", "Deal", introducer_id=ada)
    book.delete([ada])
    [entry] = network.opportunities()
    assert entry.introducer is None
    assert entry.contact == Participant(bea, "Bea Bolt")


def test_editing_a_contact_in_the_book_keeps_its_story(pair):
    book, network, ada, bea = pair
    network.log_interaction([ada, bea], D(2026, 3, 1), "meeting")
    network.add_opportunity(ada, "client", "Deal", introducer_id=bea)
    record = book.get(ada)
    record.title = "Countess"
    book.update(ada, record)
    assert [e.occurred_on for e in network.timeline(ada)] == [D(2026, 3, 1)]
    assert [e.title for e in network.opportunities(ada)] == ["Deal"]

"""Opportunity and interaction commands on a real book: add, edit, remove, undo, redo."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netbook.model.values import InteractionValue, OpportunityValue
from netbook.services.network import NetworkService
from netbook.ui.commands.contact_commands import DeleteCommand
from netbook.ui.commands.interactions import EditInteractionCommand, RemoveInteractionCommand
from netbook.ui.commands.opportunities import (
    AddOpportunityCommand,
    EditOpportunityCommand,
    RemoveOpportunityCommand,
)
from tests.conftest import person
from tests.ui.window_support import ensure_translations


class Changes:
    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids: list[int]) -> None:
        self.calls.append(list(ids))


@pytest.fixture
def stack(qapp):
    return QUndoStack()


@pytest.fixture
def network(book):
    return NetworkService(book.database)


def _only(book, contact_id):
    [opportunity] = book.get(contact_id).opportunities
    return opportunity


def test_add_opportunity_with_introducer_undo_redo(book, network, stack):
    ensure_translations()
    anke = book.add(person("Anke", "Meier", uid="urn:uuid:anke"))
    ada = book.add(person("Ada", "Lovelace"))
    changes = Changes()
    value = OpportunityValue(
        "speaking", " Keynote ", dt.date(2025, 3, 1), "open", "Big room", introducer_uid=None
    )
    value.introducer_uid = "urn:uuid:anke"
    stack.push(AddOpportunityCommand(network, book, ada, value, changes))
    assert stack.undoText() == "Add opportunity “Keynote”"
    [entry] = network.opportunities(ada)
    assert (entry.kind, entry.title, entry.outcome, entry.note) == (
        "speaking",
        "Keynote",
        "open",
        "Big room",
    )
    assert entry.introducer is not None
    assert entry.introducer.id == anke
    assert changes.calls == [[ada]]
    assert network.stats()["opportunities"]["total"] == 1
    stack.undo()
    assert network.opportunities(ada) == []
    assert network.stats()["opportunities"]["total"] == 0
    stack.redo()
    assert _only(book, ada).introducer_uid == "urn:uuid:anke"


def test_outcome_change_is_counted_and_undone(book, network, stack):
    ensure_translations()
    ada = book.add(person("Ada", "Lovelace"))
    network.add_opportunity(ada, "client", "Website", dt.date(2025, 1, 2))
    before = _only(book, ada)
    assert network.stats()["opportunities"]["by_outcome"] == {"open": 1}
    won = dataclasses.replace(before, outcome="won")
    command = EditOpportunityCommand(network, book, ada, before, won, Changes())
    assert command.text() == "Mark “Website” as won"
    stack.push(command)
    assert _only(book, ada).outcome == "won"
    assert network.stats()["opportunities"]["by_outcome"] == {"won": 1}
    stack.undo()
    assert network.stats()["opportunities"]["by_outcome"] == {"open": 1}
    stack.redo()
    assert _only(book, ada).outcome == "won"


def test_edit_every_field_then_undo(book, network, stack):
    ada = book.add(person("Ada", "Lovelace"))
    network.add_opportunity(ada, "interview", "Radio", dt.date(2025, 1, 2), note="Morning show")
    before = _only(book, ada)
    after = OpportunityValue("job_offer", "CTO", None, "declined", None)
    command = EditOpportunityCommand(network, book, ada, before, after, Changes())
    assert command.text().startswith("Edit opportunity")
    stack.push(command)
    now = _only(book, ada)
    assert (now.kind, now.title, now.occurred_on, now.outcome, now.note) == (
        "job_offer",
        "CTO",
        None,
        "declined",
        None,
    )
    stack.undo()
    again = _only(book, ada)
    assert (again.kind, again.title, again.occurred_on, again.note) == (
        "interview",
        "Radio",
        dt.date(2025, 1, 2),
        "Morning show",
    )


def test_remove_opportunity_and_undo_survive_a_delete_and_restore(book, network, stack):
    anke = book.add(person("Anke", "Meier", uid="urn:uuid:anke"))
    ada = book.add(person("Ada", "Lovelace", uid="urn:uuid:ada"))
    book.add(person("Zed", "Last"))  # so that Ada's id is not the highest, hence not reused
    network.add_opportunity(ada, "partnership", "Joint course", introducer_id=anke)
    value = _only(book, ada)
    changes = Changes()
    stack.push(RemoveOpportunityCommand(network, book, ada, value, changes))
    assert book.get(ada).opportunities == []
    stack.push(DeleteCommand(book, [ada], changes))
    stack.undo()  # Ada is back under a new id
    ada_now = book.ids_for_uids(["urn:uuid:ada"])["urn:uuid:ada"]
    assert ada_now != ada
    stack.undo()  # the opportunity is back, on Ada as she is now, through Anke
    [entry] = network.opportunities(ada_now)
    assert entry.title == "Joint course"
    assert entry.introducer is not None
    assert entry.introducer.id == anke
    stack.redo()
    assert network.opportunities(ada_now) == []


def test_edit_interaction_changes_it_for_everyone_and_undo_restores_met(book, network, stack):
    ensure_translations()
    ada = book.add(person("Ada", "Lovelace"))
    grace = book.add(person("Grace", "Hopper"))
    network.log_interaction([ada, grace], dt.date(2024, 5, 1), "call", "Catch-up")
    [before] = book.get(ada).interactions
    after = InteractionValue(dt.date(2024, 5, 2), "met", "Lunch in Hamburg")
    changes = Changes()
    command = EditInteractionCommand(network, book, ada, before, after, changes)
    assert command.text() == "Edit interaction “Lunch in Hamburg”"
    stack.push(command)
    for cid in (ada, grace):
        [now] = book.get(cid).interactions
        assert (now.occurred_on, now.kind, now.summary) == (
            dt.date(2024, 5, 2),
            "met",
            "Lunch in Hamburg",
        )
        assert book.get(cid).met_in_person
    assert sorted(changes.calls[-1]) == sorted([ada, grace])
    stack.undo()
    for cid in (ada, grace):
        [now] = book.get(cid).interactions
        assert (now.kind, now.summary) == ("call", "Catch-up")
        assert not book.get(cid).met_in_person
    stack.redo()
    assert book.get(grace).interactions[0].kind == "met"


def test_remove_interaction_then_undo_brings_it_back_with_its_people(book, network, stack):
    ada = book.add(person("Ada", "Lovelace"))
    grace = book.add(person("Grace", "Hopper"))
    network.log_interaction([ada, grace], dt.date(2024, 5, 1), "met", "Coffee")
    met_on = book.get(ada).met_in_person_date
    [value] = book.get(ada).interactions
    stack.push(RemoveInteractionCommand(network, book, ada, value, Changes()))
    assert book.get(ada).interactions == []
    assert book.get(grace).interactions == []
    assert network.stats()["interactions"] == 0
    stack.undo()
    for cid in (ada, grace):
        [back] = book.get(cid).interactions
        assert (back.kind, back.summary) == ("met", "Coffee")
        assert book.get(cid).met_in_person_date == met_on
    stack.redo()
    assert network.timeline(ada) == []

"""Undo commands on a real book: each redo/undo leaves the book exactly as it should be."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netbook.model.values import HowMet, InteractionValue, LabelledValue
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.ui.commands.contact_commands import (
    ArchiveCommand,
    DeleteCommand,
    FavouriteCommand,
    SaveContactCommand,
)
from tests.conftest import person


def _comparable(record):
    """A record without the fields a save stamps (updated_at) or the store derives."""
    return dataclasses.replace(record, updated_at=None)


class Changes:
    """Records every on_change call, so tests can check what the window would refresh."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids: list[int]) -> None:
        self.calls.append(list(ids))


@pytest.fixture
def stack(qapp):
    return QUndoStack()


@pytest.fixture
def changes():
    return Changes()


def test_save_edit_undo_redo(book: AddressBook, stack, changes):
    cid = book.add(person("Ada", "Lovelace", organization="Analytical Engines"))
    before = book.get(cid)
    after = dataclasses.replace(
        before, title="Countess", emails=[LabelledValue("ada@example.org", "work")]
    )

    stack.push(SaveContactCommand(book, cid, before, after, changes))
    saved = book.get(cid)
    assert saved.title == "Countess"
    assert [e.value for e in saved.emails] == ["ada@example.org"]
    assert changes.calls == [[cid]]
    assert stack.undoText() == "Edit “Ada Lovelace”"

    stack.undo()
    assert _comparable(book.get(cid)) == _comparable(before)
    stack.redo()
    assert book.get(cid).title == "Countess"
    assert changes.calls == [[cid], [cid], [cid]]


def test_new_contact_undo_deletes_redo_restores_same_uid(book: AddressBook, stack, changes):
    record = person("Grace", "Hopper", how_met=HowMet(channel="conference", place="Arlington"))
    stack.push(SaveContactCommand(book, None, None, record, changes))
    assert book.count() == 1
    [cid] = book.ids()
    uid = book.get(cid).uid
    assert uid.startswith("urn:uuid:")

    stack.undo()
    assert book.count() == 0
    stack.redo()
    [again] = book.ids()
    restored = book.get(again)
    assert restored.uid == uid
    assert restored.how_met.place == "Arlington"
    assert changes.calls[-1] == [again]


def test_archive_undo_touches_only_what_it_changed(book: AddressBook, stack, changes):
    a, b = book.add_many([person("Ada", "Lovelace"), person("Alan", "Turing")])
    book.archive([b])
    first_archive = book.get(b).archived
    assert first_archive

    stack.push(ArchiveCommand(book, [a, b], True, changes))
    assert book.count(ContactFilter(view=View.ARCHIVED)) == 2
    stack.undo()
    # Alan was archived before the command; undo leaves him archived.
    assert book.ids(ContactFilter(view=View.ARCHIVED)) == [b]
    assert book.ids() == [a]
    stack.redo()
    assert book.count() == 0
    assert changes.calls == [[a, b], [a, b], [a, b]]
    assert stack.undoText().startswith("Archive 2 contact")


def test_unarchive_undo(book: AddressBook, stack, changes):
    [a] = book.add_many([person("Ada", "Lovelace", archived=True)])
    stack.push(ArchiveCommand(book, [a], False, changes))
    assert book.ids() == [a]
    stack.undo()
    assert book.ids(ContactFilter(view=View.ARCHIVED)) == [a]


def test_favourite_undo_restores_each_flag(book: AddressBook, stack, changes):
    a, b = book.add_many([person("Ada", "Lovelace", favourite=True), person("Alan", "Turing")])
    stack.push(FavouriteCommand(book, [a, b], True, changes))
    assert book.ids(ContactFilter(view=View.FAVOURITES)) == [a, b]
    stack.undo()
    assert book.ids(ContactFilter(view=View.FAVOURITES)) == [a]
    stack.redo()
    assert book.get(b).favourite


def test_delete_undo_restores_the_same_records(book: AddressBook, stack, changes):
    ada = person(
        "Ada",
        "Lovelace",
        tags=["Pioneers"],
        favourite=True,
        interactions=[
            InteractionValue(
                occurred_on=dt.date(1843, 7, 1), kind="letter", summary="Notes on the engine"
            )
        ],
    )
    a, b = book.add_many([ada, person("Alan", "Turing")])
    before = {r.uid: _comparable(r) for r in book.get_many([a, b])}

    stack.push(DeleteCommand(book, [a], changes))
    assert book.ids() == [b]
    stack.undo()
    assert book.count() == 2
    after = {r.uid: _comparable(dataclasses.replace(r, id=None)) for r in book.get_many(book.ids())}
    assert after == {uid: dataclasses.replace(r, id=None) for uid, r in before.items()}
    stack.redo()
    assert book.ids() == [b]
    stack.undo()
    assert book.count() == 2


def test_commands_follow_contacts_across_delete_and_restore(book: AddressBook, stack, changes):
    """An older command still finds a contact whose id changed when its delete was undone."""
    a, _b = book.add_many([person("Ada", "Lovelace"), person("Alan", "Turing")])
    stack.push(FavouriteCommand(book, [a], True, changes))
    stack.push(DeleteCommand(book, [a], changes))
    stack.undo()  # Ada is back, under a new id
    [ada_now] = book.ids(ContactFilter(query="Ada"))
    assert book.get(ada_now).favourite
    stack.undo()  # the favourite command must reach Ada under her new id
    assert not book.get(ada_now).favourite
    assert changes.calls[-1] == [ada_now]


def test_undo_texts_are_translated_with_plurals(qapp, book):
    """Edit > Undo reads "Undo Archive 1 contact", not "… 1 contact(s)": lupdate sees them."""
    from tests.ui.window_support import ensure_translations

    ensure_translations()
    one = book.add(person("Ada", "Lovelace"))
    two = book.add(person("Grace", "Hopper"))
    changes = Changes()
    assert ArchiveCommand(book, [one], True, changes).text() == "Archive 1 contact"
    assert DeleteCommand(book, [one, two], changes).text() == "Delete 2 contacts"
    assert FavouriteCommand(book, [one], False, changes).text() == "Unmark 1 favourite"


def test_log_interaction_then_undo_and_redo(qapp, book, stack):
    from netbook.services.network import NetworkService
    from netbook.ui.commands.contact_commands import LogInteractionCommand

    ada = book.add(person("Ada", "Lovelace"))
    grace = book.add(person("Grace", "Hopper"))
    network = NetworkService(book.database)
    changes = Changes()
    met = InteractionValue(occurred_on=dt.date(2024, 5, 1), kind="met", summary=" Coffee ")
    stack.push(LogInteractionCommand(network, book, [ada, grace], met, changes))
    for contact_id in (ada, grace):
        record = book.get(contact_id)
        assert [(i.kind, i.summary) for i in record.interactions] == [("met", "Coffee")]
        assert record.met_in_person
        assert record.met_in_person_date == dt.date(2024, 5, 1)
    assert changes.calls[-1] == [ada, grace]
    stack.undo()
    for contact_id in (ada, grace):
        record = book.get(contact_id)
        assert record.interactions == []
        assert not record.met_in_person
        assert record.met_in_person_date is None
    stack.redo()
    assert len(book.get(ada).interactions) == 1


def test_undo_of_a_logged_interaction_survives_a_delete_and_restore(qapp, book, stack):
    from netbook.services.network import NetworkService
    from netbook.ui.commands.contact_commands import LogInteractionCommand

    ada = book.add(person("Ada", "Lovelace"))
    changes = Changes()
    call = InteractionValue(occurred_on=dt.date(2024, 5, 1), kind="call", summary="Catch-up")
    stack.push(LogInteractionCommand(NetworkService(book.database), book, [ada], call, changes))
    stack.push(DeleteCommand(book, [ada], changes))
    stack.undo()  # Ada comes back with a new id, her call with her
    [ada_now] = book.ids()
    assert len(book.get(ada_now).interactions) == 1
    stack.undo()
    assert book.get(ada_now).interactions == []

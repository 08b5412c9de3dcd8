"""The change journal: every kind of operation is undone and redone exactly.

Each case takes a full dump of the book file (tests/book_dump.py) before and after one service
operation; undo must give back the first, redo the second, with nothing else changed. Real
SQLite files throughout; the restart case closes and reopens the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from netbook.model.values import (
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
)
from netbook.services.address_book import AddressBook
from netbook.services.application import Application
from netbook.services.duplicates import merge_contacts
from netbook.services.importer import Importer
from netbook.services.journal import (
    NothingToRedoError,
    NothingToUndoError,
    Origin,
    UnsafeUndoError,
)
from netbook.services.network import NetworkService
from netbook.store import journal as store_journal
from netbook.store.journal_triggers import expected_triggers
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book
from tests.conftest import DATA, person

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def network(book: AddressBook) -> NetworkService:
    return NetworkService(book.database, today=lambda: TODAY, journal=book.journal)


@pytest.fixture
def people(book: AddressBook, tmp_path: Path) -> dict[str, int]:
    """A small book with a bit of everything: story, links, a photo, an import batch."""
    ids = {
        "ann": book.add(
            person(
                "Ann",
                "Lee",
                uid="ann",
                emails=[LabelledValue("ann@x.example", "work")],
                phones=[LabelledValue("+1 617 555 0100", "cell")],
                tags=["Clients"],
                note="Met at PyCon.",
                photo=PhotoValue(data=(DATA / "photo.png").read_bytes(), media_type="image/png"),
                opportunities=[OpportunityValue("client", "Website", uid="o-web")],
                interactions=[InteractionValue(dt.date(2024, 1, 5), "call", "Catch-up")],
            )
        ),
        "bob": book.add(
            person(
                "Bob",
                "Ray",
                uid="bob",
                introduced_by_uid="ann",
                relations=[RelationValue("colleague", "Ann Lee", "ann")],
            )
        ),
        "cy": book.add(person("Cy", "Lee", uid="cy", emails=[LabelledValue("ANN@x.example")])),
    }
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:dee\r\nFN:Dee Dent\r\nEND:VCARD\r\n"
    (tmp_path / "dee.vcf").write_text(card)
    Importer(book, today=lambda: TODAY).run([tmp_path / "dee.vcf"])
    return ids


def _edit(book: AddressBook, cid: int) -> None:
    record = book.get(cid)
    assert record is not None
    book.update(
        cid,
        dataclasses.replace(
            record,
            title="CTO",
            tags=["Clients", "Friends"],
            emails=[*record.emails, LabelledValue("ann@home.example", "home")],
            photo=None,
        ),
    )


def _import(book: AddressBook, tmp_path: Path) -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann\r\nFN:Ann Lee\r\nTITLE:Founder\r\n"
        "EMAIL:ann@new.example\r\nCATEGORIES:Speakers\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve New\r\nEMAIL:eve@x.example\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "more.vcf"
    path.write_text(cards)
    Importer(book, today=lambda: TODAY).run([path])


Operation = Callable[[AddressBook, NetworkService, dict[str, int], Path], object]

OPERATIONS: dict[str, Operation] = {
    "add": lambda b, _n, _p, _t: b.add(person("Zoe", "Zed", tags=["New tag"])),
    "edit": lambda b, _n, p, _t: _edit(b, p["ann"]),
    "archive": lambda b, _n, p, _t: b.archive([p["ann"], p["bob"]]),
    "unarchive": lambda b, _n, p, _t: (b.archive([p["bob"]]), b.unarchive([p["bob"]])),
    "favourite": lambda b, _n, p, _t: b.set_favourite([p["ann"], p["cy"]], True),
    "delete": lambda b, _n, p, _t: b.delete([p["ann"]]),
    "merge": lambda b, _n, p, _t: merge_contacts(b.journal, p["ann"], [p["cy"]]),
    "import": lambda b, _n, _p, t: _import(b, t),
    "log interaction (met)": lambda _b, n, p, _t: n.log_interaction(
        [p["ann"], p["bob"]], dt.date(2026, 11, 1), "met", "Coffee"
    ),
    "edit interaction": lambda _b, n, p, _t: n.update_interaction(
        n.timeline(p["ann"])[0].id, kind="meeting", summary="Lunch", contact_ids=[p["bob"]]
    ),
    "remove interaction": lambda _b, n, p, _t: n.remove_interaction(n.timeline(p["ann"])[0].id),
    "met in person": lambda _b, n, p, _t: n.set_met_in_person(
        p["bob"], True, dt.date(2026, 1, 2), "Lisbon"
    ),
    "add opportunity": lambda _b, n, p, _t: n.add_opportunity(
        p["bob"], "job_offer", "Offer", introducer_id=p["ann"]
    ),
    "edit opportunity": lambda _b, n, p, _t: n.update_opportunity(
        n.opportunities(p["ann"])[0].id, outcome="won", introducer_id=p["bob"]
    ),
    "remove opportunity": lambda _b, n, p, _t: n.remove_opportunity(
        n.opportunities(p["ann"])[0].id
    ),
}


@pytest.mark.parametrize("kind", list(OPERATIONS))
def test_undo_and_redo_are_exact_for_every_operation(kind, book, network, people, tmp_path):
    path = book.database.path
    if kind == "unarchive":
        book.archive([people["bob"]])
        before = dump_book(path)
        book.unarchive([people["bob"]])
    else:
        before = dump_book(path)
        OPERATIONS[kind](book, network, people, tmp_path)
    after = dump_book(path)
    assert differences(before, after), f"{kind} changed nothing"
    op = book.journal.next_undo()
    assert op is not None
    assert op.label

    undone = book.journal.undo()
    assert undone.id == op.id
    assert undone.undone
    assert differences(dump_book(path), before) == []
    redone = book.journal.redo()
    assert redone.id == op.id
    assert differences(dump_book(path), after) == []
    # And once more: redo left the journal able to undo again, exactly.
    book.journal.undo()
    assert differences(dump_book(path), before) == []


def test_each_change_is_one_operation_with_its_label_and_origin(book, network, people):
    labels = [op.label for op in book.journal.history()]
    assert labels == ["Import dee.vcf", "Add “Cy Lee”", "Add “Bob Ray”", "Add “Ann Lee”"]
    network.log_interaction([people["ann"]], dt.date(2026, 11, 1), "call", label="Appel")
    [newest, *_] = book.journal.history()
    assert (newest.label, newest.origin, newest.undone) == ("Appel", Origin.COMMAND_LINE, False)
    assert book.journal.history()[1].source is not None  # the import names its file


def test_undo_goes_back_one_operation_at_a_time_and_redo_forward(book, people):
    path = book.database.path
    states = [dump_book(path)]
    for name in ("One", "Two", "Three"):
        book.add(person(name, "Step"))
        states.append(dump_book(path))
    for expected in reversed(states[:-1]):
        book.journal.undo()
        assert dump_book(path) == expected
    for expected in states[1:]:
        book.journal.redo()
        assert dump_book(path) == expected
    with pytest.raises(NothingToRedoError):
        book.journal.redo()


def test_a_new_change_ends_what_could_be_redone(book, people):
    book.add(person("Gone", "Soon"))
    book.journal.undo()
    assert book.journal.next_redo() is not None
    book.archive([people["cy"]])
    assert book.journal.next_redo() is None
    with pytest.raises(NothingToRedoError):
        book.journal.redo()


def test_undo_and_redo_survive_a_restart(db_path, people, book):
    _edit(book, people["ann"])
    after = dump_book(db_path)
    book.database.close()

    reopened = Application(open_database(db_path), Origin.COMMAND_LINE)
    try:
        assert reopened.journal.next_undo().label == "Edit “Ann Lee”"
        reopened.journal.undo()
    finally:
        reopened.close()
    again = Application(open_database(db_path), Origin.WINDOW)
    try:
        assert again.book.get(people["ann"]).title is None
        assert again.journal.next_redo().label == "Edit “Ann Lee”"
        again.journal.redo()
        assert dump_book(db_path) == after
    finally:
        again.close()


def test_nothing_to_undo_in_a_new_book(book):
    with pytest.raises(NothingToUndoError, match="nothing to undo"):
        book.journal.undo()
    with pytest.raises(NothingToRedoError, match="nothing to redo"):
        book.journal.redo()


def test_undo_refuses_in_words_after_a_change_outside_the_journal(book, people):
    _edit(book, people["ann"])
    conn = sqlite3.connect(book.database.path)  # another program writes to the file
    conn.execute("UPDATE contact SET title = 'Chair' WHERE uid = 'ann'")
    conn.commit()
    conn.close()
    before = dump_book(book.database.path)
    with pytest.raises(UnsafeUndoError, match="changed since by something outside"):
        book.journal.undo()
    assert dump_book(book.database.path) == before
    assert book.journal.next_undo().label == "Edit “Ann Lee”"  # still there, not undone


def test_a_change_outside_the_journal_to_other_rows_does_not_block_undo(book, people):
    _edit(book, people["ann"])
    conn = sqlite3.connect(book.database.path)
    conn.execute("UPDATE contact SET title = 'Chair' WHERE uid = 'cy'")
    conn.commit()
    conn.close()
    book.journal.undo()
    assert book.get(people["ann"]).title is None
    assert book.get(people["cy"]).title == "Chair"


def test_an_operation_that_changes_nothing_is_not_recorded(book, people):
    count = len(book.journal.history())
    book.set_favourite([people["ann"]], False)  # already not a favourite
    assert len(book.journal.history()) == count


def test_a_failed_operation_leaves_no_trace(book, people):
    count = len(book.journal.history())
    before = dump_book(book.database.path)
    with pytest.raises(Exception, match="UNIQUE"):
        book.add_many([person("New", "One"), person("Dup", "Uid", uid="ann")])
    assert len(book.journal.history()) == count
    assert dump_book(book.database.path) == before


def test_retention_keeps_the_newest_operations(book, monkeypatch):
    monkeypatch.setattr(store_journal, "KEEP_OPERATIONS", 3)
    for n in range(6):
        book.add(person(f"P{n}", "Kept"))
    labels = [op.label for op in book.journal.history()]
    assert labels == ["Add “P5 Kept”", "Add “P4 Kept”", "Add “P3 Kept”"]
    with book.database.reading() as conn:
        oldest = min(op.first_change for op in store_journal.operations(conn))
        from sqlalchemy import func, select

        assert conn.execute(select(func.min(store_journal.change_t.c.id))).scalar() >= oldest
    for _ in range(3):
        book.journal.undo()
    with pytest.raises(NothingToUndoError):
        book.journal.undo()
    assert book.count() == 3  # the three oldest are kept, their additions forgotten


def test_retention_forgets_operations_older_than_the_limit(book):
    book.add(person("Old", "One"))
    with book.database.transaction() as conn:
        store_journal.prune(conn, now=dt.datetime.now() + dt.timedelta(days=91))
    assert book.journal.history() == []


def test_changed_contacts_since_a_revision(book, network, people):
    mark = book.journal.revision()
    _edit(book, people["ann"])
    network.log_interaction([people["bob"]], dt.date(2026, 11, 2), "call")
    book.delete([people["cy"]])
    changed = book.journal.changed_contacts_since(mark)
    assert changed == {people["ann"]: "ann", people["bob"]: "bob", people["cy"]: "cy"}
    mark = book.journal.revision()
    assert book.journal.changed_contacts_since(mark) == {}
    book.journal.undo()  # the delete: cy is back, and that is a change since `mark`
    assert book.journal.changed_contacts_since(mark) == {people["cy"]: "cy"}


def test_the_triggers_match_the_tables_at_head(database):
    with database.reading() as conn:
        from sqlalchemy import text

        stored = {
            name: sql
            for name, sql in conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
        }
        assert stored == expected_triggers(conn)

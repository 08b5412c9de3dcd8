"""A sync's changes to the book are journal operations, and what it sends comes from the
journal: one labelled operation per sync, of origin "sync", undone like an import; a change
the journal records is sent even when the contact's own row does not show it. Against a real
Radicale."""

from __future__ import annotations

from netbook.services.journal import Origin
from tests.conftest import person
from tests.sync.support import Phone, Synced, card


def _sync_operations(synced: Synced) -> list[tuple[str, str]]:
    return [(op.label, op.origin) for op in synced.book.journal.history() if op.origin == "sync"]


def test_a_sync_is_one_operation_of_the_journal(synced: Synced, phone: Phone) -> None:
    for n in range(5):
        phone.put(f"p{n}.vcf", card(f"Person{n}", "Seed", uid=f"seed-{n}"))
    synced.book.add(person("Cy", "Twombly"))

    report = synced.sync()

    assert (report.pulled, report.pushed) == (5, 1)
    assert _sync_operations(synced) == [("Sync with test", Origin.SYNC)]
    [op] = [op for op in synced.book.journal.history() if op.origin == Origin.SYNC]
    assert op.source == f"{phone.server.url.rstrip('/')}{phone.server.book_path}"
    # A sync with nothing to do leaves no entry in the history.
    synced.sync()
    synced.sync()
    assert len(_sync_operations(synced)) == 1


def test_undoing_a_sync_takes_its_contacts_back_here_only(synced: Synced, phone: Phone) -> None:
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann"))
    phone.put("bob.vcf", card("Bob", "Ray", uid="bob"))
    synced.sync()
    assert synced.book.count() == 2

    undone = synced.book.journal.undo()

    assert undone.label == "Sync with test"
    assert synced.book.count() == 0
    # The cards stay on the server: the contacts count as deleted here, which is sent only
    # when confirmed; the sync does not bring them back either.
    report = synced.sync()
    assert (report.pulled, report.pending_deletes, report.errors) == (0, 2, [])
    assert phone.names() == ["ann.vcf", "bob.vcf"]
    # Redone, they are linked to their cards again: nothing to send, nothing pending.
    synced.book.journal.redo()
    report = synced.sync()
    assert (report.pushed, report.updated_remote, report.pending_deletes) == (0, 0, 0)
    assert synced.names() == ["Ann Lee", "Bob Ray"]


def test_undoing_a_sync_that_changed_a_contact_sends_it_back(synced: Synced, phone: Phone) -> None:
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann", TITLE="Engineer"))
    synced.sync()
    ann = synced.contact("Ann Lee")
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    assert synced.sync().updated_local == 1

    synced.book.journal.undo()

    record = synced.book.get(ann)
    assert record is not None
    assert record.title == "Engineer"
    # The undo is a change made here like any other: the next sync sends it.
    report = synced.sync()
    assert (report.updated_remote, report.conflicts, report.errors) == (1, [], [])
    text, _ = phone.get("ann.vcf")
    assert "TITLE:Engineer" in text


def test_a_change_made_through_another_contact_is_sent(synced: Synced, phone: Phone) -> None:
    bob = synced.book.add(person("Bob", "Ray"))
    synced.book.add(person("Ann", "Lee", introduced_by_uid=synced.book.uids([bob])[bob]))
    synced.sync()

    # Deleting Bob keeps him on Ann's card as a name: the journal records the change of her
    # row under her, so her card is sent (Bob's waits for --push-deletes).
    synced.book.delete([bob])
    report = synced.sync()

    assert (report.updated_remote, report.pending_deletes) == (1, 1)
    [ann_card] = [t for t in phone.cards().values() if "FN:Ann Lee" in t]
    # (Radicale escapes the separator of a property it does not know; netbook reads both.)
    assert "X-NETBOOK-INTRODUCED-BY:\\;Bob Ray" in ann_card


def test_an_edit_undone_before_the_sync_sends_nothing(synced: Synced, phone: Phone) -> None:
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann", TITLE="Engineer"))
    synced.sync()
    ann = synced.contact("Ann Lee")
    record = synced.book.get(ann)
    assert record is not None
    record.title = "Boss"
    synced.book.update(ann, record)
    synced.book.journal.undo()
    _, etag = phone.get("ann.vcf")

    report = synced.sync()

    assert (report.updated_remote, report.requests) == (0, 1)
    assert phone.get("ann.vcf")[1] == etag


def test_more_cards_than_one_operation_holds_are_applied_in_several(
    synced: Synced, phone: Phone, monkeypatch
) -> None:
    from netbook.services.sync import engine, pull

    for n in range(5):
        phone.put(f"p{n}.vcf", card(f"Person{n}", "Seed", uid=f"seed-{n}"))
    monkeypatch.setattr(pull, "PULL_BUDGET", 1)  # every multiget batch is over it
    with synced.book.database.reading() as conn:
        from netbook.services.sync import state

        account = state.account(conn, synced.account)

    report = engine.SyncEngine(synced.book.database, account, _client(phone), batch=2).run()

    assert (report.pulled, report.errors) == (5, [])
    # Batches of 2, 2 and 1 card: each over the budget, so each its own operation.
    assert _sync_operations(synced) == [("Sync with test", Origin.SYNC)] * 3
    assert synced.book.count() == 5
    quiet = synced.sync()
    assert (quiet.pulled, quiet.updated_local, quiet.updated_remote, quiet.requests) == (
        0,
        0,
        0,
        1,
    )


def _client(phone: Phone):
    from netbook.services.sync.transport import HttpClient

    server = phone.server
    return HttpClient(server.url, server.user, server.password)

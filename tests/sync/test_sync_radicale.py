"""Two-way sync against a real Radicale: the issue's scenarios, end to end."""

from __future__ import annotations

import dataclasses

from netbook.model.values import HowMet, LabelledValue
from netbook.services.importer import Importer
from tests.conftest import person
from tests.sync.support import Phone, Synced, card


def test_first_sync_brings_the_server_in_and_the_book_out(synced: Synced, phone: Phone) -> None:
    phone.put("ann.vcf", card("Ann", "Lee", EMAIL="ann@example.com"))
    phone.put("bob.vcf", card("Bob", "Ray"))
    # The book already knows Ann (same email) and has Cy, whom the server lacks.
    synced.book.add(person("Ann", "Lee", emails=[LabelledValue("ann@example.com")]))
    synced.book.add(person("Cy", "Twombly", how_met=HowMet(channel="event", place="Rome")))

    report = synced.sync()

    assert (report.pulled, report.pushed, report.errors) == (1, 1, [])
    assert synced.names() == ["Ann Lee", "Bob Ray", "Cy Twombly"]
    assert len(phone.names()) == 3
    uploaded = [t for t in phone.cards().values() if "Twombly" in t]
    assert "X-NETBOOK-HOW-MET:event" in uploaded[0]


def test_a_sync_with_nothing_to_do_is_one_or_two_requests(synced: Synced, phone: Phone) -> None:
    phone.put("ann.vcf", card("Ann", "Lee"))
    synced.book.add(person("Cy", "Twombly"))
    synced.sync()
    synced.sync()  # sees its own upload come back once

    quiet = synced.sync()

    assert quiet.requests <= 2
    assert quiet.as_json() == {
        "pulled": 0,
        "pushed": 0,
        "updated_local": 0,
        "updated_remote": 0,
        "archived": 0,
        "conflicts": [],
        "errors": [],
        "pending_deletes": 0,
        "requests": quiet.requests,
    }


def _both_have_ann(synced: Synced, phone: Phone, **props: str) -> int:
    phone.put("ann.vcf", card("Ann", "Lee", uid="ann-1", **props))
    synced.sync()
    return synced.contact("Ann Lee")


def test_edits_on_each_side_reach_the_other(synced: Synced, phone: Phone) -> None:
    ann = _both_have_ann(synced, phone, TITLE="Engineer")
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    report = synced.sync()
    assert report.updated_local == 1
    record = synced.book.get(ann)
    assert record is not None
    assert record.title == "Director"

    record.note = "Met at the Rome conference"
    synced.book.update(ann, record)
    report = synced.sync()
    assert report.updated_remote == 1
    text, _ = phone.get("ann.vcf")
    assert "NOTE:Met at the Rome conference" in text
    assert "TITLE:Director" in text


def test_a_card_deleted_on_the_server_archives_the_contact(synced: Synced, phone: Phone) -> None:
    phone.put("bob.vcf", card("Bob", "Ray"))
    ann = _both_have_ann(synced, phone)
    phone.delete("ann.vcf")
    report = synced.sync()
    assert report.archived == 1
    assert synced.book.flags([ann]) == {ann: (True, False)}
    # Archived, it is not uploaded again.
    assert synced.sync().pushed == 0
    assert phone.names() == ["bob.vcf"]


def test_a_contact_deleted_here_is_deleted_there_only_when_confirmed(
    synced: Synced, phone: Phone
) -> None:
    ann = _both_have_ann(synced, phone)
    synced.book.delete([ann])
    report = synced.sync()
    assert report.pending_deletes == 1
    assert phone.names() == ["ann.vcf"]
    assert synced.names() == []  # not brought back either
    report = synced.sync(push_deletes=True)
    assert phone.names() == []
    assert synced.sync().pending_deletes == 0


def test_undoing_a_delete_links_the_contact_to_its_card_again(synced: Synced, phone: Phone) -> None:
    ann = _both_have_ann(synced, phone)
    synced.book.delete([ann])
    deleted = synced.book.journal.last_operation_id()
    synced.sync()
    synced.book.journal.undo(expected=deleted)
    report = synced.sync()
    assert (report.pushed, report.pending_deletes) == (0, 0)
    assert phone.names() == ["ann.vcf"]


def test_edits_of_different_properties_both_win(synced: Synced, phone: Phone) -> None:
    ann = _both_have_ann(synced, phone, TITLE="Engineer")
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    record = synced.book.get(ann)
    assert record is not None
    record.note = "Likes jazz"
    record.emails = [LabelledValue("ann@home.example", "home")]
    synced.book.update(ann, record)

    report = synced.sync()

    assert report.conflicts == []
    merged = synced.book.get(ann)
    assert merged is not None
    assert (merged.title, merged.note) == ("Director", "Likes jazz")
    text, _ = phone.get("ann.vcf")
    assert "TITLE:Director" in text
    assert "Likes jazz" in text
    assert "ann@home.example" in text


def test_the_same_property_changed_on_both_sides_keeps_the_server_and_tells(
    synced: Synced, phone: Phone
) -> None:
    ann = _both_have_ann(synced, phone, TITLE="Engineer", EMAIL="ann@work.example")
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    phone.edit("ann.vcf", "EMAIL:ann@work.example", "EMAIL:ann@work.example\r\nEMAIL:a@b.example")
    record = synced.book.get(ann)
    assert record is not None
    record.title = "CTO"
    record.emails = [*record.emails, LabelledValue("ann@mine.example")]
    synced.book.update(ann, record)

    report = synced.sync()

    [conflict] = report.conflicts
    assert (conflict["field"], conflict["local"], conflict["remote"]) == (
        "title",
        "CTO",
        "Director",
    )
    merged = synced.book.get(ann)
    assert merged is not None
    assert merged.title == "Director"
    # Both sides added an email: both are kept.
    assert {e.value for e in merged.emails} == {
        "ann@work.example",
        "a@b.example",
        "ann@mine.example",
    }
    [entry] = [i for i in merged.interactions if i.kind == "sync_conflict"]
    assert "CTO" in entry.summary
    assert "Director" in entry.summary


def test_identical_edits_are_no_conflict(synced: Synced, phone: Phone) -> None:
    ann = _both_have_ann(synced, phone, TITLE="Engineer")
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")
    record = synced.book.get(ann)
    assert record is not None
    synced.book.update(ann, dataclasses.replace(record, title="Director"))
    report = synced.sync()
    assert report.conflicts == []
    assert report.errors == []


def test_edited_here_deleted_there_keeps_the_edit(synced: Synced, phone: Phone) -> None:
    phone.put("bob.vcf", card("Bob", "Ray"))
    ann = _both_have_ann(synced, phone)
    phone.delete("ann.vcf")
    record = synced.book.get(ann)
    assert record is not None
    synced.book.update(ann, dataclasses.replace(record, note="still a friend"))

    report = synced.sync()

    assert report.archived == 0
    assert [c["kind"] for c in report.conflicts] == ["deleted_there_edited_here"]
    assert synced.book.flags([ann]) == {ann: (False, False)}
    assert any("still a friend" in text for text in phone.cards().values())


def test_edited_there_deleted_here_brings_it_back(synced: Synced, phone: Phone) -> None:
    ann = _both_have_ann(synced, phone, TITLE="Engineer")
    synced.book.delete([ann])
    phone.edit("ann.vcf", "TITLE:Engineer", "TITLE:Director")

    report = synced.sync()

    assert [c["kind"] for c in report.conflicts] == ["edited_there_deleted_here"]
    back = synced.book.get(synced.contact("Ann Lee"))
    assert back is not None
    assert back.title == "Director"
    assert synced.sync().pending_deletes == 0


def test_the_same_people_on_both_sides_change_nothing_either_way(
    synced: Synced, phone: Phone, tmp_path
) -> None:
    # As Apple writes it: a URL's colon escaped (Radicale escapes that backslash again) and
    # tags in the order they were given (the book lists them by name).
    apple = card(
        "Ann",
        "Lee",
        uid="ann-apple",
        EMAIL="ann@example.com",
        item1_URL="https\\://blog.example.com/ann",
        CATEGORIES="Press,Investors",
    ).replace("item1-URL", "item1.URL")
    phone.put("ann.vcf", apple)
    source = tmp_path / "ann.vcf"
    source.write_text(apple)
    Importer(synced.book).run([source])
    before = synced.book.get(synced.contact("Ann Lee"))

    report = synced.sync()

    assert (report.pulled, report.updated_local, report.updated_remote, report.pushed) == (
        0,
        0,
        0,
        0,
    )
    after = synced.book.get(synced.contact("Ann Lee"))
    assert before is not None
    assert after is not None
    assert [u.value for u in after.urls] == ["https://blog.example.com/ann"]
    assert after.tags == before.tags == ["Investors", "Press"]
    assert "item1.URL" in phone.get("ann.vcf")[0]  # the phone's card, untouched

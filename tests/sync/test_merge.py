"""The three-way merge of one contact, rule by rule (no server needed)."""

from __future__ import annotations

import dataclasses

from netbook.model.values import ContactRecord, LabelledValue
from netbook.services.sync.merge import differs, merge


def _base() -> ContactRecord:
    return ContactRecord(
        uid="u1",
        given_name="Ann",
        family_name="Lee",
        title="Engineer",
        note="met in Rome",
        emails=[LabelledValue("ann@work.example", "work")],
        tags=["friends"],
    )


def test_a_change_on_one_side_wins() -> None:
    base = _base()
    local = dataclasses.replace(base, note="met in Rome, 2019")
    remote = dataclasses.replace(base, title="Director")
    merged = merge(base, local, remote)
    assert (merged.record.title, merged.record.note) == ("Director", "met in Rome, 2019")
    assert merged.conflicts == []


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = _base()
    both = dataclasses.replace(base, title="Director")
    merged = merge(base, both, dataclasses.replace(both))
    assert merged.record.title == "Director"
    assert merged.conflicts == []


def test_a_single_value_changed_both_ways_keeps_the_servers_and_tells() -> None:
    base = _base()
    merged = merge(
        base, dataclasses.replace(base, title="CTO"), dataclasses.replace(base, title="Director")
    )
    assert merged.record.title == "Director"
    [conflict] = merged.conflicts
    assert (conflict.field, conflict.local, conflict.remote) == ("title", "CTO", "Director")


def test_values_added_on_both_sides_are_all_kept() -> None:
    base = _base()
    local = dataclasses.replace(
        base, emails=[*base.emails, LabelledValue("ann@home.example")], tags=["friends", "rome"]
    )
    remote = dataclasses.replace(
        base, emails=[*base.emails, LabelledValue("a@b.example")], tags=["friends", "jazz"]
    )
    merged = merge(base, local, remote)
    assert [e.value for e in merged.record.emails] == [
        "ann@work.example",
        "a@b.example",
        "ann@home.example",
    ]
    assert merged.record.tags == ["friends", "jazz", "rome"]
    assert merged.conflicts == []


def test_a_value_removed_on_one_side_goes() -> None:
    base = _base()
    local = dataclasses.replace(base, tags=[])
    remote = dataclasses.replace(base, tags=["friends", "jazz"])
    merged = merge(base, local, remote)
    assert merged.record.tags == ["jazz"]


def test_the_books_identity_is_kept() -> None:
    base = _base()
    local = dataclasses.replace(base, id=7, uid="urn:uuid:mine")
    remote = dataclasses.replace(base, uid="google-rewritten")
    merged = merge(base, local, remote)
    assert (merged.record.id, merged.record.uid) == (7, "urn:uuid:mine")
    assert not differs(merged.record, local)


def test_tags_in_another_order_are_the_same_tags() -> None:
    # A phone lists CATEGORIES in the order they were given, the book by name.
    book = dataclasses.replace(_base(), tags=["Investors", "Press"])
    phone = dataclasses.replace(_base(), tags=["Press", "Investors"])
    assert not differs(book, phone)
    assert differs(book, dataclasses.replace(_base(), tags=["Press"]))

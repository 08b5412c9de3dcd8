"""Finding and merging duplicates on a real book."""

from __future__ import annotations

import datetime as dt

from netbook.model.values import (
    ContactRecord,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    SocialProfileValue,
)
from netbook.services.duplicates import find_duplicates, merge_contacts
from netbook.store.core_tables import CHUNK
from tests.conftest import person


def test_groups_join_contacts_through_any_shared_key(book):
    a = book.add(person("Ann", "Lee", emails=[LabelledValue("ann@x.example")]))
    b = book.add(
        person(
            "Annie",
            "Lee",
            emails=[LabelledValue("ANN@x.example")],
            phones=[LabelledValue("+1 617 555 0100")],
        )
    )
    c = book.add(person("A.", "Lee", phones=[LabelledValue("+1 (617) 555-0100")]))
    d = book.add(
        person(
            "Bob",
            "Ray",
            social_profiles=[SocialProfileValue("linkedin", "https://www.linkedin.com/in/bob/")],
        )
    )
    e = book.add(
        person(
            "Robert", "Ray", social_profiles=[SocialProfileValue("linkedin", "linkedin.com/in/bob")]
        )
    )
    f = book.add(person("Cy", "Twin"))
    g = book.add(person("Cy", "Twin"))
    book.add(person("Solo", "One", emails=[LabelledValue("solo@x.example")]))
    groups = find_duplicates(book.database)
    assert [g_.ids for g_ in groups] == [(a, b, c), (d, e), (f, g)]
    assert any(r.startswith("same email") for r in groups[0].reasons)
    assert any(r.startswith("same phone +16175550100") for r in groups[0].reasons)
    assert groups[2].reasons == ("same name twin cy",)


def test_merge_keeps_every_value_and_repoints_references(book):
    keep = book.add(
        person(
            "Ann", "Lee", uid="urn:uuid:keep", emails=[LabelledValue("ann@x.example")], tags=["A"]
        )
    )
    other = book.add(
        person(
            "Ann",
            "Lee",
            uid="urn:uuid:other",
            emails=[LabelledValue("ann@y.example")],
            tags=["B"],
            favourite=True,
            interactions=[InteractionValue(dt.date(2024, 1, 2), "call", "hi", uid="urn:uuid:i1")],
            opportunities=[OpportunityValue("client", "Deal", uid="urn:uuid:o1")],
        )
    )
    friend = book.add(
        person(
            "Fr",
            "Iend",
            introduced_by_uid="urn:uuid:other",
            opportunities=[
                OpportunityValue(
                    "job_offer", "Job", uid="urn:uuid:o2", introducer_uid="urn:uuid:other"
                )
            ],
        )
    )
    merged = merge_contacts(book.journal, keep, [other])
    assert merged.uid == "urn:uuid:keep"
    assert [e.value for e in merged.emails] == ["ann@x.example", "ann@y.example"]
    assert merged.tags == ["A", "B"]
    assert merged.favourite
    assert [i.uid for i in merged.interactions] == ["urn:uuid:i1"]
    assert [o.uid for o in merged.opportunities] == ["urn:uuid:o1"]
    assert book.get(other) is None
    friend_record = book.get(friend)
    assert friend_record.introduced_by_uid == "urn:uuid:keep"
    assert friend_record.opportunities[0].introducer_uid == "urn:uuid:keep"
    assert book.count() == 2
    assert find_duplicates(book.database) == []


def test_merge_keeps_the_kept_contacts_fields_and_every_other_value_in_the_note(book):
    # The kept contact's name, note and photo used to be overwritten by the other's.
    keep = book.add(
        person(
            "Bob",
            "Smith",
            organization="Acme",
            note="Likes chess.",
            emails=[LabelledValue("bob@x.example")],
        )
    )
    other = book.add(
        person(
            "Robert",
            "Smith",
            organization="Initech",
            title="CTO",
            note="Met at PyCon.",
            emails=[LabelledValue("bob@x.example")],
        )
    )
    merged = merge_contacts(book.journal, keep, [other])
    assert (merged.given_name, merged.family_name) == ("Bob", "Smith")
    assert merged.organization == "Acme"
    assert merged.title == "CTO"  # blank in the kept contact: filled in
    assert merged.note is not None
    for kept_text in ("Likes chess.", "Met at PyCon.", "Robert Smith", "Initech"):
        assert kept_text in merged.note
    assert book.search("initech")[0].id == keep  # and findable


def test_a_name_read_alike_is_no_duplicate_and_a_name_written_alike_is(book):
    def japanese(family: str, given: str, reading: tuple[str, str] | None) -> ContactRecord:
        record = ContactRecord(family_name=family, given_name=given)
        if reading:
            record.phonetic_family_name, record.phonetic_given_name = reading
        return record

    yamada = book.add(japanese("山田", "太郎", ("やまだ", "たろう")))
    yamada_again = book.add(japanese("山田", "太郎", None))  # the same name, no reading
    book.add(japanese("山多", "太郎", ("やまだ", "たろう")))  # another person read alike
    groups = find_duplicates(book.database)
    assert [g.ids for g in groups] == [(yamada, yamada_again)]
    assert groups[0].reasons == ("same name 山田 太郎",)


def test_groups_name_their_contacts_when_most_of_the_book_is_duplicated(book):
    # More than half the book in groups: the names are read with every contact's.
    ids = [book.add(person("Ann", "Lee")) for _ in range(3)]
    book.add(person("Bo", "Ek"))
    [group] = find_duplicates(book.database)
    assert group.ids == tuple(ids)
    assert group.names == ("Ann Lee",) * 3


def test_groups_name_their_contacts_when_few_are_duplicated(book):
    # Fewer than half the book in groups, and more of them than one query asks for by id.
    pairs = CHUNK // 2 + 10
    book.add_many(
        [person(f"Given{n}", f"Family{n}") for n in range(pairs) for _ in range(2)]
        + [person(f"Other{n}", f"Single{n}") for n in range(2 * pairs + 1)]
    )
    groups = find_duplicates(book.database)
    assert len(groups) == pairs
    by_name = {group.names: group for group in groups}
    for n in range(pairs):
        group = by_name[(f"Given{n} Family{n}",) * 2]
        assert group.reasons == (f"same name family{n} given{n}",)
        assert len(group.ids) == 2

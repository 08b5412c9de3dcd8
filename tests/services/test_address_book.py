"""The AddressBook facade on real SQLite files: changes, listing, and search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from netbook.model.phones import search_digits
from netbook.model.values import (
    Address,
    ContactRecord,
    ExtraPropertyValue,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.services.address_book import ContactFilter, ContactNotFoundError, View
from tests.book_dump import dump_book
from tests.conftest import DATA, person


def _names(summaries):
    return [s.display_name for s in summaries]


def rich_record() -> ContactRecord:
    return ContactRecord(
        uid="urn:uuid:11111111-2222-3333-4444-555555555555",
        prefix="Dr.",
        given_name="Jürgen",
        family_name="Österberg",
        nickname="Jay",
        organization="Nordlicht AG",
        department="Research",
        title="Head of Data",
        birthday="--04-12",
        anniversary="2011-06-30",
        note="Met at <b>PyCon</b>; loves sailing.",
        favourite=True,
        emails=[
            LabelledValue("jurgen@nordlicht.example", "work", True),
            LabelledValue("j@home.example", "home"),
        ],
        phones=[LabelledValue("(617) 555-0134", "cell")],
        addresses=[
            Address(
                street="Hafenstraße 1",
                locality="Hamburg",
                postal_code="20457",
                country="Germany",
                label="work",
            )
        ],
        urls=[LabelledValue("https://nordlicht.example", "work")],
        social_profiles=[SocialProfileValue("linkedin", "https://www.linkedin.com/in/jurgen")],
        instant_messages=[LabelledValue("xmpp:jurgen@jabber.example", "work", False, "xmpp")],
        relations=[RelationValue("spouse", name="Maria Österberg")],
        tags=["Data", "Hamburg"],
        how_met=HowMet("event", dt.date(2019, 3, 15), "PyCon DE", "talk on search"),
        introduced_by_name="Anke from the meetup",
        met_in_person=True,
        met_in_person_date=dt.date(2019, 3, 15),
        met_in_person_place="Berlin",
        keep_in_touch_days=90,
        interactions=[InteractionValue(dt.date(2024, 1, 5), "call", "Catch-up")],
        opportunities=[OpportunityValue("speaking", "Keynote", dt.date(2024, 5, 1), "accepted")],
        extra_properties=[
            ExtraPropertyValue(
                "X-CUSTOM", "kept; as is", group="item1", params=[("TYPE", ["a", "b"])]
            )
        ],
    )


def test_add_and_get_round_trip_every_field(book):
    record = rich_record()
    contact_id = book.add(record)
    loaded = book.get(contact_id)
    assert loaded is not None
    assert loaded.id == contact_id
    assert loaded.display_name == "Dr. Jürgen Österberg"
    for field in (
        "uid",
        "prefix",
        "given_name",
        "family_name",
        "nickname",
        "organization",
        "department",
        "title",
        "birthday",
        "anniversary",
        "note",
        "favourite",
        "emails",
        "phones",
        "addresses",
        "urls",
        "social_profiles",
        "instant_messages",
        "relations",
        "how_met",
        "introduced_by_name",
        "met_in_person",
        "met_in_person_date",
        "met_in_person_place",
        "keep_in_touch_days",
        "extra_properties",
    ):
        assert getattr(loaded, field) == getattr(record, field), field
    assert loaded.tags == ["Data", "Hamburg"]
    assert [(i.kind, i.summary, i.occurred_on) for i in loaded.interactions] == [
        ("call", "Catch-up", dt.date(2024, 1, 5))
    ]
    assert [(o.kind, o.title, o.outcome) for o in loaded.opportunities] == [
        ("speaking", "Keynote", "accepted")
    ]
    assert loaded.created_at is not None


def test_update_replaces_children_and_keeps_uid(book):
    contact_id = book.add(rich_record())
    record = book.get(contact_id)
    record.emails = [LabelledValue("new@nordlicht.example", "work")]
    record.tags = ["Data"]
    record.organization = "Polarstern GmbH"
    book.update(contact_id, record)
    loaded = book.get(contact_id)
    assert [e.value for e in loaded.emails] == ["new@nordlicht.example"]
    assert loaded.tags == ["Data"]
    assert loaded.uid == record.uid
    assert len(loaded.interactions) == 1  # kept, not duplicated, on re-save
    assert _names(book.search("polarstern")) == ["Dr. Jürgen Österberg"]
    assert book.search("nordlicht ag") == []


def test_update_of_missing_contact_raises(book):
    with pytest.raises(ContactNotFoundError):
        book.update(999, person("No", "One"))


def test_introducer_and_relations_link_by_uid(book):
    anke_id = book.add(person("Anke", "Berg", uid="urn:uuid:anke"))
    jurgen_id = book.add(
        person(
            "Jürgen",
            "Öster",
            introduced_by_uid="urn:uuid:anke",
            relations=[RelationValue("colleague", name="Anke Berg", uid="urn:uuid:anke")],
        )
    )
    jurgen = book.get(jurgen_id)
    assert jurgen.introduced_by_uid == "urn:uuid:anke"
    assert jurgen.introduced_by_name == "Anke Berg"
    assert jurgen.relations[0].uid == "urn:uuid:anke"
    # Deleting the introducer keeps the story as text.
    book.delete([anke_id])
    jurgen = book.get(jurgen_id)
    assert jurgen.introduced_by_uid is None


def test_shared_interaction_appears_on_both_timelines(book):
    a = book.add(person("Ann", "Lee", uid="urn:uuid:ann"))
    b_record = person(
        "Bob",
        "Ray",
        interactions=[
            InteractionValue(
                dt.date(2024, 2, 2),
                "meeting",
                "Lunch",
                uid="urn:uuid:lunch",
                with_uids=["urn:uuid:ann"],
            )
        ],
    )
    b = book.add(b_record)
    assert [i.uid for i in book.get(a).interactions] == ["urn:uuid:lunch"]
    assert book.get(b).interactions[0].with_uids == ["urn:uuid:ann"]
    book.delete([a, b])
    with book.database.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM interaction")).scalar() == 0


def test_archive_hides_from_lists_but_not_from_archived_view(book):
    ids = [book.add(person(n, "Smith")) for n in ("Ann", "Bob", "Cy")]
    book.archive([ids[1]])
    assert _names(book.page(0, 10)) == ["Ann Smith", "Cy Smith"]
    assert _names(book.page(0, 10, ContactFilter(view=View.ARCHIVED))) == ["Bob Smith"]
    assert book.count() == 2
    assert book.get(ids[1]).archived
    book.unarchive([ids[1]])
    assert book.count() == 3


def test_delete_and_its_undo_give_the_same_contact(book):
    contact_id = book.add(rich_record())
    before = dump_book(book.database.path)
    book.delete([contact_id])
    assert book.get(contact_id) is None
    assert book.search("jurgen") == []
    assert book.journal.undo().label == "Delete 1 contact"
    assert dump_book(book.database.path) == before  # same id, UID, dates, index rows
    assert _names(book.search("jurg")) == ["Dr. Jürgen Österberg"]


def test_page_is_in_sort_key_order_and_pages_do_not_overlap(make_book):
    book = make_book(250)
    pages = [book.page(offset, 100) for offset in (0, 100, 200)]
    ids = [s.id for page in pages for s in page]
    assert len(ids) == len(set(ids)) == 250
    everything = book.page(0, 1000)
    keys = [(s.display_name.split()[1], s.display_name.split()[0]) for s in everything]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jurg", ["Dr. Jürgen Österberg"]),
        ("JÜRGEN", ["Dr. Jürgen Österberg"]),
        ("oster", ["Dr. Jürgen Österberg"]),
        ("5550134", ["Dr. Jürgen Österberg"]),
        ("555-0134", ["Dr. Jürgen Österberg"]),
        ("(617) 555", ["Dr. Jürgen Österberg"]),
        ("nordlicht", ["Dr. Jürgen Österberg"]),
        ("head of", ["Dr. Jürgen Österberg"]),
        ("jurgen@nord", ["Dr. Jürgen Österberg"]),
        ("hamburg", ["Dr. Jürgen Österberg"]),
        ("germany", ["Dr. Jürgen Österberg"]),
        ("data", ["Dr. Jürgen Österberg"]),
        ("sailing", ["Dr. Jürgen Österberg"]),
        ("jay", ["Dr. Jürgen Österberg"]),
        ("zzz", []),
        ("---", []),
    ],
)
def test_search_finds_by_every_indexed_field(book, query, expected):
    book.add(rich_record())
    book.add(
        person("Maria", "Lopez", organization="Sol SL", phones=[LabelledValue("+34 91 123 4567")])
    )
    assert _names(book.search(query)) == expected


def test_search_matches_every_word_as_prefix(book):
    book.add(person("Ann", "Lee", organization="Acme"))
    book.add(person("Ann", "Ray", organization="Zenith"))
    assert _names(book.search("ann ac")) == ["Ann Lee"]
    assert book.count(ContactFilter(query="ann")) == 2


def test_search_index_follows_archive_and_tags(book):
    contact_id = book.add(person("Tess", "Tagg", tags=["Investors"]))
    assert _names(book.search("investors")) == ["Tess Tagg"]
    book.archive([contact_id])
    assert book.search("investors") == []
    assert _names(book.page(0, 5, ContactFilter(view=View.ARCHIVED, query="investors"))) == [
        "Tess Tagg"
    ]


def test_tags_with_counts_and_tag_filter(book):
    book.add(person("A", "One", tags=["Clients", "VIP"]))
    book.add(person("B", "Two", tags=["clients"]))  # same tag, other case
    counts = {t.name: t.count for t in book.tags()}
    assert counts == {"Clients": 2, "VIP": 1}
    clients = next(t for t in book.tags() if t.name == "Clients")
    assert book.count(ContactFilter(tag_id=clients.id)) == 2


def test_favourites_and_thumbnails(book):
    photo = (DATA / "photo.png").read_bytes()
    contact_id = book.add(
        person("Pic", "Ture", photo=PhotoValue(data=photo, media_type="image/png"))
    )
    book.set_favourite([contact_id], True)
    [summary] = book.page(0, 5, ContactFilter(view=View.FAVOURITES))
    assert summary.has_photo
    thumb = book.thumbnail(contact_id)
    assert thumb.startswith(b"\x89PNG")


def test_broken_photo_is_dropped_not_fatal(book):
    contact_id = book.add(
        person("Bro", "Ken", photo=PhotoValue(data=b"\xff\xd8garbage", media_type="image/jpeg"))
    )
    assert book.get(contact_id).photo is None


def test_resolve_by_id_or_uid(book):
    contact_id = book.add(person("U", "Id", uid="urn:uuid:abc"))
    assert book.resolve(str(contact_id)) == contact_id
    assert book.resolve("urn:uuid:abc") == contact_id
    with pytest.raises(ContactNotFoundError):
        book.resolve("nope")


def test_add_many_is_all_or_nothing(book):
    book.add(person("Dup", "Uid", uid="urn:uuid:same"))
    with pytest.raises(Exception, match="UNIQUE"):
        book.add_many([person("New", "One"), person("Dup", "Again", uid="urn:uuid:same")])
    assert book.count() == 1


def test_undo_of_delete_links_introductions_and_relations_again(book):
    anke = book.add(person("Anke", "Berg", uid="urn:uuid:anke"))
    jurgen = book.add(
        person(
            "Jürgen",
            "Öster",
            introduced_by_uid="urn:uuid:anke",
            relations=[RelationValue("colleague", name="Anke Berg", uid="urn:uuid:anke")],
            opportunities=[
                OpportunityValue(
                    "client", "Deal", uid="urn:uuid:deal", introducer_uid="urn:uuid:anke"
                )
            ],
        )
    )
    before = dump_book(book.database.path)
    book.delete([anke])
    orphan = book.get(jurgen)
    assert orphan.introduced_by_uid is None
    assert orphan.introduced_by_name == "Anke Berg"  # the story still reads
    book.journal.undo()
    again = book.get(jurgen)
    assert again.introduced_by_uid == "urn:uuid:anke"
    assert again.relations[0].uid == "urn:uuid:anke"
    assert again.opportunities[0].introducer_uid == "urn:uuid:anke"
    with book.database.reading() as conn:
        linked = conn.execute(text("SELECT related_contact_id FROM relation")).scalar()
    assert linked == anke
    assert dump_book(book.database.path) == before


@pytest.mark.parametrize(
    "query",
    [
        "+44 20 7946 0412",
        "020 7946 0412",  # the UK national form: trunk prefix 0
        "0044 20 7946 0412",  # an international call prefix
        "7946 0412",
    ],
)
def test_a_phone_typed_in_national_or_international_form_finds_the_stored_number(book, query):
    book.add(person("Emily", "Carter", phones=[LabelledValue("+44 20 7946 0412", "work")]))
    book.add(person("Bo", "Berg", phones=[LabelledValue("+46 8 020 7946", "work")]))
    assert _names(book.search(query)) == ["Emily Carter"]


def test_national_phone_forms_follow_the_users_region():
    assert search_digits("020 7946 0412", "GB") == ["02079460412", "2079460412"]
    # Italy keeps its leading 0 in the international form: it is looked for as typed too.
    assert search_digits("06 1234 5678", "IT")[0] == "0612345678"
    assert search_digits("(617) 555-0134", "US") == ["6175550134"]

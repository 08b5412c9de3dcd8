"""A netbook book exported as vCard and imported into a new book is the same book.

This runs the real pieces end to end: the AddressBook stores the contacts (with links between
them: introducer, relations, shared interactions, opportunities via an introducer), the export
service writes vCard 3.0 or 4.0, and the Importer reads the file into an empty book.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

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
from netbook.services.address_book import AddressBook, ContactFilter, View
from netbook.services.exporting import render
from netbook.services.importer import Importer
from netbook.store.opening import open_database
from tests.conftest import DATA

CARMEN = "urn:uuid:00000000-0000-4000-8000-00000000000c"
ZOE = "urn:uuid:00000000-0000-4000-8000-00000000000a"
BEN = "urn:uuid:00000000-0000-4000-8000-00000000000b"


def people() -> list[ContactRecord]:
    carmen = ContactRecord(
        uid=CARMEN,
        given_name="Carmen",
        family_name="Connector",
        organization="Radio Uno",
        title="Producer",
        emails=[LabelledValue("carmen@radio.example", "work", True)],
        tags=["Press"],
        favourite=True,
        keep_in_touch_days=30,
        how_met=HowMet("event", dt.date(2015, 3, 1), "Madrid", "Panel, then tapas; long talk"),
        met_in_person=True,
        met_in_person_date=dt.date(2015, 3, 1),
        met_in_person_place="Madrid",
    )
    zoe = ContactRecord(
        uid=ZOE,
        prefix="Dr.",
        given_name="Zoë",
        family_name="Ångström",
        suffix="PhD",
        nickname="Zo",
        phonetic_given_name="Zo-eh",
        phonetic_family_name="Ong-strum",
        sort_as="Angstrom,Zoe",
        birthday="--02-29",
        anniversary="2001-09-15",
        gender="F;she/her",
        organization="Acme; Labs",
        department="R&D",
        title="CTO",
        role="Speaker",
        note="Met through Carmen.\nLoves climbing, CRDTs; radio.",
        emails=[
            LabelledValue("zoe@acme.example", "work", True),
            LabelledValue("zo@club.example", "Climbing club"),
        ],
        phones=[LabelledValue("+46 31 123 45 67", "cell"), LabelledValue("+46 31 1", "work fax")],
        addresses=[
            Address(
                street="Storgatan 1\nLgh 4",
                locality="Göteborg",
                postal_code="41101",
                country="Sweden",
                label="home",
                preferred=True,
            )
        ],
        urls=[LabelledValue("https://zoe.example.com", "homepage")],
        social_profiles=[SocialProfileValue("linkedin", "https://www.linkedin.com/in/zoe")],
        instant_messages=[LabelledValue("zoe.skype", "home", True, "skype")],
        relations=[
            RelationValue("friend", name="Carmen Connector", uid=CARMEN),
            RelationValue("spouse", name="Björn Ångström"),
        ],
        tags=["Clients", "Alumni, MIT"],
        photo=PhotoValue(data=(DATA / "photo.jpg").read_bytes(), media_type="image/jpeg"),
        how_met=HowMet("introduction", dt.date(2019, 5, 4), "Berlin", "Carmen's radio show"),
        introduced_by_uid=CARMEN,
        introduced_by_name="Carmen Connector",
        met_in_person=True,
        met_in_person_date=dt.date(2019, 5, 4),
        interactions=[
            InteractionValue(
                dt.date(2019, 5, 4),
                "met",
                "Three of us at the studio",
                uid="urn:uuid:i-1",
                with_uids=[CARMEN],
            )
        ],
        opportunities=[
            OpportunityValue(
                "interview",
                "Radio interview",
                dt.date(2020, 2, 1),
                "done",
                "Went well; 20 minutes",
                "urn:uuid:o-1",
                CARMEN,
            )
        ],
        extra_properties=[
            ExtraPropertyValue("X-EVOLUTION-FILE-AS", "Ångström\\, Zoë"),
            ExtraPropertyValue("X-CUSTOM", "v\\;1", "item9", [("TYPE", ["WORK"])]),
        ],
    )
    ben = ContactRecord(
        uid=BEN,
        kind="organization",
        display_name="Ben's Bakery",
        organization="Ben's Bakery",
        phones=[LabelledValue("+1 617 555 0100", "main")],
        archived=True,
        relations=[RelationValue("colleague", uid=ZOE, label="Supplier")],
    )
    return [carmen, zoe, ben]


def comparable(record: ContactRecord) -> dict[str, object]:
    data = dataclasses.asdict(record)
    for key in ("id", "created_at", "updated_at", "archived_at"):
        data.pop(key)
    if data["photo"] is not None:
        data["photo"]["thumbnail"] = None
    return data


def everyone(book: AddressBook) -> list[ContactRecord]:
    ids = book.ids(ContactFilter(view=View.ALL)) + book.ids(ContactFilter(view=View.ARCHIVED))
    return sorted(book.get_many(sorted(set(ids))), key=lambda r: r.uid or "")


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_export_then_import_gives_the_same_book(tmp_path, book, fmt):
    book.add_many(people())
    before = everyone(book)
    assert len(before) == 3
    path = tmp_path / "book.vcf"
    path.write_bytes(render(before, fmt))

    other = open_database(tmp_path / "other" / "netbook.sqlite3")
    try:
        fresh = AddressBook(other)
        report = Importer(fresh).run([path])
        assert report.files[0].error is None
        assert report.files[0].problems == []
        assert report.imported == 3
        after = everyone(fresh)
        assert [comparable(r) for r in after] == [comparable(r) for r in before]
        # Importing the same file again changes nothing.
        again = Importer(fresh).run([path])
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    finally:
        other.close()

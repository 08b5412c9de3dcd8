"""Merging a file's view of a contact into the book's: nothing is ever lost."""

from __future__ import annotations

import datetime as dt

from netbook.model.values import (
    ContactRecord,
    HowMet,
    InteractionValue,
    LabelledValue,
    PhotoValue,
    SocialProfileValue,
)
from netbook.services.merging import copy_record, merge_into, same_content
from tests.services.test_address_book import rich_record


def test_incoming_contact_data_wins_where_it_says_something():
    existing = ContactRecord(
        given_name="Ann", family_name="Lee", organization="Acme", title="Engineer", note="kept"
    )
    incoming = ContactRecord(given_name="Ann", family_name="Lee", organization="Zenith", title=None)
    merged = merge_into(existing, incoming)
    assert merged.organization == "Zenith"
    assert merged.title == "Engineer"
    assert merged.note == "kept"
    assert existing.organization == "Acme"  # the input is not changed


def test_multi_values_are_united_without_duplicates():
    existing = ContactRecord(
        emails=[LabelledValue("Ann@Acme.example", "work")],
        phones=[LabelledValue("+1 617 555 0134")],
        tags=["Clients"],
    )
    incoming = ContactRecord(
        emails=[LabelledValue("ann@acme.example"), LabelledValue("ann@home.example")],
        phones=[LabelledValue("(617) 555-0134"), LabelledValue("+44 20 7946 0018")],
        tags=["clients", "VIP"],
    )
    merged = merge_into(existing, incoming)
    assert [e.value for e in merged.emails] == ["Ann@Acme.example", "ann@home.example"]
    assert [p.value for p in merged.phones] == ["+1 617 555 0134", "+44 20 7946 0018"]
    assert merged.tags == ["Clients", "VIP"]


def test_the_users_story_is_kept_and_only_filled_in():
    existing = ContactRecord(how_met=HowMet(channel="event", place="PyCon"), met_in_person=True)
    incoming = ContactRecord(
        how_met=HowMet(channel="linkedin", date=dt.date(2019, 3, 15)),
        social_profiles=[SocialProfileValue("linkedin", "https://linkedin.com/in/ann")],
    )
    merged = merge_into(existing, incoming)
    assert merged.how_met == HowMet(channel="event", date=dt.date(2019, 3, 15), place="PyCon")
    assert merged.met_in_person
    assert len(merged.social_profiles) == 1


def test_merging_the_same_record_changes_nothing():
    record = rich_record()
    assert same_content(merge_into(record, record), record)


def test_interactions_unite_by_uid():
    a = InteractionValue(dt.date(2024, 1, 1), "call", "x", uid="u1")
    b = InteractionValue(dt.date(2024, 2, 1), "email", "y", uid="u2")
    merged = merge_into(ContactRecord(interactions=[a]), ContactRecord(interactions=[a, b]))
    assert [i.uid for i in merged.interactions] == ["u1", "u2"]


def test_a_note_written_in_netbook_survives_reimporting_an_older_export():
    existing = ContactRecord(note="Met at PyCon.\n\nFollow up about the radio interview.")
    assert merge_into(existing, ContactRecord(note="Met at PyCon.")).note == existing.note
    phone_edit = merge_into(
        ContactRecord(note="Met at PyCon."), ContactRecord(note="Met at PyCon. Call back.")
    )
    assert phone_edit.note == "Met at PyCon. Call back."
    both = merge_into(ContactRecord(note="Mine"), ContactRecord(note="Theirs"))
    assert both.note == "Mine\n\nTheirs"
    assert merge_into(both, ContactRecord(note="Theirs")).note == both.note  # idempotent
    assert merge_into(ContactRecord(note="Mine"), ContactRecord(note=None)).note == "Mine"


def test_a_copied_record_holds_the_same_values_in_an_object_of_its_own():
    record = rich_record()
    copy = copy_record(record)
    assert copy == record
    assert copy is not record
    copy.organization = "Elsewhere"
    assert record.organization != "Elsewhere"


def test_same_content_leaves_bookkeeping_and_thumbnails_out():
    record = rich_record()
    record.photo = PhotoValue(data=b"png", media_type="image/png", thumbnail=b"small")
    stored = copy_record(record)
    stored.id, stored.updated_at = 7, dt.datetime(2026, 1, 2, 3, 4)
    stored.photo = PhotoValue(data=b"png", media_type="image/jpeg", thumbnail=None)
    assert same_content(record, stored)
    stored.note = (record.note or "") + " and more"
    assert not same_content(record, stored)

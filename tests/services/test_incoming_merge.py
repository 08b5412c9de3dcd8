"""merge_incoming: what a file may change in a contact the book holds (adds, never overwrites)."""

from __future__ import annotations

import datetime as dt

from netbook.model.values import ContactRecord, HowMet, LabelledValue, PhotoValue
from netbook.services.incoming_merge import merge_incoming


def _book_side() -> ContactRecord:
    return ContactRecord(
        display_name="Ann Lee",
        given_name="Ann",
        family_name="Lee",
        organization="Acme",
        how_met=HowMet("event", dt.date(2019, 3, 15), "PyCon", "her talk on search"),
        photo=PhotoValue(data=b"mine", media_type="image/png"),
        emails=[LabelledValue("ann@acme.example")],
    )


def test_a_how_we_met_the_user_wrote_is_kept_and_reported():
    incoming = ContactRecord(
        display_name="Ann Lee", how_met=HowMet("linkedin", dt.date(2020, 1, 2)), title="CTO"
    )
    outcome = merge_incoming(_book_side(), incoming)
    assert outcome.record.how_met == _book_side().how_met
    assert outcome.record.title == "CTO"  # empty in the book: filled, not a difference
    [difference] = outcome.differences
    assert (difference.field, difference.taken) == ("how_met", False)
    assert difference.book == "event, 2019-03-15, PyCon, her talk on search"
    assert difference.incoming == "linkedin, 2020-01-02"


def test_taking_a_group_takes_the_files_parts_and_keeps_the_ones_it_leaves_empty():
    incoming = ContactRecord(how_met=HowMet("linkedin", dt.date(2020, 1, 2)))
    outcome = merge_incoming(_book_side(), incoming, take=lambda field: field == "how_met")
    assert outcome.record.how_met == HowMet(
        "linkedin", dt.date(2020, 1, 2), "PyCon", "her talk on search"
    )
    assert outcome.differences[0].taken


def test_a_name_is_one_value_its_parts_change_together():
    incoming = ContactRecord(
        display_name="Ann Lee-Park", given_name="Ann", family_name="Lee-Park", prefix="Dr."
    )
    kept = merge_incoming(_book_side(), incoming)
    # The book's name stays whole: no prefix from the file glued onto it.
    assert (kept.record.display_name, kept.record.prefix) == ("Ann Lee", None)
    assert [(d.field, d.book, d.incoming) for d in kept.differences] == [
        ("name", "Ann Lee", "Ann Lee-Park")
    ]
    taken = merge_incoming(_book_side(), incoming, take=lambda field: True)
    assert (taken.record.family_name, taken.record.prefix) == ("Lee-Park", "Dr.")


def test_a_name_that_reads_the_same_lists_its_parts():
    incoming = ContactRecord(display_name="Ann Lee", given_name="Annie", family_name="Lee")
    [difference] = merge_incoming(_book_side(), incoming).differences
    assert difference.book == "display name: Ann Lee; given name: Ann; family name: Lee"
    assert difference.incoming == "display name: Ann Lee; given name: Annie; family name: Lee"


def test_another_photo_is_a_difference_a_first_photo_is_not():
    other = ContactRecord(photo=PhotoValue(data=b"theirs" * 300, media_type="image/jpeg"))
    outcome = merge_incoming(_book_side(), other)
    assert outcome.record.photo.data == b"mine"
    [difference] = outcome.differences
    assert (difference.field, difference.book, difference.incoming) == (
        "photo",
        "image/png, 1 KB",
        "image/jpeg, 2 KB",
    )
    without = _book_side()
    without.photo = None
    assert merge_incoming(without, other).record.photo.data == other.photo.data


def test_only_spaces_are_no_difference_an_accent_or_a_case_is():
    book_side = ContactRecord(display_name="Tomás Ferreira", organization="Lumen Labs")
    same = merge_incoming(book_side, ContactRecord(organization="  Lumen Labs "))
    assert same.differences == ()
    accent = merge_incoming(book_side, ContactRecord(display_name="Tomas Ferreira"))
    assert [d.field for d in accent.differences] == ["name"]
    case = merge_incoming(book_side, ContactRecord(organization="LUMEN LABS"))
    assert [d.field for d in case.differences] == ["organization"]


def test_a_file_that_says_person_says_nothing_about_kind():
    company = ContactRecord(kind="organization", display_name="Acme")
    assert merge_incoming(company, ContactRecord(display_name="Acme")).record.kind == (
        "organization"
    )
    person = ContactRecord(display_name="Acme")
    [difference] = merge_incoming(person, company).differences
    assert difference.field == "kind"

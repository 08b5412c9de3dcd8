"""CSV export: Google's layout, numbered columns, formula neutralisation, and a round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from netbook.formats.csv.export import neutralise, write_csv
from netbook.formats.csv.reading import read_csv
from netbook.model.values import (
    Address,
    ContactRecord,
    HowMet,
    LabelledValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.services.exporting import export_formats, render
from tests.conftest import DATA, person


def rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def full_record() -> ContactRecord:
    return ContactRecord(
        uid="urn:uuid:3f1c2d4e-0000-4000-8000-000000000001",
        prefix="Dr.",
        given_name="Chloé",
        additional_names="M.",
        family_name="Dubois",
        suffix="PhD",
        nickname="Clo",
        organization="Exemple SA",
        department="R&D",
        title="CTO",
        birthday="--04-12",
        anniversary="2015-06-20",
        note="Line one\nline two, with a comma",
        favourite=True,
        emails=[
            LabelledValue("chloe@exemple.fr", "work"),
            LabelledValue("clo@example.net", "home"),
        ],
        phones=[
            LabelledValue("+33 6 12 34 56 78", "cell"),
            LabelledValue("+33 4 72 00 00 00", "work fax"),
        ],
        addresses=[
            Address(
                street="12 rue de l'Exemple",
                locality="Lyon",
                postal_code="69002",
                country="France",
                label="work",
            ),
            Address(street="1 Home Lane", locality="Annecy", country="France", label="home"),
        ],
        urls=[LabelledValue("https://chloe.example.fr/blog", "blog")],
        social_profiles=[
            SocialProfileValue("linkedin", "https://www.linkedin.com/in/chloe-dubois")
        ],
        instant_messages=[LabelledValue("chloe@jabber.example", "home", service="xmpp")],
        relations=[RelationValue(kind="spouse", name="Marc Dubois")],
        tags=["Clients", "Lyon 2022"],
        how_met=HowMet("event", dt.date(2022, 5, 4), "Lyon", "Spoke after my talk"),
        introduced_by_name="Ann Lee",
        met_in_person=True,
        met_in_person_date=dt.date(2022, 5, 4),
        keep_in_touch_days=90,
    )


def test_csv_is_registered_as_an_export_format():
    assert "csv" in export_formats()
    assert render([full_record()], "csv") == write_csv([full_record()])


def test_header_is_google_compatible_with_bom_and_crlf():
    data = write_csv([person("Ann", "Lee")])
    assert data.startswith(b"\xef\xbb\xbfFirst Name,Middle Name,Last Name,")
    assert data.endswith(b"\r\n")
    header = data[3:].split(b"\r\n")[0].decode().split(",")
    for column in (
        "Organization Name",
        "Organization Title",
        "Birthday",
        "Notes",
        "Labels",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
    ):
        assert column in header


def test_numbered_columns_are_sized_to_the_largest_multi_value():
    few = person("Bo", "Ek", emails=[LabelledValue("bo@example.com")])
    data = write_csv([few, full_record()])
    header = data[3:].split(b"\r\n")[0].decode().split(",")
    assert "E-mail 2 - Value" in header
    assert "E-mail 3 - Value" not in header
    assert "Address 2 - Country" in header
    assert "Address 3 - Country" not in header
    assert "Website 2 - Value" in header  # the blog and the LinkedIn profile
    bo, chloe = rows(data)
    assert (bo["E-mail 1 - Value"], bo["E-mail 2 - Value"]) == ("bo@example.com", "")
    assert (chloe["E-mail 2 - Label"], chloe["E-mail 2 - Value"]) == ("Home", "clo@example.net")
    assert (chloe["Phone 1 - Label"], chloe["Phone 2 - Label"]) == ("Mobile", "Work Fax")
    assert chloe["Address 1 - Formatted"] == "12 rue de l'Exemple\nLyon 69002\nFrance"
    assert chloe["Labels"] == "Clients ::: Lyon 2022 ::: * starred"
    assert chloe["Website 2 - Label"] == "LinkedIn"


def test_empty_export_is_a_header():
    (header,) = write_csv([])[3:].decode().splitlines()
    assert header.startswith("First Name,")
    assert "E-mail 1 - Value" in header


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tpadded", "'\tpadded"),
        ("\rreturn", "'\rreturn"),
        ("+44 20 7946 0000", "+44 20 7946 0000"),  # a phone number stays as it is
        ("+1 (617) 555-0134", "'+1 (617) 555-0134"),  # not only + and digits: guarded
        ("--04-12", "--04-12"),  # a birthday without a year
        ("Ann = Lee", "Ann = Lee"),
        ("", ""),
    ],
)
def test_formula_neutralisation(value, written):
    assert neutralise(value) == written


def test_formulas_are_neutralised_in_the_file_and_read_back_as_written():
    evil = person(
        "=cmd|' /C calc'!A0",
        "@Lee",
        note="-5 is a number",
        phones=[LabelledValue("+44 20 7946 0000", "cell")],
    )
    data = write_csv([evil])
    (row,) = rows(data)
    assert row["First Name"] == "'=cmd|' /C calc'!A0"
    assert row["Last Name"] == "'@Lee"
    assert row["Notes"] == "'-5 is a number"
    assert row["Phone 1 - Value"] == "+44 20 7946 0000"
    (back,) = read_csv(data).records
    assert (back.given_name, back.family_name) == ("=cmd|' /C calc'!A0", "@Lee")
    assert back.note == "-5 is a number"


def test_round_trip_keeps_every_field_the_layout_carries():
    original = full_record()
    result = read_csv(write_csv([original]))
    assert result.format == "google-csv"
    assert result.problems == []
    (back,) = result.records
    for name in (
        "uid",
        "prefix",
        "given_name",
        "additional_names",
        "family_name",
        "suffix",
        "nickname",
        "organization",
        "department",
        "title",
        "birthday",
        "anniversary",
        "note",
        "favourite",
        "tags",
        "how_met",
        "introduced_by_name",
        "met_in_person",
        "met_in_person_date",
        "keep_in_touch_days",
        "social_profiles",
    ):
        assert getattr(back, name) == getattr(original, name), name

    def pairs(values):
        return [(v.value, v.label) for v in values]

    assert pairs(back.emails) == pairs(original.emails)
    assert pairs(back.phones) == pairs(original.phones)
    assert back.addresses == original.addresses
    assert [(u.value, u.label) for u in back.urls] == [(u.value, u.label) for u in original.urls]
    assert [(m.value, m.label, m.service) for m in back.instant_messages] == [
        ("chloe@jabber.example", "home", "xmpp")
    ]
    assert [(r.kind, r.name) for r in back.relations] == [("spouse", "Marc Dubois")]


def test_an_organisation_keeps_its_display_name():
    org = ContactRecord(
        kind="organization", display_name="Contoso Ltd (London office)", organization="Contoso Ltd"
    )
    (row,) = rows(write_csv([org]))
    assert row["File As"] == "Contoso Ltd (London office)"


def test_export_from_a_real_book_reads_back(book):
    result = read_csv((DATA / "csv" / "linkedin_connections.csv").read_bytes())
    ids = book.add_many(result.records)
    stored = book.get_many(ids)
    exported = read_csv(render(stored, "csv"))
    assert [r.best_display_name() for r in exported.records] == [
        r.best_display_name() for r in stored
    ]
    by_uid = {r.uid: r for r in exported.records}
    for record in stored:
        back = by_uid[record.uid]
        assert back.how_met == record.how_met
        assert [s.value for s in back.social_profiles] == [s.value for s in record.social_profiles]
        assert (back.organization, back.title) == (record.organization, record.title)

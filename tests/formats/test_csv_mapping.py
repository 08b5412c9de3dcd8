"""Any CSV layout, read through the column mapping the user chose."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.formats.csv.reading import MAPPABLE_FIELDS, csv_headers, read_csv
from netbook.formats.parsed import UnreadableFileError
from tests.conftest import DATA

UNKNOWN = (DATA / "csv" / "unknown_layout.csv").read_bytes()

MAPPING = {
    "Full name": "display_name",
    "E-mail": "email",
    "Cell": "phone",
    "Employer": "organization",
    "Where we met": "how_met_place",
    "Met on": "how_met_date",
    "Groups": "tags",
}


def test_mappable_fields_describe_every_target_the_brief_names():
    expected = {
        "given_name",
        "family_name",
        "display_name",
        "organization",
        "title",
        "email",
        "phone",
        "note",
        "tags",
        "url",
        "linkedin_url",
        "birthday",
        "street",
        "locality",
        "region",
        "postal_code",
        "country",
        "how_met_date",
    }
    assert expected <= set(MAPPABLE_FIELDS)
    assert all(isinstance(text, str) and text for text in MAPPABLE_FIELDS.values())


def test_mapping_reads_an_unknown_layout():
    assert set(MAPPING) <= set(csv_headers(UNKNOWN))
    result = read_csv(UNKNOWN, MAPPING)
    assert result.format == "csv"
    assert result.problems == []
    pat, kim = result.records
    assert pat.display_name == "Pat Morgan"
    assert [e.value for e in pat.emails] == ["pat@example.com"]
    assert [p.value for p in pat.phones] == ["+1 555 0111"]
    assert pat.organization == "Initrode"
    assert (pat.how_met.place, pat.how_met.date) == ("PyCon", dt.date(2018, 5, 10))
    assert pat.tags == ["python", "speakers"]
    assert [e.value for e in kim.emails] == ["kim@example.com", "kim.work@example.com"]
    assert result.positions == [1, 2]


def test_mapping_headers_match_case_and_space_insensitively():
    result = read_csv(UNKNOWN, {"  full NAME ": "display_name", "e-mail": "email"})
    assert [r.display_name for r in result.records] == ["Pat Morgan", "Kim Yoon"]


def test_mapping_several_columns_to_one_field_and_address_parts():
    data = (
        b"Name;Work mail;Home mail;Street;Town;Zip;Land;Info 1;Info 2;Born\n"
        b"Ann Lee;ann@work.example;ann@home.example;1 Main St;Springfield;12345;USA;"
        b"likes tea;plays chess;25/12/1980\n"
    )
    mapping = {
        "Name": "display_name",
        "Work mail": "email",
        "Home mail": "email",
        "Street": "street",
        "Town": "locality",
        "Zip": "postal_code",
        "Land": "country",
        "Info 1": "note",
        "Info 2": "note",
        "Born": "birthday",
    }
    (ann,) = read_csv(data, mapping).records
    assert [e.value for e in ann.emails] == ["ann@work.example", "ann@home.example"]
    (address,) = ann.addresses
    assert (address.street, address.locality, address.postal_code, address.country) == (
        "1 Main St",
        "Springfield",
        "12345",
        "USA",
    )
    assert ann.note == "likes tea\nplays chess"
    assert ann.birthday == "1980-12-25"


def test_mapping_linkedin_url_and_bad_values_warn():
    data = b"Who,Profile,Mail,Met\nAnn Lee,https://linkedin.com/in/ann,not mail,someday\n"
    result = read_csv(
        data,
        {"Who": "display_name", "Profile": "linkedin_url", "Mail": "email", "Met": "how_met_date"},
    )
    (ann,) = result.records
    assert [(s.service, s.value) for s in ann.social_profiles] == [
        ("linkedin", "https://linkedin.com/in/ann")
    ]
    assert [p.message for p in result.problems] == [
        "'not mail' is not an email address; left out",
        "Date we met or connected 'someday' is not a date netbook reads",
    ]
    assert all(not p.dropped for p in result.problems)


def test_mapped_columns_missing_from_the_file_are_reported():
    result = read_csv(UNKNOWN, {"Full name": "display_name", "Twitter": "url"})
    (problem,) = result.problems
    assert (problem.card, problem.line, problem.dropped) == (None, 1, False)
    assert problem.message == "mapped columns not in this file: Twitter"


def test_a_mapping_that_matches_nothing_is_an_error_naming_the_columns():
    with pytest.raises(UnreadableFileError) as caught:
        read_csv(UNKNOWN, {"Vorname": "given_name"})
    assert str(caught.value) == (
        "none of the mapped columns (Vorname) is in this file; its columns are: Full name, "
        "E-mail, Cell, Employer, Where we met, Met on, Groups"
    )


def test_a_mapping_to_an_unknown_field_is_an_error():
    with pytest.raises(UnreadableFileError, match="unknown field"):
        read_csv(UNKNOWN, {"Full name": "shoe_size"})


def test_mapping_a_recognised_file_reads_it_as_generic_csv():
    data = (DATA / "csv" / "linkedin_connections.csv").read_bytes()
    result = read_csv(data, {"First Name": "given_name", "Company": "organization"})
    assert result.format == "csv"
    assert result.records[0].given_name == "Ann"
    assert result.records[0].how_met.channel is None

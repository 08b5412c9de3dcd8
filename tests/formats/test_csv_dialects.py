"""LinkedIn, Google and Outlook CSV exports, read from the project's sample files."""

from __future__ import annotations

import datetime as dt

import pytest

from netbook.formats.csv.reading import read_csv
from netbook.formats.parsed import UnreadableFileError
from netbook.model.values import RelationValue, SocialProfileValue
from tests.conftest import DATA

CSV = DATA / "csv"


def read(name: str):
    return read_csv((CSV / name).read_bytes())


def by_name(result, given: str):
    return next(r for r in result.records if r.given_name == given)


def messages(result) -> list[tuple[int | None, int | None, str, bool]]:
    return [(p.card, p.line, p.message, p.dropped) for p in result.problems]


# LinkedIn ---------------------------------------------------------------------------------


def test_linkedin_export_with_notes_preamble():
    result = read("linkedin_connections.csv")
    assert result.format == "linkedin-csv"
    # Row 6 (only a date) is dropped; the others come in, numbered by data row.
    assert result.positions == [1, 2, 3, 4, 5, 7]
    ann = by_name(result, "Ann")
    assert (ann.family_name, ann.organization) == ("Lee", "Acme Robotics")
    assert ann.title == "Senior Engineer"
    assert ann.social_profiles == [
        SocialProfileValue("linkedin", "https://www.linkedin.com/in/ann-lee-0a1b2c")
    ]
    assert ann.how_met.channel == "linkedin"
    assert ann.how_met.date == dt.date(2019, 3, 15)
    assert ann.emails == []  # LinkedIn leaves most addresses empty


def test_linkedin_values_with_commas_accents_and_scripts():
    result = read("linkedin_connections.csv")
    jurgen = by_name(result, "Jürgen")
    assert jurgen.organization == "Müller & Söhne GmbH"
    assert jurgen.title == "Head of Sales, EMEA"
    assert [e.value for e in jurgen.emails] == ["jm@example.de"]
    assert by_name(result, "Priya").family_name == "Sharma, PhD"
    assert by_name(result, "伟").family_name == "李"
    assert by_name(result, "Zoë").how_met.date == dt.date(2020, 2, 29)


def test_linkedin_problems_name_row_and_line():
    result = read("linkedin_connections.csv")
    # The header is on line 4 (after "Notes:", the note and a blank line), so row 6 is line 10.
    assert messages(result) == [
        (6, 10, "the row has no name, email, phone, company or profile link", True),
        (7, 11, "'Connected On' date 'yesterday' is not a date netbook reads", False),
    ]
    sam = by_name(result, "Sam")
    assert sam.how_met.channel == "linkedin"
    assert sam.how_met.date is None


def test_older_linkedin_export_without_url_and_numeric_dates():
    result = read("linkedin_connections_old.csv")
    assert result.format == "linkedin-csv"
    assert result.problems == []
    dates = {r.given_name: r.how_met.date for r in result.records}
    assert dates == {
        "Maria": dt.date(2019, 3, 15),
        "Tom": dt.date(2015, 12, 31),
        "Lena": dt.date(2014, 1, 2),
    }
    assert all(r.social_profiles == [] for r in result.records)
    assert [e.value for e in by_name(result, "Maria").emails] == ["maria.garcia@example.com"]


def test_a_linkedin_file_without_rows_is_an_error():
    with pytest.raises(UnreadableFileError, match=r"Connections\.csv file has a header but no"):
        read("linkedin_no_rows.csv")


# Google -----------------------------------------------------------------------------------


def test_google_current_layout():
    result = read("google_current.csv")
    assert result.format == "google-csv"
    chloe = by_name(result, "Chloé")
    assert (chloe.family_name, chloe.nickname) == ("Dubois", "Clo")
    assert (chloe.organization, chloe.title) == ("Exemple SA", "CTO")
    assert chloe.birthday == "--04-12"  # no year
    assert chloe.anniversary == "2015-06-20"
    # " ::: " joins two addresses of one label; "* " marks the primary one.
    assert [(e.value, e.label, e.preferred) for e in chloe.emails] == [
        ("chloe@exemple.fr", "work", True),
        ("chloe.d@example.com", "home", False),
        ("clo@example.net", "home", False),
    ]
    assert [(p.value, p.label) for p in chloe.phones] == [
        ("+33 6 12 34 56 78", "cell"),
        ("+33 4 72 00 00 00", "work fax"),
    ]
    (address,) = chloe.addresses
    assert (address.street, address.locality, address.postal_code) == (
        "12 rue de l'Exemple",
        "Lyon",
        "69002",
    )
    assert (address.country, address.label) == ("France", "work")
    assert chloe.social_profiles == [
        SocialProfileValue("linkedin", "https://www.linkedin.com/in/chloe-dubois")
    ]
    assert [(u.value, u.label) for u in chloe.urls] == [("https://chloe.example.fr/blog", "blog")]
    assert chloe.relations == [RelationValue(kind="spouse", name="Marc Dubois", label="Spouse")]
    assert chloe.introduced_by_name == "Ann Lee"  # Google's "Referred by" relation


def test_google_labels_become_tags_and_starred_a_favourite():
    result = read("google_current.csv")
    chloe = by_name(result, "Chloé")
    assert chloe.tags == ["Clients", "Lyon 2022"]  # "* myContacts" dropped
    assert chloe.favourite is True
    plumber = next(r for r in result.records if r.organization == "Example Plumbing Ltd")
    assert plumber.tags == ["Suppliers"]
    assert not plumber.favourite


def test_google_quoted_newlines_and_custom_fields_stay_in_the_note():
    chloe = by_name(read("google_current.csv"), "Chloé")
    assert chloe.note == "Met at the Lyon meetup.\nLikes climbing.\n\nShoe size: 38"


def test_google_bad_values_are_warnings_and_the_contact_stays():
    result = read("google_current.csv")
    assert messages(result) == [
        (2, 6, "birthday '1980-02-30' is not a date netbook reads; left out", False),
        (2, 6, "'not-an-email' is not an email address; left out", False),
        (4, 8, "the row has no name, email, phone, company or profile link", True),
    ]
    bob = by_name(result, "Bob")
    assert bob.birthday is None
    assert bob.emails == []
    assert [(p.value, p.label) for p in bob.phones] == [("(617) 555-0134", "home")]
    assert result.positions == [1, 2, 3]


def test_google_legacy_layout():
    result = read("google_legacy.csv")
    assert result.format == "google-csv"
    assert result.problems == []
    hannah = by_name(result, "Hannah")
    assert hannah.display_name == "Dr. Hannah Schmidt"
    assert (hannah.prefix, hannah.family_name, hannah.gender) == ("Dr.", "Schmidt", "F")
    assert (hannah.organization, hannah.title) == ("Beispiel AG", "Chair")
    assert [(e.value, e.label, e.preferred) for e in hannah.emails] == [
        ("h.schmidt@example.de", "work", True),
        ("hannah@example.com", "home", False),
    ]
    # Legacy "Group Membership": "* My Contacts" dropped, system group "* Friends" kept.
    assert hannah.tags == ["Friends", "Board"]
    assert hannah.note == "Board member.\n\nHobby: Sailing"
    assert [(u.value, u.label) for u in hannah.urls] == [("https://example.de/~hannah", "homepage")]
    kenji = by_name(result, "Kenji")
    assert kenji.favourite is True  # "* Starred"
    assert [p.value for p in kenji.phones] == ["+81 3-1234-5678", "+81 3-1234-9999"]
    assert kenji.phonetic_given_name == "ケンジ"


# Outlook ----------------------------------------------------------------------------------


def test_outlook_export_in_windows_1252():
    result = read("outlook.csv")
    assert result.format == "outlook-csv"
    helene = by_name(result, "Hélène")
    assert (helene.prefix, helene.family_name) == ("Mme", "Lefèvre")
    assert (helene.organization, helene.department, helene.title) == (
        "Société Générale d'Exemples",
        "Achats",
        "Responsable achats",
    )
    assert helene.note == (
        "Rencontrée au salon 2019.\nPréfère le téléphone — jamais le lundi.\n\nHobby: Ski de fond"
    )


def test_outlook_referred_by_categories_and_relations():
    helene = by_name(read("outlook.csv"), "Hélène")
    assert helene.introduced_by_name == "Paul Côté"
    assert helene.how_met.channel == "introduction"
    assert helene.tags == ["Clients", "Salon 2019"]  # Outlook separates categories with ";"
    assert helene.relations == [RelationValue(kind="spouse", name="André Lefèvre")]
    assert helene.gender == "F"
    assert helene.birthday == "1979-07-14"
    assert helene.anniversary is None  # "0/0/00"


def test_outlook_addresses_phones_and_emails_with_labels():
    helene = by_name(read("outlook.csv"), "Hélène")
    work, home = helene.addresses
    assert (work.label, work.street, work.locality) == (
        "work",
        "5 place de l'Église\nBâtiment B",
        "Québec",
    )
    assert (work.region, work.postal_code, work.country) == ("QC", "G1R 4P5", "Canada")
    assert (home.label, home.street, home.locality) == ("home", "18 rue des Érables", "Lévis")
    # "Primary Phone" repeats the mobile number: that one is marked preferred, not doubled.
    assert [(p.value, p.label, p.preferred) for p in helene.phones] == [
        ("+1 418 555 0199", "cell", True),
        ("+1 418 555 0101", "work", False),
        ("+1 418 555 0102", "home", False),
        ("+1 418 555 0110", "work fax", False),
    ]
    # The second address is an Exchange directory entry; its display name has the real one.
    assert [e.value for e in helene.emails] == [
        "helene.lefevre@example.ca",
        "h.lefevre@example.com",
    ]
    assert helene.social_profiles == [
        SocialProfileValue("linkedin", "https://www.linkedin.com/in/helene-lefevre")
    ]


def test_outlook_company_only_row_is_an_organisation_and_bad_dates_warn():
    result = read("outlook.csv")
    contoso = next(r for r in result.records if r.organization == "Contoso Ltd")
    assert contoso.kind == "organization"
    assert [(p.value, p.label) for p in contoso.phones] == [("+44 20 7946 0018", "main")]
    assert messages(result) == [
        (3, 5, "Birthday '31/31/1980' is not a date netbook reads; left out", False)
    ]
    greg = by_name(result, "Greg")
    assert greg.birthday == "1980-12-25"
    assert [u.value for u in greg.urls] == ["www.fabrikam.example"]


def test_outlook_german_headers_semicolons_and_dotted_dates():
    result = read("outlook_german_semicolon.csv")
    assert result.format == "outlook-csv"
    assert result.problems == []
    jorg = by_name(result, "Jörg")
    assert (jorg.prefix, jorg.family_name, jorg.organization, jorg.title) == (
        "Herr",
        "Weiß",
        "Größe & Co. KG",
        "Geschäftsführer",
    )
    assert jorg.birthday == "1968-07-03"
    assert jorg.tags == ["Kunden", "Messe München"]
    assert jorg.introduced_by_name == "Hannah Schmidt"
    assert [(p.value, p.label) for p in jorg.phones] == [
        ("+49 170 1234567", "cell"),
        ("+49 89 123456", "work"),
    ]
    assert jorg.addresses[0].locality == "München"
    anna = by_name(result, "Anna")
    assert [(p.value, p.label) for p in anna.phones] == [("030 1234567", "home")]


def test_outlook_french_headers_title_twice_and_day_first_dates():
    result = read("outlook_french.csv")
    assert result.format == "outlook-csv"
    etienne = by_name(result, "Étienne")
    # French Outlook names both the prefix and the job title "Titre".
    assert (etienne.prefix, etienne.title) == ("M.", "Directeur commercial")
    assert (etienne.organization, etienne.department) == ("Exemple SARL", "Ventes")
    # "25/12/1990" in the same file shows its dates are day first, so 05/04 is 5 April.
    assert etienne.birthday == "1982-04-05"
    assert by_name(result, "Inès").birthday == "1990-12-25"
    assert etienne.tags == ["Partenaires"]

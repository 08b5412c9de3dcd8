"""No silent guesses (issue 9, item 10): a value netbook cannot read is dropped in words.

An unknown X-NETBOOK boolean is left out with a warning instead of becoming true or false; a
CSV file that mixes encodings keeps its UTF-8 rows and reads the others as cp1252, each such
row with a warning; a runaway quote is reported on its row, which is recovered on its own line
instead of swallowing the next one.
"""

from __future__ import annotations

import json

import pytest

from netbook.formats.csv.reading import read_csv
from netbook.formats.csv.table import RUNAWAY_QUOTE
from netbook.formats.vcard import read_vcards
from tests.cli.test_cli import netbook

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _card(*lines: str) -> bytes:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\n{body}END:VCARD\r\n".encode()


def _row(i: int, first: str = "", stray: str = "") -> str:
    first = first or f"First{i}"
    return (
        f"{stray}{first},Last{i},https://www.linkedin.com/in/p{i},p{i}@example.com,"
        f"Acme,Engineer,01 Jan 2020\n"
    )


# -- X-NETBOOK booleans ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("X-NETBOOK-FAVOURITE:maybe", "favourite is 'maybe'"),
        ("X-NETBOOK-ARCHIVED:1", "archived is '1'"),
        ("X-NETBOOK-MET-IN-PERSON:YES;2020-01-01;Berlin", "met in person is 'YES'"),
    ],
)
def test_an_unknown_boolean_is_dropped_with_a_warning(line, what):
    result = read_vcards(_card(line))
    [record] = result.records
    assert (record.favourite, record.archived, record.met_in_person) == (False, False, False)
    assert record.met_in_person_date is None  # the whole property is left out, not half of it
    assert record.extra_properties == []
    [problem] = result.problems
    assert (problem.card, problem.line, problem.dropped) == (1, 4, False)
    assert problem.message.startswith(what)
    assert "neither TRUE nor FALSE" in problem.message


def test_the_documented_spellings_are_read():
    result = read_vcards(
        _card(
            "X-NETBOOK-FAVOURITE:TRUE",
            "X-NETBOOK-ARCHIVED:true",
            "X-NETBOOK-MET-IN-PERSON:False;;",
        )
    )
    [record] = result.records
    assert (record.favourite, record.archived, record.met_in_person) == (True, True, False)
    assert result.problems == []
    empty = read_vcards(_card("X-NETBOOK-FAVOURITE:", "X-NETBOOK-MET-IN-PERSON:;2020-05-04;Oslo"))
    [record] = empty.records
    assert record.favourite is False
    assert (record.met_in_person, str(record.met_in_person_date)) == (False, "2020-05-04")
    assert empty.problems == []


# -- CSV encodings ---------------------------------------------------------------------------


def test_a_csv_mixing_utf8_and_cp1252_keeps_each_row_in_its_own_encoding():
    data = (
        LINKEDIN_HEADER.encode()
        + _row(1, "José").encode("utf-8")
        + _row(2, "Jürgen").encode("cp1252")
        + _row(3, "Zoë").encode("utf-8")
        + _row(4, "Ærøskøbing").encode("cp1252")
    )
    result = read_csv(data)
    assert [r.given_name for r in result.records] == ["José", "Jürgen", "Zoë", "Ærøskøbing"]
    warnings = [(p.card, p.line, p.message) for p in result.problems]
    assert warnings == [
        (
            None,
            None,
            "the file mixes encodings: 2 row(s) are not utf-8 text and were read as cp1252; "
            "the other rows were read as utf-8",
        ),
        (2, 3, "this row is not UTF-8 like the rest of the file; it was read as cp1252"),
        (4, 5, "this row is not UTF-8 like the rest of the file; it was read as cp1252"),
    ]


def test_a_csv_wholly_in_cp1252_is_read_without_a_warning():
    data = (LINKEDIN_HEADER + _row(1, "Jürgen") + _row(2, "Renée")).encode("cp1252")
    result = read_csv(data)
    assert [r.given_name for r in result.records] == ["Jürgen", "Renée"]
    assert result.problems == []


# -- runaway quotes --------------------------------------------------------------------------


def test_300_unterminated_quotes_are_300_warnings_not_300_merged_contacts():
    rows = [_row(i, stray='"' if i % 2 == 0 else "") for i in range(600)]
    result = read_csv((LINKEDIN_HEADER + "".join(rows)).encode())
    assert len(result.records) == 600
    assert [r.given_name for r in result.records] == [f"First{i}" for i in range(600)]
    assert all("\n" not in (r.given_name or "") for r in result.records)
    runaway = [p for p in result.problems if p.message == RUNAWAY_QUOTE]
    assert len(runaway) == len(result.problems) == 300
    assert [p.card for p in runaway] == list(range(1, 601, 2))
    assert [p.line for p in runaway] == list(range(2, 602, 2))


def test_a_quoted_field_over_several_lines_is_not_a_runaway():
    text = LINKEDIN_HEADER + (
        'Ann,Lee,,ann@example.com,"Acme\nInternational",CTO,01 Jan 2020\n'
        'Bob,Ray,,bob@example.com,Initech,"Head of\nSales",02 Feb 2021\n'
    )
    result = read_csv(text.encode())
    assert [(r.organization, r.title) for r in result.records] == [
        ("Acme\nInternational", "CTO"),
        ("Initech", "Head of\nSales"),
    ]
    assert result.problems == []


def test_the_command_line_reports_runaway_and_mixed_rows_by_number(tmp_path):
    path = tmp_path / "connections.csv"
    path.write_bytes(
        LINKEDIN_HEADER.encode()
        + _row(1, "José").encode()
        + _row(2, stray='"').encode()
        + _row(3, "Jürgen").encode("cp1252")
        + _row(4).encode()
    )
    db = str(tmp_path / "book.sqlite3")
    done = netbook("--db", db, "import", str(path), "--json")
    assert done.returncode == 0, done.stderr
    [file] = json.loads(done.stdout)["files"]
    assert file["imported"] == 4
    by_row = {(p["card"], p["message"]) for p in file["problems"] if p["card"]}
    assert (2, RUNAWAY_QUOTE) in by_row
    assert (3, "this row is not UTF-8 like the rest of the file; it was read as cp1252") in by_row
    names = {c["display_name"] for c in json.loads(netbook("--db", db, "list", "--json").stdout)}
    assert names == {"José Last1", "First2 Last2", "Jürgen Last3", "First4 Last4"}


def test_netbooks_csv_story_fields_are_not_guessed_at():
    text = (
        "First Name,Last Name,E-mail 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value,"
        "Custom Field 2 - Label,Custom Field 2 - Value\n"
        "Ann,Lee,ann@example.com,netbook: met in person,maybe,netbook: met on,someday\n"
        "Bob,Ray,bob@example.com,netbook: met in person,no,,\n"
        "Cy,Tan,cy@example.com,netbook: met in person,2021-06-01,,\n"
    )
    result = read_csv(text.encode())
    ann, bob, cy = result.records
    assert (ann.met_in_person, ann.how_met.date) == (False, None)
    assert ann.note == "netbook: met in person: maybe\nnetbook: met on: someday"
    assert bob.met_in_person is False  # "no" used to mean yes
    assert (cy.met_in_person, str(cy.met_in_person_date)) == (True, "2021-06-01")
    assert [(p.card, p.message) for p in result.problems] == [
        (1, "'netbook: met in person' is 'maybe', not a date; it was kept in the note"),
        (1, "'netbook: met on' is 'someday', not a date; it was kept in the note"),
    ]

"""Encodings, delimiters, broken rows and hostile input: what real CSV files throw at us."""

from __future__ import annotations

import codecs

import pytest

from netbook.formats.csv import reading as csv_import
from netbook.formats.csv.reading import csv_headers, looks_like_csv, read_csv
from netbook.formats.csv.table import FIELD_LIMIT, RUNAWAY_QUOTE
from netbook.formats.csv.text import decode
from netbook.formats.parsed import UnreadableFileError
from tests.conftest import DATA

CSV = DATA / "csv"


def sample(name: str) -> bytes:
    return (CSV / name).read_bytes()


def names(result) -> list[str]:
    return [r.best_display_name() for r in result.records]


# Encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("linkedin_connections.csv", "utf-8"),
        ("google_current.csv", "utf-8-sig"),
        ("outlook.csv", "cp1252"),
        ("google_utf16_tab.csv", "utf-16-le"),
    ],
)
def test_encoding_of_each_sample_is_detected(name, encoding):
    assert decode(sample(name)).encoding == encoding


def test_utf16_without_bom_in_either_byte_order():
    text = sample("google_utf16_tab.csv").decode("utf-16")
    for encoding in ("utf-16-le", "utf-16-be"):
        result = read_csv(text.encode(encoding))
        assert result.format == "google-csv"
        assert names(result) == ["Chloé Dubois", "Bob Stone"]


def test_utf16_tab_separated_file_from_excel():
    result = read_csv(sample("google_utf16_tab.csv"))
    assert result.format == "google-csv"
    assert result.records[0].organization == "Exemple SA"
    assert result.records[0].tags == ["Clients", "Lyon 2022"]


def test_utf8_with_bom_and_utf32_with_bom():
    text = sample("linkedin_connections_old.csv").decode("utf-8")
    for data in (codecs.BOM_UTF8 + text.encode("utf-8"), text.encode("utf-32")):
        assert names(read_csv(data)) == ["Maria Garcia", "Tom Berg", "Lena Kraus"]


def test_cp1252_accents_are_not_mistaken_for_utf8():
    result = read_csv(sample("outlook.csv"))
    assert result.records[0].given_name == "Hélène"
    assert "—" in (result.records[0].note or "")  # 0x97 in cp1252


def test_utf8_with_a_few_damaged_bytes_stays_utf8_and_says_so():
    good = sample("linkedin_connections.csv")
    damaged = good.replace("Jürgen".encode(), b"J\xfcrgen")  # one Latin-1 byte in UTF-8
    result = read_csv(damaged)
    assert any(r.given_name == "Zoë" for r in result.records)  # the rest is still UTF-8
    assert result.problems[0].message == (
        "1 byte(s) were not valid utf-8 text and were replaced with \ufffd"
    )
    assert result.problems[0].dropped is False


# Delimiters and layout --------------------------------------------------------------------


def test_semicolon_delimited_file():
    result = read_csv(sample("outlook_german_semicolon.csv"))
    assert names(result) == ["Herr Jörg Weiß", "Anna Schäfer"]


def test_tab_and_pipe_delimited_files():
    text = sample("linkedin_connections_old.csv").decode()
    for delimiter in ("\t", "|"):
        result = read_csv(text.replace(",", delimiter).encode())
        assert result.format == "linkedin-csv"
        assert names(result) == ["Maria Garcia", "Tom Berg", "Lena Kraus"]


def test_excel_sep_line_names_the_delimiter():
    text = "sep=;\r\n" + sample("linkedin_connections_old.csv").decode().replace(",", ";")
    result = read_csv(text.encode())
    assert names(result) == ["Maria Garcia", "Tom Berg", "Lena Kraus"]
    assert result.problems == []


def test_quoted_newlines_and_old_mac_line_ends():
    result = read_csv(sample("quoted_newlines.csv"))
    ida, jon = result.records
    assert ida.addresses[0].street == "Unit 4\n200 Example Road"
    assert ida.note == 'First line\nsecond line, with a comma\n"quoted"'
    assert jon.emails[0].value == "jon@example.com"
    assert result.positions == [1, 2]


# Broken rows ------------------------------------------------------------------------------


def test_ragged_rows_unclosed_quote_and_blank_rows():
    result = read_csv(sample("ragged.csv"))
    assert result.format == "linkedin-csv"
    # Short rows are padded, a row of delimiters is blank, the row with the runaway quote is
    # read on its own line without the stray quote (with a warning) and the rows after it
    # still come in.
    assert names(result) == [
        "Nora Quinn",
        "Omar Haddad",
        "Rita Lopez",
        "Ugo Bianchi",
        "Vera Novak",
        "Walt Ek",
    ]
    assert result.positions == [1, 2, 3, 4, 5, 6]
    assert [(p.card, p.line, p.message, p.dropped) for p in result.problems] == [
        (
            2,
            3,
            "the row has 8 cells but the header has 7; the 1 extra value(s) were ignored",
            False,
        ),
        (2, 3, "'Connected On' date 'Partner' is not a date netbook reads", False),
        (4, 6, RUNAWAY_QUOTE, False),
    ]


def test_huge_field_is_left_out_with_a_warning_and_the_row_kept(tmp_path):
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    huge = "x" * (FIELD_LIMIT + 10)
    text = header + f'Ann,Lee,,,"{huge}",Engineer,15 Mar 2019\nBo,Ek,,,Acme,CEO,16 Mar 2019\n'
    path = tmp_path / "huge.csv"
    path.write_text(text, encoding="utf-8")
    result = read_csv(path.read_bytes())
    ann, bo = result.records
    assert ann.organization is None
    assert ann.title == "Engineer"
    assert bo.organization == "Acme"
    (problem,) = result.problems
    assert (problem.card, problem.line, problem.dropped) == (1, 2, False)
    assert problem.message.startswith("column 'Company' holds 1.0 million characters")


def test_rows_beyond_the_cap_are_reported_not_read(monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_ROWS", 2)
    result = read_csv(sample("linkedin_connections_old.csv"))
    assert len(result.records) == 2
    (problem,) = result.problems
    assert problem.message == "the file has more than 2 rows; the rest were not read"
    assert problem.line == 4


def test_the_file_wide_warnings_count_the_rows_beyond_the_cap_too(monkeypatch):
    # The rows stream by (formats/csv/file_wide.py); the warnings about the whole file still
    # see every row, as when the records were all read first.
    monkeypatch.setattr(csv_import, "MAX_ROWS", 1)
    header = sample("linkedin_connections_old.csv").decode().splitlines()[0] + ",Tags\n"
    data = (header + "Jürgen,Müller,,Contoso,CFO,3/15/19,\n").encode()
    # Past the cap: two rows pasted from a cp1252 file, one with a Tags cell.
    data += "Zoë,Dubé,,Société,Chef,3/15/19,vip\nRenée,Noël,,Café,Chef,1/2/2014,\n".encode("cp1252")
    result = read_csv(data)
    assert [(p.card, p.line, p.message) for p in result.problems] == [
        (None, 1, "columns netbook does not read were ignored: Tags"),
        (
            None,
            None,
            "the file mixes encodings: 2 row(s) are not utf-8 text and were read as cp1252; "
            "the other rows were read as utf-8",
        ),
        (None, 3, "the file has more than 1 rows; the rest were not read"),
    ]
    assert len(result.records) == 1


def test_columns_the_dialect_does_not_read_are_named_once():
    text = sample("linkedin_connections_old.csv").decode().splitlines()
    text[0] += ",Tags"
    text[1] += ",vip"
    result = read_csv("\n".join(text).encode())
    assert [(p.card, p.line, p.message) for p in result.problems] == [
        (None, 1, "columns netbook does not read were ignored: Tags")
    ]
    assert len(result.records) == 3


# Files that are not (readable) CSV --------------------------------------------------------


def test_unknown_layout_lists_headers_found_and_understood():
    with pytest.raises(UnreadableFileError) as caught:
        read_csv(sample("unknown_layout.csv"))
    message = str(caught.value)
    assert "\n" not in message
    assert "found: Full name, E-mail, Cell, Employer, Where we met, Met on, Groups" in message
    assert "LinkedIn Connections.csv (First Name, Last Name, URL" in message
    assert "Google Contacts CSV" in message
    assert "Outlook CSV" in message
    assert "map the columns" in message


def test_first_and_last_name_alone_are_not_mistaken_for_google_or_outlook():
    with pytest.raises(UnreadableFileError, match="found: First Name, Last Name, Email, Phone"):
        read_csv(b"First Name,Last Name,Email,Phone\nAnn,Lee,ann@example.com,555\n")


@pytest.mark.parametrize("data", [b"", b"  \r\n\r\n"])
def test_empty_file_is_an_error(data):
    with pytest.raises(UnreadableFileError, match="empty"):
        read_csv(data)


def test_binary_file_is_an_error():
    png = (DATA / "photo.png").read_bytes()
    with pytest.raises(UnreadableFileError, match="binary"):
        read_csv(png)


@pytest.mark.parametrize(
    "name",
    [
        "linkedin_connections.csv",
        "google_utf16_tab.csv",
        "outlook.csv",
        "unknown_layout.csv",
        "ragged.csv",
        "quoted_newlines.csv",
    ],
)
def test_looks_like_csv_for_csv_files(name):
    assert looks_like_csv(sample(name))


@pytest.mark.parametrize(
    "data",
    [
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann, Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n",
        b"\xef\xbb\xbfBEGIN:VCARD\nVERSION:2.1\nN:Lee;Ann\nEND:VCARD\n",
        b'[{"given_name": "Ann", "family_name": "Lee"}]',
        b"<html><body>a, b</body></html>",
        b"",
        b"just one line of prose without any delimiter\n",
    ],
)
def test_looks_like_csv_rejects_other_files(data):
    assert not looks_like_csv(data)


def test_looks_like_csv_rejects_images():
    assert not looks_like_csv((DATA / "photo.jpg").read_bytes())
    assert not looks_like_csv((DATA / "photo.png").read_bytes())


def test_csv_headers_for_the_mapping_dialog():
    assert csv_headers(sample("unknown_layout.csv")) == [
        "Full name",
        "E-mail",
        "Cell",
        "Employer",
        "Where we met",
        "Met on",
        "Groups",
    ]
    # The LinkedIn preamble is skipped; the BOM of a Google file is not part of a header.
    assert csv_headers(sample("linkedin_connections.csv"))[:3] == ["First Name", "Last Name", "URL"]
    assert csv_headers(sample("google_current.csv"))[0] == "First Name"
    assert csv_headers(b"") == []

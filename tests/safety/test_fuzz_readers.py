"""Hostile input, generated: the vCard and CSV readers on files Hypothesis builds (issue 9, 12).

Every input is a random sequence of pieces that matter to the parsers (property names,
parameters, delimiters, quotes, line ends, folds, BOMs, bytes that are not UTF-8, photos whole,
cut short or refused) mixed with raw bytes. Whatever the input, a reader either returns its
result, consistent (a position per record, problems pointing at real cards and lines), or
raises netbook's own `UnreadableFileError` with a one-line message; any other exception is a
bug. Memory is bounded too: the Python heap a reader needs at its peak (tracemalloc) stays
within a fixed allowance plus a small multiple of the input's size, so no small input can make
a reader blow up.

The runs are derandomised (the same examples every time, so a failure is repeatable and CI is
steady) and keep no example database (nothing is written to the working tree). Each test is
limited in examples so the file takes a few seconds.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import tracemalloc
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from netbook.formats.csv.mapped import MAPPABLE_FIELDS
from netbook.formats.csv.reading import csv_headers, looks_like_csv, read_csv
from netbook.formats.parsed import ParseResult, UnreadableFileError
from netbook.formats.vcard import looks_like_vcard, read_vcards

FUZZ = settings(
    max_examples=120,
    derandomize=True,
    database=None,
    # A generous bound per example: it catches a reader gone quadratic, not a busy machine.
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
)
# The heap a reader may use beyond its input: results, problems and the csv module's buffers.
HEAP_ALLOWANCE = 8 * 1024 * 1024
HEAP_PER_INPUT_BYTE = 64


def _image(fmt: str, size: tuple[int, int] = (6, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, format=fmt)
    return out.getvalue()


_PICTURES = [_image("PNG"), _image("JPEG"), _image("GIF"), _image("TIFF")]
_PHOTO_PAYLOADS = [base64.b64encode(p) for p in _PICTURES] + [
    base64.b64encode(p)[: len(p) // 2] for p in _PICTURES
]

VCARD_PIECES = [
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"VERSION:2.1\r\n",
    b"VERSION:3.0\r\n",
    b"VERSION:4.0\r\n",
    b"FN:",
    b"N:",
    b"ORG:",
    b"EMAIL;TYPE=work,pref:",
    b"TEL;TYPE=cell:",
    b"ADR;TYPE=home:;;",
    b"BDAY:",
    b"ANNIVERSARY:",
    b"UID:",
    b"CATEGORIES:",
    b"NOTE:",
    b"KIND:group\r\n",
    b"MEMBER:urn:uuid:",
    b"RELATED;TYPE=friend:",
    b"X-ABRELATEDNAMES:",
    b"item1.",
    b"item1.X-ABLabel:",
    b"IMPP:xmpp:",
    b"X-SOCIALPROFILE;TYPE=twitter:",
    b"AGENT:\r\n",
    b"PHOTO;ENCODING=b;TYPE=PNG:",
    b"PHOTO;ENCODING=BASE64:",
    b"PHOTO:data:image/png;base64,",
    b"PHOTO;VALUE=uri:http://127.0.0.1:9/p.jpg",
    b"X-NETBOOK-FAVOURITE:",
    b"X-NETBOOK-ARCHIVED:",
    b"X-NETBOOK-MET-IN-PERSON:",
    b"X-NETBOOK-HOW-MET:event;",
    b"X-NETBOOK-INTRODUCED-BY:",
    b"X-NETBOOK-KEEP-IN-TOUCH:",
    b"X-NETBOOK-INTERACTION:2020-01-01;call;",
    b"X-NETBOOK-OPPORTUNITY:job_offer;",
    b";ENCODING=QUOTED-PRINTABLE",
    b";CHARSET=UTF-8",
    b";CHARSET=SHIFT_JIS",
    b";CHARSET=ISO-8859-1",
    b";TYPE=",
    b";VALUE=text",
    b";PREF=1",
    b"TRUE",
    b"maybe",
    b"YES",
    b"2020-02-30",
    b"--0412",
    b"19850412T000000Z",
    b"99999999999999999999",
    b"urn:uuid:00000000-0000-0000-0000-000000000001",
    b"\r\n",
    b"\n",
    b"\r",
    b"\r\n ",
    b"\r\n\t",
    b"=\r\n",
    b"=C3=A9",
    b":",
    b";",
    b",",
    b"=",
    b'"',
    b"\\",
    b"\\n",
    b"\\;",
    b"\x00",
    b"\x1b]8;;",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3\xa9",
    b"\xe9",
    b"\xc3",
    *_PHOTO_PAYLOADS,
]

CSV_PIECES = [
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    b"First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Labels,Notes,"
    b"Custom Field 1 - Label,Custom Field 1 - Value\n",
    b"First Name,Last Name,Company,Job Title,E-mail Address,Mobile Phone,Categories,Birthday\n",
    b"Vorname;Nachname;Firma;E-Mail-Adresse\n",
    b"Name\tEmail\tPhone\n",
    b"sep=;\n",
    b"Notes:\n",
    b"Ann,Lee,https://www.linkedin.com/in/ann,ann@example.com,Acme,CTO,01 Jan 2020\n",
    b"netbook: met in person",
    b"netbook: keep in touch every (days)",
    b"netbook: met on",
    b"* myContacts ::: Friends",
    b" ::: ",
    b"Ann",
    b"Jos\xc3\xa9",
    b"J\xfcrgen",
    b"+1 (555) 010-0000",
    b"a@b.c",
    b"2020-02-30",
    b"31/12/1999",
    b"=cmd|' /C calc'!A0",
    b"'",
    b",",
    b";",
    b"\t",
    b"|",
    b'"',
    b'""',
    b"\n",
    b"\r\n",
    b"\r",
    b"\x00",
    b"\x0c",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xe9",
    b"\x81",
    b"A" * 300,
]


def _files(pieces: list[bytes]) -> st.SearchStrategy[bytes]:
    piece = st.one_of(st.sampled_from(pieces), st.binary(max_size=12))
    return st.lists(piece, max_size=80).map(b"".join)


def _checked(result: ParseResult) -> None:
    """What every result promises, whatever the file was."""
    assert len(result.positions) == len(result.records)
    assert result.positions == sorted(result.positions)
    for problem in result.problems:
        assert problem.card is None or problem.card >= 1
        assert problem.line is None or problem.line >= 1
        assert problem.message
        assert "\n" not in problem.message


def _within_budget(read: Callable[[bytes], object], data: bytes) -> None:
    """Run `read(data)`: only netbook's own error may escape, and the heap stays bounded."""
    tracemalloc.start()
    try:
        try:
            result = read(data)
        except UnreadableFileError as exc:
            message = str(exc)
            assert message
            assert "\n" not in message
            result = None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < HEAP_ALLOWANCE + HEAP_PER_INPUT_BYTE * len(data), f"{peak} bytes at the peak"
    if isinstance(result, ParseResult):
        _checked(result)


# Warm up once, outside any measurement: the first call imports decoders lazily (Pillow's
# plugins, codecs), which is the process's cost, not the input's.
read_vcards(b"BEGIN:VCARD\r\nFN:A\r\nPHOTO;ENCODING=b:" + _PHOTO_PAYLOADS[0] + b"\r\nEND:VCARD\r\n")
read_csv(CSV_PIECES[0] + CSV_PIECES[7])


@FUZZ
@given(_files(VCARD_PIECES))
def test_any_vcard_file_is_read_or_refused_in_words(data):
    _within_budget(read_vcards, data)
    assert isinstance(looks_like_vcard(data), bool)


@FUZZ
@given(st.lists(_files(VCARD_PIECES), min_size=1, max_size=4))
def test_any_cards_inside_a_valid_envelope_are_read(bodies):
    data = b"".join(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + b"\r\nEND:VCARD\r\n" for body in bodies
    )
    _within_budget(read_vcards, data)


@FUZZ
@given(_files(CSV_PIECES))
def test_any_csv_file_is_read_or_refused_in_words(data):
    _within_budget(read_csv, data)
    assert isinstance(looks_like_csv(data), bool)
    try:
        headers = csv_headers(data)
    except UnreadableFileError:
        return
    assert all(isinstance(h, str) for h in headers)


@FUZZ
@given(
    _files(CSV_PIECES),
    st.dictionaries(
        st.sampled_from(["First Name", "Last Name", "Email", "Name", "Phone", "Notes", "x"]),
        st.sampled_from([*MAPPABLE_FIELDS, "no_such_field"]),
        max_size=4,
    ),
)
def test_any_csv_file_through_any_column_mapping_is_read_or_refused_in_words(data, mapping):
    _within_budget(lambda d: read_csv(d, mapping), data)

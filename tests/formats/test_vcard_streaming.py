"""Reading a vCard file in chunks gives exactly what reading it whole gives, wherever the
chunks end: inside a line, between CR and LF, inside a UTF-16 character or a fold."""

from __future__ import annotations

import codecs

import pytest

from netbook.formats.parsed import ParseResult, UnreadableFileError
from netbook.formats.vcard import VCardFile, read_vcards
from netbook.formats.vcard.lines import MAX_LINE_BYTES
from netbook.formats.vcard.stream import read_all
from tests.formats.make_reader_snapshot import CORPUS, FIXTURES, inputs
from tests.formats.reader_dump import dump_result

VCF_FILES = [p for p in [*inputs(FIXTURES), *inputs(CORPUS)] if p.suffix.lower() == ".vcf"]


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def _whole_or_error(data: bytes) -> dict[str, object]:
    try:
        return dump_result(read_vcards(data))
    except UnreadableFileError as exc:
        return {"error": str(exc)}


def _chunked_or_error(data: bytes, size: int) -> dict[str, object]:
    try:
        return dump_result(read_all(_chunks(data, size)))
    except UnreadableFileError as exc:
        return {"error": str(exc)}


@pytest.mark.parametrize("path", VCF_FILES, ids=[p.name for p in VCF_FILES])
def test_chunks_of_any_size_read_as_the_whole_file(path):
    data = path.read_bytes()
    whole = _whole_or_error(data)
    for size in (1, 2, 7, 4095, 65536):
        assert _chunked_or_error(data, size) == whole, size


def test_cr_lf_split_between_chunks_is_one_line_end():
    data = b"BEGIN:VCARD\r\nFN:Ann\r\r\nNOTE:a\r\n b\r\nEND:VCARD\r\n"
    for cut in range(1, len(data)):
        result = read_all([data[:cut], data[cut:]])
        assert [(r.display_name, r.note) for r in result.records] == [("Ann", "ab")], cut
        assert result.problems == [], cut


def test_utf16_split_inside_a_character():
    data = codecs.BOM_UTF16_LE + "BEGIN:VCARD\r\nFN:Jürgen 山田\r\nEND:VCARD\r\n".encode(
        "utf-16-le"
    )
    for cut in range(1, len(data)):
        [record] = read_all([data[:cut], data[cut:]]).records
        assert record.display_name == "Jürgen 山田", cut


def test_batches_hold_a_few_hundred_records_each():
    data = b"".join(b"BEGIN:VCARD\r\nFN:P%d\r\nEND:VCARD\r\n" % i for i in range(1, 1201))
    reading = VCardFile(_chunks(data, 4096), batch_records=500)
    sizes = [len(batch.records) for batch in reading.batches()]
    assert sum(sizes) == 1200
    assert max(sizes) < 520


def test_a_line_that_never_ends_is_dropped_without_being_held():
    head = b"BEGIN:VCARD\r\nFN:Ann\r\nNOTE:"
    filler = b"x" * (1024 * 1024)
    # 40 MB of one line, given as a generator: the reader never holds more than the cap.
    chunks = (head if i == 0 else filler for i in range(41))
    reading = VCardFile([*(), *chunks])
    batches: list[ParseResult] = list(reading.batches())
    records = [r for b in batches for r in b.records]
    problems = [p for b in batches for p in b.problems]
    assert [r.display_name for r in records] == ["Ann"]
    assert any(f"longer than {MAX_LINE_BYTES // (1024 * 1024)} MB" in p.message for p in problems)


def test_an_empty_stream_is_an_empty_file():
    with pytest.raises(UnreadableFileError, match="empty"):
        list(VCardFile([]).batches())

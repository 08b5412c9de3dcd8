"""The fast paths of the vCard reader give what the careful ones give, on real files.

The unfolder reads most lines on a plain path (a line and its folds joined, nothing else
looked at) and hands quoted-printable lines, blank-line quirks, over-long lines and the end of
each block back to the careful path, which applies every rule. Parsed heads are shared by the
lines that start with the same bytes, with their TYPE values, labels and preferred flag worked
out once. Each test reads the fixture files of tests/data (and the shared corpus when it is
beside the project) both ways, or checks what sharing must never leak.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netbook.formats.vcard import read_vcards
from netbook.formats.vcard.content import property_of, split_line
from netbook.formats.vcard.encoding import NotTextError, to_ascii_compatible
from netbook.formats.vcard.labels import phone_label
from netbook.formats.vcard.lines import SplitFile, _Splitter, _Unfolder
from tests.formats.make_reader_snapshot import CORPUS, FIXTURES, inputs

VCARDS = FIXTURES / "vcards"
VCF_FILES = [p for p in [*inputs(FIXTURES), *inputs(CORPUS)] if p.suffix.lower() == ".vcf"]


class _CountingSplitter(_Splitter):
    """The real splitter, counting the lines the plain path hands it."""

    def __init__(self) -> None:
        super().__init__()
        self.plain_lines = 0

    def feed_lines(self, lines: list[tuple[int, bytes]]) -> None:
        self.plain_lines += len(lines)
        super().feed_lines(lines)


class _CountingUnfolder(_Unfolder):
    """The real unfolder, counting the logical lines the careful path ends."""

    def __init__(self, splitter: _Splitter) -> None:
        super().__init__(splitter)
        self.careful_lines = 0

    def flush(self) -> None:
        if self.pieces and not self.too_long:
            self.careful_lines += 1
        super().flush()


class _CarefulUnfolder(_Unfolder):
    """The unfolder with the plain path switched off: every line by every rule."""

    def _feed_plain(self, lines: list[bytes], start: int, first: int) -> int:
        return self._feed_careful(lines, start, first, hand_back=False)


def _text(path: Path) -> bytes | None:
    try:
        return to_ascii_compatible(path.read_bytes())[0]
    except NotTextError:
        return None


def _split(unfolder: _Unfolder, data: bytes, chunk: int) -> SplitFile:
    """`data` given in pieces of whole lines (as CardStream gives them) of about `chunk` bytes."""
    piece: list[bytes] = []
    for line in data.splitlines(keepends=True):
        piece.append(line)
        if sum(map(len, piece)) >= chunk:
            unfolder.feed(b"".join(piece))
            piece = []
    unfolder.feed(b"".join(piece))
    return unfolder.finish()


def _cards(split: SplitFile) -> list[tuple[object, ...]]:
    return [
        (c.number, c.line, c.lines, c.problems, c.complete, c.dropped, c.size) for c in split.cards
    ]


@pytest.mark.parametrize("path", VCF_FILES, ids=[p.name for p in VCF_FILES])
def test_the_plain_path_splits_every_file_as_the_careful_path_does(path):
    data = _text(path)
    if data is None:
        return  # a binary file: refused before any line is split (test_vcard_robustness)
    fast = _split(_Unfolder(_Splitter()), data, len(data) or 1)
    careful = _split(_CarefulUnfolder(_Splitter()), data, len(data) or 1)
    assert _cards(fast) == _cards(careful)
    assert (fast.problems, fast.saw_marker) == (careful.problems, careful.saw_marker)


def _lines_by_path(name: str) -> tuple[int, int, int]:
    """How many logical lines of the fixture each path read, and how many it has."""
    data = _text(VCARDS / name)
    assert data is not None
    splitter = _CountingSplitter()
    unfolder = _CountingUnfolder(splitter)
    unfolder.feed(data)
    split = unfolder.finish()
    markers = sum(2 for card in split.cards if card.complete)
    return (
        splitter.plain_lines,
        unfolder.careful_lines,
        markers + sum(len(card.lines) for card in split.cards),
    )


def test_a_plain_file_is_read_on_the_plain_path_but_its_first_and_last_lines():
    plain, careful, total = _lines_by_path("folding_space_tab_multibyte.vcf")
    # The first line (nothing before it to end) and the last (its folds might come with the
    # next block) are the careful path's.
    assert careful == 2
    assert plain == total - 2 > 0


def test_quoted_printable_lines_go_to_the_careful_path():
    plain, careful, total = _lines_by_path("quoted_printable_soft_breaks.vcf")
    data = (VCARDS / "quoted_printable_soft_breaks.vcf").read_bytes()
    soft_broken = data.count(b"QUOTED-PRINTABLE")
    assert soft_broken > 0
    assert careful >= soft_broken + 2
    assert plain > 0
    assert plain + careful == total


def test_blank_lines_and_mixed_line_ends_read_the_same_either_way():
    for name in ("line_endings_mixed.vcf", "broken_cards.vcf", "agent_nested.vcf"):
        data = _text(VCARDS / name)
        assert data is not None
        for chunk in (7, 64, len(data)):
            fast = _split(_Unfolder(_Splitter()), data, chunk)
            careful = _split(_CarefulUnfolder(_Splitter()), data, chunk)
            assert _cards(fast) == _cards(careful), (name, chunk)


def test_lines_of_one_head_share_it_and_its_labels():
    data = (VCARDS / "apple_item_labels.vcf").read_bytes()
    tel_lines = [line for line in data.splitlines() if line.startswith(b"TEL;")]
    assert tel_lines
    line = tel_lines[0]
    first, second = split_line(line), split_line(line + b"0")
    assert first is not None
    assert second is not None
    assert first[0] is second[0]
    head = first[0]
    assert head.types() == [t.upper() for t in head.type_values()]
    assert head.derived(phone_label) == phone_label(head.types())
    assert head.derived(phone_label) is head.derived(phone_label)


def test_a_property_gives_out_copies_of_the_shared_type_values():
    split = split_line(b"EMAIL;TYPE=INTERNET;TYPE=WORK:a@example.com")
    assert split is not None
    prop = property_of(1, split[0], split[1], unicode_file=False)
    prop.types().append("CHANGED")
    prop.type_values().append("changed")
    assert prop.types() == ["INTERNET", "WORK"]
    assert prop.type_values() == ["INTERNET", "WORK"]


def test_extra_properties_of_one_head_do_not_share_their_parameters():
    data = (VCARDS / "extras_verbatim.vcf").read_bytes()
    first, second = read_vcards(data + data).records  # the file twice over: two equal cards
    assert first.extra_properties == second.extra_properties
    for one, other in zip(first.extra_properties, second.extra_properties, strict=True):
        for (_, values), (_, other_values) in zip(one.params, other.params, strict=True):
            assert values is not other_values


def test_a_card_of_version_lines_only_holds_no_contact_data():
    data = (VCARDS / "apple_item_labels.vcf").read_bytes()
    header = b"\r\n".join(
        line for line in data.splitlines() if line.split(b":")[0] in (b"VERSION", b"PRODID")
    )
    assert header
    result = read_vcards(b"BEGIN:VCARD\r\n" + header + b"\r\nEND:VCARD\r\n")
    [problem] = result.problems
    assert (problem.dropped, problem.message) == (True, "the card holds no contact data")
    empty = read_vcards(b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    assert [p.message for p in empty.problems] == ["the card is empty"]

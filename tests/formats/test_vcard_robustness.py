"""One bad card, field or file never costs more than itself, and hostile input stays bounded."""

from __future__ import annotations

import pytest

from netbook.formats.parsed import UnreadableFileError
from netbook.formats.vcard import lines as vcard_lines
from netbook.formats.vcard import read_vcards
from tests.conftest import DATA

VCARDS = DATA / "vcards"


def test_broken_cards_are_reported_and_the_others_come_in():
    result = read_vcards((VCARDS / "broken_cards.vcf").read_bytes())
    assert [r.display_name for r in result.records] == [
        "First Fine",
        "Second Has No End",
        "Third After Missing End",
        "Fifth Fine",
        "Sixth Cut Short",
    ]
    assert result.positions == [1, 2, 3, 5, 6]
    problems = [(p.card, p.line, p.dropped) for p in result.problems]
    assert problems == [
        (2, 9, False),  # no END:VCARD: it ends where card 3 begins
        (3, 12, False),  # a garbage line inside card 3 is skipped
        (None, 15, True),  # text between cards
        (4, 16, True),  # an empty card
        (6, 25, False),  # the file is cut short inside card 6
    ]
    messages = [p.message for p in result.problems]
    assert "no END:VCARD" in messages[0]
    assert "this line is garbage" in messages[1]
    assert "cut short" in messages[4]
    assert result.records[2].phones[0].value == "+1 555 0103"


def test_agent_nests_a_card_and_nesting_is_bounded():
    result = read_vcards((VCARDS / "agent_nested.vcf").read_bytes())
    assert [r.display_name for r in result.records] == ["Paula Principal", "After The Deep One"]
    paula = result.records[0]
    assert paula.phones[0].value == "+1 555 0100"  # the line after the nested card is Paula's
    [agent] = paula.extra_properties
    assert agent.name == "AGENT"
    assert agent.value.startswith("BEGIN:VCARD\\nVERSION:2.1\\nN:Agent\\;Andy\\nFN:Andy Agent")
    [problem] = result.problems
    assert (problem.card, problem.dropped) == (2, True)
    assert "nested more than" in problem.message
    assert result.positions == [1, 3]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        ((VCARDS / "image_renamed.vcf").read_bytes(), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x00\x01\x02\x03\x00\x00\x00\x07" * 64, "binary"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "iCalendar"),
        (b"First Name,Last Name\r\nAnn,Lee\r\n", "no BEGIN:VCARD"),
    ],
)
def test_a_file_that_is_not_a_vcard_gets_a_one_line_error(data, message):
    with pytest.raises(UnreadableFileError, match=message) as caught:
        read_vcards(data)
    assert "\n" not in str(caught.value)


def test_lines_outside_cards_and_an_end_without_begin_are_reported_not_fatal():
    data = b"VERSION:3.0\r\nFN:Orphan\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Kept\r\nEND:VCARD\r\n"
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["Kept"]
    [problem] = result.problems
    assert (problem.card, problem.line, problem.dropped) == (None, 1, True)
    assert "END:VCARD without BEGIN:VCARD" in problem.message


def test_a_card_holding_nothing_is_dropped_with_a_reason():
    result = read_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nN:;;;;\r\nFN:\r\nEND:VCARD\r\n")
    assert result.records == []
    [problem] = result.problems
    assert (problem.card, problem.dropped, problem.message) == (
        1,
        True,
        "the card holds no contact data",
    )


def test_a_quoted_printable_value_ending_in_a_soft_break_does_not_swallow_the_next_card():
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE:ends=\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:B\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["A", "B"]
    assert result.records[0].note == "ends"


def test_odd_starts_continuation_and_empty_groups_are_read():
    data = b" BEGIN:VCARD\r\n.VERSION:3.0\r\n.FN:Dotted\r\nEND:VCARD\r\n"
    [record] = read_vcards(data).records
    assert record.display_name == "Dotted"


def test_unbalanced_quotes_in_parameters_are_survived():
    data = b'BEGIN:VCARD\r\nFN:Q\r\nEMAIL;TYPE="work:q@example.com\r\nEND:VCARD\r\n'
    [record] = read_vcards(data).records
    assert record.emails[0].value == "q@example.com"


def test_nul_bytes_inside_a_value_are_removed():
    [record] = read_vcards(b"BEGIN:VCARD\r\nFN:Nu\x00ll\r\nEND:VCARD\r\n").records
    assert record.display_name == "Null"


def test_a_line_over_the_cap_is_skipped_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(vcard_lines, "MAX_LINE_BYTES", 1000)
    data = (
        b"BEGIN:VCARD\r\nFN:Capped\r\nNOTE:"
        + b"x" * 600
        + b"\r\n "
        + b"y" * 600
        + b"\r\nEMAIL:kept@example.com\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    [record] = result.records
    assert record.note is None
    assert record.emails[0].value == "kept@example.com"
    [problem] = result.problems
    assert (problem.card, problem.line, problem.dropped) == (1, 3, False)
    assert "longer than" in problem.message


def test_a_card_over_the_size_cap_is_dropped_and_the_next_one_read(monkeypatch):
    monkeypatch.setattr(vcard_lines, "MAX_CARD_BYTES", 2000)
    big = b"".join(b"NOTE:" + b"z" * 70 + b"\r\n" for _ in range(40))
    data = (
        b"BEGIN:VCARD\r\nFN:Big\r\n" + big + b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nFN:Small\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["Small"]
    assert result.positions == [2]
    [problem] = result.problems
    assert (problem.card, problem.dropped) == (1, True)
    assert "larger than" in problem.message


def test_too_many_lines_in_one_card_drop_it(monkeypatch):
    monkeypatch.setattr(vcard_lines, "MAX_PROPERTIES", 10)
    lines = b"".join(b"EMAIL:e%d@example.com\r\n" % i for i in range(20))
    result = read_vcards(b"BEGIN:VCARD\r\nFN:Many\r\n" + lines + b"END:VCARD\r\n")
    assert result.records == []
    assert result.problems[0].dropped


def test_a_photo_over_the_cap_is_refused_before_decoding(monkeypatch):
    from netbook.formats import images

    monkeypatch.setattr(images, "MAX_PHOTO_BYTES", 100)
    data = (
        b"BEGIN:VCARD\r\nFN:Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
        + b"QUFB" * 200
        + b"\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    assert result.records[0].photo is None
    assert "larger than" in result.problems[0].message
    assert not result.problems[0].dropped


def test_remote_photos_are_kept_as_text_and_nothing_is_fetched(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the reader tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Remote\r\nPHOTO:http://127.0.0.1:9/p.jpg\r\n"
        b"LOGO:https://example.com/l.png\r\nEND:VCARD\r\n"
    )
    [record] = read_vcards(data).records
    assert record.photo.uri == "http://127.0.0.1:9/p.jpg"
    assert record.extra_properties[0].name == "LOGO"


def test_many_cards_with_one_broken_in_the_middle():
    good = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %d\r\nEND:VCARD\r\n"
    cards = [good % i for i in range(50)]
    cards[25] = b"BEGIN:VCARD\r\nVERSION:3.0\r\n\x01\x02garbage\r\n"
    result = read_vcards(b"".join(cards))
    assert len(result.records) == 49
    # Card 26 has no END, a garbage line, and nothing left to import once that is skipped.
    assert sorted((p.card, p.dropped) for p in result.problems) == [
        (26, False),
        (26, False),
        (26, True),
    ]


def test_a_stray_end_alone_loses_nothing_and_is_not_reported():
    data = b"BEGIN:VCARD\r\nFN:Twice Ended\r\nEND:VCARD\r\nEND:VCARD\r\n"
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["Twice Ended"]
    assert result.problems == []


def test_many_garbage_lines_in_one_card_are_summarised():
    # A photo whose folded lines lost their leading space: every line is garbage on its own.
    lines = b"".join(b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo%d\r\n" % i for i in range(40))
    data = b"BEGIN:VCARD\r\nFN:Unfolded\r\nPHOTO;ENCODING=b:\r\n" + lines + b"END:VCARD\r\n"
    result = read_vcards(data)
    assert [r.display_name for r in result.records] == ["Unfolded"]
    assert len(result.problems) == 4
    assert result.problems[-1].message == (
        "37 more lines that are not vCard properties were skipped (lines 7-43)"
    )


def test_a_quoted_printable_line_over_the_cap_does_not_take_the_card_with_it(monkeypatch):
    monkeypatch.setattr(vcard_lines, "MAX_LINE_BYTES", 200)
    soft = b"".join(b"=41" * 20 + b"=\r\n" for _ in range(10))
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Soft\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
        + soft
        + b"end\r\nTEL:+1 555 0100\r\n  folded\r\n  continuation\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data)
    [record] = result.records
    assert record.note is None
    assert record.phones[0].value == "+1 555 0100 folded continuation"
    assert any("longer than" in p.message for p in result.problems)


def test_folds_inside_the_parameters_still_mark_quoted_printable():
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Folded Params\r\nNOTE;ENCODING=QUOTED-\r\n"
        b" PRINTABLE;CHARSET=UTF-8:caf=C3=\r\n=A9 ok\r\nEND:VCARD\r\n"
    )
    [record] = read_vcards(data).records
    assert record.note == "café ok"

"""Reading LinkedIn archives: files recognised by header, streamed, bounded, never trusted."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import pytest

from netbook.formats.linkedin_archive import (
    Kind,
    LinkedInArchive,
    messages,
    recognise,
    rows,
    source,
)
from netbook.formats.linkedin_archive.invitations import Invitation
from netbook.formats.linkedin_archive.people import Person
from netbook.formats.parsed import Problem, UnreadableFileError
from netbook.formats.text_repair import repair
from tests.linkedin_archive_files import (
    ANN_URL,
    BOB_URL,
    CONNECTIONS,
    CONNECTIONS_NOTES,
    INVITATIONS,
    MESSAGE_HEADER,
    MESSAGES,
    OWNER_URL,
    basic_files,
    complete_files,
    csv_bytes,
    write_zip,
)


def kinds(archive: LinkedInArchive) -> dict[str, Kind]:
    return {p.member.name: p.kind for p in archive.parts}


def test_files_are_recognised_by_header_whatever_their_names(tmp_path):
    files = {
        "a/one.csv": csv_bytes(INVITATIONS),
        "b/two.csv": csv_bytes(MESSAGES, bom=True),
        "three.CSV": csv_bytes(CONNECTIONS, preamble=CONNECTIONS_NOTES),
        "picture.png": b"\x89PNG\r\n\x1a\n",
    }
    with LinkedInArchive(write_zip(tmp_path / "renamed.zip", files)) as archive:
        assert kinds(archive) == {
            "three.CSV": Kind.CONNECTIONS,
            "a/one.csv": Kind.INVITATIONS,
            "b/two.csv": Kind.MESSAGES,
        }
        [note] = archive.problems
        assert note.message == "files netbook does not read were left out: picture.png"


def test_complete_layout_kinds(tmp_path):
    with LinkedInArchive(write_zip(tmp_path / "c.zip", complete_files())) as archive:
        found = sorted(k.value for k in kinds(archive).values())
    assert found == sorted(k.value for k in Kind)


def test_recognise_only_takes_what_the_csv_reader_does_not(tmp_path):
    connections = tmp_path / "Connections.csv"
    connections.write_bytes(csv_bytes(CONNECTIONS, preamble=CONNECTIONS_NOTES))
    invitations = tmp_path / "whatever.txt"
    invitations.write_bytes(csv_bytes(INVITATIONS, bom=True))
    vcard = tmp_path / "a.vcf"
    vcard.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n")
    renamed_zip = tmp_path / "archive.dat"
    write_zip(renamed_zip, basic_files())
    assert not recognise(connections)  # Connections.csv alone: the CSV importer's, as before
    assert recognise(invitations)
    assert not recognise(vcard)
    assert recognise(renamed_zip)
    assert recognise(tmp_path)  # a folder


def test_messages_gathered_into_days_with_quoted_newlines_kept_as_written(tmp_path):
    with LinkedInArchive(write_zip(tmp_path / "m.zip", basic_files())) as archive:
        [part] = archive.of_kind(Kind.MESSAGES)
        days = archive.message_days(part, keep_text=True)
        gathered = dict(days.days.items())  # readable while the archive is open
    assert days.messages == len(MESSAGES) - 1
    assert days.problems == []
    assert set(gathered) == {
        ("conv-ann", dt.date(2023, 5, 4)),
        ("conv-ann", dt.date(2023, 4, 1)),
        ("conv-group", dt.date(2023, 6, 1)),
        ("conv-carl", dt.date(2022, 1, 1)),
    }
    coffee = gathered["conv-ann", dt.date(2023, 5, 4)]
    # The day's earliest message gives its first line, though the file lists it second.
    assert (coffee.first_at, coffee.first_line) == ("2023-05-04 09:30:00 UTC", "Hi Sam,")
    assert coffee.texts is not None
    assert sorted(coffee.texts)[0] == (
        "2023-05-04 09:30:00 UTC",
        "Ann Lee",
        "Hi Sam,\nare you free for a coffee next week?\nAnn",
    )
    intro = gathered["conv-ann", dt.date(2023, 4, 1)]
    assert intro.first_line == "Intro to Ã‰ric"  # the subject, as written
    assert repair(intro.first_line) == "Intro to Éric"
    assert days.people["conv-group"] == {
        Person("Bob Stone", BOB_URL),
        Person("Sam Owner", OWNER_URL),
        Person("Ann Lee", ANN_URL),
    }
    assert days.senders == {"Sam Owner": 1, "Ann Lee": 2, "Bob Stone": 1, "Carl Gone": 1}


def test_message_text_is_not_held_unless_kept(tmp_path):
    with LinkedInArchive(write_zip(tmp_path / "m.zip", basic_files())) as archive:
        days = archive.message_days(archive.of_kind(Kind.MESSAGES)[0], keep_text=False)
        gathered = dict(days.days.items())  # readable while the archive is open
    assert all(day.texts is None for day in gathered.values())


def test_drafts_short_rows_and_over_long_cells(tmp_path, monkeypatch):
    """A draft is left out; a row with fewer cells than the header, or with a cell longer than
    netbook keeps, is read cell by cell (the cell cut at the limit)."""
    monkeypatch.setattr(messages, "FIELD_LIMIT", 50)
    monkeypatch.setattr(rows, "FIELD_LIMIT", 50)
    header = [*MESSAGE_HEADER, "IS MESSAGE DRAFT"]
    sent = ["c1", "", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "2023-01-02 10:00:00 UTC"]
    table = [
        header,
        [*sent, "", "sent", "INBOX", "No"],
        ["c2", "", "Sam Owner", OWNER_URL, "Ann Lee", ANN_URL, "2023-01-03", "", "x", "", "Yes"],
        ["c3", "", "Bob Stone", BOB_URL, "Sam Owner", OWNER_URL, "2023-01-04", "", "short"],
        ["c4", "", "Bob Stone", BOB_URL, "Sam Owner", OWNER_URL, "2023-01-05", "", "y" * 80, ""],
    ]
    path = tmp_path / "messages.csv"
    path.write_bytes(csv_bytes(table))
    with LinkedInArchive(path) as archive:
        days = archive.message_days(archive.parts[0], keep_text=True)
        gathered = dict(days.days.items())  # readable while the archive is open
    assert days.messages == 3
    assert sorted(gathered) == [
        ("c1", dt.date(2023, 1, 2)),
        ("c3", dt.date(2023, 1, 4)),
        ("c4", dt.date(2023, 1, 5)),
    ]
    assert gathered["c3", dt.date(2023, 1, 4)].first_line == "short"
    assert gathered["c4", dt.date(2023, 1, 5)].first_line == "y" * 50


def test_dates_other_than_iso_are_read_too(tmp_path):
    table = [
        MESSAGE_HEADER,
        ["c1", "", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "5/4/23, 12:34 PM", "", "a", ""],
        ["c1", "", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "2023-05-04T08:00", "", "b", ""],
        ["c1", "", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "2023-05-0", "", "c", ""],
    ]
    path = tmp_path / "messages.csv"
    path.write_bytes(csv_bytes(table))
    with LinkedInArchive(path) as archive:
        days = archive.message_days(archive.parts[0], keep_text=False)
        gathered = dict(days.days.items())  # readable while the archive is open
    assert list(gathered) == [("c1", dt.date(2023, 5, 4))]
    assert [p.message for p in days.problems] == [
        "the message has no date netbook reads ('2023-05-0')"
    ]


def test_invitations_read_direction_dates_and_notes(tmp_path):
    path = tmp_path / "Invitations.csv"
    path.write_bytes(csv_bytes(INVITATIONS))
    with LinkedInArchive(path) as archive:
        [part] = archive.parts
        items = [i for i in archive.invitations(part) if isinstance(i, Invitation)]
    assert [(i.direction, i.sent_on) for i in items] == [
        ("incoming", dt.date(2019, 3, 10)),
        ("outgoing", dt.date(2020, 3, 30)),
        ("outgoing", dt.date(2024, 1, 2)),
    ]
    assert items[0].message == "Loved your talk at PyCon!\nLet's stay in touch."


def test_a_bad_row_is_reported_with_its_line_and_the_rest_read(tmp_path):
    rows = [MESSAGES[0], MESSAGES[1], ["", "", "X", "", "Y", "", "not a date", "", "hi", ""]]
    rows.append(MESSAGES[2])
    path = tmp_path / "messages.csv"
    path.write_bytes(csv_bytes(rows))
    with LinkedInArchive(path) as archive:
        days = archive.message_days(archive.parts[0], keep_text=False)
        gathered = dict(days.days.items())  # readable while the archive is open
    assert days.messages == 2
    assert list(gathered) == [("conv-ann", dt.date(2023, 5, 4))]
    [problem] = days.problems
    assert (problem.card, problem.line) == (2, 3)
    assert "no conversation id" in problem.message


def test_zip_bomb_stops_at_the_cap_of_bytes_actually_read(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_MEMBER_BYTES", 1024 * 1024)
    bomb = io.BytesIO()
    header = csv_bytes([MESSAGES[0]])
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        # 8 MB of one repeated row compress to a few kilobytes.
        z.writestr("messages.csv", header + b"a,b,c\n" * 1_400_000)
    path = tmp_path / "bomb.zip"
    path.write_bytes(bomb.getvalue())
    assert path.stat().st_size < 100_000
    with LinkedInArchive(path) as archive:
        items = archive.message_days(archive.parts[0], keep_text=False).problems
        read = archive.bytes_read()
    assert read <= 2 * 1024 * 1024  # the head read to recognise it, then the capped stream
    last = items[-1]
    assert isinstance(last, Problem)
    assert "larger than 1 MB uncompressed" in last.message


def test_total_cap_over_all_members(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_TOTAL_BYTES", 64 * 1024)
    big = csv_bytes([MESSAGES[0]]) + b"c1,,A,,B,,2023-01-01,,hello,INBOX\n" * 5000
    path = write_zip(tmp_path / "t.zip", {"one.csv": big, "two.csv": big})
    with LinkedInArchive(path) as archive:
        problems = [i for p in archive.parts for i in archive.message_days(p, False).problems]
    assert any("the archive holds more than" in p.message for p in problems)


def test_too_many_entries_and_nested_archives(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_ENTRIES", 5)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("Invitations.csv", csv_bytes(INVITATIONS))
    files = {"inner.zip": inner.getvalue(), "Invitations.csv": csv_bytes(INVITATIONS)}
    files.update({f"junk{i}.txt": b"x" for i in range(10)})
    with LinkedInArchive(write_zip(tmp_path / "n.zip", files)) as archive:
        messages = [p.message for p in archive.problems]
        assert len(archive.source.members) == 5
        assert list(kinds(archive).values()) == [Kind.INVITATIONS]
    assert "inner.zip is an archive inside the archive; it was not opened" in messages
    assert "the archive holds too many files; only the first 5 were looked at" in messages


def test_member_names_cannot_reach_outside_because_nothing_is_extracted(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    path = write_zip(
        work / "evil.zip",
        {
            "../../escaped/Invitations.csv": csv_bytes(INVITATIONS),
            "/etc/passwd-Invitations.csv": csv_bytes(INVITATIONS),
        },
    )
    with LinkedInArchive(path) as archive:
        assert sorted(p.name for p in archive.parts) == [
            "Invitations.csv",
            "passwd-Invitations.csv",
        ]
        assert all(len(list(archive.invitations(p))) == 3 for p in archive.parts)
    assert not (tmp_path / "escaped").exists()
    assert sorted(p.name for p in work.iterdir()) == ["evil.zip"]


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04garbage", b"PK\x05\x06" + b"\x00" * 18, b"PK\x03\x04" + b"\xff" * 4096],
)
def test_damaged_zips_are_refused_never_crash(tmp_path, data):
    path = tmp_path / "bad.zip"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError):
        LinkedInArchive(path)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("MÃ¼ller", "Müller"),
        ("CafÃ© Zürich", "Café Zürich"),
        ("Ã‰ric", "Éric"),
        ("â€œquotedâ€\x9d", "“quoted”"),
        ("voilÃ  Ã  bientÃ´t", "voilà à bientôt"),  # noqa: RUF001 (mojibake on purpose)
        ("Ã  demain", "à demain"),
        # Correct text is left exactly as written.
        ("Thanks Ann — à bientôt 🎉", "Thanks Ann — à bientôt 🎉"),
        ("naïve café, Straße, Øre, “quotes”", "naïve café, Straße, Øre, “quotes”"),
    ],
)
def test_mis_encoded_text_is_repaired_by_ftfy(written, meant):
    from netbook.formats.text_repair import repair

    assert repair(written) == meant


def test_a_fifo_or_standard_input_is_never_opened_to_recognise_it(tmp_path):
    # Opening a FIFO with no writer waits for ever: it is left to the importer's reader, which
    # refuses it in words; so is '-' (standard input), even with a file of that name about.
    fifo = tmp_path / "messages.csv"
    os.mkfifo(fifo)
    assert recognise(fifo) is False
    assert recognise(Path("-")) is False

"""A whole LinkedIn archive through the importer, on generated archives and real SQLite books."""

from __future__ import annotations

import datetime as dt
import random
import zipfile

import pytest
from sqlalchemy import text

from netbook.formats.linkedin_archive import gathered_days, messages
from netbook.model.values import HowMet, SocialProfileValue
from netbook.model.vocabulary import VOUCHED_KINDS
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.services.journal import Origin
from netbook.services.linkedin_archive import writing
from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book
from tests.conftest import person
from tests.linkedin_archive_files import (
    ANN_URL,
    BOB_URL,
    CARL_URL,
    INVITATIONS,
    MESSAGE_HEADER,
    MESSAGES,
    OWNER_URL,
    basic_files,
    basic_zip,
    complete_zip,
    csv_bytes,
    message,
    write_folder,
    write_zip,
)

TODAY = dt.date(2026, 12, 1)
# Tables an import must leave exactly as they were when it brings nothing new (the import
# batch it records, and its backup, say that an import ran).
DUMPED = (
    "contact",
    "email_address",
    "social_profile",
    "interaction",
    "interaction_participant",
    "contact_tag",
    "tag",
)


def dump(book: AddressBook) -> dict[str, list[tuple[object, ...]]]:
    with book.database.reading() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
            for table in DUMPED
        }


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    return Importer(book, today=lambda: TODAY)


def by_name(book: AddressBook, name: str):
    [cid] = [c for c in book.ids() if book.get(c).display_name == name]
    return book.get(cid)


def interactions(book: AddressBook) -> list[dict[str, object]]:
    with book.database.reading() as conn:
        rows = conn.execute(
            text(
                "SELECT i.occurred_on, i.kind, i.summary, i.channel, i.text,"
                " group_concat(c.display_name, '|') AS who"
                " FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id"
                " JOIN contact c ON c.id = p.contact_id GROUP BY i.id"
                " ORDER BY i.occurred_on, i.kind, i.summary"
            )
        ).mappings()
        return [{**dict(r), "who": "|".join(sorted(str(r["who"]).split("|")))} for r in rows]


def parts(report) -> dict[str, object]:
    return {f.part: f for f in report.files if f.part}


@pytest.mark.parametrize(
    "make", [basic_zip, lambda tmp: complete_zip(tmp)], ids=["basic", "complete"]
)
def test_both_zip_layouts_import_the_whole_story(book, importer, tmp_path, make):
    archive = make(tmp_path)
    report = importer.run([archive])
    assert all(f.error is None for f in report.files)
    files = parts(report)
    connections = files["Connections.csv"]
    assert (connections.format, connections.items, connections.imported) == (
        "linkedin-csv",
        "contacts",
        3,
    )
    assert book.count() == 3  # Carl (no longer connected) and Dana (pending) are not contacts

    ann = by_name(book, "Ann Lee")
    assert ann.how_met == HowMet(
        channel="linkedin",
        date=dt.date(2019, 3, 15),  # Connected On stays the day we connected
        context="They invited me on LinkedIn on 2019-03-10: “Loved your talk at PyCon!\n"
        "Let's stay in touch.”",
    )
    bob = by_name(book, "Bob Stone")
    assert bob.how_met.context == "I invited them on LinkedIn on 2020-03-30."
    # Mis-encoded accents repaired, in Connections.csv as in messages.
    assert by_name(book, "Ella Müller").organization == "Café Zürich"

    assert interactions(book) == [
        _i("2021-03-15", "endorsement", "endorsed you for Python", "Ann Lee"),
        _i("2021-03-16", "endorsement", "endorsed you for SQL", "Ann Lee"),
        _i("2021-04-01", "endorsement", "endorsed you for Python", "Bob Stone"),
        _i("2021-05-01", "endorsement_given", "you endorsed them for Leadership", "Bob Stone"),
        _i("2021-05-03", "recommendation", "recommended you: Sam is a great engineer.", "Ann Lee"),
        _i(
            "2021-06-07",
            "recommendation_given",
            "you recommended them: Bob leads well.",
            "Bob Stone",
        ),
        _i("2023-04-01", "message", "Intro to Éric", "Ann Lee"),  # subject, repaired
        _i("2023-05-04", "message", "Hi Sam,", "Ann Lee"),  # the day's first line
        _i("2023-06-01", "message", "Kick-off tomorrow", "Ann Lee|Bob Stone"),  # group
    ]
    pending = [p.message for p in files["Invitations.csv"].problems]
    assert any("Dana Pending" in m and "not imported" in m for m in pending)
    messages_file = next(f for f in report.files if f.format == "linkedin-messages")
    assert any("Carl Gone" in p.message for p in messages_file.problems)


def _i(day, kind, summary, who, text_=None):
    return {
        "occurred_on": day,
        "kind": kind,
        "summary": summary,
        "channel": "linkedin",
        "text": text_,
        "who": who,
    }


def test_complete_layout_lists_the_files_it_leaves_out(importer, tmp_path):
    report = importer.preview([complete_zip(tmp_path)])
    [archive_row] = [f for f in report.files if f.format == "linkedin-archive"]
    [note] = archive_row.problems
    assert "Ad_Targeting.csv" in note.message
    assert "README.html" in note.message
    assert not note.dropped
    files = parts(report)
    assert files["Given recommendations.csv"].format == "linkedin-recommendations-given"
    assert files["Received recommendations.csv"].format == "linkedin-recommendations-received"


def test_preview_says_per_file_what_comes_in_and_writes_nothing(book, importer, tmp_path):
    before = dump(book)
    report = importer.preview([basic_zip(tmp_path)])
    assert dump(book) == before
    counts = {f.part: (f.items, f.imported, f.updated, f.unchanged) for f in report.files}
    assert counts == {
        "Connections.csv": ("contacts", 3, 0, 0),
        "Profile.csv": ("owner", 0, 0, 0),
        "Invitations.csv": ("how we met", 0, 2, 0),
        "messages.csv": ("interactions", 3, 0, 0),
        "Recommendations_Received.csv": ("interactions", 1, 0, 0),
        "Recommendations_Given.csv": ("interactions", 1, 0, 0),
        "Endorsement_Received_Info.csv": ("interactions", 3, 0, 0),
        "Endorsement_Given_Info.csv": ("interactions", 1, 0, 0),
    }
    # The preview of a second import of the same archive: nothing new anywhere.
    importer.run([basic_zip(tmp_path)])
    again = importer.preview([basic_zip(tmp_path)])
    assert again.imported == 0
    assert again.updated == 0


def test_same_archive_twice_changes_nothing(book, importer, tmp_path):
    archive = basic_zip(tmp_path)
    importer.run([archive])
    before = dump(book)
    report = importer.run([archive])
    assert (report.imported, report.updated) == (0, 0)
    assert dump(book) == before


def test_a_later_archive_adds_only_the_new_messages_and_invitations(book, importer, tmp_path):
    importer.run([basic_zip(tmp_path, name="first.zip")])
    first = {(i["occurred_on"], i["summary"]) for i in interactions(book)}
    later_messages = [
        *MESSAGES,
        message(
            "conv-ann",
            "Ann Lee",
            ANN_URL,
            "Sam Owner",
            OWNER_URL,
            "2024-02-02 10:00:00 UTC",
            "Happy new job!",
        ),
    ]
    later_invitations = [
        *INVITATIONS,
        [
            "Ella Müller",
            "Sam Owner",
            "5/20/21, 8:00 AM",
            "Hallo!",
            "INCOMING",
            "https://www.linkedin.com/in/ella-muller",
            OWNER_URL,
        ],
    ]
    report = importer.run(
        [
            basic_zip(
                tmp_path, name="later.zip", messages=later_messages, invitations=later_invitations
            )
        ]
    )
    files = parts(report)
    assert (files["messages.csv"].imported, files["messages.csv"].unchanged) == (1, 3)
    assert (files["Invitations.csv"].updated, files["Invitations.csv"].unchanged) == (1, 2)
    after = {(i["occurred_on"], i["summary"]) for i in interactions(book)}
    assert after - first == {("2024-02-02", "Happy new job!")}
    assert by_name(book, "Ella Müller").how_met.context == (
        "They invited me on LinkedIn on 2021-05-20: “Hallo!”"
    )


@pytest.mark.parametrize("keep", [False, True], ids=["summary", "text"])
def test_a_later_message_on_a_day_the_book_has_leaves_that_day_as_it_is(
    book, importer, tmp_path, keep
):
    """A day already in the book is recognised by its conversation and date, whatever the
    later archive adds to it: an earlier message that day (which would have given it another
    summary) changes nothing, and the day is counted unchanged."""
    importer.run([basic_zip(tmp_path, name="first.zip")], keep_message_text=keep)
    before = interactions(book)
    earlier_that_day = message(
        "conv-ann",
        "Sam Owner",
        OWNER_URL,
        "Ann Lee",
        ANN_URL,
        "2023-05-04 07:00:00 UTC",
        "Good morning Ann",
    )
    later = basic_zip(tmp_path, name="later.zip", messages=[*MESSAGES, earlier_that_day])
    report = importer.run([later], keep_message_text=keep)
    files = parts(report)
    assert (files["messages.csv"].imported, files["messages.csv"].unchanged) == (0, 3)
    assert interactions(book) == before
    [coffee] = [i for i in before if i["occurred_on"] == "2023-05-04"]
    assert coffee["summary"] == "Hi Sam,"


def test_never_overwrites_a_how_we_met_the_user_wrote(book, importer, tmp_path):
    ann = person(
        "Ann",
        "Lee",
        social_profiles=[SocialProfileValue("linkedin", ANN_URL)],
        how_met=HowMet(channel="event", place="PyCon Berlin", context="Sat next to me"),
    )
    bob = person(
        "Bob",
        "Stone",
        social_profiles=[SocialProfileValue("linkedin", BOB_URL)],
        how_met=HowMet(channel="linkedin", context="Via Carla"),
    )
    book.add(ann)
    book.add(bob)
    report = importer.run([basic_zip(tmp_path)])
    invitations = parts(report)["Invitations.csv"]
    assert (invitations.updated, invitations.unchanged) == (0, 2)
    # The how-we-met the user wrote is kept whole (the import rules add no "Connected On" to it).
    assert by_name(book, "Ann Lee").how_met == HowMet(
        channel="event", place="PyCon Berlin", context="Sat next to me"
    )
    assert by_name(book, "Bob Stone").how_met.context == "Via Carla"


def test_invitation_matches_by_name_when_the_url_is_unknown(book, importer, tmp_path):
    book.add(person("Ann", "Lee"))  # typed by hand: no LinkedIn URL
    path = tmp_path / "Invitations.csv"
    path.write_bytes(csv_bytes(INVITATIONS))
    report = importer.run([path])
    [result] = report.files
    assert (result.format, result.part, result.updated) == (
        "linkedin-invitations",
        "Invitations.csv",
        1,
    )
    assert by_name(book, "Ann Lee").how_met.context.startswith("They invited me on LinkedIn")
    assert book.count() == 1  # Bob and Dana are not contacts: reported, not created
    assert sum("not imported" in p.message for p in result.problems) == 2


def test_owner_is_the_most_frequent_sender_without_a_profile(book, importer, tmp_path):
    files = basic_files()
    del files["Profile.csv"]
    # Sam Owner sends most; their own card in the book must never be linked to a message.
    book.add(person("Sam", "Owner", social_profiles=[SocialProfileValue("linkedin", OWNER_URL)]))
    rows = [MESSAGE_HEADER] + [
        message(
            f"c{i}",
            "Sam Owner",
            OWNER_URL,
            "Ann Lee",
            ANN_URL,
            f"2023-01-{i + 1:02d} 10:00:00 UTC",
            f"note {i}",
        )
        for i in range(3)
    ]
    files["messages.csv"] = csv_bytes(rows)
    report = importer.run([write_zip(tmp_path / "no-profile.zip", files)])
    messages_file = parts(report)["messages.csv"]
    assert "the archive is Sam Owner's" in messages_file.problems[0].message
    linked = {i["who"] for i in interactions(book) if i["kind"] == "message"}
    assert linked == {"Ann Lee"}


def test_message_text_is_kept_only_when_asked(book, importer, tmp_path):
    importer.run([basic_zip(tmp_path, name="a.zip")])
    assert {i["text"] for i in interactions(book)} == {None}

    other = AddressBook(book.database)
    with book.database.transaction() as conn:
        conn.execute(text("DELETE FROM interaction"))
    report = Importer(other).run([basic_zip(tmp_path, name="b.zip")], keep_message_text=True)
    assert report.files
    [day] = [i for i in interactions(book) if i["occurred_on"] == "2023-05-04"]
    # Quoted line breaks kept; the day's messages in the order they were sent.
    assert day["text"] == (
        "Ann Lee: Hi Sam,\nare you free for a coffee next week?\nAnn\n\n"
        "Sam Owner: Thanks Ann — à bientôt"
    )


def test_utf8_with_and_without_bom_read_alike(importer, tmp_path):
    with_bom = importer.preview([basic_zip(tmp_path, name="bom.zip", bom=True)])
    without = importer.preview([basic_zip(tmp_path, name="plain.zip", bom=False)])
    shape = lambda r: [(f.part, f.imported, f.updated, len(f.problems)) for f in r.files]  # noqa: E731
    assert shape(with_bom) == shape(without)
    assert with_bom.imported == 12


def test_unpacked_folder_and_single_messages_csv(book, importer, tmp_path):
    folder = write_folder(tmp_path / "Basic_LinkedInDataExport", basic_files())
    importer.run([folder])
    assert book.count() == 3
    count = len(interactions(book))
    single = tmp_path / "messages-later.csv"
    single.write_bytes(
        csv_bytes(
            [
                *MESSAGES,
                message(
                    "conv-bob",
                    "Bob Stone",
                    BOB_URL,
                    "Sam Owner",
                    OWNER_URL,
                    "2025-01-01 10:00:00 UTC",
                    "Lunch?",
                ),
            ]
        )
    )
    report = importer.run([single])
    [result] = report.files
    assert (result.format, result.imported, result.unchanged) == ("linkedin-messages", 1, 3)
    assert len(interactions(book)) == count + 1


def test_an_archive_import_is_one_operation_undone_and_redone_as_one_step(book, importer, tmp_path):
    # Ann is in the book before: the archive writes her how we met and her interactions.
    book.add(person("Ann", "Lee", social_profiles=[SocialProfileValue("linkedin", ANN_URL)]))
    path = book.database.path
    before = dump_book(path)
    archive = basic_zip(tmp_path)
    report = importer.run([archive])
    after = dump_book(path)
    assert by_name(book, "Ann Lee").how_met.context.startswith("They invited me")
    assert {i["kind"] for i in interactions(book)} >= {"message", "recommendation"}

    [op, added] = book.journal.history()
    assert op.id == report.operation_id
    assert (op.label, op.origin, op.source) == (
        f"Import {archive.name}",
        Origin.COMMAND_LINE,
        str(archive),
    )
    assert added.label == "Add “Ann Lee”"
    undone = book.journal.undo(expected=report.operation_id)
    assert undone.undone
    # The book as it was: Ann's how we met, every interaction, the import batch, all gone.
    assert differences(dump_book(path), before) == []
    book.journal.redo()
    assert differences(dump_book(path), after) == []
    assert book.journal.next_undo().label == f"Import {archive.name}"


def test_vouched_kinds_are_the_received_ones():
    assert set(VOUCHED_KINDS) == {"recommendation", "endorsement"}


def test_damaged_or_empty_archives_are_refused_with_a_reason(importer, tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    empty = write_zip(tmp_path / "other.zip", {"notes.txt": b"hello"})
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    report = importer.run([broken, empty, folder])
    errors = [f.error for f in report.files]
    assert errors[0].startswith("the ZIP file is damaged")
    assert errors[1] == "this ZIP file holds no file of a LinkedIn archive"
    assert errors[2] == "this folder holds no file of a LinkedIn archive"


def _corrupt(path, name, offset_from_end):
    """Flip one byte of a stored member's data: its CRC no longer matches."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size - offset_from_end] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_member_that_fails_midway_is_reported_and_the_rest_comes_in(book, importer, tmp_path):
    # Longer than the head read to recognise it, so the fault is met while streaming.
    filler = [
        message(
            "conv-bob",
            "Bob Stone",
            BOB_URL,
            "Sam Owner",
            OWNER_URL,
            f"2020-{1 + i // 28:02d}-{1 + i % 28:02d} 10:00:00 UTC",
            "x" * 200,
        )
        for i in range(300)
    ]
    files = basic_files(messages=[*MESSAGES, *filler])
    path = tmp_path / "stored.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    _corrupt(path, "messages.csv", offset_from_end=3)
    report = importer.run([path])
    assert book.count() == 3
    [problem] = [p for p in parts(report)["messages.csv"].problems if "could not" in p.message]
    assert "the rest of the file could not be read" in problem.message
    assert "CRC" in problem.message
    # The rows read before the fault came in.
    assert len([i for i in interactions(book) if i["who"] == "Bob Stone"]) > 250


def test_a_member_unreadable_from_the_start_is_named(book, importer, tmp_path):
    path = basic_zip(tmp_path)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("Recommendations_Given.csv")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start, start + info.compress_size):
        data[i] ^= 0x55
    path.write_bytes(bytes(data))
    report = importer.run([path])
    [archive_row] = [f for f in report.files if f.format == "linkedin-archive"]
    assert any(
        p.message.startswith("Recommendations_Given.csv could not be read")
        for p in archive_row.problems
    )
    assert book.count() == 3
    assert "Recommendations_Given.csv" not in parts(report)


def _story_rows(book: AddressBook) -> list[list[tuple[object, ...]]]:
    """The interactions and their participants as written, ids included (not the stamps)."""
    with book.database.reading() as conn:
        return [
            [tuple(r) for r in conn.execute(text(query))]
            for query in (
                "SELECT id, uid, occurred_on, kind, summary, channel, text FROM interaction"
                " ORDER BY id",
                "SELECT interaction_id, contact_id FROM interaction_participant ORDER BY 1, 2",
            )
        ]


def _scattered_archive(tmp_path, name: str, seed: int):
    """The Basic archive with many more messages, a conversation's days spread over the file
    (gathered and written over many chunks when those are small)."""
    rng = random.Random(seed)
    people = [("Ann Lee", ANN_URL), ("Bob Stone", BOB_URL), ("Carl Gone", CARL_URL)]
    extra = []
    for number in range(600):
        who, url = rng.choice(people)
        sides = [who, url, "Sam Owner", OWNER_URL]
        if number % 2:
            sides = sides[2:] + sides[:2]
        at = f"2022-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:00"
        extra.append(message(f"conv-{rng.randint(1, 40)}", *sides, at, f"note {number}"))
    return basic_zip(tmp_path, name=name, messages=[*MESSAGES, *extra])


@pytest.mark.parametrize("keep", [False, True], ids=["summary", "text"])
def test_days_gathered_and_written_in_small_chunks_make_the_same_book(
    book, tmp_path, monkeypatch, keep
):
    """The chunks the days are gathered, read back and written in change nothing written:
    the same interactions with the same ids, texts and participants, and undo takes them all
    back."""
    archive = _scattered_archive(tmp_path, "scattered.zip", seed=3)
    Importer(book, today=lambda: TODAY).run([archive], keep_message_text=keep)
    in_one_chunk = _story_rows(book)
    assert len(in_one_chunk[0]) > 500

    monkeypatch.setattr(messages, "FLUSH_DAYS", 7)
    monkeypatch.setattr(messages, "FLUSH_TEXTS", 11)
    monkeypatch.setattr(gathered_days, "FETCH_ROWS", 5)
    monkeypatch.setattr(writing, "WRITE_CHUNK", 13)
    other = open_database(tmp_path / "other" / "netbook.sqlite3")
    try:
        other_book = AddressBook(other)
        before = dump_book(other.path)
        report = Importer(other_book, today=lambda: TODAY).run([archive], keep_message_text=keep)
        assert _story_rows(other_book) == in_one_chunk
        again = Importer(other_book, today=lambda: TODAY).run([archive], keep_message_text=keep)
        assert parts(again)["messages.csv"].imported == 0
        assert _story_rows(other_book) == in_one_chunk
        other_book.journal.undo()
        other_book.journal.undo(expected=report.operation_id)
        assert differences(dump_book(other.path), before) == []
    finally:
        other.close()


def test_a_day_two_messages_files_share_is_written_once(book, importer, tmp_path):
    """An archive with two messages files (an older export's beside the new one): a day both
    have comes in from the first, and the second counts it unchanged."""
    files = basic_files()
    later = [
        MESSAGE_HEADER,
        message("conv-ann", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "2023-05-04 08:00", "Hey"),
        message("conv-ann", "Ann Lee", ANN_URL, "Sam Owner", OWNER_URL, "2024-03-03 08:00", "New"),
    ]
    files["older/messages.csv"] = csv_bytes(later)
    report = importer.run([write_folder(tmp_path / "archive", files)])
    counts = [
        (f.part, f.imported, f.unchanged) for f in report.files if f.format == "linkedin-messages"
    ]
    assert counts == [("messages.csv", 3, 0), ("messages.csv", 1, 1)]
    summaries = [(i["occurred_on"], i["summary"]) for i in interactions(book)]
    assert ("2023-05-04", "Hi Sam,") in summaries  # the first file's earliest line
    assert ("2024-03-03", "New") in summaries
    assert len(summaries) == len(set(summaries))

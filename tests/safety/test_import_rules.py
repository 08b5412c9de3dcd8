"""Promises 4 and 5: an import never overwrites what you have, and changes only what it names.

The book is netbook's sample book in a real SQLite file; the cards are the ones issue 9 found
renaming people (Olivia Chen matched by email, Emily Carter by phone, Tomás Ferreira by name
and organisation), and a stranger's card reusing the UIDs of other contacts' story items.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from netbook.model.values import ContactRecord
from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer, ImportReport
from netbook.services.incoming_merge import MergeChoices, merge_incoming
from tests.book_dump import Dump, differences, dump_book
from tests.cli.test_cli import netbook

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-book.vcf"
TODAY = dt.date(2026, 11, 26)


def dump(path: Path, *, renumbered: bool = False) -> Dump:
    """Every row of the book, compared by content and leaving out the import batches every
    import adds; `renumbered` also leaves out the ids of a contact's own values, which an undo
    writes again (see tests/book_dump.py)."""
    return dump_book(path, rowids=False, operations=False, renumbered=renumbered)


def _card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


OLIVIA_CHAN = _card(
    "FN:Olivia Chan",
    "N:Chan;Olivia;;;",
    "EMAIL:olivia.chen@example.com",
    "TEL;TYPE=CELL:+1 416 555 0199",
    "BDAY:1985-10-21",
)
EMILY_CARTER_JONES = _card(
    "FN:Emily Carter-Jones", "N:Carter-Jones;Emily;;;", "TEL:(617) 555-0142", "CATEGORIES:Boston"
)
TOMAS_WITHOUT_ACCENT = _card(
    "FN:Tomas Ferreira",
    "N:Ferreira;Tomas;;;",
    "ORG:Lumen Labs",
    "TITLE:Chief Technology Officer",
    "EMAIL:tomas@lumen.example",
)


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    importer = Importer(book, today=lambda: TODAY)
    importer.run([SAMPLE])
    return importer


def _file(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    return path


def undo_imports(importer: Importer, *reports: ImportReport) -> None:
    """Undo these imports, the latest first, the way the window and the command line do."""
    for report in reports:
        importer.book.journal.undo(expected=report.operation_id)


def _by_name(book: AddressBook, name: str) -> ContactRecord:
    [found] = [r for r in book.get_many(book.ids()) if r.display_name == name]
    return found


def test_a_card_matched_by_email_adds_and_keeps_the_books_name(book, importer, tmp_path):
    path = _file(tmp_path, "chan.vcf", OLIVIA_CHAN)
    report = importer.run([path])
    olivia = _by_name(book, "Olivia Chen")
    assert (olivia.given_name, olivia.family_name, olivia.birthday) == (
        "Olivia",
        "Chen",
        "1985-10-12",
    )
    assert "+1 416 555 0199" in [p.value for p in olivia.phones]  # what is new comes in
    [found] = report.files[0].differences
    assert (found.contact_id, found.matched_by, found.may_take) == (olivia.id, "email", True)
    assert [(d.field, d.book, d.incoming, d.taken) for d in found.fields] == [
        ("name", "Olivia Chen", "Olivia Chan", False),
        ("birthday", "1985-10-12", "1985-10-21", False),
    ]


def test_a_card_matched_by_phone_keeps_the_books_name(book, importer, tmp_path):
    report = importer.run([_file(tmp_path, "emily.vcf", EMILY_CARTER_JONES)])
    emily = _by_name(book, "Emily Carter")
    assert emily.family_name == "Carter"
    assert "Boston" in emily.tags
    [found] = report.files[0].differences
    assert found.matched_by == "phone"
    assert [(d.field, d.incoming) for d in found.fields] == [("name", "Emily Carter-Jones")]


def test_a_match_on_name_and_organisation_only_ever_adds(book, importer, tmp_path):
    # Even when asked to prefer the file: the name alone may be another person.
    path = _file(tmp_path, "tomas.vcf", TOMAS_WITHOUT_ACCENT)
    report = importer.run([path], choices=MergeChoices(prefer_incoming=True))
    tomas = _by_name(book, "Tomás Ferreira")
    assert (tomas.given_name, tomas.title) == ("Tomás", "CTO")
    assert "tomas@lumen.example" in [e.value for e in tomas.emails]
    [found] = report.files[0].differences
    assert (found.matched_by, found.may_take) == ("name_org", False)
    assert {d.field: d.taken for d in found.fields} == {"name": False, "title": False}


def test_taking_the_files_values_renames_and_undo_restores_every_field(
    book, importer, db_path, tmp_path
):
    before = dump(db_path, renumbered=True)
    path = _file(tmp_path, "both.vcf", OLIVIA_CHAN, EMILY_CARTER_JONES)
    report = importer.run([path], choices=MergeChoices(prefer_incoming=True))
    olivia = book.get(report.files[0].differences[0].contact_id)
    assert (olivia.display_name, olivia.family_name, olivia.birthday) == (
        "Olivia Chan",
        "Chan",
        "1985-10-21",
    )
    assert _by_name(book, "Emily Carter-Jones").family_name == "Carter-Jones"
    undo_imports(importer, report)
    after = dump(db_path, renumbered=True)
    assert after == before, "\n".join(differences(before, after)[:20])


def test_a_choice_per_contact_and_field_beats_the_default(book, importer, tmp_path):
    path = _file(tmp_path, "chan.vcf", OLIVIA_CHAN)
    [preview] = importer.preview([path]).files
    olivia_id = preview.differences[0].contact_id
    choices = MergeChoices(prefer_incoming=True, fields={(olivia_id, "name"): False})
    importer.run([path], choices=choices)
    olivia = book.get(olivia_id)
    assert (olivia.display_name, olivia.birthday) == ("Olivia Chen", "1985-10-21")


def test_an_empty_field_is_filled_without_being_a_difference():
    book_side = ContactRecord(display_name="Ann Lee", given_name="Ann", family_name="Lee")
    incoming = ContactRecord(
        display_name="Ann Lee", organization="Acme", title="CTO", birthday="--04-12"
    )
    outcome = merge_incoming(book_side, incoming)
    assert (outcome.record.organization, outcome.record.title) == ("Acme", "CTO")
    assert outcome.record.birthday == "--04-12"
    assert outcome.differences == ()


def test_the_preview_lists_the_differences_and_changes_nothing(book, importer, db_path, tmp_path):
    before = dump(db_path)
    path = _file(tmp_path, "three.vcf", OLIVIA_CHAN, EMILY_CARTER_JONES, TOMAS_WITHOUT_ACCENT)
    [preview] = importer.preview([path]).files
    assert [d.display_name for d in preview.differences] == [
        "Olivia Chen",
        "Emily Carter",
        "Tomás Ferreira",
    ]
    assert dump(db_path) == before


def test_the_command_line_keeps_the_books_values_and_lists_each_difference(tmp_path):
    db = tmp_path / "cli" / "book.sqlite3"
    assert netbook("--db", str(db), "import", str(SAMPLE)).returncode == 0
    path = _file(tmp_path, "chan.vcf", OLIVIA_CHAN)
    done = netbook("--db", str(db), "import", "--json", str(path))
    assert done.returncode == 0, done.stderr
    [summary] = json.loads(done.stdout)["files"]
    [found] = summary["differences"]
    assert found["contact"]["display_name"] == "Olivia Chen"
    assert found["matched_by"] == "email"
    assert found["fields"][0] == {
        "field": "name",
        "book": "Olivia Chen",
        "incoming": "Olivia Chan",
        "taken": False,
    }
    shown = netbook("--db", str(db), "show", "--json", found["contact"]["uid"])
    assert json.loads(shown.stdout)["display_name"] == "Olivia Chen"
    text = netbook("--db", str(db), "import", str(path))
    assert "Olivia Chen: kept the book's name 'Olivia Chen' (file: 'Olivia Chan')" in text.stdout


def test_the_command_line_takes_the_files_values_when_asked(tmp_path):
    db = tmp_path / "cli" / "book.sqlite3"
    assert netbook("--db", str(db), "import", str(SAMPLE)).returncode == 0
    path = _file(tmp_path, "chan.vcf", OLIVIA_CHAN)
    done = netbook("--db", str(db), "import", "--prefer-incoming", "--json", str(path))
    assert done.returncode == 0, done.stderr
    [found] = json.loads(done.stdout)["files"][0]["differences"]
    assert all(f["taken"] for f in found["fields"])
    shown = netbook("--db", str(db), "show", "--json", found["contact"]["uid"])
    assert json.loads(shown.stdout)["display_name"] == "Olivia Chan"


# -- 5. a file can only change what it names ------------------------------------------------


def _interaction_of(book: AddressBook, name: str, kind: str) -> tuple[str | None, str]:
    [item] = [i for i in _by_name(book, name).interactions if i.kind == kind]
    return item.uid, item.summary


def test_a_strangers_card_cannot_rewrite_other_contacts_interaction(
    book, importer, db_path, tmp_path
):
    # In the sample book Tomás Ferreira has a call; a new card reuses that call's UID.
    uid, summary = _interaction_of(book, "Tomás Ferreira", "call")
    stranger = _card(
        "UID:urn:uuid:stranger",
        "FN:Sam Stranger",
        f"X-NETBOOK-INTERACTION:2001-01-01;meeting;Rewritten;{uid};",
    )
    before = dump(db_path, renumbered=True)
    report = importer.run([_file(tmp_path, "stranger.vcf", stranger)])
    assert _interaction_of(book, "Tomás Ferreira", "call") == (uid, summary)
    sam = _by_name(book, "Sam Stranger")
    [copy] = sam.interactions
    assert (copy.kind, copy.summary) == ("meeting", "Rewritten")
    assert copy.uid != uid
    [warning] = report.files[0].problems
    assert "another contact's interaction" in warning.message
    assert not warning.dropped
    # Again: the same copy, no second one; undo takes everything back.
    again = importer.run([_file(tmp_path, "stranger.vcf", stranger)])
    assert (again.imported, again.updated) == (0, 0)
    assert len(_by_name(book, "Sam Stranger").interactions) == 1
    undo_imports(importer, again, report)
    after = dump(db_path, renumbered=True)
    assert after == before, "\n".join(differences(before, after)[:20])


def test_a_strangers_card_cannot_take_another_contacts_opportunity(book, importer, tmp_path):
    tomas = _by_name(book, "Tomás Ferreira")
    [opportunity] = tomas.opportunities
    stranger = _card(
        "UID:urn:uuid:stranger",
        "FN:Sam Stranger",
        f"X-NETBOOK-OPPORTUNITY:client;Stolen;2001-01-01;lost;;{opportunity.uid};",
    )
    report = importer.run([_file(tmp_path, "stranger.vcf", stranger)])
    assert _by_name(book, "Tomás Ferreira").opportunities == [opportunity]
    [copy] = _by_name(book, "Sam Stranger").opportunities
    assert copy.title == "Stolen"
    assert copy.uid != opportunity.uid
    assert "another contact's opportunity" in report.files[0].problems[0].message


def test_undo_restores_contacts_the_file_named_without_being_their_card(
    book, importer, db_path, tmp_path
):
    # A new card's interaction names Olivia as taking part, and a group card tags Emily:
    # both are changes to contacts of the book, recorded by the batch and undone with it.
    olivia, emily = _by_name(book, "Olivia Chen"), _by_name(book, "Emily Carter")
    newcomer = _card(
        "UID:urn:uuid:newcomer",
        "FN:Nia Newcomer",
        f"X-NETBOOK-INTERACTION:2025-01-02;meeting;Board dinner;urn:uuid:dinner;{olivia.uid}",
    )
    group = _card(
        "UID:urn:uuid:group-boston",
        "FN:Boston friends",
        "X-ADDRESSBOOKSERVER-KIND:group",
        f"X-ADDRESSBOOKSERVER-MEMBER:{emily.uid}",
    )
    before = dump(db_path, renumbered=True)
    report = importer.run([_file(tmp_path, "named.vcf", newcomer, group)])
    assert "Board dinner" in [i.summary for i in _by_name(book, "Olivia Chen").interactions]
    assert "Boston friends" in _by_name(book, "Emily Carter").tags
    undo_imports(importer, report)
    after = dump(db_path, renumbered=True)
    assert after == before, "\n".join(differences(before, after)[:20])

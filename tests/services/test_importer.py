"""The import pipeline on real files and real SQLite books."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from netbook.formats.json_export import contacts_to_json_text
from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook, ContactFilter
from netbook.services.importer import Importer
from netbook.services.incoming_merge import MergeChoices
from netbook.services.interactions import log_interaction
from netbook.store.backup import list_backups
from tests.book_dump import dump_book
from tests.conftest import DATA, person

FILES = DATA / "import"
TODAY = dt.date(2026, 11, 26)


def _dump(book: AddressBook) -> str:
    """The whole book as JSON (without timestamps), to compare before/after."""
    records = book.get_many(book.ids())
    data = json.loads(contacts_to_json_text(records))
    for item in data:
        item.pop("updated_at")
    return json.dumps(data, sort_keys=True)


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    return Importer(book, today=lambda: TODAY)


def test_import_inserts_records_and_a_batch(book, importer, db_path):
    report = importer.run([FILES / "three.vcf"])
    [result] = report.files
    assert (result.format, result.imported, result.updated, result.unchanged) == ("vcard", 3, 0, 0)
    assert result.problems == []
    assert book.count() == 3
    ada = book.get(book.resolve("urn:uuid:0a1b2c3d-0001"))
    assert ada.organization == "Analytical Engines"
    assert ada.tags == ["Pioneers"]
    [batch] = importer.batches()
    assert (batch.imported, batch.format) == (3, "vcard")
    assert book.journal.next_undo().label == "Import three.vcf"
    assert len(list_backups(db_path)) == 1


def test_importing_the_same_file_twice_changes_nothing(book, importer):
    importer.run([FILES / "three.vcf"])
    before = _dump(book)
    report = importer.run([FILES / "three.vcf"])
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 3)
    assert _dump(book) == before


def test_later_export_matches_by_email_and_phone_and_keeps_the_books_job(book, importer):
    importer.run([FILES / "three.vcf"])
    report = importer.run([FILES / "three-later.vcf"])
    [result] = report.files
    # Ada matched by email (no UID in the later file), Katherine by phone in E.164, Dorothy new.
    assert (result.imported, result.updated, result.unchanged) == (1, 1, 1)
    ada = book.get(book.resolve("urn:uuid:0a1b2c3d-0001"))
    assert (ada.organization, ada.title) == ("Analytical Engines", "Programmer")
    assert [e.value for e in ada.emails] == ["ada@engines.example", "ada@home.example"]
    assert not [i for i in ada.interactions if i.kind == "changed_job"]
    [differences] = result.differences
    assert differences.contact_id == ada.id
    assert differences.matched_by == "email"
    assert [(d.field, d.book, d.incoming, d.taken) for d in differences.fields] == [
        ("organization", "Analytical Engines", "Difference Engines Ltd", False),
        ("title", "Programmer", "Chief Programmer", False),
    ]


def test_later_export_taken_as_theirs_records_the_job_change(book, importer):
    importer.run([FILES / "three.vcf"])
    report = importer.run([FILES / "three-later.vcf"], choices=MergeChoices(prefer_incoming=True))
    [result] = report.files
    assert (result.imported, result.updated, result.unchanged) == (1, 1, 1)
    ada = book.get(book.resolve("urn:uuid:0a1b2c3d-0001"))
    assert ada.organization == "Difference Engines Ltd"
    assert [e.value for e in ada.emails] == ["ada@engines.example", "ada@home.example"]
    [change] = [i for i in ada.interactions if i.kind == "changed_job"]
    assert change.occurred_on == TODAY
    assert (
        change.summary
        == "Programmer at Analytical Engines → Chief Programmer at Difference Engines Ltd"
    )
    assert book.count() == 4


def test_preview_counts_what_run_would_do_and_writes_nothing(book, importer, db_path):
    importer.run([FILES / "three.vcf"])
    before = _dump(book)
    report = importer.preview([FILES / "three-later.vcf"])
    assert (report.imported, report.updated, report.unchanged) == (1, 1, 1)
    assert _dump(book) == before
    assert len(importer.batches()) == 1
    assert len(list_backups(db_path)) == 1


def test_undo_import_restores_the_book(book, importer):
    book.add(person("Zed", "Zulu"))
    importer.run([FILES / "three.vcf"])
    before = _dump(book)
    exact = dump_book(book.database.path)
    report = importer.run([FILES / "three-later.vcf"])
    assert report.operation_id is not None
    book.journal.undo(expected=report.operation_id)
    assert _dump(book) == before
    assert dump_book(book.database.path) == exact
    assert len(importer.batches()) == 1  # the undone import's batch went with it


def test_cancel_leaves_the_book_exactly_as_it_was(book, importer):
    book.add(person("Zed", "Zulu"))
    before = _dump(book)
    calls = []
    report = importer.run(
        [FILES / "three.vcf"],
        progress=lambda d, t: calls.append((d, t)),
        is_cancelled=lambda: bool(calls),
    )
    assert report.cancelled
    assert _dump(book) == before
    assert importer.batches() == []


def test_progress_reaches_the_total(importer):
    calls = []
    importer.run(
        [FILES / "three.vcf", FILES / "three-later.vcf"], progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (6, 6)


def test_broken_card_is_reported_and_the_others_come_in(book, importer):
    report = importer.run([FILES / "one-broken.vcf"])
    [result] = report.files
    # Card 2 has a garbage line and no END: what could be read of it is kept, with warnings.
    assert result.imported == 3
    assert result.problems
    assert {p.card for p in result.problems} == {2}
    assert all(p.line for p in result.problems)
    assert sorted(s.display_name for s in book.page(0, 10)) == ["Broken", "Good One", "Good Two"]


def test_unreadable_file_is_one_line_error_and_other_files_still_import(book, importer):
    report = importer.run([FILES / "not-a-vcard.vcf", FILES / "three.vcf"])
    bad, good = report.files
    assert bad.error
    assert "\n" not in bad.error
    assert good.imported == 3
    assert book.count() == 3


def test_records_in_one_file_matching_each_other_are_merged(book, importer, tmp_path):
    path = tmp_path / "twice.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@x.example\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@x.example\r\n"
        b"TEL:+1 617 555 0100\r\nEND:VCARD\r\n"
    )
    report = importer.run([path])
    assert report.imported == 1
    [ann] = book.get_many(book.ids())
    assert [p.value for p in ann.phones] == ["+1 617 555 0100"]


def test_import_matches_contacts_already_in_the_book(book, importer):
    book.add(
        person("Grace", "Hopper", emails=[LabelledValue("GRACE@navy.example")], favourite=True)
    )
    report = importer.run([FILES / "three.vcf"])
    assert (report.imported, report.updated) == (2, 1)
    [grace] = book.get_many(book.ids(ContactFilter(query="grace")))
    assert grace.favourite  # the user's own flag survives
    assert grace.organization == "US Navy"


def test_group_card_members_in_the_book_get_the_tag(book, importer, tmp_path):
    importer.run([FILES / "three.vcf"])
    path = tmp_path / "group.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mentors\r\nN:Mentors;;;;\r\n"
        b"X-ADDRESSBOOKSERVER-KIND:group\r\n"
        b"X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0a1b2c3d-0001\r\nEND:VCARD\r\n"
    )
    importer.run([path])
    ada = book.get(book.resolve("urn:uuid:0a1b2c3d-0001"))
    assert "Mentors" in ada.tags
    assert book.count() == 3  # the group card is not a person


def test_export_then_import_into_an_empty_book_gives_the_same_book(
    book, importer, tmp_path, make_book
):
    from netbook.services.exporting import render

    importer.run([FILES / "three.vcf", FILES / "three-later.vcf"])
    exported = tmp_path / "all.vcf"
    exported.write_bytes(render(book.get_many(book.ids()), "vcard3"))
    other = make_book(0)
    Importer(other, today=lambda: TODAY).run([exported])

    def normalised(b: AddressBook) -> list[dict]:
        items = json.loads(contacts_to_json_text(b.get_many(b.ids())))
        for item in items:
            for key in ("id", "created_at", "updated_at"):
                item.pop(key)
        return items

    assert normalised(other) == normalised(book)


def test_name_only_cards_are_recognised_on_reimport(book, importer, tmp_path):
    path = tmp_path / "names.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Only Name\r\nN:Name;Only;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Twin Name\r\nN:Name;Twin;;;\r\nEND:VCARD\r\n"
    )
    book.add(person("Twin", "Name", uid="urn:uuid:twin-1"))
    book.add(person("Twin", "Name", uid="urn:uuid:twin-2"))
    first = importer.run([path])
    # "Only Name" is new; "Twin Name" is ambiguous in the book, so it is not merged into either.
    assert (first.imported, first.updated, first.unchanged) == (2, 0, 0)
    again = importer.run([path])
    assert (again.imported, again.updated, again.unchanged) == (1, 0, 1)


LINKEDIN_HEADER = (
    'Notes:\n"When exporting your connection data, you may notice..."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
)


def test_linkedin_reexport_matches_by_profile_url_and_dates_the_job_change(
    book, importer, tmp_path
):
    first = tmp_path / "Connections.csv"
    first.write_text(
        LINKEDIN_HEADER
        + "Ann,Lee,https://www.linkedin.com/in/ann-lee-0a1b2c,,Acme Robotics,Senior Engineer,"
        "15 Mar 2019\n" + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,Zenith,Buyer,02 Jan 2023\n",
        encoding="utf-8",
    )
    assert importer.run([first]).imported == 2
    ann_id = book.ids()[1]
    ann = book.get(ann_id)
    assert (ann.how_met.channel, ann.how_met.date) == ("linkedin", dt.date(2019, 3, 15))
    # A later export: Ann moved on (and spelled her profile URL differently), Bo is unchanged.
    later = tmp_path / "Connections-later.csv"
    later.write_text(
        LINKEDIN_HEADER
        + "Ann,Lee,http://linkedin.com/in/Ann-Lee-0a1b2c/,,Polar Labs,CTO,15 Mar 2019\n"
        + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,Zenith,Buyer,02 Jan 2023\n",
        encoding="utf-8",
    )
    # The preview says what would change; the user takes the file's job (in the CLI,
    # --prefer-incoming), and the change of job is dated.
    [preview] = importer.preview([later]).files
    [ann_differs] = preview.differences
    assert {d.field for d in ann_differs.fields} == {"organization", "title"}
    report = importer.run(
        [later],
        choices=MergeChoices(fields={(ann_id, "organization"): True, (ann_id, "title"): True}),
    )
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 1)
    ann = book.get(ann_id)
    assert (ann.organization, ann.title) == ("Polar Labs", "CTO")
    assert ann.how_met.date == dt.date(2019, 3, 15)
    [change] = [i for i in ann.interactions if i.kind == "changed_job"]
    assert (change.occurred_on, change.summary) == (
        TODAY,
        "Senior Engineer at Acme Robotics → CTO at Polar Labs",
    )
    assert len(ann.social_profiles) == 1
    assert book.count() == 2


def test_a_reexport_that_changes_a_contact_keeps_its_interactions(book, importer, tmp_path):
    """A Connections.csv has no story lines: the plan loads the contacts it matches without
    their interactions, and gives them back to those it changes, the book's first."""
    first = tmp_path / "Connections.csv"
    first.write_text(
        LINKEDIN_HEADER
        + "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme Robotics,Senior Engineer,"
        "15 Mar 2019\n" + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,Zenith,Buyer,02 Jan 2023\n",
        encoding="utf-8",
    )
    importer.run([first])
    ann_id, bo_id = sorted(book.ids())  # ids given in the order of the file
    with book.journal.operation("Log two interactions") as conn:
        log_interaction(conn, [ann_id, bo_id], dt.date(2024, 1, 5), "call", "Catch-up")
        log_interaction(conn, [ann_id], dt.date(2024, 2, 1), "email", "Slides")
    later = tmp_path / "Connections-later.csv"
    later.write_text(
        LINKEDIN_HEADER
        + "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Polar Labs,CTO,15 Mar 2019\n"
        + "Bo,Chan,https://www.linkedin.com/in/bo-chan,,Zenith,Buyer,02 Jan 2023\n",
        encoding="utf-8",
    )
    report = importer.run([later], choices=MergeChoices(prefer_incoming=True))
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 1)
    ann, bo = book.get(ann_id), book.get(bo_id)
    assert [(i.kind, i.summary) for i in ann.interactions] == [
        ("call", "Catch-up"),
        ("email", "Slides"),
        ("changed_job", "Senior Engineer at Acme Robotics → CTO at Polar Labs"),
    ]
    assert ann.interactions[0].with_uids == [bo.uid]
    assert [(i.kind, i.with_uids) for i in bo.interactions] == [("call", [ann.uid])]


def test_a_card_with_story_lines_is_still_compared_with_the_books_interactions(
    book, importer, tmp_path
):
    """A line without a UID that says what the contact already holds is that interaction:
    importing it does not add a copy (the matched contact is loaded with its interactions)."""
    ann_id = book.add(person("Ann", "Lee", uid="urn:uuid:ann"))
    with book.journal.operation("Log an interaction") as conn:
        log_interaction(conn, [ann_id], dt.date(2024, 1, 5), "call", "Catch-up")
    card = tmp_path / "ann.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:ann\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\n"
        "X-NETBOOK-INTERACTION:2024-01-05;call;Catch-up\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    held = book.get(ann_id).interactions
    report = importer.run([card])
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 1)
    assert book.get(ann_id).interactions == held

"""Undoing a merge of duplicates gives back the book exactly, links and import history too."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from netbook.model.values import (
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
)
from netbook.services.address_book import AddressBook
from netbook.services.duplicates import merge_contacts, merge_undoably
from netbook.services.importer import Importer
from netbook.services.merge_undo import unmerge
from netbook.services.record_snapshot import to_snapshot
from tests.conftest import DATA, person

TODAY = dt.date(2026, 11, 26)

# Raw facts a record dump does not show: which row points at whom, by UID.
_FACTS = {
    "contacts": "SELECT c.uid, c.source_batch_id, c.archived_at, c.created_at, c.updated_at,"
    " i.uid FROM contact c LEFT JOIN contact i ON i.id = c.introduced_by_id ORDER BY c.uid",
    # Whom a relation names: the linked contact, else the UID it was written with (a link made
    # before its target existed is resolved when the target comes back: the same person).
    "relations": "SELECT o.uid, r.position, r.kind, r.related_name, coalesce(t.uid, r.related_uri)"
    " FROM relation r JOIN contact o ON o.id = r.contact_id"
    " LEFT JOIN contact t ON t.id = r.related_contact_id ORDER BY o.uid, r.position",
    "participants": "SELECT i.uid, c.uid FROM interaction_participant p"
    " JOIN interaction i ON i.id = p.interaction_id JOIN contact c ON c.id = p.contact_id"
    " ORDER BY i.uid, c.uid",
    "interactions": "SELECT uid, occurred_on, kind, summary FROM interaction ORDER BY uid",
    "opportunities": "SELECT o.uid, o.kind, o.title, c.uid, v.uid FROM opportunity o"
    " LEFT JOIN contact c ON c.id = o.contact_id LEFT JOIN contact v ON v.id = o.introducer_id"
    " ORDER BY o.uid",
    "tags": "SELECT c.uid, t.name FROM contact_tag ct JOIN contact c ON c.id = ct.contact_id"
    " JOIN tag t ON t.id = ct.tag_id ORDER BY c.uid, t.name",
    "import_changes": "SELECT b.batch_id, c.uid, b.action, b.before, b.after_updated_at"
    " FROM import_batch_change b JOIN contact c ON c.id = b.contact_id"
    " ORDER BY b.batch_id, c.uid",
    "index": "SELECT c.uid, f.name, f.organization, f.title, f.email, f.phone, f.place, f.tag,"
    " f.note FROM contact_fts f JOIN contact c ON c.id = f.rowid ORDER BY c.uid",
    "index_rows": "SELECT count(*) FROM contact_fts",
}


def _dump(book: AddressBook) -> str:
    """The whole book: every record (by UID, without ids) and every link between rows."""
    with book.database.reading() as conn:
        every_id = [r[0] for r in conn.execute(text("SELECT id FROM contact"))]
    records = {r.uid: to_snapshot(r) for r in book.get_many(every_id)}
    for item in records.values():
        item.pop("id")
    with book.database.reading() as conn:
        facts = {
            name: [list(map(str, row)) for row in conn.execute(text(sql))]
            for name, sql in _FACTS.items()
        }
    return json.dumps({"records": records, "facts": facts}, sort_keys=True, default=str)


def _card(uid: str, name: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    head = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:Lee;Ann;;;\r\n"
    return f"{head}{body}END:VCARD\r\n"


@pytest.fixture
def storied_book(book: AddressBook, tmp_path: Path) -> tuple[AddressBook, Importer, list[int]]:
    """Three Ann Lees (one imported, one archived with a photo) and friends who name them."""
    book.add(person("Ivo", "Intro", uid="intro"))
    keep = book.add(
        person(
            "Ann",
            "Lee",
            uid="keep",
            emails=[LabelledValue("ann@x.example")],
            tags=["A"],
            note="Kept note.",
            introduced_by_uid="intro",
            relations=[RelationValue("colleague", "Ann (other)", "other")],
            interactions=[
                InteractionValue(dt.date(2024, 1, 1), "call", "with both", uid="i-both"),
            ],
            opportunities=[OpportunityValue("client", "Kept deal", uid="o-keep")],
        )
    )
    other = book.add(
        person(
            "Annie",
            "Lee",
            uid="other",
            organization="Initech",
            emails=[LabelledValue("ann@y.example")],
            phones=[LabelledValue("+1 617 555 0100")],
            tags=["B"],
            favourite=True,
            archived=True,
            note="Other note.",
            introduced_by_uid="keep",
            photo=PhotoValue(data=(DATA / "photo.png").read_bytes(), media_type="image/png"),
            interactions=[
                InteractionValue(dt.date(2024, 2, 2), "meeting", "only other", uid="i-other"),
                InteractionValue(dt.date(2024, 1, 1), "call", "with both", uid="i-both"),
            ],
            opportunities=[
                OpportunityValue("job_offer", "Other job", uid="o-other", introducer_uid="keep")
            ],
        )
    )
    friend = book.add(
        person(
            "Fritz",
            "Friend",
            uid="friend",
            introduced_by_uid="other",
            relations=[
                RelationValue("friend", "Annie", "other"),
                RelationValue("friend", "Ann", "keep"),
            ],
            interactions=[
                InteractionValue(
                    dt.date(2024, 3, 3),
                    "lunch",
                    "friend and other",
                    uid="i-shared",
                    with_uids=["other"],
                )
            ],
            opportunities=[
                OpportunityValue("client", "Via other", uid="o-friend", introducer_uid="other")
            ],
        )
    )
    importer = Importer(book, today=lambda: TODAY)
    path = tmp_path / "ann.vcf"
    path.write_text(_card("imported", "Ann Lee", "EMAIL:ann@z.example", "NOTE:From a file"))
    report = importer.run([path])
    assert report.imported == 1
    imported = book.resolve("imported")
    assert {keep, other, friend, imported} <= set(book.ids()) | {other}
    return book, importer, [keep, other, imported]


def test_unmerge_gives_back_the_book_exactly(storied_book):
    book, _importer, [keep, other, imported] = storied_book
    before = _dump(book)
    merged, undo = merge_undoably(book.database, keep, [other, imported])
    assert {e.value for e in merged.emails} == {"ann@x.example", "ann@y.example", "ann@z.example"}
    friend = book.get(book.resolve("friend"))
    assert friend.introduced_by_uid == "keep"
    assert [r.uid for r in friend.relations] == ["keep", "keep"]
    assert book.resolve("keep") == keep
    assert _dump(book) != before

    ids = unmerge(book.database, undo)
    assert ids[0] == keep
    assert _dump(book) == before
    # And a second round (redo, then undo again) still gives back the same book.
    _merged, undo = merge_undoably(
        book.database, book.resolve("keep"), [book.resolve("other"), book.resolve("imported")]
    )
    unmerge(book.database, undo)
    assert _dump(book) == before


def test_an_import_undone_after_an_unmerge_takes_its_contact_away(storied_book):
    book, importer, [keep, other, imported] = storied_book
    [batch] = importer.batches()
    _merged, undo = merge_undoably(book.database, keep, [other, imported])
    unmerge(book.database, undo)
    importer.undo([batch.id])
    uids = set(book.uids(book.ids()).values())
    assert "imported" not in uids
    assert {"keep", "friend", "intro"} <= uids


def test_unmerge_refuses_when_the_book_moved_on_and_changes_nothing(storied_book):
    book, _importer, [keep, other, _imported] = storied_book
    _merged, undo = merge_undoably(book.database, keep, [other])
    unmerge(book.database, undo)
    before = _dump(book)
    with pytest.raises(LookupError, match="already back"):
        unmerge(book.database, undo)
    assert _dump(book) == before
    book.delete([book.resolve("keep")])
    after_delete = _dump(book)
    with pytest.raises(LookupError, match="no longer in the book"):
        unmerge(book.database, undo)
    assert _dump(book) == after_delete


def test_merge_contacts_reports_a_missing_contact(book):
    keep = book.add(person("Ann", "Lee"))
    with pytest.raises(LookupError):
        merge_contacts(book.database, keep, [keep + 100])
    assert book.get(keep) is not None

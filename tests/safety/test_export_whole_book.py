"""Promise 2: "export all" is the whole book (docs/reliability.md, section 2).

A rich book (the sample book plus contacts that use every field) is exported in each format by
the real CLI: archived contacts are in it by default and marked, `--no-archived` leaves them
out; vCard 3.0 and 4.0 imported into an empty book give the same book back; JSON (netbook does
not import JSON) is compared with the book's own rows, column by column, and a walk over the
schema makes sure no column of a contact is left out of it.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from netbook.model.fields import SCALAR_NAMES
from tests.safety.support import (
    comparable_records,
    contact_tables,
    full_dump,
    make_rich_book,
    netbook,
)

# How the JSON export carries each column of the tables that hold contacts' data.
# contact columns -> the key of the contact object (a dotted path into nested objects).
CONTACT_KEYS = {
    "id": "id",
    "uid": "uid",
    # A contact's single values are JSON keys of their own name (model/fields.py).
    **{name: name for name in SCALAR_NAMES},
    "favourite": "favourite",
    "archived_at": "archived_at",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "how_met_channel": "how_met.channel",
    "how_met_date": "how_met.date",
    "how_met_place": "how_met.place",
    "how_met_context": "how_met.context",
    "introduced_by_id": "introduced_by.uid",
    "introduced_by_name": "introduced_by.name",
    "met_in_person": "met_in_person",
    "met_in_person_date": "met_in_person_date",
    "met_in_person_place": "met_in_person_place",
    "keep_in_touch_days": "keep_in_touch_days",
}
# Child tables -> (the list in the contact object, column -> key of its items).
CHILD_KEYS = {
    "email_address": ("emails", {"value": "value", "label": "label", "preferred": "preferred"}),
    "phone_number": ("phones", {"value": "value", "label": "label", "preferred": "preferred"}),
    "postal_address": (
        "addresses",
        {
            c: c
            for c in (
                "po_box",
                "extended",
                "street",
                "locality",
                "region",
                "postal_code",
                "country",
                "label",
                "preferred",
            )
        },
    ),
    "web_link": ("urls", {"value": "value", "label": "label", "preferred": "preferred"}),
    "social_profile": (
        "social_profiles",
        {"service": "service", "value": "value", "label": "label"},
    ),
    "instant_message": (
        "instant_messages",
        {"value": "value", "service": "service", "label": "label", "preferred": "preferred"},
    ),
    "relation": ("relations", {"kind": "kind", "label": "label", "related_name": "name"}),
    "extra_property": ("extra_properties", {"group": "group", "name": "name", "value": "value"}),
}
# Columns carried in a way the generic comparison above cannot check; each is compared below.
SPECIAL = {
    ("relation", "related_contact_id"): "relations[].uid: the related contact's UID",
    ("relation", "related_uri"): "relations[].uid: the UID written when no contact has it",
    ("extra_property", "params"): "extra_properties[].params",
    ("photo", "contact_id"): "photo of that contact",
    ("photo", "media_type"): "photo.media_type",
    ("photo", "data"): "photo.data, base64",
    ("photo", "uri"): "photo.uri",
    ("tag", "name"): "tags[]",
    ("contact_tag", "contact_id"): "tags[] of that contact",
    ("contact_tag", "tag_id"): "tags[]",
    ("interaction", "uid"): "interactions[].uid",
    ("interaction", "occurred_on"): "interactions[].date",
    ("interaction", "kind"): "interactions[].kind",
    ("interaction", "summary"): "interactions[].summary",
    ("interaction", "channel"): "interactions[].channel",
    ("interaction", "text"): "interactions[].text",
    ("interaction_participant", "interaction_id"): "interactions[] of each participant",
    ("interaction_participant", "contact_id"): "interactions[].with (the other participants)",
    ("opportunity", "uid"): "opportunities[].uid",
    ("opportunity", "kind"): "opportunities[].kind",
    ("opportunity", "title"): "opportunities[].title",
    ("opportunity", "occurred_on"): "opportunities[].date",
    ("opportunity", "outcome"): "opportunities[].outcome",
    ("opportunity", "note"): "opportunities[].note",
    ("opportunity", "contact_id"): "opportunities[] of that contact",
    ("opportunity", "introducer_id"): "opportunities[].introducer (a UID)",
}
# Columns that are not the contact's data, and why.
NOT_DATA = {
    ("contact", "sort_key"): "derived from the name (model.text.sort_key)",
    ("contact", "source_batch_id"): "the import that brought it: history of this book",
    ("email_address", "value_key"): "derived: the folded address, for matching",
    ("phone_number", "e164"): "derived from the number, for matching",
    ("social_profile", "value_key"): "derived: the normalised URL, for matching",
    ("social_profile", "preferred"): "never set: netbook has no preferred social profile",
    ("photo", "thumbnail"): "derived from the photo when stored",
    ("tag", "key"): "derived: the folded name, for uniqueness",
    ("interaction", "created_at"): "when the row was written; the interaction has its date",
    ("interaction", "source_batch_id"): "the import that brought it: history of this book",
    ("opportunity", "created_at"): "when the row was written; the opportunity has its date",
}
ROW_BOOKKEEPING = {"id", "contact_id", "position"}  # a child's row id, owner and list order


def test_the_json_export_names_every_column_of_a_contact():
    """A new column in any table holding contacts' data must be given a place here."""
    forgotten = []
    for table in contact_tables():
        for column in table.columns:
            key = (table.name, column.name)
            if table.name == "contact":
                known = column.name in CONTACT_KEYS
            elif table.name in CHILD_KEYS:
                known = column.name in CHILD_KEYS[table.name][1] or column.name in ROW_BOOKKEEPING
            else:
                known = column.name in ROW_BOOKKEEPING - {"contact_id"}
            if not (known or key in SPECIAL or key in NOT_DATA):
                forgotten.append(f"{table.name}.{column.name}")
    assert forgotten == [], "say how the JSON export carries these columns"


@pytest.fixture(scope="module")
def rich_book(tmp_path_factory) -> Path:
    return make_rich_book(tmp_path_factory.mktemp("rich") / "book.sqlite3")


@pytest.fixture(scope="module")
def exported_json(rich_book) -> list[dict[str, Any]]:
    result = netbook("--db", str(rich_book), "export", "--format", "json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def _path(item: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        if item is None:
            return None
        item = item[part]
    return item


def _as_json(value: Any) -> Any:
    """A value read by sqlite3 as the JSON export writes it."""
    if isinstance(value, str) and len(value) >= 19 and value[10] == " " and value[4] == "-":
        return value.replace(" ", "T")  # SQLite's DATETIME text -> ISO 8601
    return value


def test_the_json_export_is_the_books_rows(rich_book, exported_json):
    conn = sqlite3.connect(rich_book)
    conn.row_factory = sqlite3.Row
    try:
        by_id = {c["id"]: c for c in exported_json}
        uids = {row["id"]: row["uid"] for row in conn.execute("SELECT id, uid FROM contact")}
        names = dict(conn.execute("SELECT id, display_name FROM contact").fetchall())
        assert sorted(by_id) == sorted(uids)
        for row in conn.execute("SELECT * FROM contact"):
            item = by_id[row["id"]]
            for column, key in CONTACT_KEYS.items():
                expected = row[column]
                if column == "introduced_by_id":
                    expected = uids.get(expected)
                elif column == "introduced_by_name" and row["introduced_by_id"] is not None:
                    expected = names[row["introduced_by_id"]]  # the introducer's name today
                elif column in ("favourite", "met_in_person"):
                    expected = bool(expected)
                assert _path(item, key) == _as_json(expected), (row["uid"], column)
            assert item["archived"] == (row["archived_at"] is not None)
        for table, (key, columns) in CHILD_KEYS.items():
            for cid, item in by_id.items():
                rows = conn.execute(
                    f"SELECT * FROM {table} WHERE contact_id = ? ORDER BY position, id", (cid,)
                ).fetchall()
                got = [{c: value[k] for c, k in columns.items()} for value in item[key]]
                want = [
                    {c: bool(r[c]) if c == "preferred" else r[c] for c in columns} for r in rows
                ]
                assert got == want, (table, item["uid"])
        _check_special(conn, by_id, uids)
    finally:
        conn.close()


def _check_special(conn, by_id, uids) -> None:
    for cid, item in by_id.items():
        relations = conn.execute(
            "SELECT related_contact_id, related_uri FROM relation WHERE contact_id = ?"
            " ORDER BY position, id",
            (cid,),
        ).fetchall()
        assert [r["uid"] for r in item["relations"]] == [
            uids.get(r["related_contact_id"]) or r["related_uri"] for r in relations
        ]
        params = conn.execute(
            "SELECT params FROM extra_property WHERE contact_id = ? ORDER BY position, id", (cid,)
        ).fetchall()
        assert [x["params"] for x in item["extra_properties"]] == [
            json.loads(p["params"]) if p["params"] else [] for p in params
        ]
        photo = conn.execute(
            "SELECT media_type, data, uri FROM photo WHERE contact_id = ?", (cid,)
        ).fetchone()
        if photo is None:
            assert item["photo"] is None
        else:
            assert item["photo"]["media_type"] == photo["media_type"]
            assert item["photo"]["uri"] == photo["uri"]
            data = item["photo"]["data"]
            assert (base64.b64decode(data) if data else None) == photo["data"]
        tags = conn.execute(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id"
            " WHERE ct.contact_id = ?",
            (cid,),
        ).fetchall()
        assert sorted(item["tags"]) == sorted(t["name"] for t in tags)
        interactions = conn.execute(
            "SELECT i.id, i.uid, i.occurred_on, i.kind, i.summary FROM interaction i"
            " JOIN interaction_participant p ON p.interaction_id = i.id WHERE p.contact_id = ?",
            (cid,),
        ).fetchall()
        expected = {}
        for i in interactions:
            others = conn.execute(
                "SELECT contact_id FROM interaction_participant"
                " WHERE interaction_id = ? AND contact_id != ?",
                (i["id"], cid),
            ).fetchall()
            expected[i["uid"]] = (
                i["occurred_on"],
                i["kind"],
                i["summary"],
                sorted(uids[o["contact_id"]] for o in others),
            )
        assert {
            i["uid"]: (i["date"], i["kind"], i["summary"], sorted(i["with"]))
            for i in item["interactions"]
        } == expected, item["uid"]
        opportunities = conn.execute(
            "SELECT uid, kind, title, occurred_on, outcome, note, introducer_id FROM opportunity"
            " WHERE contact_id = ?",
            (cid,),
        ).fetchall()
        assert {
            o["uid"]: (o["kind"], o["title"], o["date"], o["outcome"], o["note"], o["introducer"])
            for o in item["opportunities"]
        } == {
            o["uid"]: (
                o["kind"],
                o["title"],
                o["occurred_on"],
                o["outcome"],
                o["note"],
                uids.get(o["introducer_id"]),
            )
            for o in opportunities
        }


def _archived_count(book: Path) -> tuple[int, int]:
    conn = sqlite3.connect(book)
    try:
        total, archived = conn.execute(
            "SELECT count(*), count(archived_at) FROM contact"
        ).fetchone()
    finally:
        conn.close()
    return int(total), int(archived)


def _exported(book: Path, fmt: str, *extra: str) -> str:
    result = netbook("--db", str(book), "export", "--format", fmt, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.removeprefix("\ufeff")


def _marks(fmt: str, text: str) -> tuple[int, int]:
    """(contacts, contacts marked archived) in an export."""
    if fmt.startswith("vcard"):
        return text.count("BEGIN:VCARD"), text.count("X-NETBOOK-ARCHIVED:TRUE")
    if fmt == "json":
        data = json.loads(text)
        return len(data), sum(1 for c in data if c["archived"])
    rows = list(csv.DictReader(io.StringIO(text)))
    marked = sum(
        1
        for row in rows
        if any(
            row[k] == "netbook: archived" and row[k.replace("Label", "Value")] == "yes"
            for k in row
            if k.endswith("- Label")
        )
    )
    return len(rows), marked


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4", "csv", "json"])
def test_export_all_includes_the_archived_marked_unless_asked(rich_book, fmt):
    total, archived = _archived_count(rich_book)
    assert archived >= 3  # two in the sample book, one of the rich contacts
    assert _marks(fmt, _exported(rich_book, fmt)) == (total, archived)
    assert _marks(fmt, _exported(rich_book, fmt, "--no-archived")) == (total - archived, 0)


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_a_vcard_export_imported_into_an_empty_book_is_the_same_book(rich_book, tmp_path, fmt):
    exported = tmp_path / f"all-{fmt}.vcf"
    result = netbook("--db", str(rich_book), "export", "--format", fmt, "--output", str(exported))
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "fresh" / "book.sqlite3"
    imported = netbook("--db", str(fresh), "import", "--json", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["files"][0]["problems"] == []
    before, after = comparable_records(rich_book), comparable_records(fresh)
    assert sorted(after) == sorted(before)
    for uid, record in before.items():
        assert after[uid] == record, uid


def test_the_export_dialog_includes_the_archived_unless_unticked(qtbot, tmp_path):
    from netbook.services.address_book import AddressBook, ContactFilter, View
    from netbook.store.opening import open_database
    from netbook.ui.dialogs.export import ExportDialog
    from netbook.ui.window.workers import running_tasks
    from tests.conftest import person

    database = open_database(tmp_path / "gui" / "book.sqlite3")
    try:
        book = AddressBook(database)
        book.add_many([person("Ada", "Lovelace"), person("Grace", "Hopper")])
        book.archive([book.add(person("Alan", "Turing"))])
        everyone = book.ids(ContactFilter(view=View.EVERYONE))
        dialog = ExportDialog(book, [("All contacts (3)", everyone)])
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.include_archived.isVisible()
        assert dialog.include_archived.isChecked()
        assert "1 of them archived" in dialog.status.text()
        for ticked, expected in ((True, 3), (False, 2)):
            target = tmp_path / f"out-{ticked}.json"
            dialog.include_archived.setChecked(ticked)
            dialog.set_choice(0, "json", target)
            with qtbot.waitSignal(dialog.exported, timeout=20_000):
                dialog.export_button.click()
            qtbot.waitUntil(lambda: running_tasks() == 0)
            data = json.loads(target.read_text("utf-8"))
            assert len(data) == expected
            assert sum(c["archived"] for c in data) == expected - 2
            dialog.close()
            dialog = ExportDialog(book, [("All contacts (3)", everyone)])
            qtbot.addWidget(dialog)
            dialog.show()
    finally:
        database.close()


# What CSV carries (docs/csv.md, "Export"): every other field is left out of the comparison.
CSV_FIELDS = (
    "uid",
    "prefix",
    "given_name",
    "additional_names",
    "family_name",
    "suffix",
    "nickname",
    "phonetic_given_name",
    "phonetic_family_name",
    "organization",
    "department",
    "title",
    "birthday",
    "anniversary",
    "note",
    "tags",
    "favourite",
    "archived",
    "emails",
    "phones",
    "addresses",
    "urls",
    "social_profiles",
    "instant_messages",
    "introduced_by_name",
    "how_met",
    "met_in_person",
    "met_in_person_date",
    "keep_in_touch_days",
)


def _without_preferred(value: Any) -> Any:
    """CSV has no "preferred" mark on emails, phones, addresses, links or IM."""
    if isinstance(value, list):
        return [_without_preferred(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_preferred(v) for k, v in value.items() if k != "preferred"}
    return value


def _csv_subset(record: dict[str, Any]) -> dict[str, Any]:
    return {key: _without_preferred(record[key]) for key in CSV_FIELDS}


def test_a_csv_export_gives_back_its_documented_subset(rich_book, tmp_path):
    exported = tmp_path / "all.csv"
    result = netbook("--db", str(rich_book), "export", "--format", "csv", "--output", str(exported))
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "fresh" / "book.sqlite3"
    imported = netbook("--db", str(fresh), "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    before, after = comparable_records(rich_book), comparable_records(fresh)
    assert sorted(after) == sorted(before)
    for uid, record in before.items():
        assert _csv_subset(after[uid]) == _csv_subset(record), uid


def test_a_csv_export_imported_into_its_own_book_changes_nothing(rich_book, tmp_path):
    book = tmp_path / "copy.sqlite3"
    book.write_bytes(rich_book.read_bytes())
    exported = tmp_path / "all.csv"
    result = netbook("--db", str(book), "export", "--format", "csv", "--output", str(exported))
    assert result.returncode == 0, result.stderr
    before = full_dump(book)
    imported = netbook("--db", str(book), "import", "--json", str(exported))
    assert imported.returncode == 0, imported.stderr
    summary = json.loads(imported.stdout)["files"][0]
    assert (summary["imported"], summary["updated"]) == (0, 0), summary
    assert full_dump(book) == before

"""`netbook import` through a real subprocess."""

from __future__ import annotations

import json

from tests.cli.test_cli import netbook
from tests.conftest import DATA

FILES = DATA / "import"


def test_import_json_summary_and_idempotence(tmp_path):
    db = str(tmp_path / "book.sqlite3")
    first = netbook("--db", db, "import", str(FILES / "three.vcf"), "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    [file] = summary["files"]
    assert {
        k: file[k] for k in ("path", "format", "imported", "updated", "unchanged", "problems")
    } == {
        "path": str(FILES / "three.vcf"),
        "format": "vcard",
        "imported": 3,
        "updated": 0,
        "unchanged": 0,
        "problems": [],
    }
    again = json.loads(netbook("--db", db, "import", str(FILES / "three.vcf"), "--json").stdout)
    assert (again["files"][0]["imported"], again["files"][0]["unchanged"]) == (0, 3)


def test_dry_run_changes_nothing(tmp_path):
    db = str(tmp_path / "book.sqlite3")
    result = netbook("--db", db, "import", "--dry-run", str(FILES / "three.vcf"))
    assert result.returncode == 0, result.stderr
    assert "would import 3 new" in result.stdout
    assert json.loads(netbook("--db", db, "list", "--json").stdout) == []


def test_problems_are_listed_with_card_and_line_and_exit_is_zero(tmp_path):
    db = str(tmp_path / "book.sqlite3")
    result = netbook("--db", db, "import", str(FILES / "one-broken.vcf"), "--json")
    assert result.returncode == 0, result.stderr
    [file] = json.loads(result.stdout)["files"]
    assert file["imported"] == 3
    assert file["problems"][0]["card"] == 2
    assert file["problems"][0]["line"] >= 5
    text = netbook("--db", db, "import", str(FILES / "one-broken.vcf")).stdout
    assert "card 2, line" in text


def test_unreadable_file_exits_non_zero_with_one_line(tmp_path):
    db = str(tmp_path / "book.sqlite3")
    result = netbook("--db", db, "import", str(FILES / "not-a-vcard.vcf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "not-a-vcard.vcf" in result.stderr
    assert "Traceback" not in result.stderr
    missing = netbook("--db", db, "import", str(tmp_path / "nope.vcf"))
    assert missing.returncode == 1
    assert "nope.vcf" in missing.stderr


def test_export_vcard_reads_back(tmp_path):
    db = str(tmp_path / "book.sqlite3")
    netbook("--db", db, "import", str(FILES / "three.vcf"))
    out = tmp_path / "out.vcf"
    result = netbook("--db", db, "export", "--format", "vcard4", "--output", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert "VERSION:4.0" in text
    other = str(tmp_path / "other.sqlite3")
    back = json.loads(netbook("--db", other, "import", str(out), "--json").stdout)
    assert back["files"][0]["imported"] == 3


def test_duplicates_lists_groups(tmp_path):
    from netbook.model.values import LabelledValue
    from netbook.services.address_book import AddressBook
    from netbook.store.opening import open_database
    from tests.conftest import person

    path = tmp_path / "book.sqlite3"
    netbook("--db", str(path), "import", str(FILES / "three.vcf"))
    database = open_database(path)
    AddressBook(database).add(
        person("Grace B.", "Hopper", emails=[LabelledValue("Grace@Navy.example")])
    )
    database.close()
    result = netbook("--db", str(path), "duplicates", "--json")
    assert result.returncode == 0, result.stderr
    [group] = json.loads(result.stdout)
    assert sorted(c["name"] for c in group["contacts"]) == ["Grace B. Hopper", "Grace Hopper"]
    assert group["reasons"] == [
        "same email grace@navy.example",
        "similar names Grace Hopper / Grace B. Hopper",
    ]
    text = netbook("--db", str(path), "duplicates").stdout
    assert "Grace Hopper (" in text
    assert "same email" in text


def test_absurd_values_never_end_in_a_traceback(tmp_path):
    hostile = tmp_path / "absurd.vcf"
    hostile.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:D\r\nBDAY:0000-00-00\r\nANNIVERSARY:9999-12-31\r\n"
        b"X-NETBOOK-KEEP-IN-TOUCH:99999999999999999999\r\n"
        b"X-NETBOOK-INTERACTION:9999-12-31;call;x;;\r\nEND:VCARD\r\n"
    )
    db = str(tmp_path / "book.sqlite3")
    result = netbook("--db", db, "import", str(hostile))
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "imported 1 new" in result.stdout
    for command in (("stats",), ("reach-out",), ("list", "--json"), ("export",)):
        after = netbook("--db", db, *command)
        assert "Traceback" not in after.stderr, (command, after.stderr)
        assert after.returncode == 0, (command, after.stderr)


def test_names_the_console_cannot_show_never_end_in_a_traceback(tmp_path):
    # A Windows console in cp1252 cannot show 李: `list` crashed with UnicodeEncodeError.
    card = tmp_path / "u.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen 李\r\nEND:VCARD\r\n", encoding="utf-8")
    db = str(tmp_path / "book.sqlite3")
    assert netbook("--db", db, "import", str(card)).returncode == 0
    env = {"PYTHONIOENCODING": "ascii"}  # what the test reads back; cp1252 fails the same way
    listed = netbook("--db", db, "list", env=env)
    assert "Traceback" not in listed.stderr
    assert listed.returncode == 0, listed.stderr
    assert "J\\xfcrgen \\u674e" in listed.stdout
    as_json = netbook("--db", db, "list", "--json", env=env)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)[0]["display_name"] == "Jürgen 李"


def test_import_linkedin_archive_json_and_keep_message_text(tmp_path):
    from tests.linkedin_archive_files import basic_zip

    archive = basic_zip(tmp_path)
    db = str(tmp_path / "book.sqlite3")
    dry = netbook("--db", db, "import", "--dry-run", str(archive))
    assert dry.returncode == 0, dry.stderr
    assert f"{archive} / messages.csv (linkedin-messages): would import interactions 3 new" in (
        dry.stdout
    )
    first = netbook("--db", db, "import", str(archive), "--json", "--keep-message-text")
    assert first.returncode == 0, first.stderr
    files = {f.get("part"): f for f in json.loads(first.stdout)["files"]}
    assert (files["Connections.csv"]["items"], files["Connections.csv"]["imported"]) == (
        "contacts",
        3,
    )
    assert (files["messages.csv"]["items"], files["messages.csv"]["imported"]) == (
        "interactions",
        3,
    )
    assert files["Invitations.csv"]["updated"] == 2
    [pending] = [p for p in files["Invitations.csv"]["problems"] if p["dropped"]]
    assert "Dana Pending" in pending["message"]
    ann = json.loads(netbook("--db", db, "list", "Ann", "--json").stdout)[0]
    shown = json.loads(netbook("--db", db, "show", str(ann["id"]), "--json").stdout)
    assert shown["how_met"]["context"].startswith("They invited me on LinkedIn on 2019-03-10")
    again = json.loads(netbook("--db", db, "import", str(archive), "--json").stdout)
    assert sum(f["imported"] + f["updated"] for f in again["files"]) == 0


def test_import_unreadable_archive_exits_non_zero(tmp_path):
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    result = netbook("--db", str(tmp_path / "b.sqlite3"), "import", str(bad))
    assert result.returncode != 0
    assert "the ZIP file is damaged" in result.stderr

"""The command line through a real subprocess, as scripts use it."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netbook import __version__
from netbook.model.values import LabelledValue
from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database
from tests.conftest import person

REQUIRED_KEYS = {
    "id",
    "uid",
    "display_name",
    "given_name",
    "family_name",
    "organization",
    "title",
    "emails",
    "phones",
    "addresses",
    "urls",
    "social_profiles",
    "birthday",
    "note",
    "tags",
    "has_photo",
    "how_met",
    "introduced_by",
    "met_in_person",
    "archived",
    "created_at",
    "updated_at",
}


def netbook(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netbook", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "cli" / "book.sqlite3"
    db = open_database(path)
    book = AddressBook(db)
    book.add(
        person(
            "Ada",
            "Lovelace",
            organization="Analytical Engines",
            title="Programmer",
            emails=[LabelledValue("ada@engines.example", "work")],
            tags=["Pioneers"],
            uid="urn:uuid:ada",
        )
    )
    book.add(person("Grace", "Hopper", organization="US Navy", birthday="--12-09"))
    db.close()
    return path


def test_version():
    result = netbook("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"netbook {__version__}"


def test_list_json_on_a_new_path_creates_a_private_book(tmp_path):
    path = tmp_path / "x" / "book.sqlite3"
    result = netbook("--db", str(path), "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    conn.close()


def test_netbook_db_environment_variable_is_used(tmp_path):
    path = tmp_path / "env" / "book.sqlite3"
    result = netbook("list", "--json", env={"NETBOOK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_list_show_and_query(filled):
    listed = json.loads(netbook("--db", str(filled), "list", "--json").stdout)
    assert [c["display_name"] for c in listed] == ["Grace Hopper", "Ada Lovelace"]
    assert set(listed[0]) >= REQUIRED_KEYS
    found = json.loads(netbook("--db", str(filled), "list", "pioneer", "--json").stdout)
    assert [c["display_name"] for c in found] == ["Ada Lovelace"]
    plain = netbook("--db", str(filled), "list", "lovel").stdout
    assert "Ada Lovelace" in plain
    assert "Grace" not in plain
    shown = json.loads(netbook("--db", str(filled), "show", "urn:uuid:ada", "--json").stdout)
    assert shown["emails"] == [
        {"value": "ada@engines.example", "label": "work", "preferred": False}
    ]
    assert shown["tags"] == ["Pioneers"]
    by_id = netbook("--db", str(filled), "show", str(shown["id"]))
    assert "Ada Lovelace" in by_id.stdout
    assert "ada@engines.example" in by_id.stdout


def test_show_unknown_contact_is_one_line_error(filled):
    result = netbook("--db", str(filled), "show", "nobody")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "nobody" in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_json_counts(filled):
    stats = json.loads(netbook("--db", str(filled), "stats", "--json").stdout)
    assert stats["total"] == 2
    assert stats["archived"] == 0
    assert stats["with_email"] == 1
    assert stats["tags"] == 1
    # the network's numbers (every one is checked in tests/services/test_network_stats.py)
    assert stats["met_in_person"] == 0
    assert stats["by_channel"] == {"unknown": 2}
    assert stats["opportunities"]["total"] == 0
    assert {
        "by_country",
        "growth",
        "top_introducers",
        "dormant",
        "reach_out_due",
        "birthdays_next_30_days",
    } <= set(stats)


def test_export_json_to_file_and_stdout(filled, tmp_path):
    out = tmp_path / "out.json"
    result = netbook(
        "--db", str(filled), "export", "--format", "json", "--output", str(out), "grace"
    )
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [c["display_name"] for c in exported] == ["Grace Hopper"]
    assert exported[0]["birthday"] == "--12-09"
    everything = json.loads(netbook("--db", str(filled), "export", "--format", "json").stdout)
    assert len(everything) == 2


def test_export_to_unwritable_place_is_one_line_error(filled, tmp_path):
    result = netbook(
        "--db",
        str(filled),
        "export",
        "--format",
        "json",
        "--output",
        str(tmp_path / "missing-folder" / "out.json"),
    )
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["show", "1"],
        ["stats", "--json"],
        ["export", "--format", "json"],
        ["import", str(Path(__file__).parents[1] / "data" / "import" / "three.vcf")],
        ["reach-out"],
        ["introducers", "acme"],
        ["duplicates"],
    ],
)
def test_unknown_revision_is_refused_by_every_command(filled, command):
    conn = sqlite3.connect(filled)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()
    before = _digest(filled)
    result = netbook("--db", str(filled), *command)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "newer netbook" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert _digest(filled) == before


def test_usage_error_is_short(tmp_path):
    result = netbook("--db", str(tmp_path / "b.sqlite3"), "list", "--bogus")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_an_internal_error_is_one_line_with_the_details_in_the_log(tmp_path, monkeypatch, capsys):
    from netbook.app import open_for_command
    from netbook.cli import contacts
    from netbook.cli.main import run

    def broken(book, args, out):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(contacts, "cmd_list", broken)
    status = run(["--db", str(tmp_path / "b.sqlite3"), "list"], open_for_command)
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    assert "internal error in 'list': RuntimeError: simulated bug" in err
    log_path = err.split("details in ")[1].split(";")[0]
    assert "RuntimeError: simulated bug" in Path(log_path).read_text(encoding="utf-8")

"""`netbook history`, `undo` and `redo` in real subprocesses on a real book file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.book_dump import dump_book
from tests.cli.test_cli import netbook
from tests.conftest import DATA

THREE = DATA / "import" / "three.vcf"


def test_history_undo_and_redo_of_an_import(tmp_path: Path):
    db = str(tmp_path / "b.sqlite3")
    assert netbook("--db", db, "history").stdout == "No changes recorded yet.\n"
    empty = dump_book(Path(db))
    assert netbook("--db", db, "import", str(THREE)).returncode == 0
    imported = dump_book(Path(db))

    history = json.loads(netbook("--db", db, "history", "--json").stdout)
    [op] = history
    assert op["label"] == "Import three.vcf"
    assert op["origin"] == "command line"
    assert op["source"] == str(THREE)
    assert (op["undone"], op["redoable"], op["next"]) == (False, False, "undo")
    assert op["changes"] > 3
    text = netbook("--db", db, "history").stdout
    assert "Import three.vcf" in text
    assert "<- undo" in text

    undone = netbook("--db", db, "undo", "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["undone"]["label"] == "Import three.vcf"
    assert dump_book(Path(db)) == empty
    [op] = json.loads(netbook("--db", db, "history", "--json").stdout)
    assert (op["undone"], op["redoable"], op["next"]) == (True, True, "redo")

    redone = netbook("--db", db, "redo")
    assert redone.stdout == "Redone: Import three.vcf\n"
    assert dump_book(Path(db)) == imported


def test_undo_with_nothing_to_undo_says_so(tmp_path: Path):
    db = str(tmp_path / "b.sqlite3")
    result = netbook("--db", db, "undo")
    assert result.returncode == 1
    assert result.stderr == "netbook: error: there is nothing to undo\n"
    result = netbook("--db", db, "redo", "--json")
    assert result.returncode == 1
    assert result.stderr == "netbook: error: there is nothing to redo\n"
    assert result.stdout == ""

"""`netbook account ...` and `netbook sync` as scripts use them: real subprocesses, a real
Radicale, the password on stdin and in the (test) keyring, JSON on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.sync.servers import DavServer
from tests.sync.support import Phone, card

ROOT = Path(__file__).resolve().parents[2]


def netbook(
    db: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netbook", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}", **(env or {})},
        check=False,
    )


def test_account_add_list_sync_remove(
    tmp_path: Path, radicale: DavServer, test_keyring: Path
) -> None:
    db = tmp_path / "book.sqlite3"
    Phone(radicale).put("ann.vcf", card("Ann", "Lee"))
    added = netbook(
        db,
        "account",
        "add",
        "home",
        radicale.url,
        "--username",
        radicale.user,
        "--password-stdin",
        "--address-book",
        radicale.book_path,
        stdin=radicale.password + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert f"syncs Contacts ({radicale.book_path})" in added.stdout
    # The password went to the keyring, never into the book.
    assert radicale.password in test_keyring.read_text()
    assert radicale.password.encode() not in db.read_bytes()

    listed = netbook(db, "account", "list", "--json")
    [account] = json.loads(listed.stdout)
    assert account["name"] == "home"
    assert account["password_in_keyring"] is True
    assert [b["href"] for b in account["address_books"]] == [radicale.book_path]

    synced = netbook(db, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert {k: report[k] for k in ("pulled", "pushed", "archived", "conflicts", "errors")} == {
        "pulled": 1,
        "pushed": 0,
        "archived": 0,
        "conflicts": [],
        "errors": [],
    }
    names = json.loads(netbook(db, "list", "--json").stdout)
    assert [c["display_name"] for c in names] == ["Ann Lee"]

    removed = netbook(db, "account", "remove", "home")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(netbook(db, "account", "list", "--json").stdout) == []
    assert radicale.password not in test_keyring.read_text()
    assert [c["display_name"] for c in json.loads(netbook(db, "list", "--json").stdout)] == [
        "Ann Lee"
    ]


def test_without_a_keyring_the_password_is_given_to_each_sync(
    tmp_path: Path, radicale: DavServer
) -> None:
    db = tmp_path / "book.sqlite3"
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    added = netbook(
        db,
        "account",
        "add",
        "home",
        radicale.book_url,
        "--username",
        radicale.user,
        "--password-stdin",
        stdin=radicale.password + "\n",
        env=no_keyring,
    )
    assert added.returncode == 0, added.stderr
    assert "no system keyring" in added.stdout

    refused = netbook(db, "sync", env=no_keyring)
    assert refused.returncode == 1
    assert refused.stderr.startswith("netbook: error: no password for account")
    assert "--password-stdin" in refused.stderr

    given = netbook(db, "sync", "--password-stdin", stdin=radicale.password + "\n", env=no_keyring)
    assert given.returncode == 0, given.stderr
    assert "pulled 0 new" in given.stdout


def test_a_wrong_password_is_one_line(tmp_path: Path, radicale: DavServer) -> None:
    result = netbook(
        tmp_path / "book.sqlite3",
        "account",
        "add",
        "home",
        radicale.url,
        "--username",
        radicale.user,
        "--password-stdin",
        stdin="wrong\n",
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "password was refused (401)" in result.stderr


def test_sync_is_a_writer_and_its_operation_is_undone_like_an_import(
    tmp_path: Path, radicale: DavServer, test_keyring: Path
) -> None:
    from netbook.store.lock import BookLock

    db = tmp_path / "book.sqlite3"
    Phone(radicale).put("ann.vcf", card("Ann", "Lee"))
    added = netbook(
        db,
        "account",
        "add",
        "home",
        radicale.book_url,
        "--username",
        radicale.user,
        "--password-stdin",
        stdin=radicale.password + "\n",
    )
    assert added.returncode == 0, added.stderr
    window = BookLock(db, "window")  # what the window holds for its whole life
    window.acquire()
    try:
        for args in (("sync",), ("account", "remove", "home")):
            refused = netbook(db, *args)
            assert refused.returncode == 3  # EXIT_BUSY: the book is in use (cli/errors.py)
            assert "this book is open in a netbook window" in refused.stderr
        assert netbook(db, "account", "list").returncode == 0  # a reader goes on
    finally:
        window.release()

    assert netbook(db, "sync").returncode == 0
    [last, *_] = json.loads(netbook(db, "history", "--json").stdout)
    assert (last["label"], last["origin"], last["next"]) == ("Sync with home", "sync", "undo")
    undone = netbook(db, "undo", "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["undone"]["label"] == "Sync with home"
    assert json.loads(netbook(db, "list", "--json").stdout) == []

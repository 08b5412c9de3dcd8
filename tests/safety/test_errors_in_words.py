"""Promise 8: errors in words (docs/reliability.md, section 8).

Each failure a user can meet, on real books and the real CLI in a subprocess: one line on
stderr saying what happened and what to do, the documented exit status (README, "Exit
status"), never SQL, a traceback or contact data (the traceback goes to the log), the other
files of the command still go on, and a backup that cannot be completed is removed and stops
the import that needed it.

A full disk is a real one: a small tmpfs mounted in a private mount namespace (`unshare`), so
SQLite meets a genuine ENOSPC (SQLITE_FULL) and nothing outside the test sees the mount; the
same namespace gives a read-only bind mount, which even root cannot write. A file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored) stands in for an I/O error on a write.
"""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database
from netbook.store.paths import backup_dir_for
from tests.conftest import DATA, person
from tests.safety.support import netbook

THREE = DATA / "import" / "three.vcf"
EXIT_ERROR, EXIT_USAGE, EXIT_BUSY, EXIT_STORAGE = 1, 2, 3, 4
SECRET = "Zebulon Secretname"  # contact data that must never appear in an error


def _one_line(result, status: int, *words: str) -> None:
    assert result.returncode == status, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("netbook: error: ")
    for word in words:
        assert word in result.stderr, result.stderr
    for leak in ("Traceback", "SELECT", "INSERT", "UPDATE ", "[SQL", "sqlite3.", SECRET):
        assert leak not in result.stderr, result.stderr


@pytest.fixture
def small_book(tmp_path: Path) -> Path:
    path = tmp_path / "book" / "book.sqlite3"
    database = open_database(path)
    try:
        AddressBook(database).add(person("Zebulon", "Secretname", note="private"))
    finally:
        database.close()
    return path


def _big_vcard(path: Path, cards: int) -> Path:
    lines = []
    for i in range(cards):
        lines.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:big-{i}\r\nFN:Person {i}\r\n"
            f"N:{i};Person;;;\r\nEMAIL:p{i}@example.com\r\nNOTE:{'x' * 400}\r\nEND:VCARD\r\n"
        )
    path.write_text("".join(lines))
    return path


def _contacts(book: Path) -> int:
    conn = sqlite3.connect(book)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


# -- bad arguments -----------------------------------------------------------------------------
def test_a_huge_id_is_not_found_in_words(small_book):
    result = netbook("--db", str(small_book), "show", "9" * 23)
    _one_line(result, EXIT_ERROR, "no contact with id or UID")
    result = netbook("--db", str(small_book), "show", "1" * 5000)
    _one_line(result, EXIT_ERROR, "no contact", "...")


def test_a_huge_pattern_is_a_usage_error(small_book):
    result = netbook("--db", str(small_book), "introducers", "a" * 100_000)
    _one_line(result, EXIT_USAGE, "at most 500")
    result = netbook("--db", str(small_book), "list", "%_" * 50_000)
    _one_line(result, EXIT_USAGE, "at most 500")


def test_an_empty_or_special_db_path_is_refused(tmp_path):
    _one_line(netbook("--db", "", "list"), EXIT_USAGE, "path given is empty")
    _one_line(netbook("--db", "/dev/null", "list"), EXIT_ERROR, "device or a special file")
    _one_line(netbook("--db", str(tmp_path), "list"), EXIT_ERROR, "folder")
    garbage = tmp_path / "notes.txt"
    garbage.write_text("hello")
    _one_line(netbook("--db", str(garbage), "list"), EXIT_ERROR, "not a netbook database")
    assert garbage.read_text() == "hello"


def test_a_file_name_that_is_not_utf8_does_not_stop_the_others(small_book, tmp_path):
    odd = os.fsencode(tmp_path) + b"/caf\xe9-\xff.vcf"
    with open(odd, "wb") as handle:
        handle.write(THREE.read_bytes())
    other = tmp_path / "other.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Other One\r\nEND:VCARD\r\n")
    result = netbook(
        "--db", str(small_book), "import", odd, str(tmp_path / "missing.vcf"), str(other)
    )
    assert result.returncode == EXIT_ERROR  # one file could not be read
    assert result.stderr.count("\n") == 1
    assert "missing.vcf" in result.stderr
    assert "imported 3 new" in result.stdout
    assert "imported 1 new" in result.stdout
    assert _contacts(small_book) == 5


def test_a_book_locked_by_a_writer_is_busy_in_words(small_book):
    ready, done = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(small_book, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        ready.set()
        done.wait(60)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        ready.wait(30)
        result = netbook("--db", str(small_book), "import", str(THREE))
    finally:
        done.set()
        holder.join()
    _one_line(result, EXIT_BUSY, "busy", "try again")
    assert _contacts(small_book) == 1


def test_the_window_lock_is_named_when_the_cli_meets_it(small_book):
    from netbook.store.lock import BookLock

    with BookLock(small_book):
        result = netbook("--db", str(small_book), "list")
    # Reading commands may share the book with an open window; they still work.
    assert result.returncode == 0, result.stderr


# -- the disk --------------------------------------------------------------------------------
def _in_private_mount(script: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (root, or a user namespace)."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed (it is on every Debian machine)"
    flags = ["--mount"] if os.geteuid() == 0 else ["--user", "--map-root-user", "--mount"]
    return subprocess.run(
        [unshare, *flags, "sh", "-ec", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _cli(*args: str | Path) -> str:
    return " ".join(shlex.quote(str(a)) for a in [sys.executable, "-m", "netbook", *args])


def _disk_full_script(mount: Path, book: Path, free_kb: int, then: str) -> str:
    """Mount a 4 MB tmpfs at `mount`, put the book there, fill it to `free_kb` kB free."""
    return f"""
mount -t tmpfs -o size=4m tmpfs {mount}
cp {book} {mount}/book.sqlite3
dd if=/dev/zero of={mount}/filler bs=1k count=100000 2>/dev/null || true
rm -f {mount}/filler
free=$(df -k --output=avail {mount} | tail -1)
dd if=/dev/zero of={mount}/filler bs=1k count=$(( free - {free_kb} )) 2>/dev/null
{then}
"""


def test_a_full_disk_stops_the_import_in_words_and_leaves_no_empty_backup(small_book, tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    script = _disk_full_script(
        mount,
        small_book,
        0,
        f"""
set +e
{_cli("--db", mount / "book.sqlite3", "import", THREE)} 2>{tmp_path}/import.err
echo "import=$?"
{_cli("--db", mount / "book.sqlite3", "list")} >{tmp_path}/list.out 2>{tmp_path}/list.err
echo "list=$?"
ls -la {mount}/backups > {tmp_path}/backups.txt 2>&1 || true
find {mount}/backups -type f -size 0 > {tmp_path}/empty.txt 2>/dev/null || true
cp {mount}/book.sqlite3 {tmp_path}/after.sqlite3
""",
    )
    ran = _in_private_mount(script)
    assert "import=4" in ran.stdout, (ran.stdout, ran.stderr)
    error = (tmp_path / "import.err").read_text()
    assert error.count("\n") == 1, error
    # Depending on how full, SQLite fails opening the book or netbook its backup: either way
    # the words say the disk is full.
    assert "full" in error
    assert "not a netbook database" not in error
    assert (tmp_path / "empty.txt").read_text() == "", (tmp_path / "backups.txt").read_text()
    # On the 100 % full disk the book is still what it was, and is never called "not a book".
    listed = (tmp_path / "list.err").read_text()
    assert "not a netbook database" not in listed
    assert "list=0" in ran.stdout or "full" in listed, listed
    assert _contacts(tmp_path / "after.sqlite3") == 1


def test_a_full_disk_during_the_import_changes_nothing(small_book, tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    big = _big_vcard(tmp_path / "big.vcf", 3000)
    # Room for the backup (the book is small), not for 3,000 contacts.
    script = _disk_full_script(
        mount,
        small_book,
        600,
        f"""
set +e
export XDG_STATE_HOME={tmp_path}/state
{_cli("--db", mount / "book.sqlite3", "import", big)} 2>{tmp_path}/import.err
echo "import=$?"
cp {mount}/book.sqlite3 {tmp_path}/after.sqlite3
""",
    )
    ran = _in_private_mount(script)
    error = (tmp_path / "import.err").read_text()
    assert "import=4" in ran.stdout, (ran.stdout, error)
    assert error.count("\n") == 1, error
    assert "full" in error
    assert "Person 1" not in error
    assert _contacts(tmp_path / "after.sqlite3") == 1
    log = next((tmp_path / "state").rglob("netbook.log")).read_text()
    assert "Traceback" in log  # the details are in the log, not on the screen


def test_a_read_only_book_is_named_as_such(small_book, tmp_path):
    folder = small_book.parent
    before = small_book.read_bytes()
    script = f"""
mount --bind {folder} {folder}
mount -o remount,bind,ro {folder}
set +e
{_cli("--db", small_book, "import", THREE)} 2>{tmp_path}/import.err
echo "import=$?"
{_cli("--db", small_book, "list")} 2>{tmp_path}/list.err
echo "list=$?"
"""
    ran = _in_private_mount(script)
    for name in ("import", "list"):
        assert f"{name}=4" in ran.stdout, (ran.stdout, ran.stderr)
        error = (tmp_path / f"{name}.err").read_text()
        assert error.count("\n") == 1, error
        assert "read-only" in error
        assert "Traceback" not in error
    assert small_book.read_bytes() == before


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_write_that_fails_is_an_error_in_words(small_book, tmp_path):
    big = _big_vcard(tmp_path / "big.vcf", 3000)
    size = small_book.stat().st_size
    result = netbook(
        "--db",
        str(small_book),
        "import",
        str(big),
        env={"XDG_STATE_HOME": str(tmp_path / "state")},
        preexec_fn=_limit_file_size(size + 200_000),
    )
    _one_line(result, EXIT_STORAGE, "nothing was changed")
    assert _contacts(small_book) == 1
    assert [p for p in backup_dir_for(small_book).iterdir() if p.stat().st_size == 0] == []
    assert "Traceback" in next((tmp_path / "state").rglob("netbook.log")).read_text()


def test_a_backup_that_cannot_be_written_refuses_the_import(small_book, tmp_path):
    result = netbook(
        "--db",
        str(small_book),
        "import",
        str(THREE),
        preexec_fn=_limit_file_size(small_book.stat().st_size // 2),
    )
    _one_line(result, EXIT_STORAGE, "could not back up the book before the import")
    assert _contacts(small_book) == 1
    assert [p.name for p in backup_dir_for(small_book).iterdir()] == []


def test_a_book_in_use_is_exit_status_3_whoever_holds_it(tmp_path, capsys):
    from netbook.cli.main import run
    from netbook.services.application import (
        BookBusyError,
        BookLockedError,
        DatabaseBusyError,
    )

    book = tmp_path / "book.sqlite3"
    for error in (BookBusyError(book, 30.0), BookLockedError(book), DatabaseBusyError(book)):

        def refused(db: str | None, writer: bool, error: Exception = error) -> None:
            assert writer  # an import writes, so it asks for the lock
            raise error

        assert run(["--db", str(book), "import", str(THREE)], refused) == EXIT_BUSY
        err = capsys.readouterr().err
        assert err == f"netbook: error: {error}\n"

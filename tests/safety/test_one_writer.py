"""One writer at a time (docs/reliability.md, section 6), with real processes.

Every writing command takes the book's lock, the one the window holds while it is open: two
imports started together give one set of contacts (the second waits, saying so, then finds
everything already there); a writing command is refused in words while a window has the book;
reading commands never wait.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.store.lock import BookLock
from netbook.store.opening import open_database
from tests.cli.test_cli import netbook


def _cards(count: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
        f"EMAIL:p{n}@example.com\r\nEND:VCARD\r\n"
        for n in range(count)
    )


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "netbook", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def test_two_simultaneous_imports_of_one_file_give_one_set_of_contacts(tmp_path: Path):
    db = tmp_path / "book" / "netbook.sqlite3"
    source = tmp_path / "people.vcf"
    source.write_text(_cards(3000))
    assert netbook("--db", str(db), "list").returncode == 0  # the book exists, at head
    first = _start("--db", str(db), "import", str(source))
    second = _start("--db", str(db), "import", str(source))
    outputs = [p.communicate(timeout=240) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    database = open_database(db)
    try:
        assert AddressBook(database).count() == 3000
    finally:
        database.close()
    summaries = sorted(out for out, _err in outputs)
    assert "imported 0 new, 0 updated, 3000 unchanged" in summaries[0]
    assert "imported 3000 new" in summaries[1]
    waited = [err for _out, err in outputs if "waiting for another netbook command" in err]
    assert len(waited) <= 1


def test_a_writing_command_waits_for_another_command_and_says_so(tmp_path: Path):
    db = tmp_path / "netbook.sqlite3"
    source = tmp_path / "one.vcf"
    source.write_text(_cards(1))
    assert netbook("--db", str(db), "list").returncode == 0
    holder = BookLock(db, "command")
    holder.acquire()
    try:
        waiting = _start("--db", str(db), "import", str(source))
        assert waiting.stderr is not None
        said = waiting.stderr.readline()  # blocks until the command says it waits
        assert said.startswith("netbook: waiting for another netbook command to finish writing")
        time.sleep(0.5)
        assert waiting.poll() is None  # still waiting for the lock
    finally:
        holder.release()
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert "imported 1 new" in out


def test_a_writing_command_is_refused_in_words_while_the_window_has_the_book(tmp_path: Path):
    db = tmp_path / "netbook.sqlite3"
    source = tmp_path / "one.vcf"
    source.write_text(_cards(1))
    assert netbook("--db", str(db), "list").returncode == 0
    window = BookLock(db, "window")  # what the window takes for its whole life
    window.acquire()
    try:
        for args in (("import", str(source)), ("undo",), ("redo",)):
            result = netbook("--db", str(db), *args)
            assert result.returncode == 3  # the book is in use (README, "Exit status")
            assert "this book is open in a netbook window" in result.stderr
            assert "Close that window first" in result.stderr
            assert len(result.stderr.splitlines()) == 1
        # Reading commands (and an import's dry run) are no writers: they go on.
        assert netbook("--db", str(db), "list").returncode == 0
        assert netbook("--db", str(db), "history").returncode == 0
        dry = netbook("--db", str(db), "import", "--dry-run", str(source))
        assert dry.returncode == 0
        assert "would import 1 new" in dry.stdout
    finally:
        window.release()
    assert netbook("--db", str(db), "import", str(source)).returncode == 0


@pytest.mark.parametrize("before", ["", "4242 window", "4242 command"])
def test_a_command_that_has_just_taken_the_lock_is_waited_for_not_taken_for_a_window(
    tmp_path: Path, before: str
):
    # Two writers start together: the first has the OS lock but has not yet written who it
    # is, so the file still names the holder before it (a window long closed), or nothing.
    # The second must wait for it, not be refused as if the window had the book.
    fcntl = pytest.importorskip("fcntl", reason="this stands in for the POSIX lock by hand")
    db = tmp_path / "netbook.sqlite3"
    lock_file = db.with_name(db.name + ".lock")
    lock_file.write_text(before)
    first = BookLock(db, "command")
    handle = lock_file.open("r+")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def says_who_it_is_then_finishes() -> None:
        time.sleep(0.2)  # as if descheduled between taking the lock and writing its record
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} command")
        handle.flush()
        time.sleep(0.5)
        handle.close()  # done writing: the lock goes with the file

    waits: list[str] = []
    worker = threading.Thread(target=says_who_it_is_then_finishes)
    worker.start()
    try:
        first.acquire(10.0, waits.append)
    finally:
        worker.join()
    try:
        assert waits == ["command"]
        assert lock_file.read_text().split() == [str(os.getpid()), "command"]
    finally:
        first.release()

"""kill -9 in the middle of a write leaves the book exactly before or after it (issue 9, 12).

Each operation (import, undo of an import, merging duplicates, archiving everyone) runs in a
real subprocess on a copy of one real SQLite book, through the services the window and the
command line call. The child opens the book and reads its input first, and says "GO" when the
operation starts writing (an import: at its first progress report, inside its transaction);
the parent then waits a random moment within the time the writing takes (measured on an
uninterrupted run, plus a tenth for the commit) and sends SIGKILL. Afterwards the
book is opened as SQLite opens any file after a crash, `PRAGMA integrity_check` must say "ok",
and the full dump of every table (the search index's too) must be the dump from before the
operation or the dump of the uninterrupted run, never anything between. Timestamps are masked
in the dumps (the runs happen at different times), and so are the UIDs netbook makes up (random
by design); nothing else is.

The moments are drawn from a seeded generator, so a failure is repeatable.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

KILLS_PER_OPERATION = 3
BASE_PEOPLE = 400
DUPLICATES = 40

# The child: everything imported and looked up before "GO", then one operation.
_DRIVER = r"""
import sys, time
from pathlib import Path
op, db = sys.argv[1], Path(sys.argv[2])
from netbook.services.address_book import AddressBook
from netbook.services.duplicates import find_duplicates, merge_contacts
from netbook.services.importer import Importer
from netbook.store.opening import open_database

started = []

def go(*progress):
    if not started:
        print("GO", flush=True)
        started.append(time.perf_counter())

database = open_database(db)
book = AddressBook(database)
if op == "import":
    # "GO" at the first progress report: the import's transaction has begun writing.
    report = Importer(book).run([Path(sys.argv[3])], progress=go)
    assert report.files[0].error is None, report.files[0].error
elif op == "undo-import":
    assert book.journal.next_undo().label.startswith("Import")
    go()
    book.journal.undo(progress=go)
elif op == "merge":
    group = max(find_duplicates(database), key=lambda g: len(g.ids))
    go()
    merge_contacts(book.journal, group.ids[0], list(group.ids[1:]))
elif op == "archive":
    ids = book.ids()
    go()
    book.archive(ids)
else:
    raise SystemExit(f"unknown operation {op}")
print("DONE", time.perf_counter() - started[0], flush=True)
database.close()
"""

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
_STAMPED_FILES = re.compile(r"\d{8}-\d{6}-\d{6}")
# UIDs netbook makes up (for an interaction it records, say) differ from run to run; the
# cards' own UIDs all start with the prefix below and stay in the dumps.
_CARD_UID = "urn:uuid:00000000-0000-4000-8000-"
_MADE_UP_UID = re.compile(rf"urn:uuid:(?!{_CARD_UID[len('urn:uuid:') :]})[0-9a-f-]{{36}}")


def _card(i: int, *, title: str = "Engineer", twin: bool = False) -> str:
    """One person; a twin shares its name with the other twins (and nothing else)."""
    family, given = ("Twin", "Dana") if twin else (str(i), "Person")
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:{_CARD_UID}{i:012d}\r\n"
        f"FN:{given} {family}\r\nN:{family};{given};;;\r\n"
        f"EMAIL:person{i}@example.com\r\n"
        f"TEL:+44 20 {i:08d}\r\n"
        f"ORG:Company {i}\r\nTITLE:{title}\r\n"
        f"NOTE:Met at conference {i % 13}\\, talked about local-first software\r\n"
        f"CATEGORIES:Group {i % 7}\r\n"
        "END:VCARD\r\n"
    )


def _write(path: Path, cards: list[str]) -> Path:
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


def _netbook(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "netbook", *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def _copy_book(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in os.listdir(source.parent):
        if name.startswith(source.name):  # the book, and its -wal / -shm if any
            shutil.copy2(source.parent / name, folder / name)
    return folder / source.name


def dump(path: Path) -> str:
    """Every table of the book as SQL, timestamps masked; after integrity_check says ok."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    for pattern, mask in (
        (_TIMESTAMP, "<time>"),
        (_STAMPED_FILES, "<stamp>"),
        (_MADE_UP_UID, "<uid>"),
    ):
        text = pattern.sub(mask, text)
    return text


@pytest.fixture(scope="module")
def base_book(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A book of 540 people (40 of one name) whose last import can be undone."""
    folder = tmp_path_factory.mktemp("kill-nine")
    people = [_card(i) for i in range(BASE_PEOPLE)]
    people += [_card(10_000 + i, twin=True) for i in range(DUPLICATES)]
    second = [_card(20_000 + i) for i in range(100)]
    second += [_card(i, title="Director") for i in range(0, BASE_PEOPLE, 10)]
    incoming = [_card(30_000 + i) for i in range(400)]
    incoming += [_card(i, title="Founder") for i in range(0, BASE_PEOPLE, 5)]
    book = folder / "book" / "netbook.sqlite3"
    _netbook("--db", str(book), "import", str(_write(folder / "people.vcf", people)))
    _netbook("--db", str(book), "import", str(_write(folder / "second.vcf", second)))
    return {"book": book, "incoming": _write(folder / "incoming.vcf", incoming)}


def _start(op: str, book: Path, extra: list[str]) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _DRIVER, op, str(book), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "GO":
            return child
    child.wait(timeout=60)
    raise AssertionError(f"{op} never started: {child.stderr.read() if child.stderr else ''}")


def _uninterrupted(op: str, book: Path, extra: list[str]) -> float:
    child = _start(op, book, extra)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    [done] = [line for line in out.splitlines() if line.startswith("DONE")]
    return float(done.split()[1])


def _killed(op: str, book: Path, extra: list[str], delay: float) -> None:
    child = _start(op, book, extra)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)


@pytest.mark.parametrize("op", ["import", "undo-import", "merge", "archive"])
def test_kill_nine_leaves_the_book_before_or_after(base_book, tmp_path, op):
    extra = [str(base_book["incoming"])] if op == "import" else []
    before = dump(base_book["book"])
    reference = _copy_book(base_book["book"], tmp_path / "reference")
    took = _uninterrupted(op, reference, extra)
    after = dump(reference)
    assert after != before, f"{op} changed nothing: the test would prove nothing"

    rng = random.Random(f"kill-nine {op}")
    delays = [rng.uniform(0, took * 1.1) for _ in range(KILLS_PER_OPERATION)]
    books = [_copy_book(base_book["book"], tmp_path / f"kill-{n}") for n in range(len(delays))]
    with ThreadPoolExecutor(max_workers=len(delays)) as pool:
        list(pool.map(lambda book, delay: _killed(op, book, extra, delay), books, delays))
    for book, delay in zip(books, delays, strict=True):
        state = dump(book)
        assert state in (before, after), (
            f"{op} killed {delay:.3f} s in (of {took:.3f} s) left the book between before and after"
        )

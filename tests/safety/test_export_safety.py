"""Promise 1: an export can never hurt the book (docs/reliability.md, section 1).

Real books, the real `netbook export` in a subprocess: the book, its companions and backups
are refused however the path is spelled; files are replaced atomically (mode kept); devices
and pipes are written through; other special files are refused in words.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.store.opening import open_database
from netbook.store.paths import backup_dir_for
from tests.conftest import person
from tests.safety.support import digest, netbook

# The book below: two people and an archived one, then three.vcf (one of them already there).
ACTIVE = 5
EVERYONE = 6


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    path = tmp_path / "books" / "book.sqlite3"
    database = open_database(path)
    try:
        book = AddressBook(database)
        book.add_many([person("Ada", "Lovelace"), person("Grace", "Hopper")])
        archived = book.add(person("Alan", "Turing"))
        book.archive([archived])
    finally:
        database.close()
    # A real backup, as an import or an upgrade leaves one.
    netbook("--db", str(path), "import", str(Path(__file__).parents[1] / "data/import/three.vcf"))
    assert list(backup_dir_for(path).iterdir())
    return path


def _refused(result, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "not written" in result.stderr
    for word in words:
        assert word in result.stderr
    assert "Traceback" not in result.stderr


def _book_state(book_path: Path) -> dict[str, str]:
    """The digest of the book and of its backups, and the names beside it.

    SQLite itself may leave an empty -wal and an -shm after a reading command; an export must
    never have put anything in them.
    """
    state = {str(f): digest(f) for f in backup_dir_for(book_path).iterdir()}
    state[str(book_path)] = digest(book_path)
    for companion in ("-wal", "-shm", "-journal", ".lock"):
        path = book_path.with_name(book_path.name + companion)
        if path.exists():
            assert b"BEGIN:VCARD" not in path.read_bytes()
            assert b'"display_name"' not in path.read_bytes()
    return state


def _spellings(book_path: Path, tmp_path: Path) -> dict[str, tuple[str, Path]]:
    """Ways of naming the book (or its files) other than its path: (what to pass, cwd)."""
    folder = book_path.parent
    (tmp_path / "link-to-book").symlink_to(book_path)
    (tmp_path / "link-to-folder").symlink_to(folder)
    os.link(book_path, tmp_path / "hard-link")
    (folder / "sub").mkdir()
    return {
        "the path": (str(book_path), tmp_path),
        "relative": ("book.sqlite3", folder),
        "dot": ("./book.sqlite3", folder),
        "dot-dot": ("sub/../book.sqlite3", folder),
        "symlink": (str(tmp_path / "link-to-book"), tmp_path),
        "symlinked folder": ("link-to-folder/book.sqlite3", tmp_path),
        "hard link": (str(tmp_path / "hard-link"), tmp_path),
        "double slash": (str(folder) + "//book.sqlite3", tmp_path),
    }


def test_the_book_is_refused_however_it_is_spelled(book_path, tmp_path):
    before = _book_state(book_path)
    for name, (spelled, cwd) in _spellings(book_path, tmp_path).items():
        result = netbook("--db", str(book_path), "export", "--output", spelled, cwd=cwd)
        _refused(result, "the book itself")
        assert _book_state(book_path) == before, name
    listed = netbook("--db", str(book_path), "list", "--json")
    assert len(json.loads(listed.stdout)) == ACTIVE


@pytest.mark.parametrize("fmt", ["vcard4", "csv", "json"])
def test_the_book_is_refused_in_every_format(book_path, fmt):
    before = _book_state(book_path)
    result = netbook("--db", str(book_path), "export", "--format", fmt, "--output", str(book_path))
    _refused(result, "the book itself")
    assert _book_state(book_path) == before


@pytest.mark.parametrize(
    ("suffix", "words"),
    [
        ("-wal", "write-ahead log"),
        ("-shm", "shared-memory index"),
        ("-journal", "rollback journal"),
        (".lock", "lock file"),
    ],
)
def test_the_books_companion_files_are_refused(book_path, suffix, words):
    target = book_path.with_name(book_path.name + suffix)
    before = _book_state(book_path)
    result = netbook("--db", str(book_path), "export", "--output", str(target))
    _refused(result, words)
    assert _book_state(book_path) == before


def test_the_backups_are_refused_even_a_new_name_in_their_folder(book_path, tmp_path):
    backups = backup_dir_for(book_path)
    existing = next(backups.iterdir())
    (tmp_path / "to-backups").symlink_to(backups)
    before = _book_state(book_path)
    for spelled in (
        str(existing),
        str(backups / "new-export.vcf"),
        str(tmp_path / "to-backups" / "other.vcf"),
        str(backups),
    ):
        result = netbook("--db", str(book_path), "export", "--output", spelled)
        assert result.returncode == 1, (spelled, result.stderr)
        assert "backups folder" in result.stderr, spelled
        assert _book_state(book_path) == before
    assert sorted(p.name for p in backups.iterdir()) == sorted(before_name(before, backups))


def before_name(state: dict[str, str], folder: Path) -> list[str]:
    return [Path(p).name for p in state if Path(p).parent == folder]


def test_a_descriptor_open_on_the_book_is_refused(book_path):
    before = digest(book_path)
    fd = os.open(book_path, os.O_RDWR)
    try:
        result = netbook(
            "--db", str(book_path), "export", "--output", f"/dev/fd/{fd}", pass_fds=(fd,)
        )
    finally:
        os.close(fd)
    _refused(result, "the book itself")
    assert digest(book_path) == before


def test_a_regular_file_is_replaced_atomically_keeping_its_mode(book_path, tmp_path):
    target = tmp_path / "out" / "contacts.vcf"
    target.parent.mkdir()
    target.write_text("old content\n")
    target.chmod(0o640)
    old_inode = target.stat().st_ino
    link = tmp_path / "out" / "latest.vcf"
    link.symlink_to(target.name)
    result = netbook("--db", str(book_path), "export", "--output", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink(), "the symlink is kept; the file it points at is replaced"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.stat().st_ino != old_inode, "replaced by a rename, not rewritten in place"
    assert target.read_text().count("BEGIN:VCARD") == EVERYONE
    assert sorted(p.name for p in target.parent.iterdir()) == ["contacts.vcf", "latest.vcf"]


def test_a_new_file_is_created_private(book_path, tmp_path):
    target = tmp_path / "new.json"
    result = netbook(
        "--db", str(book_path), "export", "--format", "json", "--output", "new.json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(target.read_text())) == EVERYONE
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_output_dev_stdout_writes_to_standard_output(book_path):
    result = netbook(
        "--db", str(book_path), "export", "--format", "json", "--output", "/dev/stdout"
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == EVERYONE


def test_output_dev_stdout_appends_when_the_shell_appends(book_path, tmp_path):
    target = tmp_path / "log.vcf"
    target.write_text("KEEP THIS LINE\n")
    with target.open("a") as handle:
        result = netbook(
            "--db",
            str(book_path),
            "export",
            "--output",
            "/dev/stdout",
            stdout=handle,
        )
    assert result.returncode == 0
    content = target.read_text()
    assert content.startswith("KEEP THIS LINE\n")
    assert content.count("BEGIN:VCARD") == EVERYONE


def test_dev_null_is_written_through_and_stays_a_device(book_path):
    result = netbook("--db", str(book_path), "export", "--output", "/dev/null")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_through_not_replaced(book_path, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read)
    reader.start()
    result = netbook("--db", str(book_path), "export", "--format", "csv", "--output", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    rows = list(csv.reader(io.StringIO(received[0].decode("utf-8-sig"))))
    assert len(rows) == 1 + EVERYONE


def test_a_socket_and_a_folder_are_refused_in_words(book_path, tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock = tmp_path / "sock"
    server.bind(str(sock))
    try:
        result = netbook("--db", str(book_path), "export", "--output", str(sock))
        _refused(result, "a socket")
        assert stat.S_ISSOCK(sock.stat().st_mode)
    finally:
        server.close()
    result = netbook("--db", str(book_path), "export", "--output", str(tmp_path))
    _refused(result, "a folder")
    result = netbook("--db", str(book_path), "export", "--output", str(tmp_path / "no" / "x.vcf"))
    _refused(result, "does not exist")


def test_the_export_dialog_refuses_the_book_and_says_why(qtbot, tmp_path):
    from netbook.ui.dialogs.export import ExportDialog

    path = tmp_path / "gui" / "book.sqlite3"
    database = open_database(path)
    try:
        book = AddressBook(database)
        ids = book.add_many([person("Ada", "Lovelace")])
        backup_dir_for(path).mkdir()
        (tmp_path / "alias").symlink_to(path)
        dialog = ExportDialog(book, [("All contacts (1)", ids)])
        qtbot.addWidget(dialog)
        for target, words in (
            (path, "the book itself"),
            (tmp_path / "alias", "the book itself"),
            (path.with_name("book.sqlite3-wal"), "belongs to the book"),
            (backup_dir_for(path) / "x.vcf", "backups folder"),
            (tmp_path, "folder"),
        ):
            dialog.set_choice(0, "vcard3", target)
            assert not dialog.export_button.isEnabled(), target
            assert words in dialog.status.text(), (target, dialog.status.text())
        dialog.set_choice(0, "vcard3", tmp_path / "fine.vcf")
        assert dialog.export_button.isEnabled()
    finally:
        database.close()

"""Where an export may write, and how it writes there, so that an export never hurts the book.

A target is refused when it is the open book, one of the files SQLite and netbook keep beside
it (`-wal`, `-shm`, `-journal`, `.lock`) or anything in its backups folder, however the path is
spelled: symlinks and relative paths are resolved, and an existing file is also compared by
device and inode (a hard link, a bind mount, `/dev/fd/N` opened on the book).

What is written where (docs/reliability.md, section 1):

- a regular file, or a name that does not exist yet: a temporary file in the target's folder,
  fsync, then rename over it (so a failure never leaves half a file); an existing file keeps
  its permission bits; a symlink is kept and the file it points at is replaced;
- a character device or a FIFO (`/dev/stdout`, `/dev/null`, a named pipe): written through,
  never replaced; `/dev/stdout`, `/dev/fd/N` and `/proc/self/fd/N` write to that open
  descriptor itself, so `>> file` appends as the shell asked;
- anything else (a folder, a socket, a block device) is refused in words.
"""

from __future__ import annotations

import enum
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from netbook.store.paths import backup_dir_for, companion_files

# Paths that name a descriptor this process already has open.
_OPEN_DESCRIPTOR = re.compile(r"^/(?:proc/(self|thread-self|\d+)/fd|dev/fd)/(\d+)$")
_STANDARD_STREAMS = {"/dev/stdout": 1, "/dev/stderr": 2}
_MAX_SYMLINKS = 40


class Refusal(enum.Enum):
    """Why a target was refused (the window translates these; the CLI prints the message)."""

    THE_BOOK = "the book"
    BOOK_COMPANION = "a file of the book"
    IN_BACKUPS = "the backups folder"
    FOLDER = "a folder"
    SPECIAL_FILE = "a special file"
    NO_FOLDER = "no such folder"


class ExportTargetError(Exception):
    """An export target netbook will not write to; the message says why and what to do."""

    def __init__(self, path: Path, refusal: Refusal, detail: str) -> None:
        super().__init__(f"{path}: not written: {detail}")
        self.path = path
        self.refusal = refusal
        self.detail = detail


class TargetKind(enum.Enum):
    NEW_FILE = "new file"  # created through a temporary file and a rename
    REGULAR_FILE = "regular file"  # replaced through a temporary file and a rename
    STREAM = "stream"  # a character device or FIFO: written through
    OPEN_DESCRIPTOR = "open descriptor"  # /dev/stdout, /dev/fd/N: written to that descriptor


@dataclass(frozen=True, slots=True)
class Target:
    """A checked target: what it is and the path (or descriptor) to write."""

    kind: TargetKind
    path: Path  # for files: the real path, symlinks resolved
    descriptor: int | None = None


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


def _stat(path: Path | str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _real(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(path)))


def _symlink_chain(path: Path) -> list[str]:
    """The absolute paths a symlink chain passes through, `path` first."""
    chain = [os.path.abspath(path)]
    for _ in range(_MAX_SYMLINKS):
        try:
            link = os.readlink(chain[-1])
        except OSError:
            break
        chain.append(os.path.abspath(os.path.join(os.path.dirname(chain[-1]), link)))
    return chain


def _open_descriptor(path: Path) -> int | None:
    """The descriptor a path like /dev/stdout or /dev/fd/3 names, if this process has it open."""
    for step in _symlink_chain(path):
        if step in _STANDARD_STREAMS:
            return _STANDARD_STREAMS[step]
        found = _OPEN_DESCRIPTOR.match(step)
        if found and found.group(1) in (None, "self", "thread-self", str(os.getpid())):
            return int(found.group(2))
    return None


class BookFiles:
    """The book's own files and backups folder, to compare targets against."""

    def __init__(self, book_path: Path) -> None:
        book = Path(os.path.abspath(book_path))
        # SQLite keeps its -wal and -shm beside the file it opened; a book reached through a
        # symlink may have them beside either name, so both are protected.
        self.files: dict[Path, tuple[Refusal, str]] = {}
        self.backup_dirs: list[Path] = []
        for spelling in {book, _real(book)}:
            self.files[_real(spelling)] = (Refusal.THE_BOOK, "the book itself")
            for companion, what in companion_files(spelling).items():
                self.files.setdefault(
                    _real(companion), (Refusal.BOOK_COMPANION, f"the book's {what}")
                )
            self.backup_dirs.append(_real(backup_dir_for(spelling)))
        self.identities = {
            _identity(found): what
            for path, what in self.files.items()
            if (found := _stat(path)) is not None
        }
        self.backup_identities = {
            _identity(found) for folder in self.backup_dirs if (found := _stat(folder)) is not None
        }

    def refusal(self, target: Path, status: os.stat_result | None) -> ExportTargetError | None:
        """Why `target` (with `status`, its stat when it exists) belongs to the book, if it does."""
        real = _real(target)
        what = self.files.get(real)
        if what is None and status is not None:
            what = self.identities.get(_identity(status))
        if what is not None:
            refusal, name = what
            return ExportTargetError(
                target, refusal, f"this is {name}; an export never replaces it, choose another file"
            )
        inside = any(real == folder or folder in real.parents for folder in self.backup_dirs)
        if not inside and self.backup_identities:
            for ancestor in real.parents:
                found = _stat(ancestor)
                if found is not None and _identity(found) in self.backup_identities:
                    inside = True
                    break
        if inside:
            return ExportTargetError(
                target,
                Refusal.IN_BACKUPS,
                "this is inside the book's backups folder; choose a file elsewhere",
            )
        return None


def _special(target: Path, mode: int) -> ExportTargetError | None:
    if stat.S_ISDIR(mode):
        return ExportTargetError(target, Refusal.FOLDER, "this is a folder; give a file name")
    if stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    if stat.S_ISSOCK(mode):
        what = "a socket"
    elif stat.S_ISBLK(mode):
        what = "a block device (a disk)"
    else:
        what = "a special file"
    return ExportTargetError(
        target,
        Refusal.SPECIAL_FILE,
        f"this is {what}; an export writes to a file, a character device "
        "(such as /dev/stdout) or a named pipe",
    )


def check_target(target: Path, book_path: Path) -> Target:
    """What `target` is and how to write it; ExportTargetError when it must not be written."""
    target = target.expanduser()
    guard = BookFiles(book_path)
    descriptor = _open_descriptor(target)
    if descriptor is not None:
        try:
            status: os.stat_result | None = os.fstat(descriptor)
        except OSError:
            status = None  # not open here after all: treat it as the path it is
        if status is not None:
            problem = guard.refusal(target, status) or _special(target, status.st_mode)
            if problem is not None:
                raise problem
            return Target(TargetKind.OPEN_DESCRIPTOR, target, descriptor)
    status = _stat(target)
    problem = guard.refusal(target, status)
    if problem is not None:
        raise problem
    if status is not None:
        problem = _special(target, status.st_mode)
        if problem is not None:
            raise problem
        if not stat.S_ISREG(status.st_mode):
            return Target(TargetKind.STREAM, target)
        return Target(TargetKind.REGULAR_FILE, Path(os.path.realpath(target)))
    real = Path(os.path.realpath(target))
    if not real.parent.is_dir():
        raise ExportTargetError(
            target, Refusal.NO_FOLDER, f"the folder {real.parent} does not exist"
        )
    return Target(TargetKind.NEW_FILE, real)


def target_problem(target: Path, book_path: Path) -> ExportTargetError | None:
    """The reason `target` would be refused, or None when an export may write it."""
    try:
        check_target(target, book_path)
    except ExportTargetError as refused:
        return refused
    return None


def write_export(target: Path, data: bytes | Iterable[bytes], book_path: Path) -> None:
    """Write `data` to `target` as the module docstring says; OSError when writing fails.

    `data` may come piece by piece (an export made batch by batch); an exception raised while
    making a piece (a cancel) leaves a file target as it was, as a failed write does.
    """
    checked = check_target(target, book_path)
    pieces = (data,) if isinstance(data, bytes) else data
    if checked.kind is TargetKind.OPEN_DESCRIPTOR:
        assert checked.descriptor is not None
        _write_pieces(checked.descriptor, pieces)
    elif checked.kind is TargetKind.STREAM:
        fd = os.open(checked.path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        try:
            problem = BookFiles(book_path).refusal(target, os.fstat(fd))
            if problem is not None:  # swapped for the book between the check and the open
                raise problem
            _write_pieces(fd, pieces)
        finally:
            os.close(fd)
    else:
        _replace(checked, pieces, target, book_path)


def _write_pieces(fd: int, pieces: Iterable[bytes]) -> None:
    for piece in pieces:
        view = memoryview(piece)
        while view:
            written = os.write(fd, view)
            view = view[written:]


def _replace(checked: Target, pieces: Iterable[bytes], target: Path, book_path: Path) -> None:
    """Temporary file beside the real target, fsync, keep the old mode, rename, fsync folder."""
    destination = checked.path
    old = _stat(destination) if checked.kind is TargetKind.REGULAR_FILE else None
    fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.", dir=destination.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
        # Checked again just before the rename: the file may have been swapped meanwhile.
        problem = BookFiles(book_path).refusal(target, _stat(destination))
        if problem is not None:
            raise problem
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(destination.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

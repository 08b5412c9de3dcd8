"""Where the files of a LinkedIn archive are: a ZIP, an unpacked folder, or one CSV of it.

The archive is untrusted input. Nothing is ever extracted to disk (so a member named
"../../.bashrc" names nothing): members are read as streams, straight out of the ZIP. Every
read is bounded by what is actually read, not by what the ZIP claims, so a zip bomb stops at
the cap: `MAX_MEMBER_BYTES` per file, `MAX_TOTAL_BYTES` for the whole archive, `MAX_ENTRIES`
files. An archive inside the archive is not opened (LinkedIn never nests them).
"""

from __future__ import annotations

import io
import lzma
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from netbook.formats.parsed import UnreadableFileError

MAX_ENTRIES = 5000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# A folder is searched this deep for the archive's files (LinkedIn's own layout is 2 deep).
MAX_FOLDER_DEPTH = 4
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

# What a damaged or hostile ZIP member raises while it is read.
MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,  # a compression method Python does not have
    RuntimeError,  # an encrypted member
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
    ValueError,
)


class ArchiveLimitError(OSError):
    """A member, or the archive, gave more bytes than netbook reads from one."""


class _Budget:
    """The bytes the whole archive may still give."""

    def __init__(self, total: int) -> None:
        self.left = total


class _BoundedReader(io.RawIOBase):
    """A member's bytes, stopped with `ArchiveLimitError` past the member's or archive's cap."""

    def __init__(self, raw: BinaryIO, name: str, budget: _Budget, limit: int) -> None:
        self._raw = raw
        self._name = name
        self._budget = budget
        self._left = limit
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._left + 1, self._budget.left + 1)
        data = self._raw.read(max(1, want))
        if len(data) > self._left:
            raise ArchiveLimitError(
                f"{self._name} is larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MB"
                " uncompressed; the rest of it was not read"
            )
        if len(data) > self._budget.left:
            raise ArchiveLimitError(
                f"the archive holds more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB"
                " uncompressed; the rest of it was not read"
            )
        self._left -= len(data)
        self._budget.left -= len(data)
        self.read_bytes += len(data)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the archive: its name inside it, and its size as declared."""

    name: str
    size: int
    index: int  # its place in the ZIP: two members may carry one name

    @property
    def display_name(self) -> str:
        """The name shown to the user: printable, without the folders above it."""
        base = self.name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        return "".join(ch if ch.isprintable() else "?" for ch in base)[:120] or "?"

    @property
    def nested_archive(self) -> bool:
        return self.name.lower().endswith(".zip")


class ArchiveSource:
    """The files of one archive, each opened as a bounded stream of bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._budget = _Budget(MAX_TOTAL_BYTES)
        self._zip: zipfile.ZipFile | None = None
        self._infos: list[zipfile.ZipInfo] = []
        self._members: list[Member] = []
        self._files: dict[str, Path] = {}
        self.truncated = False  # more files than MAX_ENTRIES: the rest were left out
        if path.is_dir():
            self._scan_folder(path)
        elif is_zip(path):
            self._open_zip(path)
        else:
            self._add_file(path.name, path)

    def _open_zip(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)  # reads the central directory only
            infos = self._zip.infolist()
        except MEMBER_ERRORS as exc:
            raise UnreadableFileError(f"the ZIP file is damaged ({exc})") from exc
        if len(infos) > MAX_ENTRIES:
            self.truncated = True
        for info in infos[:MAX_ENTRIES]:
            if not info.is_dir():
                self._infos.append(info)
                self._members.append(
                    Member(info.filename, max(0, info.file_size), len(self._infos) - 1)
                )

    def _scan_folder(self, root: Path) -> None:
        for folder, dirs, files in os.walk(root):  # symbolic links are not followed
            depth = len(Path(folder).relative_to(root).parts)
            if depth >= MAX_FOLDER_DEPTH:
                dirs.clear()
            dirs.sort()
            for name in sorted(files):
                if len(self._members) >= MAX_ENTRIES:
                    self.truncated = True
                    return
                full = Path(folder, name)
                if full.is_file() and not full.is_symlink():
                    self._add_file(str(full.relative_to(root)), full)

    def _add_file(self, name: str, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        self._members.append(Member(name, size, len(self._members)))
        self._files[name] = path

    @property
    def bytes_read(self) -> int:
        """Uncompressed bytes read from the archive so far (what the total cap counts)."""
        return MAX_TOTAL_BYTES - self._budget.left

    @property
    def members(self) -> list[Member]:
        return list(self._members)

    def open(self, member: Member) -> _BoundedReader:
        """The member's bytes as a stream (close it); reading past a cap raises.

        Raises:
            OSError (ArchiveLimitError among them), or another of `MEMBER_ERRORS`.
        """
        raw: BinaryIO
        if self._zip is not None:
            raw = self._zip.open(self._infos[member.index])  # type: ignore[assignment]
        else:
            raw = self._files[member.name].open("rb")
        return _BoundedReader(raw, member.display_name, self._budget, MAX_MEMBER_BYTES)

    def head(self, member: Member, size: int) -> bytes:
        """The first `size` bytes of a member (fewer when it is shorter)."""
        with self.open(member) as stream:
            chunks: list[bytes] = []
            got = 0
            while got < size:
                data = stream.read(size - got)
                if not data:
                    break
                chunks.append(data)
                got += len(data)
            return b"".join(chunks)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def is_zip(path: Path) -> bool:
    """Whether the file starts like a ZIP archive (whatever its name)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) in ZIP_MAGIC
    except OSError:
        return False

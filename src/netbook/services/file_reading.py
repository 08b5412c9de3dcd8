"""Opening the files an import names, with bounded resources, and reading them in chunks.

Limits count the bytes actually read, never what the file system says a file holds (a pipe or
a device says 0): at most `MAX_FILE_BYTES` per file and `MAX_COMMAND_BYTES` for all the files of
one import. Only regular files are read by name; standard input is read when the user names it
`-`, and a named pipe (FIFO), a device or a folder is refused in words at once, before anything
could wait on it. A vCard file is then read as it arrives (formats/vcard/stream), so memory
stays that of one batch of cards and one card while a file is read.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
from collections.abc import Container, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from netbook.formats.parsed import ParseResult, UnreadableFileError

if TYPE_CHECKING:
    from netbook.formats.vcard import VCardFile

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_COMMAND_BYTES = 1024 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
# Enough of the start of a file to tell vCard from CSV (each sniffer looks at less).
_HEAD_BYTES = 256 * 1024
STDIN = "-"
_MB = 1024 * 1024


class ReadingBudget:
    """The bytes one import command may still read, over all its files."""

    def __init__(self, limit: int = MAX_COMMAND_BYTES) -> None:
        self.limit = limit
        self.used = 0

    def take(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise UnreadableFileError(
                f"the files of this import are larger than {self.limit // _MB} MB together "
                "(the limit for one import); this file was not imported, import the rest "
                "in another command"
            )


def _open_named(path: Path) -> tuple[BinaryIO, int]:
    """A regular file opened for reading, and its size; anything else refused in words."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang before it can be refused.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise UnreadableFileError(f"cannot read the file ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFileError("this is a folder, not a file")
        if stat.S_ISFIFO(mode):
            raise UnreadableFileError(
                "this is a named pipe (FIFO), which netbook does not read by name; "
                "to import from a pipe, give '-' and send the data to standard input"
            )
        if not stat.S_ISREG(mode):
            raise UnreadableFileError(
                "this is a device or special file, not a regular file; "
                "to import from it, give '-' and send the data to standard input"
            )
        if info.st_size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                f"the file is larger than {MAX_FILE_BYTES // _MB} MB (the limit for one file)"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=0), info.st_size
    except BaseException:
        os.close(fd)
        raise


class InputFile:
    """One file of an import, open, with its bytes read in bounded chunks."""

    def __init__(self, path: Path, budget: ReadingBudget) -> None:
        self.path = path
        self._budget = budget
        self.read_bytes = 0
        if str(path) == STDIN:
            self._handle: BinaryIO = sys.stdin.buffer
            self._owned = False
            self.size: int | None = None
        else:
            self._handle, self.size = _open_named(path)
            self._owned = True
        try:
            self.head = self._read(_HEAD_BYTES)
        except BaseException:
            self.close()  # a file refused on its first bytes is not left open
            raise

    def _read(self, wanted: int) -> bytes:
        parts: list[bytes] = []
        got = 0
        while got < wanted:
            try:
                data = self._handle.read(min(CHUNK_BYTES, wanted - got))
            except OSError as exc:
                raise UnreadableFileError(f"cannot read the file ({exc.strerror or exc})") from exc
            if not data:
                break
            got += len(data)
            self.read_bytes += len(data)
            if self.read_bytes > MAX_FILE_BYTES:
                raise UnreadableFileError(
                    f"the file is larger than {MAX_FILE_BYTES // _MB} MB (the limit for one "
                    "file); nothing of it was imported"
                )
            self._budget.take(len(data))
            parts.append(data)
        return b"".join(parts)

    def chunks(self) -> Iterator[bytes]:
        """The whole file from its start, a chunk at a time (the head first)."""
        if self.head:
            yield self.head
        while data := self._read(CHUNK_BYTES):
            yield data

    def read_all(self) -> bytes:
        """The whole file at once (CSV, whose reader needs it whole; bounded by the caps)."""
        return b"".join(self.chunks())

    def close(self) -> None:
        if self._owned:
            self._handle.close()


class FileReading:
    """One file's contacts in batches, whatever its format (detected from its content)."""

    def __init__(self, source: InputFile, mapping: dict[str, str] | None = None) -> None:
        # Imported here, not at module level: the readers (and vobject) load only when a file
        # is read, which keeps them off the app's start-up path.
        from netbook.formats.csv.reading import looks_like_csv
        from netbook.formats.vcard import VCardFile, looks_like_vcard

        self.source = source
        self._mapping = mapping
        head = source.head
        if not head.strip() and source.size is not None and source.size <= len(head):
            raise UnreadableFileError("the file is empty")
        self._vcard: VCardFile | None = None
        if looks_like_vcard(head):
            self.format = "vcard"
            self._vcard = VCardFile(source.chunks())
        elif mapping is not None or looks_like_csv(head):
            self.format = "csv"
        else:
            # Neither: the vCard reader still looks, and says what the file is.
            self.format = "vcard"
            self._vcard = VCardFile(source.chunks())

    def batches(self) -> Iterator[ParseResult]:
        """The records in file order with the problems met, batch by batch.

        Raises:
            UnreadableFileError: the file cannot be read (maybe after some batches: a stream
                that grows past a limit); the caller drops what it took from this file.
        """
        if self._vcard is not None:
            yield from self._vcard.batches()
            return
        from netbook.formats.csv.reading import read_csv

        data = self.source.read_all()
        if not data.strip():
            raise UnreadableFileError("the file is empty")
        yield read_csv(data, self._mapping)

    def close(self) -> None:
        self.source.close()


def open_reading(
    path: Path, mapping: dict[str, str] | None = None, budget: ReadingBudget | None = None
) -> FileReading:
    """The file at `path` (or standard input for `-`), open and recognised.

    Raises:
        UnreadableFileError: the file cannot be opened, is not a regular file, is over a
            limit, or is in no format netbook reads.
    """
    source = InputFile(path, budget or ReadingBudget())
    try:
        return FileReading(source, mapping)
    except BaseException:
        source.close()
        raise


class StreamedCards:
    """A vCard file of more than one batch of cards, open, for an import that writes each
    batch as it is read: its first batches read already (the file is known to be readable),
    the rest to come from `batches`. Close it when done."""

    def __init__(
        self,
        reading: FileReading,
        cards: VCardFile,
        first: list[ParseResult],
        rest: Iterator[ParseResult],
    ) -> None:
        self.reading = reading
        self.cards = cards
        self._first_cards = sum(len(b.records) + len(b.skipped) for b in first)
        self._first_bytes = reading.source.read_bytes
        self.batches: Iterator[ParseResult] = itertools.chain(first, rest)

    def estimated_cards(self) -> int:
        """How many cards the file holds, judged by its first batches and its size."""
        size = self.reading.source.size
        if not size or not self._first_bytes:
            return self._first_cards
        return max(self._first_cards, self._first_cards * size // self._first_bytes)

    def close(self) -> None:
        self.reading.close()


def read_for_import(
    path: Path,
    mapping: dict[str, str] | None = None,
    budget: ReadingBudget | None = None,
    known: Container[bytes] = frozenset(),
    batch_records: int | None = None,
) -> ParseResult | StreamedCards:
    """The file as `read_whole` gives it when it holds one batch of cards or is no vCard
    file; a vCard file of more cards stays open as StreamedCards, its first two batches read
    (so that it is known to be a vCard file before anything is written).

    Raises:
        UnreadableFileError: as `read_whole`, for what the first batches show.
    """
    reading = open_reading(path, mapping, budget)
    streamed = False
    try:
        if reading.format != "vcard":
            return next(reading.batches())
        from netbook.formats.vcard.stream import BATCH_RECORDS, VCardFile, whole

        cards = VCardFile(reading.source.chunks(), batch_records or BATCH_RECORDS, known)
        batches = cards.batches()
        first = next(batches)
        second = next(batches, None)
        if second is None:
            return whole(cards, [first])
        streamed = True
        return StreamedCards(reading, cards, [first, second], batches)
    finally:
        if not streamed:
            reading.close()


def read_whole(
    path: Path,
    mapping: dict[str, str] | None = None,
    budget: ReadingBudget | None = None,
    known: Container[bytes] = frozenset(),
) -> ParseResult:
    """The whole file as one result, as the readers give it (group members tagged).

    known: fingerprints of cards not to parse (a vCard file's; see formats/vcard/stream).
    """
    reading = open_reading(path, mapping, budget)
    try:
        if reading.format == "vcard":
            from netbook.formats.vcard.stream import read_all

            return read_all(reading.source.chunks(), known)
        return next(reading.batches())
    finally:
        reading.close()

"""The rows of one archive file, streamed: decoded, split by the csv module, found by header.

LinkedIn writes UTF-8, with or without a byte-order mark; a file saved again by a spreadsheet
may be UTF-16 or a Windows code page, which the start of the file tells apart. Rows are read
one at a time from the member's stream (messages.csv can be hundreds of megabytes), with
quoted line breaks inside a message kept. Text LinkedIn mis-encoded ("CafÃ©" for "Café") is
repaired with ftfy, only where a reader keeps it: most cells are plain ASCII and never need it.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

# Imported for its side effect too: it raises the csv module's field limit (long messages).
from netbook.formats.csv.table import FIELD_LIMIT, normalise_header
from netbook.formats.text_repair import repair as repair
from netbook.formats.text_repair import repair_name as repair_name

HEAD_BYTES = 16 * 1024
# The header is looked for in this many records from the top ("Notes:" paragraphs come first).
HEADER_SCAN = 12
# A file whose rows break this often is not worth reading further.
MAX_BAD_ROWS = 100


def stream_encoding(head: bytes) -> str:
    """The codec to stream a file with, from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


def head_records(head: bytes, limit: int = HEADER_SCAN) -> list[list[str]]:
    """The first complete records of a file's first bytes (for recognising its header)."""
    text = head.decode(stream_encoding(head), errors="replace")
    if len(head) >= HEAD_BYTES:  # the last line may be cut: leave it out
        text = text[: max(text.rfind("\n"), 0)]
    records: list[list[str]] = []
    try:
        for cells in csv.reader(io.StringIO(text, newline="")):
            records.append(cells)
            if len(records) >= limit:
                break
    except csv.Error:
        pass
    return records


def normalised(cells: list[str]) -> set[str]:
    return {normalise_header(c) for c in cells if c.strip()}


class ArchiveRow(NamedTuple):
    """One data row: its number, the line it starts on, its cells; `columns` (the file's,
    shared by all its rows) says where each normalised header is.

    A named tuple, not a dataclass: messages.csv makes 200,000 of them, and a tuple is built
    in C (a frozen dataclass sets each field through `object.__setattr__`)."""

    number: int
    line: int
    cells: list[str]
    columns: dict[str, int]

    def get(self, *names: str) -> str:
        """The first non-empty cell of these (normalised) columns, trimmed; "" when none.

        A cell longer than FIELD_LIMIT is cut there: a runaway quote must not become a name.
        """
        cells = self.cells
        for name in names:
            index = self.columns.get(name)
            if index is not None and index < len(cells):
                value = cells[index].strip()
                if value:
                    return value if len(value) <= FIELD_LIMIT else value[:FIELD_LIMIT]
        return ""


def cell(cells: list[str], index: int) -> str:
    """The cell at `index` (see `column_index`), as `ArchiveRow.get` gives one column's.

    For the readers of the big files: they look their columns up once per file instead of
    once per cell (`get` for one column costs a call and a dict look-up on every row)."""
    if index < 0 or index >= len(cells):
        return ""
    value = cells[index].strip()
    return value if len(value) <= FIELD_LIMIT else value[:FIELD_LIMIT]


def column_index(columns: dict[str, int], name: str) -> int:
    """Where the (normalised) column `name` is in the file's rows; -1 when it has none."""
    return columns.get(name, -1)


_new_tuple = tuple.__new__


@dataclass(frozen=True, slots=True)
class BadRow:
    """A record the csv module could not split."""

    line: int
    message: str


def read_rows(
    stream: BinaryIO, head: bytes, is_header: Callable[[set[str]], bool]
) -> Iterator[ArchiveRow | BadRow]:
    """The data rows after the first record `is_header` accepts (nothing if none does).

    Raises what reading the stream raises (a damaged ZIP member, a size cap).
    """
    text = io.TextIOWrapper(stream, encoding=stream_encoding(head), errors="replace", newline="")
    reader = csv.reader(text)
    columns: dict[str, int] | None = None
    number = bad = 0
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            bad += 1
            yield BadRow(start, f"the row could not be read ({exc})")
            if bad >= MAX_BAD_ROWS:
                yield BadRow(start, "too many broken rows; the rest of the file was not read")
                return
            continue
        if columns is None:
            if reader.line_num > HEADER_SCAN * 4:
                return
            names = [normalise_header(c) for c in cells]
            if is_header(set(names) - {""}):
                columns = {}
                for index, name in enumerate(names):
                    if name:
                        columns.setdefault(name, index)
            continue
        if not any(map(str.strip, cells)):
            continue
        number += 1
        # tuple.__new__ directly: the named tuple's own __new__ is a Python function, a call
        # more on each of messages.csv's rows.
        yield _new_tuple(ArchiveRow, (number, start, cells, columns))

"""CSV records with their physical line numbers, read tolerantly, and columns found by name.

Every dialect reads cells by header name, never by position: exports drop, add and reorder
columns between versions (older LinkedIn files have no URL column) and Outlook translates its
headers. A problem is reported with the line it starts on, so a user can find it in the file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from netbook.formats.csv.text import MAX_FILE_BYTES
from netbook.formats.csv.values import cell

# One field longer than this is dropped (with a warning), not stored: no name, address or note
# is this long, and a runaway quote that swallowed half the file must not become a contact.
FIELD_LIMIT = 1024 * 1024
# The csv module refuses fields over 128 KiB by default and then loses its place in the file.
# Raising its limit to the file-size cap means it never stops mid-field; we check sizes
# ourselves. The setting is process-wide, and only ever raised here.
if csv.field_size_limit() < MAX_FILE_BYTES:
    csv.field_size_limit(MAX_FILE_BYTES)
# A file whose quotes are broken this often is not worth reading further.
MAX_RESTARTS = 100
# Rows recovered from a runaway quote re-read the lines the quote swallowed; all together they
# may re-read this many lines (or four times the file, if more) before reading stops, so that
# a hostile file cannot make reading quadratic.
MIN_REREAD_LINES = 100_000
RUNAWAY_QUOTE = (
    "a quote opened in this row is not closed before the next row starts; the row was read "
    "up to the end of its line, without the stray quote"
)

_SPACES = re.compile(r"\s+")
_QUOTE = re.compile('"')


def normalise_header(name: str) -> str:
    """The form header names are compared in: trimmed, case-folded, one space, plain quotes."""
    text = name.replace("\ufeff", "").replace("\u2019", "'").strip().strip('"').strip()
    return _SPACES.sub(" ", text).casefold()


# Not frozen: one is made for every row, and a frozen dataclass's __init__ costs four times
# as much. Nothing changes one after it is made.
@dataclass(slots=True)
class RawRecord:
    """One CSV record: its cells and the 1-based line it starts on (or why it was unreadable)."""

    line: int
    cells: list[str]
    error: str | None = None
    end: int = 0  # index of the line after the record (0-based), to start reading after it
    warning: str | None = None  # the record was read, but not as the csv module read it


def _unclosed_quote(lines: list[str], first: int, last: int) -> bool:
    return sum(line.count('"') for line in lines[first:last]) % 2 == 1


def _one_line(line: str, delimiter: str, width: int) -> list[str] | None:
    """The cells of one physical line whose quotes do not pair up, read as a row of `width`.

    Each quote is tried as the stray one (removed, the rest read as CSV); the first reading
    that gives exactly `width` cells wins. None when no single quote makes the line a row.
    """
    text = line.rstrip("\r\n")
    positions = [match.start() for match in _QUOTE.finditer(text)][:MAX_QUOTES_TRIED]
    for position in positions:
        candidate = text[:position] + text[position + 1 :]
        try:
            rows = list(csv.reader([candidate], delimiter=delimiter, strict=True))
        except csv.Error:
            continue
        if len(rows) == 1 and len(rows[0]) == width:
            return rows[0]
    return None


# A line with more quotes than this is not searched for its stray one.
MAX_QUOTES_TRIED = 32


def _runaway(
    lines: list[str], first: int, last: int, delimiter: str, width: int
) -> list[str] | None:
    """The first line's cells when the record over lines [first, last) is a runaway quote.

    A quoted field may hold line breaks (an address, a note), so a record over several lines
    is not wrong in itself. It is a runaway when every line it swallowed is a whole row on its
    own: `width` cells once one stray quote is removed, or as it is. A field that really holds
    several lines almost never splits into exactly a header's worth of cells on every line.
    """
    if width < 2:
        return None
    cells = None
    for index in range(first, last):
        line = lines[index]
        # A row of `width` cells needs `width - 1` delimiters, quote or no quote: a line with
        # fewer (the first line of a quoted note or address) is settled without parsing it.
        if line.count(delimiter) < width - 1:
            return None
        if line.count('"') % 2:
            row = _one_line(line, delimiter, width)
        else:
            try:
                parsed = list(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, strict=True))
            except csv.Error:
                return None
            row = parsed[0] if len(parsed) == 1 and len(parsed[0]) == width else None
        if row is None:
            return None
        if cells is None:
            cells = row
    return cells


def read_records(
    lines: list[str], start: int, delimiter: str, width: int = 0
) -> Iterator[RawRecord]:
    """The non-blank records from line index `start` on.

    A quote that is opened and never closed makes the csv module swallow the following lines
    into one field: the rest of the file, or up to the next stray quote, so that two broken
    rows become one contact with a line break in its name. When the swallowed lines are each
    a row of `width` cells (the header's width; 0 turns this off), the first is read on its
    own without its stray quote, with a warning, and reading starts again on the next line.
    A record that still swallows the rest of the file is reported as unreadable, and reading
    starts again on the next line, so the rows after a broken one still come in.
    """
    base, total, restarts = start, len(lines), 0
    reread_budget = max(MIN_REREAD_LINES, 4 * total)
    while base < total:
        reader = csv.reader(islice(lines, base, total), delimiter=delimiter)
        consumed = 0
        try:
            for cells in reader:
                first, consumed = base + consumed, reader.line_num
                last = base + consumed
                open_at_end = last == total and _unclosed_quote(lines, first, last)
                if last - first > 1 or open_at_end:
                    recovered = _runaway(lines, first, last, delimiter, width)
                    if recovered is not None:
                        yield RawRecord(first + 1, recovered, None, first + 1, RUNAWAY_QUOTE)
                        reread_budget -= last - first
                        base = first + 1
                        break
                if last - first > 1 and open_at_end:
                    yield RawRecord(
                        first + 1, [], "a quote opened in this row is never closed", first + 1
                    )
                    base = first + 1
                    restarts += 1
                    break
                if any(map(str.strip, cells)):
                    yield RawRecord(first + 1, cells, None, last)
            else:
                return
        except csv.Error as exc:
            first = base + consumed
            yield RawRecord(first + 1, [], f"the row could not be read ({exc})", first + 1)
            base = first + 1
            restarts += 1
        if restarts >= MAX_RESTARTS or reread_budget < 0:
            yield RawRecord(base + 1, [], "too many broken quotes; the rest was not read", base + 1)
            return


class Columns:
    """The header of a CSV file: where each named column is."""

    def __init__(self, header: list[str]) -> None:
        self.names = [h.replace("\ufeff", "").strip() for h in header]
        self._index: dict[str, list[int]] = {}
        for position, name in enumerate(self.names):
            self._index.setdefault(normalise_header(name), []).append(position)
        # Readers ask for the same columns on every row.
        self._found: dict[tuple[tuple[str, ...], int], int | None] = {}

    def __len__(self) -> int:
        return len(self.names)

    def find(self, *keys: str, occurrence: int = 0) -> int | None:
        """The position of the first column named by any of `keys` (normalised names)."""
        memo = (keys, occurrence)
        if memo in self._found:
            return self._found[memo]
        found = None
        for key in keys:
            positions = self._index.get(key)
            if positions and len(positions) > occurrence:
                found = positions[occurrence]
                break
        self._found[memo] = found
        return found

    def count(self, key: str) -> int:
        return len(self._index.get(key, ()))

    def normalised(self) -> set[str]:
        return set(self._index)


@dataclass(slots=True)
class Row:
    """One data row, read by column name; dialect readers add warnings as they go."""

    number: int  # 1-based data row
    line: int  # physical line it starts on
    cells: list[str]
    columns: Columns
    warnings: list[str] = field(default_factory=list)

    def at(self, position: int | None) -> str:
        if position is None or position >= len(self.cells):
            return ""
        text = self.cells[position]
        return cell(text) if text else ""

    def get(self, *keys: str) -> str:
        """The first non-empty cell among the columns named by `keys`."""
        find = self.columns.find
        for key in keys:
            value = self.at(find(key))
            if value:
                return value
        return ""


def make_row(number: int, record: RawRecord, columns: Columns) -> Row:
    """A data row: over-long fields left out and surplus cells ignored, each with a warning."""
    row = Row(number, record.line, record.cells, columns)
    if record.warning is not None:
        row.warnings.append(record.warning)
    if max(map(len, row.cells), default=0) > FIELD_LIMIT:
        row.cells = _without_long_fields(row, columns)
    if len(row.cells) > len(columns):
        surplus = [c for c in row.cells[len(columns) :] if c.strip()]
        if surplus:
            row.warnings.append(
                f"the row has {len(row.cells)} cells but the header has {len(columns)}; "
                f"the {len(surplus)} extra value(s) were ignored"
            )
    return row


def _without_long_fields(row: Row, columns: Columns) -> list[str]:
    """The row's cells with each over-long field left out (a copy: the record keeps its own)."""
    cells = list(row.cells)
    for position, value in enumerate(cells):
        if len(value) > FIELD_LIMIT:
            name = columns.names[position] if position < len(columns) else f"#{position + 1}"
            size = len(value) / (1024 * 1024)
            row.warnings.append(
                f"column {name!r} holds {size:.1f} million characters, more than netbook keeps "
                f"in one field; it was left out"
            )
            cells[position] = ""
    return cells


def header_names(headers: list[str], limit: int = 15) -> str:
    """Header names for a one-line message: quoted, shortened, at most `limit` of them."""
    shown = [" ".join(h.split())[:40] for h in headers if h.strip()][:limit]
    text = ", ".join(shown) if shown else "none"
    if len(headers) > limit:
        text += f" and {len(headers) - limit} more"
    return text

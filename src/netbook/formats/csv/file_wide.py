"""The warnings about a CSV file as a whole, gathered while its records stream by.

Two warnings speak of the whole file: the columns holding data that the dialect does not read,
and how many rows of a file that mixes encodings were read in the legacy one. Both need every
record; working them out first meant holding all of a file's records at once (170 MB for
100,000 Google rows). `FileWide` looks at each record as its row is read instead, and its
warnings go in front of the rows' problems once the rows are read.
"""

from __future__ import annotations

from collections.abc import Callable

from netbook.formats.csv.sniff import Layout
from netbook.formats.csv.table import RawRecord, header_names, normalise_header
from netbook.formats.csv.text import LEGACY_ENCODING, DecodedText
from netbook.formats.parsed import Problem


class FileWide:
    """What the file-wide warnings need from each record of one file."""

    def __init__(
        self, layout: Layout, knows: Callable[[str], bool] | None, decoded: DecodedText
    ) -> None:
        """`knows` tells the columns the dialect reads (None: a mapped file, whose unmapped
        columns are the user's choice and not warned about)."""
        self._layout, self._decoded = layout, decoded
        self._unread = [
            position
            for position, name in enumerate(layout.header)
            if knows is not None and name.strip() and not knows(normalise_header(name))
        ]
        self._used: set[int] = set()  # of those, the columns seen holding data
        self._legacy = set(decoded.legacy_lines)
        self._legacy_rows = 0

    def see(self, raw: RawRecord) -> bool:
        """Take note of one record; whether it is over a line not in the file's encoding."""
        if self._unread:
            cells = raw.cells
            used = [p for p in self._unread if p < len(cells) and cells[p].strip()]
            if used:
                self._used.update(used)
                self._unread = [p for p in self._unread if p not in self._used]
        if self._legacy and _has_legacy_line(raw, self._legacy):
            self._legacy_rows += 1
            return True
        return False

    def warnings(self) -> list[Problem]:
        """The file's warnings, once every record was seen."""
        layout, decoded = self._layout, self._decoded
        found = []
        if self._used:
            used = [layout.header[p] for p in sorted(self._used)]
            found.append(
                Problem(
                    None,
                    layout.header_line,
                    f"columns netbook does not read were ignored: {header_names(used)}",
                    dropped=False,
                )
            )
        if self._legacy:
            header = " (its header among them)" if layout.header_line - 1 in self._legacy else ""
            found.append(
                Problem(
                    None,
                    None,
                    f"the file mixes encodings: {self._legacy_rows} row(s){header} are not "
                    f"{decoded.encoding} text and were read as {LEGACY_ENCODING}; the other "
                    f"rows were read as {decoded.encoding}",
                    dropped=False,
                )
            )
        return found


def _has_legacy_line(raw: RawRecord, legacy: set[int]) -> bool:
    return any(index in legacy for index in range(raw.line - 1, max(raw.end, raw.line)))

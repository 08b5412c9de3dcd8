"""A row's values read by position, for readers built once per file from its header.

A reader that asks for a column by name on every row (`Row.get`) looks the name up and cleans
the cell each time; over 100,000 rows of Google's 46 columns that was most of the reading. A
reader built from the header instead resolves every value it reads to one index ("slot") in
the list `Slots.values` makes from a row: the row's cells cleaned as `values.cell` cleans them,
one empty cell standing for every column the file lacks, and, for a value read from whichever
of several columns is filled ("First Name" or legacy "Given Name"), that choice made once.
"""

from __future__ import annotations

from collections.abc import Iterable

from netbook.formats.csv.table import Columns
from netbook.formats.csv.values import cell


class Slots:
    """Where a reader built from `columns` finds each value it reads in a row's values."""

    def __init__(self, columns: Columns) -> None:
        self.width = len(columns)
        # Every row's values end with an empty cell: the slot of a column the file lacks.
        self.missing = self.width
        self._choices: list[tuple[int, ...]] = []

    def of(self, positions: Iterable[int | None]) -> int:
        """The slot of the first non-empty cell among `positions` (None: not in the file)."""
        present = tuple(p for p in positions if p is not None)
        if not present:
            return self.missing
        if len(present) == 1:
            return present[0]
        if present not in self._choices:
            self._choices.append(present)
        return self.width + 1 + self._choices.index(present)

    def values(self, cells: list[str]) -> list[str]:
        """The row's values, each slot's value at its index."""
        width = self.width
        values = list(map(str.strip, cells if len(cells) == width else cells[:width]))
        if len(values) < width:
            values.extend([""] * (width - len(values)))
        values.append("")
        # `cell` only differs from `str.strip` on a cell holding a line end or starting with
        # a quote (a formula guard): rare, and found for the whole row at once. (No cell holds
        # a NUL: `text.decode` drops them.)
        joined = "\x00".join(values)
        if "\r" in joined or joined[:1] == "'" or "\x00'" in joined:
            values = [cell(value) for value in values]
        for positions in self._choices:
            values.append(next((values[p] for p in positions if values[p]), ""))
        return values

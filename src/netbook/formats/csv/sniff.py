"""Which CSV this is: its delimiter, where its header is, and which program wrote it.

Nothing in a CSV file says how it is laid out. Excel writes ";" where the decimal separator is
a comma, "Unicode text" is tab-separated, LinkedIn puts a "Notes:" paragraph before the header.
So we try each delimiter on the first rows and look for a row of headers we know; the
delimiter and row that name the most known columns win.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from netbook.formats.csv import google as csv_google
from netbook.formats.csv import linkedin as csv_linkedin
from netbook.formats.csv import outlook as csv_outlook
from netbook.formats.csv.google_groups import numbered_kind
from netbook.formats.csv.table import normalise_header, read_records

DELIMITERS = (",", ";", "\t", "|")
# The header is looked for in this many records from the top (LinkedIn's is the 4th line).
SCAN_RECORDS = 60
SAMPLE_LINES = 400

# Excel writes (and reads) a first line "sep=;" naming the delimiter.
_SEP_LINE = re.compile(r'^"?sep=(.)"?\s*$', re.IGNORECASE)

# Headers of a simple contact list: not enough on their own to say Google or Outlook wrote it.
_COMMON = frozenset(
    {
        "first name",
        "middle name",
        "last name",
        "name",
        "title",
        "suffix",
        "nickname",
        "notes",
        "birthday",
        "company",
        "gender",
        "location",
        "language",
        "hobby",
        "initials",
        "priority",
        "sensitivity",
        "mileage",
        "billing information",
        "directory server",
        "anniversary",
    }
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the data of a CSV file is, and which dialect it is in (None: not recognised)."""

    dialect: str | None  # "linkedin", "google", "outlook"
    delimiter: str
    header: list[str]
    header_line: int  # 1-based line the header is on
    data_start: int  # 0-based index of the first line after the header


def identify(names: set[str]) -> tuple[str | None, int]:
    """The dialect whose columns `names` (normalised headers) are, and how many it knows."""
    if csv_linkedin.is_linkedin(names):
        return "linkedin", 1000 + len(names & csv_linkedin.VOCABULARY)
    numbered = sum(1 for n in names if numbered_kind(n))
    google = len(names & csv_google.VOCABULARY) + numbered
    if not (numbered or {"labels", "group membership"} & names):
        google = 0
    outlook_names = {n for n in names if csv_outlook.is_outlook_header(n)}
    outlook = len(outlook_names) if len(outlook_names - _COMMON) >= 2 else 0
    if max(google, outlook) < 2:
        return None, 0
    return ("google", google) if google >= outlook else ("outlook", outlook)


def _start(lines: list[str]) -> tuple[int, str | None]:
    """The first line to read, and the delimiter an Excel "sep=" line names, if any."""
    if lines and (match := _SEP_LINE.match(lines[0])):
        return 1, match[1]
    return 0, None


def _sample(lines: list[str], start: int, delimiter: str) -> list[tuple[list[str], int, int]]:
    """The first records from `start`: (cells, 1-based line, index of the line after it)."""
    window = lines[start : start + SAMPLE_LINES]
    found = []
    for record in read_records(window, 0, delimiter):
        if record.error is None:
            found.append((record.cells, record.line + start, record.end + start))
        if len(found) >= SCAN_RECORDS:
            break
    return found


def _normalised(cells: list[str]) -> set[str]:
    return {normalise_header(c) for c in cells if c.strip()}


def find_layout(lines: list[str]) -> Layout | None:
    """The recognised layout of the file, or the most likely one with `dialect=None`.

    None when no line of the file has any text.
    """
    start, forced = _start(lines)
    best: tuple[int, Layout] | None = None
    for delimiter in (forced,) if forced else DELIMITERS:
        for cells, line, end in _sample(lines, start, delimiter):
            dialect, score = identify(_normalised(cells))
            if dialect and (best is None or score > best[0]):
                best = (score, Layout(dialect, delimiter, cells, line, end))
    if best is not None:
        return best[1]
    return _guess(lines, start, forced)


def _guess(lines: list[str], start: int, forced: str | None) -> Layout | None:
    """The header of an unknown layout: the first row as wide as most rows are."""
    guess: tuple[int, Layout] | None = None
    for delimiter in (forced,) if forced else DELIMITERS:
        sample = _sample(lines, start, delimiter)
        widths = Counter(len(cells) for cells, _, _ in sample if len(cells) >= 2)
        if not widths:
            continue
        width, support = widths.most_common(1)[0]
        cells, line, end = next(s for s in sample if len(s[0]) == width)
        if guess is None or support > guess[0]:
            guess = (support, Layout(None, delimiter, cells, line, end))
    if guess is not None:
        return guess[1]
    sample = _sample(lines, start, forced or ",")
    if not sample:
        return None
    cells, line, end = sample[0]
    return Layout(None, forced or ",", cells, line, end)


def find_mapped_header(lines: list[str], wanted: set[str]) -> Layout | None:
    """The header row naming the most of `wanted` (normalised headers of a user's mapping)."""
    start, forced = _start(lines)
    best: tuple[int, Layout] | None = None
    for delimiter in (forced,) if forced else DELIMITERS:
        for cells, line, end in _sample(lines, start, delimiter):
            score = len(_normalised(cells) & wanted)
            if score and (best is None or score > best[0]):
                best = (score, Layout(None, delimiter, cells, line, end))
    return best[1] if best else None

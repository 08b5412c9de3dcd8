"""The sample book that ships with netbook, with its dates brought up to today.

The file (`resources/sample-book.vcf`) was written as if on `WRITTEN_ON`. Loaded as it is,
a year later nearly everyone would be "dormant" and Reach out would say "1137 days overdue";
so every date of the story (how you met, meeting in person, interactions, opportunities) moves
forward by the days since then, keeping the network exactly as lively as it was written.
Birthdays and anniversaries stay: they are days of the year, not events.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

SAMPLE_BOOK = "resources/sample-book.vcf"
SAMPLE_FILE_NAME = "sample-book.vcf"
# The day the sample's dates describe as "today" (a little after its newest interaction).
WRITTEN_ON = dt.date(2025, 9, 15)

# Only the story's properties move; an unfolded line of one of them, and the dates in it.
_STORY_LINE = re.compile(
    r"^X-NETBOOK-(HOW-MET|MET-IN-PERSON|INTERACTION|OPPORTUNITY)\b", re.IGNORECASE
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# RFC 6350 section 3.2: a line break followed by one space or tab continues the line.
_FOLD = re.compile(r"\r?\n[ \t]")


def sample_text(today: dt.date) -> str:
    """The sample book's vCard text with its story dated as if written `today`."""
    text = (files("netbook") / SAMPLE_BOOK).read_text(encoding="utf-8")
    shift = today - WRITTEN_ON

    def moved(match: re.Match[str]) -> str:
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match[0]
        return (day + shift).isoformat()

    lines = _FOLD.sub("", text).splitlines()
    return (
        "\r\n".join(
            _ISO_DATE.sub(moved, line) if _STORY_LINE.match(line) else line for line in lines
        )
        + "\r\n"
    )


@contextmanager
def sample_file(today: dt.date) -> Iterator[Path]:
    """The dated sample as a file named like the original, for the importer; removed after."""
    with tempfile.TemporaryDirectory(prefix="netbook-sample-") as folder:
        path = Path(folder) / SAMPLE_FILE_NAME
        path.write_text(sample_text(today), encoding="utf-8", newline="")
        yield path

"""Where the growth chart's time axis puts its ticks: on calendar boundaries.

Qt's date axis spaces a fixed number of ticks evenly between the first and last point, which
labels a curve "Jul 2013, Mar 2016, Nov 2018": true, but no one reads a timeline that way.
These ticks fall on the first of a month, every 1, 2, 3 or 6 months, or on the first of
January every 1, 2, 5, 10... years, widened to whole steps around the data.
"""

from __future__ import annotations

# Steps in months: the yearly ones (multiples of 12) are labelled with the year alone.
_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)
MOST_TICKS = 8


def _index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def calendar_ticks(first: str, last: str, most: int = MOST_TICKS) -> tuple[list[str], bool]:
    """Tick months ("YYYY-MM") covering `first`..`last`, at most `most` + 1 of them, and
    whether they are whole years (label them "2014", not "Jan 2014")."""
    low, high = sorted((_index(first), _index(last)))
    for step in _STEPS:
        start = low - low % step
        end = high + (-high) % step
        if end == start:
            end = start + step
        if (end - start) // step <= most:
            return [_month(i) for i in range(start, end + 1, step)], step % 12 == 0
    step = _STEPS[-1]
    return [_month(low - low % step), _month(high + (-high) % step)], True

"""The growth chart's ticks fall on calendar boundaries, never "Jul 2013, Mar 2016"."""

from __future__ import annotations

import pytest

from netbook.ui.dashboard.calendar_ticks import MOST_TICKS, calendar_ticks


@pytest.mark.parametrize(
    ("first", "last", "ticks", "yearly"),
    [
        ("2013-07", "2026-12", [f"{y}-01" for y in range(2012, 2029, 2)], True),
        ("2024-03", "2024-03", ["2024-03", "2024-04"], False),
        ("2024-01", "2024-05", [f"2024-0{m}" for m in range(1, 6)], False),
        (
            "2023-11",
            "2025-02",
            ["2023-11", *[f"2024-{m:02d}" for m in range(1, 12, 2)], "2025-01", "2025-03"],
            False,
        ),
        ("2019-05", "2026-01", [f"{y}-01" for y in range(2019, 2027)], True),
        (
            "1950-01",
            "2026-06",
            [
                "1950-01",
                "1960-01",
                "1970-01",
                "1980-01",
                "1990-01",
                "2000-01",
                "2010-01",
                "2020-01",
                "2030-01",
            ],
            True,
        ),
    ],
)
def test_ticks_are_whole_steps_around_the_data(first, last, ticks, yearly):
    assert calendar_ticks(first, last) == (ticks, yearly)


@pytest.mark.parametrize("years", range(0, 80, 3))
def test_never_too_many_ticks_and_the_data_always_inside(years):
    first, last = "2001-05", f"{2001 + years}-09"
    ticks, _ = calendar_ticks(first, last)
    assert 2 <= len(ticks) <= MOST_TICKS + 1
    assert ticks[0] <= first
    assert ticks[-1] >= last

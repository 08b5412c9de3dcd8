"""A tag and how many active contacts carry it: a row of the sidebar's tag list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TagCount:
    id: int
    name: str
    count: int

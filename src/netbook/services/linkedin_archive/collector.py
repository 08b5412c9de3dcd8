"""Python's cyclic garbage collector, paused while an archive's story is read and written.

The story makes a few hundred thousand small objects that live until it is written (a
conversation day each, a planned interaction each, their parameters), and none of them form
reference cycles. Each time the collector's counters fill it walks every live object of the
generation, and as the story grows so does each walk: measured at 200,000 messages, gathering
the days costs 2.9 s of CPU with the collector and 2.4 s without, building the planned
interactions 0.48 s and 0.17 s. Reference counting frees everything as usual meanwhile; the
collector runs again (and finds any cycle) when the story is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block (as it was after it: a nested pause, or one the
    caller made, is left alone)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

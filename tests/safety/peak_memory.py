"""Run a piece of Python in a fresh interpreter and learn how much memory it took at its peak.

A reader's memory is proved in a subprocess, not in the test process: the test process holds
whatever the suite built before, and Pillow's and SQLite's allocations are invisible to
tracemalloc. The child reports the growth of its high-water mark (`VmHWM`, which, unlike
`ru_maxrss`, is not inherited across exec) around the code under test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

_HARNESS = """
import json, sys
from pathlib import Path

def _high_water_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")

{setup}
_before = _high_water_mb()
{work}
print(json.dumps({{"growth_mb": _high_water_mb() - _before, "result": result}}))
"""


def peak_growth(setup: str, work: str, timeout: float = 60) -> tuple[float, object]:
    """Run `setup`, then `work` (which sets `result` to something JSON can carry).

    Returns the megabytes the peak grew by during `work`, and `result`.
    """
    code = _HARNESS.format(setup=textwrap.dedent(setup), work=textwrap.dedent(work))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return float(report["growth_mb"]), report["result"]

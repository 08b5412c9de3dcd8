"""CPU time of the in-file merges alone: `merge_into` of a tree before a change against this one.

The generated Google file of benchmarks/corpora.py (`google-csv`, 100,000 rows) repeats its
phone numbers every 10,000 rows, so the importer merges rows 10,000 on into the first 10,000
contacts, one after another: 90,000 merges into ever longer lists. This replays them in one
process with both trees' `services/merging.py` (the before tree's loaded from its file; the
modules it imports are this tree's), alternating, with the collector paused as the importer
runs it. The merged records of both are compared too.

    .venv/bin/python benchmarks/merges_alone.py --before /tmp/before [--runs 4]
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
ROWS, CONTACTS = 100_000, 10_000


def _merged(merging: ModuleType, records: list[Any]) -> tuple[float, list[Any]]:
    start = time.process_time()
    contacts = []
    for first in range(CONTACTS):
        into = merging.copy_record(records[first])
        for later in range(first + CONTACTS, ROWS, CONTACTS):
            into = merging.merge_into(into, records[later])
        contacts.append(into)
    return time.process_time() - start, contacts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="the tree before the change (root or src)")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--folder", type=Path, help="keep the generated file here")
    args = parser.parse_args()
    before_src = before_source(parser, args.before)
    sys.path.insert(0, str(HERE / "src"))
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    from netbook.services import merging as after
    from netbook.services.importer import read_file

    spec = importlib.util.spec_from_file_location(
        "merging_before", before_src / "netbook" / "services" / "merging.py"
    )
    assert spec is not None
    assert spec.loader is not None
    before = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(before)
    with tempfile.TemporaryDirectory() as tmp:
        path = corpora.make_corpus("google-csv", ROWS, args.folder or Path(tmp))
        records = read_file(path).records
    gc.disable()
    print(f"load average {os.getloadavg()[0]:.2f}")
    spent: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(args.runs):
        seconds, old = _merged(before, records)
        spent["before"].append(seconds)
        seconds, new = _merged(after, records)
        spent["after"].append(seconds)
        assert old == new, "the trees merged the rows differently"
    for side, figures in spent.items():
        print(f"{side}: {' '.join(f'{s:.2f}' for s in figures)} s CPU, 90,000 merges")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

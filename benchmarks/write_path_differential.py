"""Whether a change to the contact write path or the CSV readers changed what an import writes.

Speed work on `store/contact_rows.py`, the search index or the CSV readers must leave the book
exactly as it was. This script imports every fixture of tests/data (vCards, CSV, the import
samples) and generated files of each kind (vCards, Google CSV, LinkedIn Connections.csv, 2,000
each by default) with the source tree given as `--before` (say an export of the commit the
change started from: `git archive main src | tar -x -C /tmp/before`) and with this tree, and
compares full dumps of the books after every step (tests/book_dump.py: every row of every
table, rowids and the search index included). Each plan also imports its file again (the
"unchanged" and "updated" paths), imports a later version over an earlier one where there is
one, and undoes every step.

Random UIDs are drawn from a seeded generator and timestamps are masked, so two runs of the
same code give equal dumps; anything else that differs is a change in results.

    .venv/bin/python benchmarks/write_path_differential.py --before /tmp/before [--size 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
DATA = HERE / "tests" / "data"
_KINDS = ("vcards", "google-csv", "linkedin-csv")


def _child(src: Path, plans: list[list[list[str]]], folder: Path) -> None:
    """In the child: each plan's steps on a book of its own, a masked dump after each step,
    as JSON lines tagged with the plan's number."""
    sys.path.insert(0, str(src))
    sys.path.insert(1, str(HERE))
    from tests.book_dump import masked_dump

    from netbook.services.address_book import AddressBook
    from netbook.services.importer import Importer
    from netbook.services.journal import Journal
    from netbook.store.opening import open_database

    rng = random.Random()
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore
    for number, plan in enumerate(plans):
        rng.seed(12)  # the same UIDs for a plan, whichever plans ran before it
        db = folder / str(number) / "netbook.sqlite3"
        database = open_database(db)
        try:
            book = AddressBook(database)
            for step in plan:
                if step[0] == "undo":
                    try:
                        Journal(database).undo()
                    except Exception as exc:  # nothing to undo: the import before wrote nothing
                        error = f"{type(exc).__name__}: {exc}"
                        print(json.dumps([number, {"step": step, "error": error}]))
                else:
                    report = Importer(book).run([Path(p) for p in step[1:]])
                    outcome = [
                        (f.imported, f.updated, f.unchanged, f.error, [str(p) for p in f.problems])
                        for f in report.files
                    ]
                    print(json.dumps([number, {"step": step, "outcome": outcome}], default=str))
                masked = masked_dump(db)
                print(json.dumps([number, {"step": step, "dump": masked}]))
        finally:
            database.close()


def _run(src: Path, plans: list[list[list[str]]], folder: Path) -> dict[int, list[str]]:
    """Each plan's output lines, by plan number."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), str(folder), json.dumps(plans)],
        check=True,
        capture_output=True,
        text=True,
    )
    lines: dict[int, list[str]] = {}
    for line in done.stdout.splitlines():
        number, entry = json.loads(line)
        lines.setdefault(number, []).append(json.dumps(entry))
    return lines


def _generated(folder: Path, size: int) -> dict[str, Path]:
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    return {kind: corpora.make_corpus(kind, size, folder) for kind in _KINDS}


def _plans(generated: dict[str, Path]) -> list[list[list[str]]]:
    fixtures = sorted(
        p
        for folder in ("vcards", "csv", "import")
        for p in (DATA / folder).rglob("*")
        if p.suffix.lower() in (".vcf", ".csv")
    )
    plans = [[["import", str(p)], ["import", str(p)], ["undo"], ["undo"]] for p in fixtures]
    # A later version over an earlier one: changed cards are updated in place.
    three, later = DATA / "import" / "three.vcf", DATA / "import" / "three-later.vcf"
    plans.append([["import", str(three)], ["import", str(later)], ["undo"], ["undo"]])
    # Every CSV fixture into one book, one after the other: rows of one file meet the last's.
    csvs = [str(p) for p in fixtures if p.suffix.lower() == ".csv"]
    plans.append([["import", p] for p in csvs] + [["undo"]] * len(csvs))
    # All the vCard fixtures at once (one import of several files), then the generated files.
    vcards = [str(p) for p in fixtures if p.suffix.lower() == ".vcf"]
    plans.append([["import", *vcards], ["undo"]])
    for path in generated.values():
        plans.append([["import", str(path)], ["import", str(path)], ["undo"], ["undo"]])
    # The generated kinds over each other: the CSV rows meet the cards they match.
    plans.append([["import", str(p)] for p in generated.values()] + [["undo"]])
    return plans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a source tree holding src/")
    parser.add_argument("--size", type=int, default=2000, help="cards/rows per generated file")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), json.loads(args.child[2]), Path(args.child[1]))
        return 0
    before_src = before_source(parser, args.before)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plans = _plans(_generated(folder, args.size))
        before = _run(before_src, plans, folder / "before")
        after = _run(HERE / "src", plans, folder / "after")
        for number, plan in enumerate(plans):
            old, new = before.get(number, []), after.get(number, [])
            same = old == new
            failures += not same
            names = " then ".join(
                s[0] + "".join(f" {Path(p).name}" for p in s[1:])[:60] for s in plan
            )
            print(f"{'same' if same else 'DIFFERENT'}: {names} ({len(old)} lines)")
            if not same:
                for was, now in zip(old, new, strict=False):
                    if was != now:
                        print(f"  first difference:\n  - {was[:600]}\n  + {now[:600]}")
                        break
    print("identical books" if not failures else f"{failures} plan(s) gave different books")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

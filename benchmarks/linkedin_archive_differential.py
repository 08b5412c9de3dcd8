"""Whether a change to the archive import changed what it writes: two source trees, one book each.

Speed work on the import must leave the book exactly as it was. This script imports the same
archives (generated ones of several sizes, with and without the messages' words, and the
tests' Basic and Complete fixtures; each imported twice, then a later, larger archive on top,
then every import undone) with the source tree given as `--before` (say an export of main:
`git archive main src tests benchmarks | tar -x -C /tmp/before`) and with this tree, and
compares full dumps of the books after every step (tests/book_dump.py: every row of every
table, rowids and the search index included).

Random contact UIDs are drawn from a seeded generator and timestamps are masked, so two runs
of the same code give equal dumps; anything else that differs is a change in results.

    .venv/bin/python benchmarks/linkedin_archive_differential.py --before /tmp/before [--large]
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
# (connections, messages, seed) of the generated archives.
SIZES = [(40, 300, 3), (600, 5_000, 15)]
LARGE = [(5_000, 40_000, 21)]


def _archives(folder: Path, sizes: list[tuple[int, int, int]]) -> list[Path]:
    sys.path.insert(0, str(HERE / "benchmarks"))
    sys.path.insert(0, str(HERE))
    import linkedin_archive as bench
    from tests import linkedin_archive_files as fixtures

    made = [
        fixtures.basic_zip(folder),
        fixtures.complete_zip(folder),
        fixtures.write_zip(folder / "bom.zip", fixtures.basic_files(bom=True)),
    ]
    for connections, messages, seed in sizes:
        path = folder / f"generated-{connections}-{messages}-{seed}.zip"
        bench.generate(path, connections, messages, seed=seed)
        made.append(path)
    return made


def _child(src: Path, plan: list[list[str]], db: Path) -> None:
    """In the child: the plan's steps on one book, a masked dump after each, as JSON lines."""
    sys.path.insert(0, str(src))
    sys.path.insert(1, str(HERE))
    rng = random.Random(15)
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)  # type: ignore[assignment]
    from tests.book_dump import masked_dump

    from netbook.services.address_book import AddressBook
    from netbook.services.importer import Importer
    from netbook.services.journal import Journal
    from netbook.store.opening import open_database

    database = open_database(db)
    try:
        book = AddressBook(database)
        for step in plan:
            if step[0] == "undo":
                Journal(database).undo()
            else:
                keep = step[0] == "keep"
                report = Importer(book).run([Path(step[1])], keep_message_text=keep)
                counts = [(f.part, f.imported, f.updated, f.unchanged) for f in report.files]
                print(json.dumps({"step": step, "counts": counts}))
            masked = masked_dump(db)
            print(json.dumps({"step": step, "dump": masked}))
    finally:
        database.close()


def _run(src: Path, plan: list[list[str]], folder: Path) -> list[str]:
    db = folder / "book" / "netbook.sqlite3"
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), str(db), json.dumps(plan)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a source tree holding src/ (and tests/)")
    parser.add_argument("--large", action="store_true", help="also 5,000 / 40,000")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), json.loads(args.child[2]), Path(args.child[1]))
        return 0
    before_src = before_source(parser, args.before)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archives = _archives(folder, SIZES + (LARGE if args.large else []))
        plans = []
        for path in archives:
            for mode in ("summary", "keep"):
                plans.append([[mode, str(path)], [mode, str(path)], ["undo"], ["undo"]])
        # A later archive over an earlier one (new messages and people), then both undone.
        generated = [p for p in archives if p.name.startswith("generated")]
        plans.append(
            [["summary", str(generated[0])], ["summary", str(generated[1])], ["undo"], ["undo"]]
        )
        for number, plan in enumerate(plans):
            outputs = []
            for side, src in (("before", before_src), ("after", HERE / "src")):
                where = folder / f"{number}-{side}"
                where.mkdir()
                outputs.append(_run(src, plan, where))
            same = outputs[0] == outputs[1]
            failures += not same
            names = " then ".join(f"{s[0]} {Path(s[1]).name}" if len(s) > 1 else s[0] for s in plan)
            print(f"{'same' if same else 'DIFFERENT'}: {names} ({len(outputs[0])} dumps)")
    print("identical books" if not failures else f"{failures} plan(s) gave different books")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

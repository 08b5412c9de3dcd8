"""How long finding duplicates takes on a large book (100,000 contacts by default).

    .venv/bin/python benchmarks/duplicates.py [--count N]

Works on a copy of the cached benchmark book (benchmarks/generate_book.py), never on the cached
book itself. Prints the time of the whole scan and of the similar-names pass alone, and the
size of the largest groups (an absurd group would show up there).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_book import cached_book

from netbook.services.duplicates import find_duplicates
from netbook.services.similar_names import similar_names
from netbook.store.opening import open_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    source = cached_book(args.count)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "netbook.sqlite3"
        shutil.copy2(source, copy)
        database = open_database(copy)
        try:
            started = time.perf_counter()
            groups = find_duplicates(database)
            whole = time.perf_counter() - started
            started = time.perf_counter()
            with database.reading() as conn:
                links = similar_names(conn)
            similar = time.perf_counter() - started
        finally:
            database.close()
    sizes = sorted((len(g.ids) for g in groups), reverse=True)
    print(f"{args.count:,} contacts: {len(groups):,} groups in {whole * 1000:.0f} ms")
    print(f"  similar-names pass: {len(links):,} links in {similar * 1000:.0f} ms")
    print(f"  largest groups: {sizes[:5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

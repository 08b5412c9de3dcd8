"""What the contact list reads from the book after each keystroke of a search, without Qt.

    .venv/bin/python benchmarks/search_reads.py BOOK [--rounds 5] [--rows 64] [--dump FILE]

For each prefix of the words `gui_startup.py` types ("m", "ma", ... "5550") and the cleared
search, the CPU time (`time.process_time`) of the list model's reads: the first --rows rows
and, when they are all there, the count (`ContactListing.first_page` where the tree has it,
else `page` and `count` as the model called them). The window reads a block of 64 on trees
before the screenful-first model, and the rows on screen after (19 at gui_startup.py's window
size). The book's memo of match counts is emptied before each search, as a new keystroke
finds it. Prints p50 / p95 by query length and the median of each query. Run it on another
tree with `PYTHONPATH=OTHER_TREE/src`.

`--dump FILE` also writes, for each query, what the list would show: the count, the first
19 and 64 rows and the 64-row pages at a few offsets (ids), to compare two trees with diff.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from gui_startup import WORDS, percentile, query_length

from netbook.services.address_book import AddressBook, ContactFilter
from netbook.store.opening import open_database

BLOCK = 64
# The rows gui_startup.py's window shows, and where its list's later pages start.
SCREENFUL = 19
DUMPED_OFFSETS = (0, 64, 256, 1000)


def read_first_rows(book: AddressBook, query: str, rows: int) -> None:
    listing = book.listing(ContactFilter(query=query))
    if hasattr(listing, "first_page"):
        listing.first_page(rows)
        return
    if len(listing.page(0, rows)) == rows:  # the trees before first_page
        listing.count()


def dump(book: AddressBook, queries: list[str], path: Path) -> None:
    """What the list shows for each query, as ids, one line per read."""
    with path.open("w", encoding="utf-8") as out:
        for query in queries:
            listing = book.listing(ContactFilter(query=query))
            out.write(f"{query!r} count {listing.count()}\n")
            for rows in (SCREENFUL, BLOCK):
                if hasattr(listing, "first_page"):
                    shown, total = listing.first_page(rows)
                    out.write(f"{query!r} first {rows} total {total}: {[s.id for s in shown]}\n")
            for offset in DUMPED_OFFSETS:
                ids = [s.id for s in listing.page(offset, BLOCK)]
                out.write(f"{query!r} page {offset}: {ids}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rows", type=int, default=BLOCK, help="rows read first")
    parser.add_argument("--dump", type=Path, help="write what each query shows (ids)")
    args = parser.parse_args()
    database = open_database(args.book)
    book = AddressBook(database)
    queries = [word[:end] for word in WORDS for end in range(1, len(word) + 1)] + [""]
    spent: dict[str, list[float]] = {query: [] for query in queries}
    for _round in range(args.rounds):
        for query in queries:
            book._match_estimates.clear()  # a new search finds no memo of its own
            started = time.process_time()
            read_first_rows(book, query, args.rows)
            spent[query].append((time.process_time() - started) * 1000)
    if args.dump is not None:
        dump(book, queries, args.dump)
    database.close()
    groups: dict[str, list[float]] = {}
    for query, times in spent.items():
        groups.setdefault(query_length(query), []).extend(times)
    for group in ("1 letter", "2 letters", "3+ letters", "cleared"):
        times = groups[group]
        print(
            f"{group + f' ({len(times)})':18} p50 {statistics.median(times):5.1f} ms"
            f"  p95 {percentile(times, 0.95):5.1f} ms"
        )
    print("  ".join(f"{q or '(cleared)'} {statistics.median(t):.1f}" for q, t in spent.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

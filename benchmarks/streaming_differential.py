"""Whether a vCard file imported (and previewed) a batch at a time gives the book (and the
report) of importing it whole.

The importer streams a file of more than one batch of cards (services/import_stream) and
plans a file of one batch whole. This script imports each file both ways in this tree, into
fresh books: streamed in batches of `--batch` cards (small, so that every rule that looks
across a file crosses batches even in a small file) and whole (one batch larger than the
file), then the same file again into each book (the fingerprint path), and compares the
reports and the books after each step: strictly (every row with its rowid, the clock's stamps
masked) and, where that differs, loosely (without the rowids and ids of a contact's own
values, which a streamed import gives anew to a written contact a later card merges into, and
tag ids, which a group read after its members gives later). Before each import, the file is
previewed both ways on the book it then goes into (services/streamed_preview, and the one
plan): both previews must report what the import then reports, and leave the book as it was.

    .venv/bin/python benchmarks/streaming_differential.py [--batch 3] [FILE_OR_FOLDER ...]

Without files: every vCard of tests/data and a generated file of 2,000 cards.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(0, str(HERE / "benchmarks"))

from tests.book_dump import dump_book, masked_dump  # noqa: E402

from netbook.services.address_book import AddressBook  # noqa: E402
from netbook.services.importer import Importer, ImportReport  # noqa: E402
from netbook.store.opening import open_database  # noqa: E402

_UIDS = random.Random()
_STAMP = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d")


def _seeded_uuid4() -> uuid.UUID:
    return uuid.UUID(int=_UIDS.getrandbits(128), version=4)


def _import(book: Path, path: Path, batch: int, step: str) -> ImportReport:
    _UIDS.seed(step)  # the same fresh UIDs both ways, others at the next step
    database = open_database(book)
    try:
        return Importer(AddressBook(database), batch_records=batch).run([path])
    finally:
        database.close()


def _preview(book: Path, path: Path, batch: int, step: str) -> ImportReport:
    """The preview of the import `_import` makes next; the book must be left as it was."""
    _UIDS.seed(step)
    database = open_database(book)  # a new book is made here, before the dump
    try:
        before = dump_book(book)  # strict: every row with its rowid, nothing masked
        report = Importer(AddressBook(database), batch_records=batch).preview([path])
        if dump_book(book) != before:
            raise AssertionError(f"the preview in batches of {batch} changed the book")
        return report
    finally:
        database.close()


def _outcome(report: ImportReport) -> list[object]:
    return [
        (f.imported, f.updated, f.unchanged, f.error, f.problems, f.differences)
        for f in report.files
    ]


def _loose(book: Path) -> dict[str, list[tuple[object, ...]]]:
    dump = dump_book(book, rowids=False, operations=False, renumbered=True)
    dump.pop("tag", None)
    dump["contact_tag"] = []  # tag ids; the tags themselves are in the search index rows
    return {
        table: sorted(
            (
                tuple("<stamp>" if isinstance(v, str) and _STAMP.match(v) else v for v in row)
                for row in rows
            ),
            key=repr,
        )
        for table, rows in dump.items()
    }


def compare(path: Path, batch: int, folder: Path) -> str:
    """'same', 'same but rowids' or what differs, for one file."""
    streamed, whole = folder / "streamed.sqlite3", folder / "whole.sqlite3"
    verdict = "same"
    for step in ("import", "again"):
        # The previews of the import that follows: streamed and planned whole, each on the
        # book the import then goes into; all four reports must be the same.
        seen_streamed = _preview(streamed, path, batch, step)
        seen_whole = _preview(whole, path, 1_000_000, step)
        a = _import(streamed, path, batch, step)
        b = _import(whole, path, 1_000_000, step)
        if _outcome(a) != _outcome(b):
            return f"DIFFERENT report at {step}: {_outcome(a)!r:.300} vs {_outcome(b)!r:.300}"
        for name, seen in (("streamed", seen_streamed), ("whole", seen_whole)):
            if _outcome(seen) != _outcome(a):
                return (
                    f"DIFFERENT {name} preview at {step}: {_outcome(seen)!r:.300}"
                    f" vs the import's {_outcome(a)!r:.300}"
                )
        if masked_dump(streamed) != masked_dump(whole):
            if _loose(streamed) != _loose(whole):
                return f"DIFFERENT book at {step}"
            verdict = "same but rowids or tag ids"
    return verdict


def _files(arguments: list[str], folder: Path) -> list[Path]:
    if arguments:
        found: list[Path] = []
        for argument in arguments:
            given = Path(argument)
            found += sorted(
                p
                for p in ([given] if given.is_file() else given.rglob("*"))
                if p.suffix.lower() in (".vcf", ".vcard")
            )
        return found
    import corpora

    data = HERE / "tests" / "data"
    return [
        *sorted(p for p in data.rglob("*") if p.suffix.lower() == ".vcf"),
        corpora.make_corpus("vcards", 2000, folder),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=3, help="cards per streamed batch")
    parser.add_argument("files", nargs="*", help="vCard files or folders of them")
    args = parser.parse_args()
    uuid.uuid4 = _seeded_uuid4  # type: ignore[assignment]
    different = 0
    with tempfile.TemporaryDirectory() as tmp:
        for index, path in enumerate(_files(args.files, Path(tmp))):
            folder = Path(tmp) / str(index)
            folder.mkdir()
            try:
                verdict = compare(path, args.batch, folder)
            except Exception as exc:  # a file that breaks one way: said, and the next file
                verdict = f"DIFFERENT: {type(exc).__name__}: {exc}"
            different += verdict.startswith("DIFFERENT")
            print(f"{verdict}: {path}")
    print("no differences" if not different else f"{different} file(s) differ")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())

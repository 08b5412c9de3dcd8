"""Differential: importing a file again gives the same report and the same book whether the
cards its last import applied are skipped by their fingerprints or all read again.

Over every vCard sample in tests/data, netbook's sample book, a generated file of 2,000 cards
(benchmarks/generate_vcards.py) and the corpus of real-world vCards when it is there:
each is imported into a new book, then imported again into that book and into a copy of it
whose fingerprints were taken away, and the two compared report for report and row for row
(tests/book_dump.py, with the times the imports ran made equal).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from netbook.store.opening import open_database
from tests.book_dump import differences, dump_book
from tests.conftest import SHARED_CORPUS
from tests.services.fingerprint_books import TwoWays, copy_book, opened, reimport_both_ways, run

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SAMPLES = sorted(
    [
        *(DATA / "vcards").glob("*.vcf"),
        *(DATA / "import").glob("*.vcf"),
        *(DATA / "ui").glob("*.vcf"),
        ROOT / "resources" / "sample-book.vcf",
    ]
)
# Real-world files gathered beside the project (tests/conftest.py); NETBOOK_VCARD_CORPUS names
# another folder, for a checkout that is not beside it.
CORPUS = Path(os.environ.get("NETBOOK_VCARD_CORPUS", str(SHARED_CORPUS)))


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in {".vcf", ".vcard"}
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "book.sqlite3"
    open_database(path).close()
    return path


def _assert_same(two: TwoWays) -> None:
    assert two.with_fingerprints.files == two.without.files
    assert differences(two.dump_without, two.dump_with) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_each_sample_reimported_with_and_without_fingerprints(template, tmp_path, sample):
    _assert_same(reimport_both_ways(template, tmp_path, [sample]))


def test_every_sample_at_once(template, tmp_path):
    # Cards of different files meeting in one import (one operation, one book state).
    _assert_same(reimport_both_ways(template, tmp_path, SAMPLES))


def test_the_corpus_of_real_world_vcards(template, tmp_path):
    files = _corpus_files()
    if not files:
        pytest.skip(f"no vCard corpus at {CORPUS}")
    for index, path in enumerate(files):
        two = reimport_both_ways(template, tmp_path / str(index), [path])
        assert two.with_fingerprints.files == two.without.files, path
        assert differences(two.dump_without, two.dump_with) == [], path


def _generated(tmp_path: Path, count: int) -> Path:
    spec = importlib.util.spec_from_file_location(
        "generate_vcards", ROOT / "benchmarks" / "generate_vcards.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / f"generated-{count}.vcf"
    path.write_bytes(module.generate(count))
    return path


def test_a_generated_file_of_2000_cards_is_skipped_and_undone_exactly(template, tmp_path):
    path = _generated(tmp_path, 2000)
    two = reimport_both_ways(template, tmp_path / "books", [path])
    _assert_same(two)
    assert two.with_fingerprints.unchanged == two.first.imported == 2000
    # The re-import that skipped is one operation like any: undo and redo are exact.
    book = tmp_path / "books" / "with.sqlite3"
    again = copy_book(book, tmp_path / "again.sqlite3")
    before = dump_book(again)
    run(again, [path])
    after = dump_book(again)
    with opened(again) as address_book:
        address_book.journal.undo()
        assert differences(before, dump_book(again)) == []
        address_book.journal.redo()
        assert differences(after, dump_book(again)) == []

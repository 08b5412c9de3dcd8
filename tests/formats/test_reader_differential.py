"""What netbook reads from every fixture and corpus file is exactly what it read before.

tests/data/reader_snapshot.json holds full dumps (every field of every record, the problems,
positions and group memberships) written by tests/formats/make_reader_snapshot.py from the
reader as it was before it was made to stream; any speed work that changes a single value of
a single card fails here, naming the file, the card and the field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.formats.make_reader_snapshot import CORPUS, FIXTURES, SNAPSHOT, inputs
from tests.formats.reader_dump import dump_file

EXPECTED: dict[str, dict[str, Any]] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def _first_difference(before: Any, after: Any, where: str = "") -> str | None:
    if type(before) is not type(after):
        return f"{where or 'the dump'}: {before!r} became {after!r}"
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            if key not in after or key not in before:
                return f"{where}.{key}: present only {'before' if key in before else 'after'}"
            found = _first_difference(before[key], after[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(before, list):
        if len(before) != len(after):
            return f"{where}: {len(before)} items became {len(after)}"
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            found = _first_difference(old, new, f"{where}[{index}]")
            if found:
                return found
        return None
    return None if before == after else f"{where}: {before!r} became {after!r}"


def _check(key: str, path: Path) -> None:
    assert key in EXPECTED, f"{key} is new: regenerate the snapshot (make_reader_snapshot)"
    after = json.loads(json.dumps(dump_file(path), ensure_ascii=False))
    difference = _first_difference(EXPECTED[key], after)
    assert difference is None, f"{key}{difference}"


FIXTURE_FILES = inputs(FIXTURES)
CORPUS_FILES = inputs(CORPUS)


def test_the_snapshot_covers_every_fixture():
    keys = {f"fixtures/{p.relative_to(FIXTURES).as_posix()}" for p in FIXTURE_FILES}
    assert keys == {k for k in EXPECTED if k.startswith("fixtures/")}
    assert len(keys) > 40


@pytest.mark.parametrize(
    "path", FIXTURE_FILES, ids=[p.relative_to(FIXTURES).as_posix() for p in FIXTURE_FILES]
)
def test_fixture_reads_as_before(path):
    _check(f"fixtures/{path.relative_to(FIXTURES).as_posix()}", path)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared vCard corpus is not beside the project")
@pytest.mark.parametrize(
    "path", CORPUS_FILES, ids=[p.relative_to(CORPUS).as_posix() for p in CORPUS_FILES]
)
def test_corpus_file_reads_as_before(path):
    _check(f"corpus/{path.relative_to(CORPUS).as_posix()}", path)

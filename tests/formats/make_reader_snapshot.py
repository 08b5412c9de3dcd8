"""Write tests/data/reader_snapshot.json: the reader's output for every fixture and corpus file.

Run it on a version of netbook whose reading is known good (it was first run on main before the
streaming reader); tests/formats/test_reader_differential.py then compares every later reading
with it. Regenerate only when a change of what is read is intended, and say so in the commit.

    .venv/bin/python -m tests.formats.make_reader_snapshot
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.formats.reader_dump import dump_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data"
CORPUS = ROOT.parent / "shared" / "corpus" / "vcards"
SNAPSHOT = FIXTURES / "reader_snapshot.json"
SUFFIXES = {".vcf", ".csv"}


def inputs(folder: Path) -> list[Path]:
    """Every vCard and CSV file under `folder`, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def snapshot() -> dict[str, dict[str, object]]:
    """The dumps keyed "fixtures/<path>" and "corpus/<path>"."""
    dumps: dict[str, dict[str, object]] = {}
    for prefix, folder in (("fixtures", FIXTURES), ("corpus", CORPUS)):
        for path in inputs(folder):
            dumps[f"{prefix}/{path.relative_to(folder).as_posix()}"] = dump_file(path)
    return dumps


def main() -> None:
    data = snapshot()
    SNAPSHOT.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )
    print(f"{len(data)} files -> {SNAPSHOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

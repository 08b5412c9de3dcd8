"""Damaged CSV files never crash the reader: it reads what it can or says the file is unreadable.

The sample files are mutated with a fixed seed (stray quotes and delimiters, cut lines, NULs,
invalid bytes, BOMs in the middle), so a failure here is reproducible.
"""

from __future__ import annotations

import random

import pytest

from netbook.formats.csv.reading import csv_headers, looks_like_csv, read_csv
from netbook.formats.parsed import UnreadableFileError
from tests.conftest import DATA

SAMPLES = sorted((DATA / "csv").glob("*.csv"))
JUNK = [
    b'"',
    b",",
    b";",
    b"\t",
    b"\n",
    b"\r",
    b"\r\n",
    b"\x00",
    b"\xff",
    b"\xfe",
    b"=",
    b"'",
    b" ::: ",
    b"* ",
    b"0/0/00",
    b"--02-30",
    b"\xef\xbb\xbf",
    "é".encode("cp1252"),
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        position = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.45:
            out[position:position] = rng.choice(JUNK)
        elif choice < 0.75:
            del out[position : position + rng.randint(1, 20)]
        elif choice < 0.85:
            del out[position:]
        else:
            out[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
    return bytes(out)


@pytest.mark.parametrize("seed", range(4))
def test_mutated_samples_are_read_or_refused_cleanly(seed):
    rng = random.Random(seed)
    read = 0
    messages: list[str] = []
    for _ in range(60):
        data = mutate(rng.choice(SAMPLES).read_bytes(), rng)
        looks_like_csv(data)
        try:
            csv_headers(data)
            result = read_csv(data)
        except UnreadableFileError as exc:
            messages.append(str(exc))
            continue
        read += 1
        assert len(result.positions) == len(result.records)
        assert result.positions == sorted(set(result.positions))
        dropped = {p.card for p in result.problems if p.dropped and p.card is not None}
        assert not dropped & set(result.positions)  # a dropped row yields no contact
        for problem in result.problems:
            assert problem.message
            assert problem.line is None or problem.line >= 1
    assert read > 0
    assert messages  # some mutations break the header: those files are refused, in one line
    assert all(message and "\n" not in message for message in messages)

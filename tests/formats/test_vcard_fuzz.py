"""Mangled vCards never crash the reader, and whatever it reads survives export -> import.

The mutations are drawn from a fixed seed over the project's own fixtures (and the shared corpus
when it is there), so any failure is repeatable.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from netbook.formats.parsed import UnreadableFileError
from netbook.formats.vcard import read_vcards, write_vcards
from tests.conftest import DATA, SHARED_CORPUS

TOKENS = [
    b"\r\n",
    b"\n",
    b"\r",
    b" ",
    b"\t",
    b":",
    b";",
    b"=",
    b",",
    b'"',
    b"\\",
    b"=\r\n",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"item1.",
    b"X-ABLabel:",
    b"^",
    b"data:",
    b"\\n",
    b"TYPE=",
    b"PREF",
    b"VALUE=text",
    b"VALUE=uri",
    b"ENCODING=QUOTED-PRINTABLE",
    b"CHARSET=SHIFT_JIS",
    b"BASE64",
    b"AGENT:\r\n",
]


def samples() -> list[bytes]:
    files = sorted((DATA / "vcards").glob("*.vcf"))
    if SHARED_CORPUS.is_dir():
        files += sorted(SHARED_CORPUS.rglob("*.vcf"))
    return [path.read_bytes() for path in files]


def mutate(rng: random.Random, data: bytes) -> bytes:
    mutated = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        pos = rng.randrange(len(mutated) + 1)
        choice = rng.random()
        if choice < 0.5:
            mutated[pos:pos] = rng.choice(TOKENS)
        elif choice < 0.8:
            del mutated[pos : pos + rng.randint(1, 12)]
        elif mutated:
            mutated[min(pos, len(mutated) - 1)] = rng.randrange(256)
    return bytes(mutated)


def comparable(record):
    data = dataclasses.asdict(record)
    if data["photo"] is not None:
        data["photo"]["thumbnail"] = None
    return data


@pytest.mark.parametrize("seed", range(4))
def test_mangled_files_are_read_or_refused_and_what_is_read_round_trips(seed):
    rng = random.Random(seed)
    corpus = samples()
    for _ in range(60):
        data = mutate(rng, rng.choice(corpus))
        try:
            result = read_vcards(data)
        except UnreadableFileError as exc:
            message = str(exc)
            assert "\n" not in message
            continue
        assert len(result.positions) == len(result.records)
        if not result.records:
            continue
        for version in ("3.0", "4.0"):
            back = read_vcards(write_vcards(result.records, version).encode("utf-8"))
            assert back.problems == []
            assert [comparable(r) for r in back.records] == [comparable(r) for r in result.records]

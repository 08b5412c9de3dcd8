"""Whether a change to the vCard reader changed what it reads, from any input.

Speed work on `formats/vcard/` must leave every `ParseResult` exactly as it was: records,
problems, positions, fingerprints, group memberships. This script reads, with the source tree
given as `--before` (an export of the commit the change started from:
`git archive HEAD src tests benchmarks | tar -x -C /tmp/before`) and with this tree, every .vcf
under tests/data, every file of the shared corpus of real client cards when it is there
(`--corpus`), generated files (generate_vcards.py with several seeds) and mangled variants of
them (LF, CR and mixed line ends, folds at odd places, quoted-printable soft breaks, charsets,
broken and blank lines, a BOM, UTF-16), and compares the `repr` of the whole result.

Each input is read three ways: `read_vcards(bytes)` whole; in small chunks (so that chunk
boundaries fall inside lines, folds and line ends); and with every other card's fingerprint
known, the skipped cards then read after all (`with_cards_read`).

    .venv/bin/python benchmarks/vcard_reader_differential.py --before /tmp/before [--corpus DIR]
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
DATA = HERE / "tests" / "data"
_SEEDS = (1, 7, 23, 99)
_CHUNK_BYTES = 4093  # odd, so that boundaries wander through lines and line ends


def _child(src: Path, paths: list[str]) -> None:
    """In the child: one JSON line per input, the repr of each way of reading it."""
    sys.path.insert(0, str(src))
    from netbook.formats.parsed import UnreadableFileError
    from netbook.formats.vcard import read_vcards
    from netbook.formats.vcard.stream import read_all

    def shown(read: Callable[..., object], *args: object) -> str:
        try:
            return repr(read(*args))
        except UnreadableFileError as exc:
            return f"UnreadableFileError: {exc}"

    for path in paths:
        data = Path(path).read_bytes()
        chunks = [data[i : i + _CHUNK_BYTES] for i in range(0, len(data), _CHUNK_BYTES)]

        def skipping(data: bytes) -> object:
            whole = read_vcards(data)
            known = set(whole.fingerprints[::2])
            partly = read_all([data], known)
            if not partly.skipped:
                return partly
            read = partly.with_cards_read([s.number for s in partly.skipped])
            # The reading function's repr holds an address: compare everything else.
            return [dataclasses.replace(r, read_skipped=None) for r in (partly, read)]

        views = [shown(read_vcards, data), shown(read_all, chunks), shown(skipping, data)]
        print(json.dumps([path, views]))


def _run(src: Path, paths: list[Path]) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), json.dumps([str(p) for p in paths])],
        check=True,
        capture_output=True,
        text=True,
    )
    return {path: views for path, views in map(json.loads, done.stdout.splitlines())}


# -- mangled variants ----------------------------------------------------------------------------


def _fold_at_odd_places(data: bytes, rng: random.Random) -> bytes:
    """Each line folded at a random width (tabs or spaces), even inside parameters."""
    out: list[bytes] = []
    for line in data.split(b"\r\n"):
        while len(line) > 12 and rng.random() < 0.6:
            cut = rng.randint(1, min(len(line) - 1, 40))
            out.append(line[:cut])
            line = rng.choice((b" ", b"\t")) + line[cut:]
        out.append(line)
    return b"\r\n".join(out)


def _quoted_printable(data: bytes, rng: random.Random) -> bytes:
    """NOTE, FN and ADR values as vCard 2.1 quoted-printable, with soft breaks and charsets."""

    def encode(match: re.Match[bytes]) -> bytes:
        head, value = match.group(1), match.group(2)
        charset = rng.choice((b"UTF-8", b"utf-8", b"ISO-8859-1", b"WINDOWS-1252"))
        try:
            raw = value.decode("utf-8").encode(charset.decode(), errors="replace")
        except LookupError:
            raw = value
        encoded = codecs.encode(raw, "quopri")
        encoded = encoded.replace(b"=\n", b"=\r\n")
        if rng.random() < 0.5 and len(encoded) > 20:
            encoded = encoded[:10] + b"=\r\n" + encoded[10:]
        parameter = rng.choice((b";ENCODING=QUOTED-PRINTABLE", b";QUOTED-PRINTABLE"))
        return head + b";CHARSET=" + charset + parameter + b":" + encoded

    return re.sub(rb"(?m)^((?:item\d+\.)?(?:NOTE|FN|ADR)[^:\r\n]*):([^\r\n]*)", encode, data)


def _broken(data: bytes, rng: random.Random) -> bytes:
    """Blank lines, lines without a name, stray text between cards, a card cut short."""
    lines = data.split(b"\r\n")
    out: list[bytes] = []
    for line in lines:
        roll = rng.random()
        if roll < 0.02:
            out.append(b"")
        elif roll < 0.03:
            out.append(b"  ")
        elif roll < 0.04:
            out.append(b":no name here")
        elif roll < 0.045:
            out.append(b"stray text outside")
        elif roll < 0.05 and line.startswith(b"END:VCARD"):
            continue  # this card has no END:VCARD
        elif roll < 0.055:
            out.append(line + b"\xff\xfe")  # bytes of no encoding
        elif roll < 0.06:
            out.append(line.lower())
        out.append(line)
    return b"\r\n".join(out)


def _mixed_line_ends(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\r\n")
    return b"".join(line + rng.choice((b"\r\n", b"\n", b"\r", b"\r\r\n")) for line in lines)


def _variants(source: bytes, seed: int) -> dict[str, bytes]:
    rng = random.Random(seed)
    return {
        "crlf": source,
        "lf": source.replace(b"\r\n", b"\n"),
        "cr": source.replace(b"\r\n", b"\r"),
        "mixed-line-ends": _mixed_line_ends(source, rng),
        "odd-folds": _fold_at_odd_places(source, rng),
        "odd-folds-lf": _fold_at_odd_places(source, rng).replace(b"\r\n", b"\n"),
        "quoted-printable": _quoted_printable(source, rng),
        "broken": _broken(source, rng),
        "bom": codecs.BOM_UTF8 + source,
        "utf-16": source.decode("utf-8").encode("utf-16"),
        "no-final-line-end": source.rstrip(b"\r\n"),
    }


def _generated(folder: Path, count: int) -> list[Path]:
    sys.path.insert(0, str(HERE / "benchmarks"))
    import generate_vcards

    paths: list[Path] = []
    for seed in _SEEDS:
        source = generate_vcards.generate(count, seed=seed, photo_every=7)
        for name, data in _variants(source, seed).items():
            path = folder / f"seed{seed}-{name}.vcf"
            path.write_bytes(data)
            paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, required=False, help="a source tree (or its src/)")
    parser.add_argument("--corpus", type=Path, help="a folder of real vCard files, read if present")
    parser.add_argument("--count", type=int, default=300, help="cards per generated file")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), json.loads(args.child[1]))
        return 0
    before = before_source(parser, args.before)
    with tempfile.TemporaryDirectory() as tmp:
        paths = sorted(DATA.rglob("*.vcf"))
        if args.corpus is not None and args.corpus.is_dir():
            paths += sorted(p for p in args.corpus.rglob("*") if p.is_file())
        paths += _generated(Path(tmp), args.count)
        old = _run(before, paths)
        new = _run(HERE / "src", paths)
    differing = [p for p in old if old[p] != new.get(p)]
    # Over the results in input order (the paths hold a temporary folder's name).
    digest = hashlib.sha256(json.dumps([old[str(p)] for p in paths]).encode()).hexdigest()[:16]
    print(f"{len(paths)} inputs, each read whole, in {_CHUNK_BYTES}-byte chunks and skipping")
    if differing:
        for path in differing:
            print(f"differs: {path}")
        return 1
    print(f"identical results (sha256 of the results: {digest})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

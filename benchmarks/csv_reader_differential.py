"""Whether a change to the CSV readers changed a single thing they read.

Speed work on `formats/csv/` must give exactly the records and problems it gave before. This
script reads every CSV file under tests/data, the same files re-encoded (UTF-8 with and
without a BOM, UTF-16, old-Mac CR line ends), one through a column mapping, and generated
files of each dialect (Google current and legacy, LinkedIn, Outlook English, French and
German; a few thousand rows each by default) whose cells are drawn from the fixtures' own
values and from odd ones: " ::: " multi-values, quoted newlines with CRLF, cells of spaces,
formula guards, "* " primary labels, bad dates and emails, empty rows, short and long rows,
a stray quote, a few cp1252 rows in a UTF-8 file, columns left out of the header; and the
benchmarks' own Google and LinkedIn files (benchmarks/corpora.py). Each file is read with
the source tree given as `--before` and with this tree, in a child process each, and the
full `repr` of every record, problem and position is compared.

    .venv/bin/python benchmarks/csv_reader_differential.py --before /tmp/before/src [--rows 3000]
"""

from __future__ import annotations

import argparse
import codecs
import csv
import hashlib
import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from two_trees import before_source

HERE = Path(__file__).resolve().parents[1]
CSV_DATA = HERE / "tests" / "data" / "csv"
# Generated files: (name, fixture giving the header and cell values, its encoding, delimiter).
_DIALECTS = (
    ("google-current", "google_current.csv", "utf-8-sig", ","),
    ("google-legacy", "google_legacy.csv", "utf-8", ","),
    ("linkedin", "linkedin_connections.csv", "utf-8", ","),
    ("linkedin-old", "linkedin_connections_old.csv", "utf-8", ","),
    ("outlook", "outlook.csv", "cp1252", ","),
    ("outlook-french", "outlook_french.csv", "cp1252", ","),
    ("outlook-german", "outlook_german_semicolon.csv", "cp1252", ";"),
)
_ODD_VALUES = (
    "",
    " ",
    "  padded  ",
    "a@example.com ::: b@example.com",
    "* Work",
    "* myContacts ::: * starred ::: Clients",
    "Home ::: Work ::: ",
    "line one\r\nline two\nline three",
    "carriage\rreturn",
    "'=1+1",
    "'+33 1 23",
    "O'Brien",
    "not-an-email",
    "30/02/1980",
    "--04-12",
    "3/15/19",
    "0/0/00",
    "yesterday",
    "https://www.linkedin.com/in/someone",
    "https://example.org/blog",
    "MÃ¼ller",
    "Zoë ::: Chloé",
    "Referred by",
    "Anniversary",
    "Birthday",
    "Spouse",
    "female",
    "\u2019quoted\u2019",
)


def _fixture_table(name: str) -> tuple[list[str], list[list[str]], int]:
    """A fixture's header, its data rows and the lines before the header (LinkedIn's notes)."""
    sys.path.insert(0, str(HERE / "src"))
    from netbook.formats.csv.sniff import find_layout
    from netbook.formats.csv.table import read_records
    from netbook.formats.csv.text import decode, physical_lines

    lines = physical_lines(decode((CSV_DATA / name).read_bytes()).text)
    layout = find_layout(lines)
    assert layout is not None, name
    rows = [r.cells for r in read_records(lines, layout.data_start, layout.delimiter)]
    return layout.header, rows, layout.header_line - 1


def _generated_text(name: str, fixture: str, delimiter: str, rows: int) -> str:
    """`rows` rows in `fixture`'s layout, cells mixed from its own values and odd ones."""
    rng = random.Random(hashlib.sha256(name.encode()).digest())
    header, sample, preamble = _fixture_table(fixture)
    kept = [i for i in range(len(header)) if i == 0 or rng.random() > 0.1]  # drop some columns
    columns = [[r[i] for r in sample if i < len(r)] or [""] for i in range(len(header))]
    out = io.StringIO()
    if preamble:
        out.write('Notes:\r\n"When exporting your connections, emails may be missing."\r\n\r\n')
    writer = csv.writer(out, delimiter=delimiter, lineterminator=rng.choice(("\r\n", "\n")))
    writer.writerow([header[i] for i in kept])
    for number in range(rows):
        roll = rng.random()
        if roll < 0.02:
            out.write("\r\n" if roll < 0.01 else delimiter * (len(kept) - 1) + "\n")
            continue
        cells = []
        for i in kept:
            pick = rng.random()
            if pick < 0.15:
                cells.append(rng.choice(_ODD_VALUES))
            elif pick < 0.7:
                cells.append(rng.choice(columns[i]))
            else:
                cells.append("")
        if roll < 0.03:
            cells = cells[: rng.randrange(1, len(cells) + 1)]  # a short row
        elif roll < 0.04:
            cells.append("surplus")
        if number == rows // 2:
            out.write(f'"a stray quote{delimiter}' + delimiter.join(cells[1:]) + "\n")
            continue
        writer.writerow(cells)
    return out.getvalue()


def _files(folder: Path, rows: int) -> list[tuple[str, str, dict[str, str] | None]]:
    """(label, path, mapping) of every file to read."""
    files: list[tuple[str, str, dict[str, str] | None]] = []
    for path in sorted(CSV_DATA.glob("*.csv")):
        files.append((path.name, str(path), None))
        data = path.read_bytes()
        if data.startswith(codecs.BOM_UTF8) or b"\x00" in data[:200]:
            continue
        text = data.decode("utf-8", errors="replace")
        variants = {
            "bom": codecs.BOM_UTF8 + text.encode("utf-8"),
            "utf16": text.encode("utf-16"),
            "cr": text.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8"),
        }
        for variant, content in variants.items():
            target = folder / f"{path.stem}-{variant}.csv"
            target.write_bytes(content)
            files.append((target.name, str(target), None))
    mapping = {"Full name": "display_name", "E-mail": "email", "Met on": "how_met_date"}
    files.append(("unknown_layout.csv mapped", str(CSV_DATA / "unknown_layout.csv"), mapping))
    for name, fixture, encoding, delimiter in _DIALECTS:
        text = _generated_text(name, fixture, delimiter, rows)
        target = folder / f"{name}-{rows}.csv"
        if encoding == "cp1252":
            target.write_bytes(text.encode("cp1252", errors="replace"))
        else:
            body = text.encode(encoding)
            # A few rows pasted from a cp1252 file: the file mixes encodings.
            target.write_bytes(body + "Zoë,Dubé,,,Société,Chef\r\n".encode("cp1252"))
        files.append((target.name, str(target), None))
    sys.path.insert(0, str(HERE / "benchmarks"))
    import corpora

    for kind in ("google-csv", "linkedin-csv"):  # the benchmarks' own files
        path = corpora.make_corpus(kind, rows, folder)
        files.append((path.name, str(path), None))
    return files


def _child(src: Path, files: list[tuple[str, str, dict[str, str] | None]]) -> None:
    """In the child: one JSON line per file, the repr of everything read from it."""
    sys.path.insert(0, str(src))
    from netbook.formats.csv.reading import read_csv
    from netbook.formats.parsed import UnreadableFileError

    for label, path, mapping in files:
        try:
            result = read_csv(Path(path).read_bytes(), mapping)
        except UnreadableFileError as exc:
            print(json.dumps([label, f"error: {exc}"]))
            continue
        lines = [result.format, *map(repr, result.records), *map(repr, result.problems)]
        lines.append(repr(result.positions))
        print(json.dumps([label, lines]))


def _run(src: Path, files: list[tuple[str, str, dict[str, str] | None]]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(src), json.dumps(files)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(line) for line in done.stdout.splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="a source tree (or its src/)")
    parser.add_argument("--rows", type=int, default=3000, help="rows per generated file")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), json.loads(args.child[1]))
        return 0
    before_src = before_source(parser, args.before)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        files = _files(Path(tmp), args.rows)
        before, after = _run(before_src, files), _run(HERE / "src", files)
        for label, _, _ in files:
            old, new = before[label], after[label]
            same = old == new
            failures += not same
            count = len(old) if isinstance(old, list) else 0
            print(f"{'same' if same else 'DIFFERENT'}: {label} ({count} lines)")
            if not same and isinstance(old, list) and isinstance(new, list):
                for was, now in zip(old, new, strict=False):
                    if was != now:
                        print(f"  first difference:\n  - {was[:600]}\n  + {now[:600]}")
                        break
            elif not same:
                print(f"  - {str(old)[:600]}\n  + {str(new)[:600]}")
    print("identical records" if not failures else f"{failures} file(s) read differently")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Reading files with bounded resources (docs/reliability.md, "7. Bounded resources").

Real subprocesses of `netbook import` against real files, FIFOs, devices and pipes: caps count
the bytes actually read, a FIFO or device given by name is refused at once, standard input is
read only as `-`, one card's memory is bounded by bytes and by lines, and the command's budget
counts every file. Memory is the peak RSS of the netbook process alone, measured by a small
parent process that runs only it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from netbook.formats.parsed import UnreadableFileError
from netbook.formats.vcard import VCardFile
from netbook.formats.vcard.lines import MAX_PROPERTIES
from netbook.services.file_reading import MAX_FILE_BYTES, ReadingBudget, open_reading

# Runs `netbook` (its standard input a file, or the output of a producer program) and prints
# its exit code, output and peak RSS.
_MEASURED = r"""
import json, resource, subprocess, sys
args, stdin_path, producer_code = json.loads(sys.argv[1])
producer = None
if producer_code:
    producer = subprocess.Popen([sys.executable, "-c", producer_code], stdout=subprocess.PIPE)
    stdin = producer.stdout
else:
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
done = subprocess.run([sys.executable, "-m", "netbook", *args], stdin=stdin,
                      capture_output=True, text=True, timeout=600)
if producer is not None:
    producer.kill()
    producer.wait()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(json.dumps({"rc": done.returncode, "err": done.stderr, "out": done.stdout, "mb": peak}))
"""


def _import(
    book: Path, *files: str, stdin: str | None = None, producer: str | None = None
) -> dict[str, object]:
    args = ["--db", str(book), "import", "--json", *files]
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, json.dumps([args, stdin, producer])],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    result["seconds"] = time.monotonic() - start
    return result


def test_a_fifo_given_by_name_is_refused_at_once(tmp_path):
    fifo = tmp_path / "cards.vcf"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    result = _import(tmp_path / "book.sqlite3", str(fifo))
    assert result["rc"] != 0
    assert str(fifo) in str(result["err"])
    assert "named pipe (FIFO)" in str(result["err"])
    assert "'-'" in str(result["err"])


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_given_by_name_is_refused_at_once(tmp_path, device):
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    result = _import(tmp_path / "book.sqlite3", device)
    assert result["rc"] != 0
    assert f"{device}: this is a device or special file" in str(result["err"])


def test_zeros_on_standard_input_stop_at_the_first_chunk(tmp_path):
    # `netbook import - < /dev/zero`: binary at once, not 4 GB later.
    result = _import(tmp_path / "book.sqlite3", "-", stdin="/dev/zero")
    assert result["rc"] != 0
    assert "binary file" in str(result["err"])
    assert int(result["mb"]) < 200


def test_a_stream_past_the_cap_is_refused_with_the_limit_and_nothing_stored(tmp_path):
    # `producer | netbook import -`, a pipe that never ends: one card that keeps growing is
    # dropped at its size cap, the stream is stopped at the byte cap; memory stays that of one
    # card, and the card read before the cap is taken back with the rest of the file.
    producer = (
        "import sys\n"
        "out = sys.stdout.buffer\n"
        "out.write(b'BEGIN:VCARD\\r\\nFN:Ann\\r\\nEND:VCARD\\r\\nBEGIN:VCARD\\r\\nFN:Bo\\r\\n')\n"
        "line = b'NOTE:' + b'x' * 1000 + b'\\r\\n'\n"
        "try:\n"
        "    while True: out.write(line * 1024)\n"
        "except (BrokenPipeError, OSError): pass\n"
    )
    result = _import(tmp_path / "book.sqlite3", "-", producer=producer)
    assert result["rc"] != 0
    assert f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB" in str(result["err"])
    assert "nothing of it was imported" in str(result["err"])
    assert int(result["mb"]) < 600
    listed = subprocess.run(
        [sys.executable, "-m", "netbook", "--db", str(tmp_path / "book.sqlite3"), "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(listed.stdout) == []  # Ann, read before the cap, was taken back too


def test_one_card_of_a_million_lines_costs_one_card():
    lines = b"NOTE:x\r\n" * 1_000_000
    mb = 1024 * 1024
    # In chunks of 1 MB, as files are read.
    chunks = [
        b"BEGIN:VCARD\r\nFN:Bo\r\n",
        *(lines[i : i + mb] for i in range(0, len(lines), mb)),
        b"END:VCARD\r\nBEGIN:VCARD\r\nFN:Cy\r\nEND:VCARD\r\n",
    ]
    tracemalloc.start()
    try:
        batches = list(VCardFile(iter(chunks)).batches())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    records = [r.display_name for b in batches for r in b.records]
    problems = [p.message for b in batches for p in b.problems]
    assert records == ["Cy"]
    assert any(f"more than {MAX_PROPERTIES} lines" in m for m in problems)
    # A million lines as objects would be ~50 MB; the reader holds one chunk and its cap.
    assert peak < 30 * mb


def test_a_million_folds_of_one_line_cost_bytes_not_list_entries():
    folds = b"\r\n x" * 1_000_000
    mb = 1024 * 1024
    # In chunks of 1 MB, as files are read.
    chunks = [
        b"BEGIN:VCARD\r\nFN:Di\r\nNOTE:a",
        *(folds[i : i + mb] for i in range(0, len(folds), mb)),
        b"\r\nEND:VCARD\r\n",
    ]
    tracemalloc.start()
    try:
        [batch] = list(VCardFile(iter(chunks)).batches())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [record] = batch.records
    assert record.note == "a" + "x" * 1_000_000
    assert peak < 40 * 1024 * 1024  # a million list entries alone would be ~80 MB


def test_the_command_budget_counts_every_file(tmp_path):
    first, second = tmp_path / "a.vcf", tmp_path / "b.vcf"
    card = b"BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n"
    first.write_bytes(card * 100)
    second.write_bytes(card * 100)
    budget = ReadingBudget(limit=len(card) * 150)
    reading = open_reading(first, budget=budget)
    assert sum(len(b.records) for b in reading.batches()) == 100
    reading.close()
    with pytest.raises(UnreadableFileError, match="together"):
        list(open_reading(second, budget=budget).batches())

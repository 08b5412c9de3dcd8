"""Export: the chosen contacts as bytes of one format, or written atomically to a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from netbook.formats.csv.export import write_csv
from netbook.formats.json_export import contacts_to_json_text
from netbook.formats.vcard import write_vcards
from netbook.model.values import ContactRecord

# Format name -> writer of records to bytes. The vCard and CSV writers register here.
Writer = Callable[[Sequence[ContactRecord]], bytes]
WRITERS: dict[str, Writer] = {
    "json": lambda records: contacts_to_json_text(records).encode("utf-8"),
    "csv": write_csv,
    "vcard3": lambda records: write_vcards(records, "3.0").encode("utf-8"),
    "vcard4": lambda records: write_vcards(records, "4.0").encode("utf-8"),
}
FILE_SUFFIXES = {"json": ".json", "vcard3": ".vcf", "vcard4": ".vcf", "csv": ".csv"}


def export_formats() -> list[str]:
    return sorted(WRITERS)


def render(records: Sequence[ContactRecord], fmt: str) -> bytes:
    """The records in format `fmt`; KeyError for a format netbook does not write."""
    return WRITERS[fmt](records)


def write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, so a failure never leaves half a file."""
    path = path.expanduser()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

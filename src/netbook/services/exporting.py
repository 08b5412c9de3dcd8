"""Export: the chosen contacts as bytes of one format (services.export_target writes them)."""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence

from netbook.formats.csv.export import write_csv
from netbook.formats.json_export import contacts_to_json_text
from netbook.formats.vcard import write_vcards
from netbook.model.values import ContactRecord

# Format name -> writer of records to bytes. The vCard and CSV writers register here.
Writer = Callable[[Sequence[ContactRecord]], bytes]
WRITERS: dict[str, Writer] = {
    "json": lambda records: contacts_to_json_text(records, with_photo=True).encode("utf-8"),
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


def write_error(exc: OSError) -> str:
    """Why an export file could not be written, in words, with what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "not written: the disk is full; free some space or choose another disk"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not written: permission denied; choose a folder you can write to"
    if exc.errno == errno.ENOENT:
        return "not written: the folder does not exist"
    return f"not written: cannot write ({exc.strerror or type(exc).__name__})"

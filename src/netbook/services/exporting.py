"""Export: the chosen contacts as bytes of one format (services.export_target writes them).

vCard and JSON are written batch by batch (`export_batches`): a 100,000-contact export holds
one batch of records at a time, never the book. CSV is made whole: its header has as many
"E-mail N" columns as the contact with the most emails needs, which only all records tell.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable, Iterator, Sequence

from netbook.formats.csv.export import write_csv
from netbook.formats.json_export import json_array_text
from netbook.formats.vcard import write_vcards
from netbook.model.values import ContactRecord

# Format name -> writer of batches of records to pieces of the file. Concatenated, the pieces
# are the file; a writer that needs every record first (CSV) gives one piece at the end.
Writer = Callable[[Iterable[Sequence[ContactRecord]]], Iterator[bytes]]


def _vcards(version: str) -> Writer:
    def write(batches: Iterable[Sequence[ContactRecord]]) -> Iterator[bytes]:
        for batch in batches:
            yield write_vcards(batch, version).encode("utf-8")

    return write


def _json(batches: Iterable[Sequence[ContactRecord]]) -> Iterator[bytes]:
    for text in json_array_text(batches, with_photo=True):
        yield text.encode("utf-8")


def _csv(batches: Iterable[Sequence[ContactRecord]]) -> Iterator[bytes]:
    yield write_csv([record for batch in batches for record in batch])


WRITERS: dict[str, Writer] = {
    "json": _json,
    "csv": _csv,
    "vcard3": _vcards("3.0"),
    "vcard4": _vcards("4.0"),
}
FILE_SUFFIXES = {"json": ".json", "vcard3": ".vcf", "vcard4": ".vcf", "csv": ".csv"}


def export_formats() -> list[str]:
    return sorted(WRITERS)


def render(records: Sequence[ContactRecord], fmt: str) -> bytes:
    """The records in format `fmt`; KeyError for a format netbook does not write."""
    return b"".join(WRITERS[fmt]([records]))


def render_batches(batches: Iterable[Sequence[ContactRecord]], fmt: str) -> Iterator[bytes]:
    """The file of format `fmt` piece by piece, as the batches of records come."""
    return WRITERS[fmt](batches)


def write_error(exc: OSError) -> str:
    """Why an export file could not be written, in words, with what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "not written: the disk is full; free some space or choose another disk"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not written: permission denied; choose a folder you can write to"
    if exc.errno == errno.ENOENT:
        return "not written: the folder does not exist"
    return f"not written: cannot write ({exc.strerror or type(exc).__name__})"

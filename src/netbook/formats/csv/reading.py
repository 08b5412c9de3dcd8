"""Contacts from CSV exports: LinkedIn Connections.csv, Google Contacts, Outlook, or any CSV
through a column mapping.

The dialect is recognised from the header row, wherever it is in the first lines; encoding and
delimiter are detected (see text and sniff). As for vCard, one bad row never stops an
import: it is reported with its row number and line, and the other rows come in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from netbook.formats.csv import google as csv_google
from netbook.formats.csv import linkedin as csv_linkedin
from netbook.formats.csv import mapped as csv_mapped
from netbook.formats.csv import outlook as csv_outlook
from netbook.formats.csv.file_wide import FileWide
from netbook.formats.csv.mapped import MAPPABLE_FIELDS
from netbook.formats.csv.sniff import Layout, find_layout, find_mapped_header
from netbook.formats.csv.table import (
    Columns,
    RawRecord,
    Row,
    header_names,
    make_row,
    normalise_header,
    read_records,
)
from netbook.formats.csv.text import LEGACY_ENCODING, decode, physical_lines
from netbook.formats.csv.values import has_identity
from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.model.values import ContactRecord

__all__ = ["MAPPABLE_FIELDS", "MAX_ROWS", "csv_headers", "looks_like_csv", "read_csv"]

# Data rows read from one file; far above any real export (LinkedIn caps connections at 30,000).
MAX_ROWS = 500_000
_SNIFF_BYTES = 64 * 1024

RowReader = Callable[[Row], ContactRecord]


@dataclass(frozen=True, slots=True)
class _Dialect:
    format: str
    title: str
    knows: Callable[[str], bool]  # whether a (normalised) header is one this dialect reads
    make_reader: Callable[[Columns, Sequence[RawRecord]], RowReader]
    # Whether its reader looks at every record before the first row (Outlook settles from
    # the whole file whether its dates are day or month first); the others are given none.
    reads_ahead: bool = False


_DIALECTS = {
    "linkedin": _Dialect(
        csv_linkedin.FORMAT,
        "LinkedIn Connections.csv",
        lambda h: h in csv_linkedin.VOCABULARY,
        lambda columns, records: csv_linkedin.make_reader(columns),
    ),
    "google": _Dialect(
        csv_google.FORMAT,
        "Google Contacts CSV",
        csv_google.knows,
        lambda columns, records: csv_google.make_reader(columns),
    ),
    "outlook": _Dialect(
        csv_outlook.FORMAT,
        "Outlook CSV",
        csv_outlook.is_outlook_header,
        csv_outlook.make_reader,
        reads_ahead=True,
    ),
}

_UNDERSTOOD = (
    "LinkedIn Connections.csv (First Name, Last Name, URL, Email Address, Company, Position, "
    "Connected On), Google Contacts CSV (First Name, Last Name, Labels, E-mail 1 - Value, "
    "Phone 1 - Value, ...; or Name, Given Name, Group Membership, E-mail 1 - Type, ...) and "
    "Outlook CSV (First Name, Last Name, Company, Job Title, E-mail Address, Mobile Phone, "
    "Categories, ... in English, German or French)"
)


def looks_like_csv(data: bytes) -> bool:
    """Whether `data` is worth reading as CSV: delimited text, not a vCard, JSON or binary."""
    try:
        text = decode(data[:_SNIFF_BYTES]).text
    except UnreadableFileError:
        return False
    head = text.lstrip()
    if not head or head[:1] in "{[<" or "BEGIN:VCARD" in head[:1024].upper():
        return False
    layout = find_layout(physical_lines(text))
    return layout is not None and (layout.dialect is not None or len(layout.header) >= 2)


def csv_headers(data: bytes) -> list[str]:
    """The header row of a CSV file as written, for the GUI's column-mapping dialog.

    Only the start of the file is read: the header is within its first lines.

    Raises:
        UnreadableFileError: the file is binary, not text.
    """
    layout = find_layout(physical_lines(decode(data[: _SNIFF_BYTES * 4]).text))
    return [h.replace("\ufeff", "").strip() for h in layout.header] if layout else []


def read_csv(data: bytes, mapping: dict[str, str] | None = None) -> ParseResult:
    """The contacts in a CSV file, and the problems met in its rows.

    Args:
        data: the file's bytes, in any encoding and with any common delimiter.
        mapping: CSV header -> field name (a key of `MAPPABLE_FIELDS`) to read a file whose
            layout netbook does not recognise; the result's format is then "csv".

    Raises:
        UnreadableFileError: the file is not text, has no header netbook understands (the
            message lists the headers found and those netbook reads), or has no data rows.
    """
    decoded = decode(data)
    lines = physical_lines(decoded.text)
    if not decoded.text.strip():
        raise UnreadableFileError("the file is empty")
    records: Iterable[RawRecord]
    if mapping is not None:
        layout, fmt, title, reader, records, warnings = _mapped(lines, mapping)
        knows = None
    else:
        found = find_layout(lines)
        if found is None:
            raise UnreadableFileError("the file is empty")
        if found.dialect is None:
            raise UnreadableFileError(_unknown_layout_message(found.header))
        layout = found
        dialect = _DIALECTS[found.dialect]
        fmt, title, knows, warnings = dialect.format, dialect.title, dialect.knows, []
        stream = read_records(lines, layout.data_start, layout.delimiter, len(layout.header))
        if dialect.reads_ahead:
            ahead = list(stream)
            records, reader = ahead, dialect.make_reader(Columns(layout.header), ahead)
        else:  # the rows stream by, read one at a time: a file's records are never all held
            records, reader = stream, dialect.make_reader(Columns(layout.header), [])
    result = ParseResult(format=fmt)
    if decoded.replaced:
        result.problems.append(
            Problem(
                None,
                None,
                f"{decoded.replaced} byte(s) were not valid {decoded.encoding} text and "
                "were replaced with \ufffd",
                dropped=False,
            )
        )
    file_wide = FileWide(layout, knows, decoded)
    first_row_problem = len(result.problems)
    rows = _read_rows(records, Columns(layout.header), reader, result, file_wide)
    # The file's own warnings come before its rows' problems.
    result.problems[first_row_problem:first_row_problem] = [*warnings, *file_wide.warnings()]
    if rows == 0:
        raise UnreadableFileError(f"this {title} file has a header but no rows of contacts")
    return result


def _read_rows(
    records: Iterable[RawRecord],
    columns: Columns,
    reader: RowReader,
    result: ParseResult,
    file_wide: FileWide,
) -> int:
    """Read every record into `result`; the number of data rows seen.

    Every record is shown to `file_wide`, those past MAX_ROWS too. A row over a line that was
    not UTF-8 like the rest of the file is read, with a warning naming the encoding it was
    read in.
    """
    number = 0
    remaining = iter(records)
    for raw in remaining:
        number += 1
        legacy = file_wide.see(raw)
        if number > MAX_ROWS:
            result.problems.append(
                Problem(
                    None,
                    raw.line,
                    f"the file has more than {MAX_ROWS} rows; the rest were not read",
                )
            )
            for rest in remaining:
                file_wide.see(rest)
            return number - 1
        if raw.error is not None:
            result.problems.append(Problem(number, raw.line, raw.error))
            continue
        row = make_row(number, raw, columns)
        if legacy:
            row.warnings.append(
                f"this row is not UTF-8 like the rest of the file; it was read as {LEGACY_ENCODING}"
            )
        try:
            record = reader(row)
        except (ValueError, LookupError) as exc:  # a value no reader anticipated
            result.problems.append(Problem(number, raw.line, f"the row could not be read ({exc})"))
            continue
        if row.warnings:
            result.problems.extend(
                Problem(number, raw.line, w, dropped=False) for w in row.warnings
            )
        if not has_identity(record):
            result.problems.append(
                Problem(
                    number, raw.line, "the row has no name, email, phone, company or profile link"
                )
            )
            continue
        result.records.append(record)
        result.positions.append(number)
    return number


def _mapped(
    lines: list[str], mapping: dict[str, str]
) -> tuple[Layout, str, str, RowReader, list[RawRecord], list[Problem]]:
    try:
        csv_mapped.check_mapping(mapping)
    except ValueError as exc:
        raise UnreadableFileError(str(exc)) from exc
    wanted = {normalise_header(h): f for h, f in mapping.items()}
    layout = find_mapped_header(lines, set(wanted))
    if layout is None:
        found = find_layout(lines)
        raise UnreadableFileError(
            f"none of the mapped columns ({header_names(list(mapping))}) is in this file; "
            f"its columns are: {header_names(found.header if found else [])}"
        )
    columns = Columns(layout.header)
    targets: dict[int, str] = {}
    missing = []
    for header, target in mapping.items():
        position = columns.find(normalise_header(header))
        if position is None:
            missing.append(header)
        else:
            targets[position] = target
    warnings = []
    if missing:
        warnings.append(
            Problem(
                None,
                layout.header_line,
                f"mapped columns not in this file: {header_names(missing)}",
                dropped=False,
            )
        )
    records = list(read_records(lines, layout.data_start, layout.delimiter, len(layout.header)))
    reader = csv_mapped.make_reader(columns, records, targets)
    return layout, csv_mapped.FORMAT, "CSV", reader, records, warnings


def _unknown_layout_message(header: list[str]) -> str:
    return (
        "this CSV file's columns are not a layout netbook recognises "
        f"(found: {header_names(header)}); "
        f"netbook reads {_UNDERSTOOD}; map the columns to import another layout"
    )

"""The command line: the same book as the app, for scripts and tests (DESIGN.md, "Command line").

Errors a user can cause end as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from netbook import __version__
from netbook.formats.json_export import contact_to_json, contacts_to_json_text
from netbook.services.address_book import AddressBook, ContactFilter, ContactNotFoundError, View
from netbook.services.book_stats import book_stats
from netbook.store.errors import StoreError
from netbook.store.opening import open_database
from netbook.store.paths import resolve_db_path

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # noqa: ANN401 - argparse's signature
        self.print_usage(sys.stderr)
        print(f"netbook: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netbook", description="A private, offline address book for professionals.")
    parser.add_argument("--version", action="version", version=f"netbook {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the book file (default: NETBOOK_DB, else the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("list", help="list contacts, optionally those matching QUERY")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--archived", action="store_true", help="list archived contacts instead")
    p.add_argument("--json", action="store_true", help="print a JSON array of contact objects")

    p = commands.add_parser("show", help="show one contact")
    p.add_argument("ref", metavar="ID_OR_UID")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("stats", help="the book's numbers")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("export", help="write contacts to a file or stdout")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--format", default="vcard3", choices=sorted(EXPORTERS), dest="fmt")
    p.add_argument("--output", metavar="FILE", help="write here (atomically) instead of stdout")
    return parser


COMMANDS = ("list", "show", "stats", "export")


def _json_out(value: object, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_list(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    where = ContactFilter(view=View.ARCHIVED if args.archived else View.ALL, query=args.query)
    if args.json:
        out.write(contacts_to_json_text(book.get_many(book.ids(where))))
        return EXIT_OK
    for summary in book.page(0, book.count(where), where):
        detail = " · ".join(p for p in (summary.title, summary.organization) if p)
        out.write(f"{summary.id}\t{summary.display_name}" + (f"\t{detail}" if detail else "") + "\n")
    return EXIT_OK


def cmd_show(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    record = book.get(book.resolve(args.ref))
    if record is None:
        raise ContactNotFoundError(args.ref)
    data = contact_to_json(record)
    if args.json:
        _json_out(data, out)
        return EXIT_OK
    out.write(f"{record.display_name}\n")
    for key in ("organization", "title", "birthday", "note"):
        if data[key]:
            out.write(f"  {key.replace('_', ' ')}: {data[key]}\n")
    for key in ("emails", "phones", "urls"):
        for item in data[key]:
            label = f" ({item['label']})" if item.get("label") else ""
            out.write(f"  {key[:-1]}: {item['value']}{label}\n")
    for address in record.addresses:
        parts = [address.street, address.locality, address.region, address.postal_code, address.country]
        out.write(f"  address: {', '.join(p for p in parts if p)}\n")
    for profile in record.social_profiles:
        out.write(f"  {profile.service}: {profile.value}\n")
    if record.tags:
        out.write(f"  tags: {', '.join(record.tags)}\n")
    how = record.how_met
    if not how.is_empty():
        bits = [how.channel, how.date.isoformat() if how.date else None, how.place, how.context]
        out.write(f"  how we met: {', '.join(b for b in bits if b)}\n")
    if record.introduced_by_name:
        out.write(f"  introduced by: {record.introduced_by_name}\n")
    if record.met_in_person:
        out.write("  met in person: yes\n")
    out.write(f"  id: {record.id}  uid: {record.uid}\n")
    return EXIT_OK


def cmd_stats(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    stats = book_stats(book.database)
    if args.json:
        _json_out(stats, out)
        return EXIT_OK
    for key, value in stats.items():
        if isinstance(value, dict):
            out.write(f"{key.replace('_', ' ')}:\n")
            for name, n in value.items():
                out.write(f"  {name}: {n}\n")
        elif not isinstance(value, list):
            out.write(f"{key.replace('_', ' ')}: {value}\n")
    return EXIT_OK


def _export_json(book: AddressBook, ids: Sequence[int]) -> bytes:
    return contacts_to_json_text(book.get_many(ids)).encode("utf-8")


# Format name -> function writing the chosen contacts as bytes. The vCard and CSV writers
# register here as they land.
EXPORTERS: dict[str, Callable[[AddressBook, Sequence[int]], bytes]] = {"json": _export_json}


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so a failure never leaves half a file."""
    path = path.expanduser()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_export(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    ids = book.ids(ContactFilter(query=args.query))
    data = EXPORTERS[args.fmt](book, ids)
    if args.output:
        try:
            write_atomically(Path(args.output), data)
        except OSError as exc:
            raise CliError(f"{args.output}: cannot write ({exc.strerror})") from exc
        print(f"exported {len(ids)} contacts to {args.output}", file=sys.stderr)
    else:
        out.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return EXIT_OK


HANDLERS: dict[str, Callable[[AddressBook, argparse.Namespace, TextIO], int]] = {
    "list": cmd_list,
    "show": cmd_show,
    "stats": cmd_stats,
    "export": cmd_export,
}


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        database = open_database(resolve_db_path(args.db))
    except StoreError as exc:
        print(f"netbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return HANDLERS[args.command](AddressBook(database), args, sys.stdout)
    except (CliError, ContactNotFoundError, StoreError) as exc:
        print(f"netbook: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `netbook list | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    finally:
        database.close()

"""`list`, `show` and `export`: reading contacts out of the book."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import bounded_text, json_out, speaks_unicode
from netbook.cli.errors import EXIT_OK, CliError
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application

COMMANDS = ("list", "show", "export")


def register(commands: Any) -> None:
    p = commands.add_parser("list", help="list contacts, optionally those matching QUERY")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", type=bounded_text)
    p.add_argument("--archived", action="store_true", help="list archived contacts instead")
    p.add_argument("--json", action="store_true", help="print a JSON array of contact objects")
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", help="show one contact")
    p.add_argument("ref", metavar="ID_OR_UID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("export", help="write contacts (all, or those matching QUERY)")
    p.add_argument("query", nargs="?", default="", metavar="QUERY", type=bounded_text)
    p.add_argument(
        "--format",
        default="vcard3",
        dest="fmt",
        metavar="FORMAT",
        help="vcard3 (default), vcard4, csv or json",
    )
    p.add_argument(
        "--output",
        metavar="FILE",
        help="write here instead of stdout (a file is replaced atomically; never the book)",
    )
    p.add_argument(
        "--no-archived",
        action="store_true",
        help="leave archived contacts out (by default they are written, marked as archived)",
    )
    p.set_defaults(handler=cmd_export)


def cmd_list(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.formats.json_export import contact_to_json, json_array_text
    from netbook.services.address_book import ContactFilter, View

    book = app.book
    where = ContactFilter(view=View.ARCHIVED if args.archived else View.ALL, query=args.query)
    if args.json:
        batches = book.batches(book.ids(where))  # written as read: never the whole book
        if speaks_unicode(out):
            out.writelines(json_array_text(batches))
        else:
            json_out([contact_to_json(r) for batch in batches for r in batch], out)
        return EXIT_OK
    for summary in book.page(0, book.count(where), where):
        detail = " · ".join(shown(p) for p in (summary.title, summary.organization) if p)
        out.write(
            f"{summary.id}\t{shown(summary.display_name)}"
            + (f"\t{detail}" if detail else "")
            + "\n"
        )
    return EXIT_OK


def cmd_show(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.formats.json_export import contact_to_json
    from netbook.services.address_book import ContactNotFoundError

    book = app.book
    record = book.get(book.resolve(args.ref))
    if record is None:
        raise ContactNotFoundError(args.ref)
    if args.json:
        json_out(contact_to_json(record), out)
        return EXIT_OK
    out.write(f"{shown(record.display_name)}\n")
    for label, value in (
        ("organization", record.organization),
        ("title", record.title),
        ("birthday", record.birthday),
        ("note", record.note),
    ):
        if value:
            out.write(f"  {label}: {shown(value)}\n")
    for kind, items in (("email", record.emails), ("phone", record.phones), ("url", record.urls)):
        for item in items:
            label = f" ({shown(item.label)})" if item.label else ""
            out.write(f"  {kind}: {shown(item.value)}{label}\n")
    for address in record.addresses:
        parts = [
            address.street,
            address.locality,
            address.region,
            address.postal_code,
            address.country,
        ]
        out.write(f"  address: {', '.join(shown(p) for p in parts if p)}\n")
    for profile in record.social_profiles:
        out.write(f"  {shown(profile.service)}: {shown(profile.value)}\n")
    if record.tags:
        out.write(f"  tags: {', '.join(shown(t) for t in record.tags)}\n")
    how = record.how_met
    if not how.is_empty():
        bits = [how.channel, how.date.isoformat() if how.date else None, how.place, how.context]
        out.write(f"  how we met: {', '.join(shown(b) for b in bits if b)}\n")
    if record.introduced_by_name:
        out.write(f"  introduced by: {shown(record.introduced_by_name)}\n")
    if record.met_in_person:
        out.write("  met in person: yes\n")
    if record.archived:
        out.write("  archived: yes\n")
    out.write(f"  id: {record.id}  uid: {shown(record.uid)}\n")
    return EXIT_OK


def cmd_export(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.address_book import ContactFilter, View
    from netbook.services.export_target import check_target, write_export
    from netbook.services.exporting import export_formats, render_batches, write_error

    book = app.book
    if args.fmt not in export_formats():
        raise CliError(
            f"unknown export format {args.fmt!r} (choose from {', '.join(export_formats())})"
        )
    target = Path(args.output) if args.output else None
    if target is not None:
        check_target(target, app.path)  # refused before any work is done
    view = View.ALL if args.no_archived else View.EVERYONE
    ids = book.ids(ContactFilter(view=view, query=args.query))
    pieces = render_batches(book.batches(ids), args.fmt)  # made and written batch by batch
    if target is not None:
        try:
            write_export(target, pieces, app.path)
        except OSError as exc:
            raise CliError(f"{args.output}: {write_error(exc)}") from exc
        print(f"exported {len(ids)} contacts to {args.output}", file=sys.stderr)
    elif sys.stdout.isatty():
        # Someone is reading it: through the terminal-safe stream, so a stranger's escape
        # codes are shown, not run. Redirected to a file or a pipe, the bytes are exact.
        # Each piece ends at a card or record, so each decodes alone; only a CSV has a BOM.
        for piece in pieces:
            out.write(piece.decode("utf-8-sig"))
    else:
        out.flush()
        for piece in pieces:
            sys.stdout.buffer.write(piece)
        sys.stdout.buffer.flush()
    return EXIT_OK

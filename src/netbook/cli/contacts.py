"""`list`, `show` and `export`: reading contacts out of the book."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from netbook.cli.common import EXIT_OK, CliError, json_out, speaks_unicode
from netbook.formats.json_export import contact_to_json, contacts_to_json_text
from netbook.services.address_book import ContactFilter, ContactNotFoundError, View
from netbook.services.application import Application
from netbook.services.exporting import export_formats, render, write_atomically

COMMANDS = ("list", "show", "export")


def register(commands: Any) -> None:
    p = commands.add_parser("list", help="list contacts, optionally those matching QUERY")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--archived", action="store_true", help="list archived contacts instead")
    p.add_argument("--json", action="store_true", help="print a JSON array of contact objects")
    p.set_defaults(handler=cmd_list)

    p = commands.add_parser("show", help="show one contact")
    p.add_argument("ref", metavar="ID_OR_UID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("export", help="write contacts (all, or those matching QUERY)")
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument(
        "--format",
        default="vcard3",
        dest="fmt",
        metavar="FORMAT",
        help="vcard3 (default), vcard4, csv or json",
    )
    p.add_argument("--output", metavar="FILE", help="write here (atomically) instead of stdout")
    p.set_defaults(handler=cmd_export)


def cmd_list(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    book = app.book
    where = ContactFilter(view=View.ARCHIVED if args.archived else View.ALL, query=args.query)
    if args.json:
        records = book.get_many(book.ids(where))
        if speaks_unicode(out):
            out.write(contacts_to_json_text(records))
        else:
            json_out([contact_to_json(r) for r in records], out)
        return EXIT_OK
    for summary in book.page(0, book.count(where), where):
        detail = " · ".join(p for p in (summary.title, summary.organization) if p)
        out.write(
            f"{summary.id}\t{summary.display_name}" + (f"\t{detail}" if detail else "") + "\n"
        )
    return EXIT_OK


def cmd_show(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    book = app.book
    record = book.get(book.resolve(args.ref))
    if record is None:
        raise ContactNotFoundError(args.ref)
    if args.json:
        json_out(contact_to_json(record), out)
        return EXIT_OK
    out.write(f"{record.display_name}\n")
    for label, value in (
        ("organization", record.organization),
        ("title", record.title),
        ("birthday", record.birthday),
        ("note", record.note),
    ):
        if value:
            out.write(f"  {label}: {value}\n")
    for kind, items in (("email", record.emails), ("phone", record.phones), ("url", record.urls)):
        for item in items:
            label = f" ({item.label})" if item.label else ""
            out.write(f"  {kind}: {item.value}{label}\n")
    for address in record.addresses:
        parts = [
            address.street,
            address.locality,
            address.region,
            address.postal_code,
            address.country,
        ]
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


def cmd_export(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    book = app.book
    if args.fmt not in export_formats():
        raise CliError(
            f"unknown export format {args.fmt!r} (choose from {', '.join(export_formats())})"
        )
    ids = book.ids(ContactFilter(query=args.query))
    data = render(book.get_many(ids), args.fmt)
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

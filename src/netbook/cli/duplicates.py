"""`duplicates`: contacts that are probably one person."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_OK
from netbook.cli.output import shown
from netbook.services.address_book import AddressBook
from netbook.services.duplicates import find_duplicates

COMMANDS = ("duplicates",)


def register(commands: Any) -> None:
    p = commands.add_parser("duplicates", help="list groups of contacts that look like one person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)


def cmd_duplicates(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    groups = find_duplicates(book.database)
    if args.json:
        json_out(
            [
                {
                    "contacts": [{"id": i, "name": n} for i, n in zip(g.ids, g.names, strict=True)],
                    "reasons": list(g.reasons),
                }
                for g in groups
            ],
            out,
        )
        return EXIT_OK
    for group in groups:
        people = ", ".join(
            f"{shown(name)} ({cid})" for cid, name in zip(group.ids, group.names, strict=True)
        )
        out.write(f"{people}\n  {'; '.join(shown(r) for r in group.reasons)}\n")
    return EXIT_OK

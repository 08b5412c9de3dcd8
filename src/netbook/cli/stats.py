"""`stats`: the book's numbers."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from netbook.cli.common import EXIT_OK, json_out
from netbook.services.address_book import AddressBook
from netbook.services.book_stats import book_stats


COMMANDS = ("stats",)


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's private subparsers type
    p = commands.add_parser("stats", help="the book's numbers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)


def cmd_stats(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    stats = book_stats(book.database)
    if args.json:
        json_out(stats, out)
        return EXIT_OK
    for key, value in stats.items():
        if isinstance(value, dict):
            out.write(f"{key.replace('_', ' ')}:\n")
            for name, n in value.items():
                out.write(f"  {name}: {n}\n")
        elif not isinstance(value, list):
            out.write(f"{key.replace('_', ' ')}: {value}\n")
    return EXIT_OK

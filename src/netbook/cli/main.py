"""Parse the command line and run one command on the book.

Errors a user can cause end as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from netbook import __version__
from netbook.cli import contacts, duplicates, importing, network, stats
from netbook.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Parser,
    console_safe,
)
from netbook.services.address_book import AddressBook, ContactNotFoundError
from netbook.store.errors import StoreError
from netbook.store.opening import open_database
from netbook.store.paths import resolve_db_path

# Each module adds its subcommands; a new command module is one more entry here.
COMMAND_MODULES = (contacts, importing, stats, network, duplicates)

__all__ = ["COMMANDS", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "run"]


def build_parser() -> Parser:
    parser = Parser(
        prog="netbook", description="A private, offline address book for professionals."
    )
    parser.add_argument("--version", action="version", version=f"netbook {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the book file (default: $NETBOOK_DB, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


COMMANDS = tuple(name for module in COMMAND_MODULES for name in module.COMMANDS)


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    console_safe(sys.stdout)
    console_safe(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        database = open_database(resolve_db_path(args.db))
    except StoreError as exc:
        print(f"netbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.handler(AddressBook(database), args, sys.stdout))
    except (CliError, ContactNotFoundError, StoreError) as exc:
        print(f"netbook: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `netbook list | head` closed the pipe early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    finally:
        database.close()

"""Parse the command line and run one command on the book.

Errors a user can cause end as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from netbook import __version__
from netbook.cli import contacts, duplicates, history, importing, network, stats, sync
from netbook.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    BookOpener,
    CliError,
    Parser,
    console_safe,
)
from netbook.services.address_book import ContactNotFoundError
from netbook.services.application import StoreError

# Each module adds its subcommands; a new command module is one more entry here.
COMMAND_MODULES = (contacts, importing, stats, network, duplicates, history, sync)

__all__ = ["COMMANDS", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "run"]


def build_parser() -> Parser:
    parser = Parser(
        prog="netbook",
        description="A private, offline address book for professionals.",
        epilog=(
            "Without a command, netbook opens its window on the book. Given file names "
            "instead of a command (netbook [--db PATH] FILE...), it opens the window with "
            "the import preview of those vCard or CSV files; when netbook is already open on "
            "that book, its window takes them. 'netbook COMMAND --help' describes a command."
        ),
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


def writes(args: argparse.Namespace) -> bool:
    """Whether the parsed command changes the book (and so must take its lock)."""
    return bool(getattr(args, "writes", False)) and not getattr(args, "dry_run", False)


def run(argv: Sequence[str], open_book: BookOpener) -> int:
    """Run one command on the book `open_book` opens (app.py, the composition root, gives
    it); returns the exit status."""
    console_safe(sys.stdout)
    console_safe(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        app = open_book(args.db, writes(args))
    except StoreError as exc:
        print(f"netbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return int(args.handler(app, args, sys.stdout))
    except (CliError, ContactNotFoundError, StoreError) as exc:
        print(f"netbook: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `netbook list | head` closed the pipe early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug, not a user mistake: one line here, details in the log
        log_path = _log_crash(args.command)
        print(
            f"netbook: internal error in '{args.command}': {type(exc).__name__}: {exc} "
            f"(details in {log_path}; the book was not changed by the failed step)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        app.close()


def _log_crash(command: str) -> Path:
    """Append the current exception's traceback to netbook's log file and return its path."""
    folder = platformdirs.user_log_path("netbook", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "netbook.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} netbook {command}\n")
        handle.write(traceback.format_exc())
    return path

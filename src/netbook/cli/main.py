"""Parse the command line and run one command on the book.

Errors a user can cause end as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from netbook import __version__
from netbook.cli import contacts, duplicates, history, importing, network, stats, sync, tags
from netbook.cli.common import BookOpener, Parser, console_safe
from netbook.cli.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, report_failure
from netbook.cli.output import terminal_safe

if TYPE_CHECKING:
    from netbook.services.application import Application

# Each module adds its subcommands; a new command module is one more entry here.
COMMAND_MODULES = (contacts, importing, stats, network, duplicates, history, tags, sync)

__all__ = ["COMMANDS", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "run"]


def book_path_argument(text: str) -> str:
    """argparse type for `--db`: an empty path would silently mean the default book."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give the path of a book file (the path given is empty)")
    return text


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
        type=book_path_argument,
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
    it); returns the exit status (README, "Exit status")."""
    console_safe(sys.stdout)
    console_safe(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    app: Application | None = None
    try:
        app = open_book(args.db, writes(args))
        return int(args.handler(app, args, terminal_safe(sys.stdout)))
    except BrokenPipeError:
        # `netbook list | head` closed the pipe early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as exc:
        return report_failure(exc, args.command, app.path if app is not None else None)
    finally:
        if app is not None:
            app.close()

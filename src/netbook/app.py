"""Composition root: decide between the command line and the desktop app, and wire them up."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from netbook.cli import COMMANDS, EXIT_ERROR, run

log = logging.getLogger("netbook")


def _wants_cli(args: Sequence[str]) -> bool:
    """True when the arguments name a command (or ask for help/version) rather than the GUI."""
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if arg == "--db":
            skip_next = True
        elif arg.startswith("--db="):
            continue
        elif arg in ("-h", "--help", "--version") or arg in COMMANDS:
            return True
        elif not arg.startswith("-"):
            # A file to import opens the GUI; any other word is a mistyped command, which the
            # command line reports (rather than starting a window nobody asked for).
            return not (Path(arg).suffix.lower() in IMPORTABLE_SUFFIXES or Path(arg).exists())
    return False


IMPORTABLE_SUFFIXES = {".vcf", ".vcard", ".csv", ".zip"}


def _no_display() -> bool:
    """True on a Linux/BSD session with no screen to open a window on (e.g. over ssh)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    """`netbook [--db PATH] [COMMAND ...]`; without a command, the desktop app."""
    args = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if _wants_cli(args):
        return run(args)
    if _no_display():
        print(
            "netbook: error: no display to open the window on; "
            "use a command instead (netbook --help lists them)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run_gui(args)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netbook", description="Open the netbook desktop app.")
    parser.add_argument("--db", metavar="PATH", help="the book file")
    parser.add_argument("files", nargs="*", metavar="FILE", help="vCard or CSV files to import")
    return parser


def run_gui(args: Sequence[str]) -> int:
    """Open the desktop app on the book, offering any files given for import."""
    options = _gui_parser().parse_args(list(args))
    # Qt and the store are imported only here, so that `netbook list` never pays for Qt.
    from netbook.services.address_book import AddressBook
    from netbook.store.errors import StoreError
    from netbook.store.lock import BookLock
    from netbook.store.opening import open_database
    from netbook.store.paths import resolve_db_path
    from netbook.ui.window.application import create_application, show_startup_error
    from netbook.ui.window.main_window import MainWindow

    app = create_application(sys.argv[:1])
    path = resolve_db_path(options.db)
    lock = BookLock(path)
    try:
        # The lock first: a second instance must not migrate a book another one has open.
        lock.acquire()
        database = open_database(path)
    except StoreError as exc:
        lock.release()
        show_startup_error(str(exc))
        print(f"netbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        files = [Path(f).expanduser().absolute() for f in options.files]
        window = MainWindow(AddressBook(database), files_to_import=files)
        window.show()
        return app.exec()
    finally:
        lock.release()
        database.close()

"""Composition root: decide between the command line and the desktop app, and wire them up.

The one place that builds the services (services/application.py) over the book: the window
gets them as the one writer for its whole life, a command for its own run, with the lock a
writer needs (docs/reliability.md, "One writer at a time").
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netbook import __version__
from netbook.ui.importable_files import is_importable_name

# The command line's modules (netbook.cli) import the database stack: each function imports
# them when it needs them, so that `netbook --version` answers at once.

if TYPE_CHECKING:
    from netbook.services.application import Application
    from netbook.ui.window.main_window import MainWindow

log = logging.getLogger("netbook")


def _wants_cli(args: Sequence[str]) -> bool:
    """True when the arguments name a command (or ask for help/version) rather than the GUI."""
    from netbook.cli import COMMANDS

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
            return not (is_importable_name(Path(arg)) or Path(arg).exists())
    return False


def _no_display() -> bool:
    """True on a Linux/BSD session with no screen to open a window on (e.g. over ssh)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    """`netbook [--db PATH] [COMMAND ...]`; without a command, the desktop app."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        print(f"netbook {__version__}")
        return 0
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from netbook.cli import EXIT_ERROR, run

    if _wants_cli(args):
        return run(args, open_for_command)
    if _no_display():
        print(
            "netbook: error: no display to open the window on; "
            "use a command instead (netbook --help lists them)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run_gui(args)


def open_for_command(db: str | None, writer: bool) -> Application:
    """The book's services for one command; a writer waits (saying so) for another command."""
    from netbook.services.application import Application, Origin

    def waiting(_holder: str) -> None:
        print(
            "netbook: waiting for another netbook command to finish writing to the book…",
            file=sys.stderr,
            flush=True,
        )

    return Application.open(db, Origin.COMMAND_LINE, writer=writer, on_wait=waiting)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netbook", description="Open the netbook desktop app.")
    parser.add_argument("--db", metavar="PATH", help="the book file")
    parser.add_argument("files", nargs="*", metavar="FILE", help="vCard or CSV files to import")
    return parser


def run_gui(args: Sequence[str]) -> int:
    """Open the desktop app on the book, offering any files given for import."""
    options = _gui_parser().parse_args(list(args))
    # Qt and the store are imported only here, so that `netbook list` never pays for Qt; and
    # SQLAlchemy with the services only after the window's first paint when the book is
    # current (services/first_page.py): a new or older book is opened by Application.open.
    from netbook.cli import EXIT_ERROR
    from netbook.services.first_page import StartingBook
    from netbook.startup.display_check import display_problem
    from netbook.startup.display_check import report as report_startup_problem
    from netbook.store.errors import BookLockedError, StoreError
    from netbook.store.paths import resolve_db_path
    from netbook.ui.window.application import create_application, show_startup_error
    from netbook.ui.window.main_window import MainWindow

    if (problem := display_problem()) is not None:
        report_startup_problem(problem)
        return EXIT_ERROR
    qt_app = create_application(sys.argv[:1])
    files = [Path(f).expanduser().absolute() for f in options.files]
    book: StartingBook | Application
    try:
        # The lock before the file is opened: a second instance must not migrate a book
        # another one has open.
        book = StartingBook.open(options.db) or _open_services(options.db)
    except StoreError as exc:
        from netbook.ui.window.single_instance import hand_over

        if isinstance(exc, BookLockedError) and hand_over(resolve_db_path(options.db), files):
            return 0  # the window already open on this book took the files
        show_startup_error(str(exc))
        print(f"netbook: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    with book:
        window = MainWindow(book, files_to_import=files)
        # QtNetwork's server can wait for the first paint: a later launch retries a while.
        window.after_first_paint.run(lambda: _serve_later_launches(book.path, window))
        window.show()
        return qt_app.exec()


def _open_services(db: str | None) -> Application:
    """The book's services for the window, when it cannot start on a StartingBook."""
    from netbook.services.application import Application, Origin

    return Application.open(db, Origin.WINDOW, writer=True)


def _serve_later_launches(book: Path, window: MainWindow) -> None:
    from netbook.ui.window.single_instance import serve_later_launches

    serve_later_launches(book, window)

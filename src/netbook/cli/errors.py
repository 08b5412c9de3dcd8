"""How a failure becomes one line on stderr and an exit status (README, "Exit status").

The line says what went wrong and what to do; it never carries SQL or contact data (the
message of an unexpected exception can hold both, so only its type is named). Failures of
the book's storage and bugs also leave their traceback in netbook's log file.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from netbook.cli.output import safe_text

if TYPE_CHECKING:
    from netbook.services.application import StoreError

EXIT_OK = 0
EXIT_ERROR = 1  # what was asked could not be done: see the message (a file, a contact, ...)
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_BUSY = 3  # the book is in use by another netbook (a writing command, the window): try later
EXIT_STORAGE = 4  # the disk or the book file failed (full, read-only, I/O): nothing changed
EXIT_INTERNAL = 70  # a bug in netbook (sysexits' EX_SOFTWARE): details in the log
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report it


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr, exit status 1."""


class UsageError(CliError):
    """A bad argument that argparse could not catch: exit status 2."""


def say(message: str) -> None:
    """One line on stderr, control characters escaped."""
    line = " ".join(message.split("\n"))
    print(f"netbook: error: {safe_text(line)}", file=sys.stderr)


def report_failure(exc: BaseException, command: str, book_path: Path | None) -> int:
    """Say what `exc` means for the user, log what they need not read; the exit status."""
    if isinstance(exc, KeyboardInterrupt):
        say("interrupted; a change that was not finished was not made")
        return EXIT_INTERRUPTED
    if isinstance(exc, UsageError):
        say(str(exc))
        return EXIT_USAGE
    # Only a command that ran can raise the services' errors: they load here, not with the
    # parser, so that `netbook --help` never loads the database stack.
    from netbook.services.address_book import ContactNotFoundError
    from netbook.services.application import (
        BackupError,
        BookBusyError,
        BookLockedError,
        DatabaseBusyError,
        StorageFailureError,
    )
    from netbook.services.export_target import ExportTargetError

    if isinstance(exc, CliError | ContactNotFoundError | ExportTargetError):
        say(str(exc.args[0] if exc.args else exc))
        return EXIT_ERROR
    known = _storage(exc, book_path)
    if known is None:
        say(
            f"internal error in '{command}' ({type(exc).__name__}); the book was not changed by "
            f"the failed step{_logged(command, exc)}"
        )
        return EXIT_INTERNAL
    if isinstance(known, BookBusyError | BookLockedError | DatabaseBusyError):
        say(str(known))
        return EXIT_BUSY
    if isinstance(known, StorageFailureError | BackupError):
        say(f"{known}{_logged(command, exc)}")
        return EXIT_STORAGE
    say(str(known))
    return EXIT_ERROR


def _storage(exc: BaseException, book_path: Path | None) -> StoreError | None:
    from netbook.services.application import StoreError, storage_error

    if isinstance(exc, StoreError):
        return exc
    return storage_error(exc, book_path) if book_path is not None else None


def _logged(command: str, exc: BaseException) -> str:
    """Append the traceback of `exc` to netbook's log; the words that say where it is."""
    import platformdirs  # here, not at the top: only a failure needs it, `--help` does not

    try:
        folder = platformdirs.user_log_path("netbook", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "netbook.log"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as handle:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            handle.write(f"--- {stamp} netbook {command}\n")
            handle.write("".join(traceback.format_exception(exc)))
    except OSError as failed:
        return f" (the details could not be written to the log: {failed.strerror})"
    return f" (details in {path})"

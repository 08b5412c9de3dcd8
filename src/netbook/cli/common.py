"""What every command shares: exit codes, the user-facing error, JSON output."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

from netbook.services.application import Application

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# A command: gets the open book's services, its parsed arguments and stdout; returns the exit
# status.
Handler = Callable[[Application, argparse.Namespace, TextIO], int]

# Opens the book for a command: (the --db argument, whether the command writes).
BookOpener = Callable[[str | None, bool], Application]


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr, exit status 1."""


class Parser(argparse.ArgumentParser):
    """argparse with netbook's one-line error style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"netbook: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def speaks_unicode(out: TextIO) -> bool:
    """Whether `out` can write any character (a Windows console in cp1252 cannot)."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return encoding.startswith(("utf", "ucs"))


def json_out(value: Any, out: TextIO) -> None:
    """JSON on `out`: names as they are where the stream takes them, else as \\u escapes."""
    out.write(json.dumps(value, ensure_ascii=not speaks_unicode(out), indent=2) + "\n")


def console_safe(stream: TextIO) -> None:
    """A character the console cannot show is written as an escape, not a traceback."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")

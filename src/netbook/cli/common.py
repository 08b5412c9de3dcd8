"""What every command shares: the argument parser, JSON output."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from netbook.cli.errors import EXIT_USAGE, say

if TYPE_CHECKING:
    from netbook.services.application import Application

# A command: gets the open book's services, its parsed arguments and stdout; returns the exit
# status.
Handler = Callable[["Application", argparse.Namespace, TextIO], int]

# Opens the book for a command: (the --db argument, whether the command writes).
BookOpener = Callable[[str | None, bool], "Application"]


MAX_QUERY_CHARACTERS = 500


def bounded_text(text: str) -> str:
    """argparse type for a name or search: no name is longer, and SQLite caps its patterns."""
    if len(text) > MAX_QUERY_CHARACTERS:
        raise argparse.ArgumentTypeError(
            f"the text is {len(text)} characters long; give at most {MAX_QUERY_CHARACTERS}"
        )
    return text


class Parser(argparse.ArgumentParser):
    """argparse with netbook's one-line error style."""

    def error(self, message: str) -> NoReturn:
        say(f"{message} ({self.prog} --help shows how to use it)")
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

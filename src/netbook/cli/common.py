"""What every command shares: exit codes, the user-facing error, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

from netbook.services.address_book import AddressBook

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# A command: gets the open book, its parsed arguments and stdout; returns the exit status.
Handler = Callable[[AddressBook, argparse.Namespace, TextIO], int]


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr, exit status 1."""


class Parser(argparse.ArgumentParser):
    """argparse with netbook's one-line error style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"netbook: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def json_out(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

"""Rows of `make bench` for the command line's start-up: `netbook --version` and
`netbook --help`, each beside a bare Python starting and doing nothing (`python -c pass`).

A run starts the program STARTS (10) times, and the figures are for all of them; the bytecode
caches are written first, as an installed netbook has them.
"""

from __future__ import annotations

import os
import subprocess
import sys

from benchkit import Context, Row, Work, measure

STARTS = 10

ROWS = [
    Row(
        "{n} starts of netbook --version",
        "netbook-version",
        "python-start",
        "bare python -c pass, as many starts",
        "<= 0.15 s a start",
        sizes=(STARTS,),
    ),
    Row(
        "{n} starts of netbook --help",
        "netbook-help",
        "python-start",
        "bare python -c pass, as many starts",
        "<= 0.15 s a start",
        sizes=(STARTS,),
    ),
]


def _starts(ctx: Context, *args: str) -> Work:
    command = [sys.executable, *args]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)  # caches bytecode

    def work() -> None:
        for _ in range(ctx.size):
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)

    return work


@measure("netbook-version")
def netbook_version(ctx: Context) -> Work:
    return _starts(ctx, "-m", "netbook", "--version")


@measure("netbook-help")
def netbook_help(ctx: Context) -> Work:
    return _starts(ctx, "-m", "netbook", "--help")


@measure("python-start")
def python_start(ctx: Context) -> Work:
    return _starts(ctx, "-c", "pass")

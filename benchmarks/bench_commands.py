"""Rows of `make bench` for the command line's answers on a full book.

- `netbook list` and `netbook list QUERY` beside khard (from PyPI, the `bench` extra) listing
  and searching the same 10,000 contacts: khard reads a folder of one `.vcf` per contact, so
  the corpus is split into such a folder once per work folder.
- `netbook list QUERY`, `show` and `stats` at 100,000 contacts beside the same command at
  1,000 (the target: at most 1.3x).

Every command is a real process started the way a user starts it, its output thrown away;
the CPU column counts the process (benchkit counts the processes it waited for).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench_import import imported_book
from benchkit import Context, Row, Work, measure

# A family name of the generated cards (benchmarks/generate_vcards.py): about one contact in
# twenty-five carries it, so both programs print a few hundred rows at 10,000.
QUERY = "nakamura"
SMALL_BOOK = 1_000
# The generated cards are a vCard 3.0 file; each card on its own lines from BEGIN to END.
_CARD = re.compile(rb"BEGIN:VCARD\r?\n.*?END:VCARD\r?\n", re.DOTALL)

_AT_LARGE = "the same command at 1,000 contacts"

ROWS = [
    Row(
        "`netbook list` of {n} contacts",
        "netbook-list-all",
        "khard-list-all",
        "khard list of the same contacts",
        "for reference",
        sizes=(10_000,),
    ),
    Row(
        f"`netbook list {QUERY}` in {{n}} contacts",
        "netbook-list-query",
        "khard-list-query",
        f"khard list {QUERY} of the same contacts",
        "for reference",
        sizes=(10_000,),
    ),
    Row(
        f"`netbook list {QUERY}` in {{n}} contacts",
        "netbook-list-query",
        "netbook-list-query-small",
        _AT_LARGE,
        "<= 1.3x",
        sizes=(100_000,),
    ),
    Row(
        "`netbook show 1` in {n} contacts",
        "netbook-show",
        "netbook-show-small",
        _AT_LARGE,
        "<= 1.3x",
        sizes=(100_000,),
    ),
    Row(
        "`netbook stats` of {n} contacts",
        "netbook-stats",
        "netbook-stats-small",
        _AT_LARGE,
        "<= 1.3x, <= 0.5 s",
        sizes=(100_000,),
    ),
]


def _run(command: list[str]) -> Work:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)  # caches bytecode

    def work() -> None:
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)

    return work


def _netbook(ctx: Context, *args: str, size: int | None = None) -> Work:
    book = imported_book(Context(size or ctx.size, ctx.folder))
    return _run([sys.executable, "-m", "netbook", "--db", str(book), *args])


def _khard(ctx: Context, *args: str) -> Work:
    khard = shutil.which("khard", path=str(Path(sys.executable).parent)) or shutil.which("khard")
    if khard is None:
        raise SystemExit("khard is not installed: `make bench` installs it (the bench extra)")
    return _run([khard, "-c", str(_khard_config(ctx)), *args])


def _khard_config(ctx: Context) -> Path:
    """khard's configuration over a folder holding the vCard corpus one card a file."""
    folder = ctx.folder / f"khard-{ctx.size}"
    config = folder / "khard.conf"
    if not config.exists():
        cards = folder / "cards"
        shutil.rmtree(folder, ignore_errors=True)
        cards.mkdir(parents=True)
        data = ctx.corpus("vcards").read_bytes()
        for number, card in enumerate(_CARD.findall(data)):
            (cards / f"{number:06d}.vcf").write_bytes(card)
        config.write_text(
            f"[addressbooks]\n[[netbook]]\npath = {cards}\n[vcard]\nskip_unparsable = yes\n",
            encoding="utf-8",
        )
    return config


@measure("netbook-list-all")
def netbook_list_all(ctx: Context) -> Work:
    return _netbook(ctx, "list")


@measure("khard-list-all")
def khard_list_all(ctx: Context) -> Work:
    return _khard(ctx, "list")


@measure("netbook-list-query")
def netbook_list_query(ctx: Context) -> Work:
    return _netbook(ctx, "list", QUERY)


@measure("khard-list-query")
def khard_list_query(ctx: Context) -> Work:
    return _khard(ctx, "list", QUERY)


@measure("netbook-list-query-small")
def netbook_list_query_small(ctx: Context) -> Work:
    return _netbook(ctx, "list", QUERY, size=SMALL_BOOK)


@measure("netbook-show")
def netbook_show(ctx: Context) -> Work:
    return _netbook(ctx, "show", "1")


@measure("netbook-show-small")
def netbook_show_small(ctx: Context) -> Work:
    return _netbook(ctx, "show", "1", size=SMALL_BOOK)


@measure("netbook-stats")
def netbook_stats(ctx: Context) -> Work:
    return _netbook(ctx, "stats")


@measure("netbook-stats-small")
def netbook_stats_small(ctx: Context) -> Work:
    return _netbook(ctx, "stats", size=SMALL_BOOK)

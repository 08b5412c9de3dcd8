"""`duplicates`: contacts that are probably one person."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_OK
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application

COMMANDS = ("duplicates",)


def register(commands: Any) -> None:
    p = commands.add_parser("duplicates", help="list groups of contacts that look like one person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)


def cmd_duplicates(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    groups = app.find_duplicates()
    if args.json:
        json_out(
            [
                {
                    "contacts": [{"id": i, "name": n} for i, n in zip(g.ids, g.names, strict=True)],
                    "reasons": list(g.reasons),
                }
                for g in groups
            ],
            out,
        )
        return EXIT_OK
    for group in groups:
        people = ", ".join(
            f"{shown(name)} ({cid})" for cid, name in zip(group.ids, group.names, strict=True)
        )
        out.write(f"{people}\n  {'; '.join(shown(r) for r in group.reasons)}\n")
    return EXIT_OK

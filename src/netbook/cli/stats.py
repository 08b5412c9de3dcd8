"""`stats`: the network's numbers (docs/network.md defines each one)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_OK
from netbook.cli.network import add_today_option
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application

COMMANDS = ("stats",)
# The growth series has a row per month; the text output shows the latest ones.
_GROWTH_ROWS = 12


def register(commands: Any) -> None:
    p = commands.add_parser("stats", help="the network's numbers")
    p.add_argument("--json", action="store_true")
    add_today_option(p)
    p.set_defaults(handler=cmd_stats)


def _label(key: str) -> str:
    return shown(key.replace("_", " "))


def _write(value: Any, out: TextIO, indent: str) -> None:
    for key, item in value.items():
        if isinstance(item, dict):
            out.write(f"{indent}{_label(key)}:\n")
            _write(item, out, indent + "  ")
        elif isinstance(item, list):
            if key == "growth":
                out.write(f"{indent}growth (last {_GROWTH_ROWS} months):\n")
                for row in item[-_GROWTH_ROWS:]:
                    out.write(f"{indent}  {row['month']}: +{row['added']} = {row['total']}\n")
            else:
                out.write(f"{indent}{_label(key)}:\n")
                for row in item:
                    count = next((v for k, v in row.items() if k not in ("id", "name")), "")
                    out.write(f"{indent}  {shown(row.get('name', ''))}: {shown(count)}\n")
        else:
            out.write(f"{indent}{_label(key)}: {shown(item)}\n")


def cmd_stats(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    stats = app.network.stats(args.today)
    if args.json:
        json_out(stats, out)
        return EXIT_OK
    _write(stats, out, "")
    return EXIT_OK

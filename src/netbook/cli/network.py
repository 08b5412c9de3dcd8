"""`reach-out` and `introducers`: keeping in touch and finding a way in, from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import bounded_text, json_out
from netbook.cli.errors import EXIT_OK
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application

COMMANDS = ("reach-out", "introducers")


def iso_date(text: str) -> dt.date:
    """argparse type for `--today YYYY-MM-DD`."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="compute as of this date instead of today",
    )


def register(commands: Any) -> None:
    p = commands.add_parser("reach-out", help="contacts whose keep-in-touch cadence has run out")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    add_today_option(p)
    p.set_defaults(handler=cmd_reach_out)

    p = commands.add_parser("introducers", help="who can introduce you to a company or a person")
    p.add_argument("query", metavar="COMPANY_OR_NAME", type=bounded_text)
    p.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    add_today_option(p)
    p.set_defaults(handler=cmd_introducers)


def cmd_reach_out(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    entries = app.network.reach_out(args.today)
    if args.json:
        json_out(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "organization": e.organization,
                    "cadence_days": e.cadence_days,
                    "last_contact": e.last_contact.isoformat() if e.last_contact else None,
                    "due_on": e.due_on.isoformat(),
                    "days_overdue": e.days_overdue,
                }
                for e in entries
            ],
            out,
        )
        return EXIT_OK
    for e in entries:
        last = e.last_contact.isoformat() if e.last_contact else "never"
        late = "due today" if e.days_overdue == 0 else f"{e.days_overdue} days overdue"
        out.write(
            f"{e.id}\t{shown(e.name)}\t{late} (every {e.cadence_days} days, last contact {last})\n"
        )
    return EXIT_OK


def cmd_introducers(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    found = app.network.who_can_introduce(args.query, max(args.limit, 1), args.today)
    if args.json:
        json_out(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "organization": c.organization,
                    "title": c.title,
                    "reasons": list(c.reasons),
                    "score": c.score,
                }
                for c in found
            ],
            out,
        )
        return EXIT_OK
    for c in found:
        out.write(f"{c.id}\t{shown(c.name)}\t{'; '.join(shown(r) for r in c.reasons)}\n")
    return EXIT_OK

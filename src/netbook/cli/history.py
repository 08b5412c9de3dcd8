"""`history`, `undo` and `redo`: the book's change journal from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_OK, CliError
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application
    from netbook.services.journal import OperationSummary

COMMANDS = ("history", "undo", "redo")


def register(commands: Any) -> None:
    p = commands.add_parser("history", help="the changes made to the book, newest first")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the newest N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)
    p = commands.add_parser("undo", help="take back the newest change (see history)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_undo, writes=True)
    p = commands.add_parser("redo", help="do again the change undo took back last")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_redo, writes=True)


def operation_json(op: OperationSummary, next_step: str | None = None) -> dict[str, Any]:
    return {
        "id": op.id,
        "label": op.label,
        "origin": op.origin,
        "source": op.source,
        "created_at": op.created_at.isoformat(timespec="seconds"),
        "undone": op.undone,
        "redoable": op.redoable,
        "changes": op.changes,
        "next": next_step,
    }


def _line(op: OperationSummary) -> str:
    when = op.created_at.strftime("%Y-%m-%d %H:%M")
    state = " (undone)" if op.undone else ""
    return f"{op.id:>6}  {when}  {shown(op.origin):<12}  {shown(op.label)}{state}"


def cmd_history(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    journal = app.journal
    ops = journal.history(args.limit)
    next_undo, next_redo = journal.next_undo(), journal.next_redo()
    steps = {
        **({next_redo.id: "redo"} if next_redo is not None else {}),
        **({next_undo.id: "undo"} if next_undo is not None else {}),
    }
    if args.json:
        json_out([operation_json(op, steps.get(op.id)) for op in ops], out)
        return EXIT_OK
    if not ops:
        out.write("No changes recorded yet.\n")
    for op in ops:
        marker = {"undo": "  <- undo", "redo": "  <- redo"}.get(steps.get(op.id, ""), "")
        out.write(_line(op) + marker + "\n")
    return EXIT_OK


def cmd_undo(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    return _step(app.journal.undo, "undone", args, out)


def cmd_redo(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    return _step(app.journal.redo, "redone", args, out)


def _step(
    replay: Callable[[], OperationSummary], done: str, args: argparse.Namespace, out: TextIO
) -> int:
    from netbook.services.journal import (
        NothingToRedoError,
        NothingToUndoError,
        UnsafeUndoError,
    )

    try:
        op = replay()
    except (NothingToUndoError, NothingToRedoError, UnsafeUndoError) as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        json_out({done: operation_json(op)}, out)
    else:
        out.write(f"{done.capitalize()}: {shown(op.label)}\n")
    return EXIT_OK

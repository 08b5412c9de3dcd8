"""`import`: bring vCard and CSV files, and LinkedIn archives, into the book."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_ERROR, EXIT_OK, say
from netbook.cli.output import shown

if TYPE_CHECKING:
    from netbook.services.application import Application
    from netbook.services.import_plan import FileImportResult
    from netbook.services.incoming_merge import ContactDifferences

COMMANDS = ("import",)


def register(commands: Any) -> None:
    p = commands.add_parser(
        "import", help="import vCard or CSV files (format detected from content)"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--prefer-incoming",
        action="store_true",
        help="where a file and the book differ on a contact's single value (a name, an"
        " organisation, a birthday...), take the file's; by default the book's is kept and"
        " the difference reported. A match on name and organisation alone never replaces.",
    )
    p.add_argument(
        "--keep-message-text",
        action="store_true",
        help="LinkedIn archive: keep the words of messages, not only a summary of each day",
    )
    p.set_defaults(handler=cmd_import, writes=True)


def _differences_json(found: ContactDifferences) -> dict[str, Any]:
    return {
        "contact": {"id": found.contact_id, "uid": found.uid, "display_name": found.display_name},
        "matched_by": found.matched_by,
        "may_take": found.may_take,
        "fields": [
            {"field": d.field, "book": d.book, "incoming": d.incoming, "taken": d.taken}
            for d in found.fields
        ],
    }


def _differences_text(found: ContactDifferences, dry_run: bool) -> list[str]:
    lines = []
    for d in found.fields:
        if d.taken:
            verb = "would take" if dry_run else "took"
            what = f"{verb} the file's {_field_name(d.field)} {d.incoming!r} (was {d.book!r})"
        else:
            verb = "would keep" if dry_run else "kept"
            what = f"{verb} the book's {_field_name(d.field)} {d.book!r} (file: {d.incoming!r})"
        lines.append(f"  {found.display_name}: {what}")
    if not found.may_take:
        lines.append(
            f"  {found.display_name}: matched by name only (no shared UID, email or phone),"
            " so the book's values stay"
        )
    return lines


def _field_name(field: str) -> str:
    return field.replace("_", " ")


def _file_json(result: FileImportResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "path": str(result.path),
        "format": result.format,
        "imported": result.imported,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "items": result.items,
        "problems": [
            {"card": p.card, "line": p.line, "message": p.message, "dropped": p.dropped}
            for p in result.problems
        ],
        "differences": [_differences_json(d) for d in result.differences],
    }
    if result.part is not None:
        data["part"] = result.part
    if result.error is not None:
        data["error"] = result.error
    return data


def _file_text(result: FileImportResult, dry_run: bool) -> str:
    if result.error is not None:
        return f"{shown(result.path)}: not imported: {shown(result.error)}\n"
    verb = "would import" if dry_run else "imported"
    name = f"{result.path} / {result.part}" if result.part else str(result.path)
    items = "" if result.items == "contacts" else f" {result.items}"
    lines = [
        f"{shown(name)} ({result.format}): {verb}{items} {result.imported} new, "
        f"{result.updated} updated, {result.unchanged} unchanged, {len(result.problems)} problems"
    ]
    for found in result.differences:
        lines.extend(_differences_text(found, dry_run))
    for problem in result.problems:
        where = ", ".join(
            f"{name} {value}"
            for name, value in (("card", problem.card), ("line", problem.line))
            if value
        )
        kind = "skipped" if problem.dropped else "warning"
        lines.append(
            f"  {where}: {kind}: {shown(problem.message)}"
            if where
            else f"  {kind}: {shown(problem.message)}"
        )
    return "\n".join(lines) + "\n"


def cmd_import(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.incoming_merge import MergeChoices

    importer = app.importer()
    paths = [Path(f).expanduser() for f in args.files]
    choices = MergeChoices(prefer_incoming=args.prefer_incoming)
    keep = bool(args.keep_message_text)
    report = (
        importer.preview(paths, choices=choices, keep_message_text=keep)
        if args.dry_run
        else importer.run(paths, choices=choices, keep_message_text=keep)
    )
    if args.json:
        json_out({"dry_run": args.dry_run, "files": [_file_json(f) for f in report.files]}, out)
    else:
        for result in report.files:
            out.write(_file_text(result, args.dry_run))
    failed = [f for f in report.files if f.error is not None]
    for result in failed:
        say(f"{shown(result.path)}: {result.error}")
    return EXIT_ERROR if failed else EXIT_OK

"""`import`: bring vCard and CSV files, and LinkedIn archives, into the book."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from netbook.cli.common import EXIT_ERROR, EXIT_OK, json_out
from netbook.services.address_book import AddressBook
from netbook.services.importer import FileImportResult, Importer

COMMANDS = ("import",)


def register(commands: Any) -> None:
    p = commands.add_parser(
        "import", help="import vCard or CSV files (format detected from content)"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--keep-message-text",
        action="store_true",
        help="LinkedIn archive: keep the words of messages, not only a summary of each day",
    )
    p.set_defaults(handler=cmd_import)


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
    }
    if result.part is not None:
        data["part"] = result.part
    if result.error is not None:
        data["error"] = result.error
    return data


def _file_text(result: FileImportResult, dry_run: bool) -> str:
    if result.error is not None:
        return f"{result.path}: not imported: {result.error}\n"
    verb = "would import" if dry_run else "imported"
    name = f"{result.path} / {result.part}" if result.part else str(result.path)
    items = "" if result.items == "contacts" else f" {result.items}"
    lines = [
        f"{name} ({result.format}): {verb}{items} {result.imported} new, "
        f"{result.updated} updated, {result.unchanged} unchanged, {len(result.problems)} problems"
    ]
    for problem in result.problems:
        where = ", ".join(
            f"{name} {value}"
            for name, value in (("card", problem.card), ("line", problem.line))
            if value
        )
        kind = "skipped" if problem.dropped else "warning"
        lines.append(
            f"  {where}: {kind}: {problem.message}" if where else f"  {kind}: {problem.message}"
        )
    return "\n".join(lines) + "\n"


def cmd_import(book: AddressBook, args: argparse.Namespace, out: TextIO) -> int:
    importer = Importer(book)
    paths = [Path(f).expanduser() for f in args.files]
    keep = bool(args.keep_message_text)
    report = (
        importer.preview(paths, keep_message_text=keep)
        if args.dry_run
        else importer.run(paths, keep_message_text=keep)
    )
    if args.json:
        json_out({"dry_run": args.dry_run, "files": [_file_json(f) for f in report.files]}, out)
    else:
        for result in report.files:
            out.write(_file_text(result, args.dry_run))
    failed = [f for f in report.files if f.error is not None]
    for result in failed:
        print(f"netbook: error: {result.path}: {result.error}", file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK

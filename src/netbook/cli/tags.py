"""`tag list | rename | merge | delete`: the book's tags from the command line.

Tags are named as people write them; case and accents do not matter ("clients" is
"Clients"). Every change is one journal operation, so `netbook undo` takes it back.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_OK, CliError

if TYPE_CHECKING:
    from netbook.services.application import Application
    from netbook.services.tags import TagChange, TagInfo

COMMANDS = ("tag",)


def register(commands: Any) -> None:
    p = commands.add_parser("tag", help="list, rename, merge or delete tags")
    actions = p.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="every tag and how many contacts carry it")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    a = actions.add_parser(
        "rename", help="rename a tag (to another tag's name: merge the two, and say so)"
    )
    a.add_argument("name", metavar="TAG")
    a.add_argument("new_name", metavar="NEW_NAME")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_rename, writes=True)
    a = actions.add_parser("merge", help="give TAG's contacts the tag INTO, then delete TAG")
    a.add_argument("name", metavar="TAG")
    a.add_argument("into", metavar="INTO")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_merge, writes=True)
    a = actions.add_parser("delete", help="take a tag from every contact (the contacts stay)")
    a.add_argument("name", metavar="TAG")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_delete, writes=True)


def _tag(app: Application, name: str) -> TagInfo:
    found = app.tags.find(name)
    if found is None:
        raise CliError(f"no tag named {name!r}")
    return found


def _contacts(n: int) -> str:
    return "1 contact" if n == 1 else f"{n} contacts"


def _said(change: TagChange) -> str:
    n = _contacts(len(change.contacts))
    if change.outcome == "merged":
        return f"Merged tag “{change.tag}” into “{change.into}” ({n})."
    if change.outcome == "renamed":
        return f"Renamed tag “{change.tag}” to “{change.into}” ({n})."
    return f"Deleted tag “{change.tag}” ({n} lost it; the contacts stay)."


def _report(change: TagChange, args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        json_out(
            {
                "outcome": change.outcome,
                "tag": change.tag,
                "into": change.into,
                "contacts": len(change.contacts),
            },
            out,
        )
    else:
        out.write(_said(change) + "\n")
    return EXIT_OK


def cmd_list(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    tags = app.tags.all()
    if args.json:
        json_out([{"id": t.id, "name": t.name, "contacts": t.contacts} for t in tags], out)
        return EXIT_OK
    for tag in tags:
        out.write(f"{tag.name}\t{tag.contacts}\n")
    return EXIT_OK


def cmd_rename(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.tags import TagError

    try:
        change = app.tags.rename(_tag(app, args.name).id, args.new_name)
    except TagError as exc:
        raise CliError(str(exc)) from exc
    return _report(change, args, out)


def cmd_merge(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.tags import TagError

    try:
        change = app.tags.merge(_tag(app, args.name).id, _tag(app, args.into).id)
    except TagError as exc:
        raise CliError(str(exc)) from exc
    return _report(change, args, out)


def cmd_delete(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    return _report(app.tags.delete(_tag(app, args.name).id), args, out)

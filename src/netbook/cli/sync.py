"""`account add|list|create-book|remove` and `sync`: CardDAV accounts and syncing them."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any, TextIO

from netbook.cli.common import json_out
from netbook.cli.errors import EXIT_ERROR, EXIT_OK, CliError

if TYPE_CHECKING:  # the services load when a command runs, not at start-up (cli/main.py)
    from netbook.services.application import Application
    from netbook.services.sync.report import SyncReport

COMMANDS = ("account", "sync")


def register(commands: Any) -> None:
    account = commands.add_parser("account", help="CardDAV accounts to sync with")
    verbs = account.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add an account (its address books are discovered)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL", help="the server's address, or just its host")
    add.add_argument("--username", required=True, metavar="USER")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.add_argument(
        "--address-book",
        action="append",
        default=[],
        metavar="NAME_OR_HREF",
        help="an address book to sync (repeatable; default: the first found)",
    )
    add.add_argument(
        "--trust-fingerprint",
        metavar="SHA256",
        help="the SHA-256 fingerprint of a self-signed server certificate you trust",
    )
    add.set_defaults(handler=cmd_account_add, writes=True)
    listing = verbs.add_parser("list", help="the accounts and their address books")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_account_list)
    create = verbs.add_parser(
        "create-book",
        help="make a new address book on the account's server and sync it too",
    )
    create.add_argument("name", metavar="NAME", help="the account")
    create.add_argument("display_name", metavar="DISPLAY_NAME", help="the new address book's name")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    create.set_defaults(handler=cmd_account_create_book, writes=True)
    remove = verbs.add_parser("remove", help="forget an account (its contacts stay)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=cmd_account_remove, writes=True)

    sync = commands.add_parser("sync", help="sync with CardDAV accounts (all, or NAME)")
    sync.add_argument("name", nargs="?", metavar="NAME")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    sync.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    sync.add_argument(
        "--force",
        action="store_true",
        help="go on when the server lost many cards (their contacts are archived, not deleted)",
    )
    sync.add_argument(
        "--push-deletes",
        action="store_true",
        help="delete on the server the cards of contacts deleted here",
    )
    # A writer: it takes the book's lock like import, and its changes are one journal
    # operation ("Sync with NAME"), undone with `netbook undo`.
    sync.set_defaults(handler=cmd_sync, writes=True)


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("no password on standard input")
        return password
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise CliError("no password: give it with --password-stdin")


def cmd_account_add(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.sync.errors import SyncError

    password = _read_password(args.password_stdin, f"Password for {args.username}: ")
    try:
        added = app.sync().add_account(
            args.name,
            args.url,
            args.username,
            password,
            address_books=args.address_book,
            trusted_fingerprint=args.trust_fingerprint,
        )
    except (SyncError, ValueError) as exc:
        raise CliError(str(exc)) from None
    names = ", ".join(f"{b.display_name} ({b.href})" for b in added.address_books)
    out.write(f"account {added.name} added: syncs {names}\n")
    others = [b for b in added.available if b not in added.address_books]
    if others:
        out.write("  also on the server: " + ", ".join(b.display_name for b in others) + "\n")
    if not added.password_in_keyring:
        out.write(
            "  no system keyring: the password is not kept; give it to each sync"
            " with --password-stdin\n"
        )
    return EXIT_OK


def cmd_account_list(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    found = app.sync().accounts()
    if args.json:
        json_out(
            [
                {
                    "name": a.name,
                    "url": a.url,
                    "username": a.username,
                    "address_books": a.address_books,
                    "password_in_keyring": a.password_in_keyring,
                }
                for a in found
            ],
            out,
        )
        return EXIT_OK
    if not found:
        out.write("no accounts (netbook account add NAME URL --username USER)\n")
    for a in found:
        out.write(f"{a.name}: {a.username} at {a.url}\n")
        for b in a.address_books:
            when = b["last_synced_at"] or "never"
            error = f", last error: {b['last_error']}" if b["last_error"] else ""
            out.write(f"  {b['display_name']} ({b['href']}), synced {when}{error}\n")
    return EXIT_OK


def cmd_account_create_book(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.sync.errors import SyncError

    service = app.sync()
    try:
        if args.password_stdin:
            service.remember_password(args.name, _read_password(True, ""))
        made = service.create_address_book(args.name, args.display_name)
    except SyncError as exc:
        raise CliError(str(exc)) from None
    out.write(
        f"address book {made.display_name} ({made.href}) created on the server;"
        f" account {args.name} syncs it from now on\n"
    )
    return EXIT_OK


def cmd_account_remove(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    from netbook.services.sync.errors import SyncError

    try:
        app.sync().remove_account(args.name)
    except SyncError as exc:
        raise CliError(str(exc)) from None
    out.write(f"account {args.name} removed (its contacts stay in the book)\n")
    return EXIT_OK


def cmd_sync(app: Application, args: argparse.Namespace, out: TextIO) -> int:
    service = app.sync()
    names = [args.name] if args.name else service.account_names()
    if not names:
        raise CliError("no accounts to sync (netbook account add NAME URL --username USER)")
    from netbook.services.sync.errors import NoPasswordError, SyncError
    from netbook.services.sync.report import SyncReport

    total = SyncReport()
    try:
        if args.password_stdin:
            password = _read_password(True, "")
            for name in names:
                service.remember_password(name, password)
        for name in names:
            report = service.sync(name, force=args.force, push_deletes=args.push_deletes)
            _add(total, report, name if len(names) > 1 else None)
    except NoPasswordError as exc:
        raise CliError(str(exc)) from None
    except SyncError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        json_out(total.as_json(), out)
    else:
        out.write(_text(total))
    return EXIT_ERROR if total.errors else EXIT_OK


def _add(total: SyncReport, report: SyncReport, account: str | None) -> None:
    for name in ("pulled", "pushed", "updated_local", "updated_remote", "archived"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    total.pending_deletes += report.pending_deletes
    total.requests += report.requests
    total.conflicts.extend(report.conflicts)
    total.errors.extend(f"{account}: {e}" if account else e for e in report.errors)


def _text(report: SyncReport) -> str:
    lines = [
        f"pulled {report.pulled} new, pushed {report.pushed} new, updated {report.updated_local}"
        f" here and {report.updated_remote} on the server, archived {report.archived}"
    ]
    for conflict in report.conflicts:
        lines.append(f"  conflict: {conflict.get('message') or _conflict_text(conflict)}")
    if report.pending_deletes:
        lines.append(
            f"  {report.pending_deletes} contacts deleted here are still on the server"
            " (sync --push-deletes deletes them there)"
        )
    lines.extend(f"  error: {e}" for e in report.errors)
    return "\n".join(lines) + "\n"


def _conflict_text(conflict: dict[str, Any]) -> str:
    return (
        f"{conflict.get('contact')}: {conflict.get('field')} changed on both sides;"
        f" kept the server's {conflict.get('remote')!r}, this book's {conflict.get('local')!r}"
        " is in the contact's history"
    )

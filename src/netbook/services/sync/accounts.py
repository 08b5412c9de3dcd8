"""The sync use cases the fronts call: add, list and remove accounts, and sync them.

Adding an account discovers its address books first (so a wrong URL or password is told at
once, not at the first sync), then keeps the account in the book and its password in the
system keyring. Nothing here asks the user anything: a front passes the password it read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netbook.services.sync import credentials, state
from netbook.services.sync.discovery import (
    AddressBookInfo,
    account_url,
    create_address_book,
    discover,
)
from netbook.services.sync.errors import SyncError
from netbook.services.sync.state import AccountState
from netbook.services.sync.transport import HttpClient, Origin
from netbook.store.database import Database

if TYPE_CHECKING:  # the engine (and through it the importer and vobject) loads on first sync
    from netbook.services.sync.report import Progress, SyncReport


@dataclass(frozen=True, slots=True)
class AccountSummary:
    name: str
    url: str
    username: str
    address_books: list[dict[str, object]]
    password_in_keyring: bool


@dataclass(frozen=True, slots=True)
class AddedAccount:
    name: str
    address_books: list[AddressBookInfo]  # the ones chosen
    available: list[AddressBookInfo]  # every one found
    password_in_keyring: bool


@dataclass(frozen=True, slots=True)
class PendingDelete:
    """A card whose contact was deleted here, waiting for the user's word to go there too."""

    account: str
    href: str
    name: str  # the contact's name as the card has it


class SyncService:
    """The accounts of one book (the Application makes it: `Application.sync()`).

    Accounts and the sync's state are bookkeeping, written in transactions of their own and
    not journaled; every change a sync makes to contacts is a journal operation of origin
    "sync" (engine).
    """

    def __init__(self, database: Database) -> None:
        self.database = database

    def add_account(
        self,
        name: str,
        url: str,
        username: str,
        password: str,
        *,
        address_books: Sequence[str] = (),
        trusted_fingerprint: str | None = None,
    ) -> AddedAccount:
        """Discover the user's address books and keep the account.

        `address_books` chooses by href or display name; none chosen means the first found.
        Raises SyncError (or a subclass) saying what went wrong; nothing is kept then.
        """
        name = name.strip()
        if not name:
            raise SyncError("an account needs a name")
        with self.database.reading() as conn:
            if any(a.name == name for a in state.accounts(conn)):
                raise SyncError(f"an account named {name!r} exists already")
        start = account_url(url)
        client = HttpClient(start, username, password, trusted_fingerprint=trusted_fingerprint)
        try:
            found = discover(client, start)
        finally:
            client.close()
        if not found.address_books:
            raise SyncError(f"{client.origin}: the server has no address book for {username}")
        chosen = _choose(found.address_books, address_books)
        base = str(Origin.of(start)) + "/"
        with self.database.transaction() as conn:
            state.add_account(
                conn,
                name,
                base,
                username,
                chosen,
                auth_scheme=client.auth_scheme,
                trusted_fingerprint=trusted_fingerprint,
            )
        saved = credentials.save_password(f"{username}@{base}", password)
        return AddedAccount(name, chosen, found.address_books, saved)

    def find_address_books(self, name: str) -> tuple[list[AddressBookInfo], list[str]]:
        """Every address book the account's server has for its user, and the hrefs the
        account syncs now (discovery again: a request; the window runs it on a worker).

        Raises:
            NoPasswordError: no password for the account (neither keyring nor session).
            SyncError: the server could not be reached or refused the password.
        """
        with self.database.reading() as conn:
            found = state.account(conn, name)
        client = _client(found, credentials.password_for(found.password_key))
        try:
            books = discover(client, account_url(found.url)).address_books
        finally:
            client.close()
        return books, [b.href for b in found.address_books]

    def choose_address_books(self, name: str, books: Sequence[AddressBookInfo]) -> None:
        """Sync these from now on (at least one): bookkeeping, not journaled. The ones
        left out keep their contacts here, which the next sync sends to the first chosen."""
        with self.database.transaction() as conn:
            state.set_address_books(conn, name, books)

    def create_address_book(self, name: str, display_name: str) -> AddressBookInfo:
        """Make a new address book on the account's server (in its addressbook-home-set) and
        sync it from now on, after the ones chosen already (requests: a worker's job).

        Raises:
            NoPasswordError: no password for the account (neither keyring nor session).
            SyncError: the server refused (in words: which server, what it said); nothing
                was created or chosen then.
        """
        display_name = " ".join(display_name.split())
        if not display_name:
            raise SyncError("a new address book needs a name")
        with self.database.reading() as conn:
            found = state.account(conn, name)
        client = _client(found, credentials.password_for(found.password_key))
        try:
            home = discover(client, account_url(found.url)).home
            made = create_address_book(client, home, display_name)
        finally:
            client.close()
        with self.database.transaction() as conn:
            now = state.account(conn, name)
            kept = [
                AddressBookInfo(b.href, b.display_name, (b.vcard_version,), b.supports_sync)
                for b in now.address_books
                if b.href != made.href
            ]
            state.set_address_books(conn, name, [*kept, made])
        return made

    def pending_deletes(self, name: str) -> list[PendingDelete]:
        """Cards of contacts deleted here since they were synced, with the names they had."""
        from netbook.services.sync.cards import read_card  # reads vCards: loads the formats

        with self.database.reading() as conn:
            found = state.account(conn, name)
            waiting = [item for b in found.address_books for item in state.orphans(conn, b.id)]
        pending = []
        for item in waiting:
            record = read_card(item.card).record
            shown = record.best_display_name() if record is not None else ""
            pending.append(PendingDelete(name, item.href, shown or item.href))
        return pending

    def accounts(self) -> list[AccountSummary]:
        with self.database.reading() as conn:
            found = state.accounts(conn)
        return [
            AccountSummary(
                a.name,
                a.url,
                a.username,
                [
                    {
                        "href": b.href,
                        "display_name": b.display_name,
                        "vcard_version": b.vcard_version,
                        "sync_collection": b.supports_sync,
                        "last_synced_at": _iso(b.last_synced_at),
                        "last_error": b.last_error,
                    }
                    for b in a.address_books
                ],
                _has_password(a),
            )
            for a in found
        ]

    def remove_account(self, name: str) -> None:
        """Forget the account, its sync state and its password; its contacts stay."""
        with self.database.transaction() as conn:
            found = state.account(conn, name)
            state.remove_account(conn, name)
            others = [a for a in state.accounts(conn) if a.password_key == found.password_key]
        if not others:
            credentials.forget_password(found.password_key)

    def account_names(self) -> list[str]:
        with self.database.reading() as conn:
            return [a.name for a in state.accounts(conn)]

    def needs_password(self, name: str) -> bool:
        with self.database.reading() as conn:
            return not _has_password(state.account(conn, name))

    def remember_password(self, name: str, password: str) -> None:
        """A password given for this session only (stdin, or asked in the window)."""
        with self.database.reading() as conn:
            credentials.remember_for_session(state.account(conn, name).password_key, password)

    def sync(
        self,
        name: str,
        *,
        force: bool = False,
        push_deletes: bool = False,
        confirmed_deletes: Sequence[str] | None = None,
        progress: Progress | None = None,
    ) -> SyncReport:
        """Sync one account; errors of one address book are in the report, not raised.

        `push_deletes` deletes on the server the cards of contacts deleted here; with
        `confirmed_deletes`, only the cards at these hrefs (the ones the user was shown).

        Raises:
            NoPasswordError: no password for the account (neither keyring nor session).
            AccountNotFoundError: no such account.
        """
        from netbook.services.sync.engine import SyncEngine

        with self.database.reading() as conn:
            found = state.account(conn, name)
        password = credentials.password_for(found.password_key)
        client = _client(found, password)
        try:
            return SyncEngine(
                self.database,
                found,
                client,
                force=force,
                push_deletes=push_deletes,
                confirmed_deletes=confirmed_deletes,
                progress=progress,
            ).run()
        finally:
            client.close()


def _client(account: AccountState, password: str) -> HttpClient:
    return HttpClient(
        account.url,
        account.username,
        password,
        trusted_fingerprint=account.trusted_fingerprint,
        auth_scheme=account.auth_scheme,
    )


def _has_password(account: AccountState) -> bool:
    try:
        credentials.password_for(account.password_key)
    except SyncError:
        return False
    return True


def _choose(found: Sequence[AddressBookInfo], wanted: Sequence[str]) -> list[AddressBookInfo]:
    if not wanted:
        return [found[0]]
    chosen: list[AddressBookInfo] = []
    for want in wanted:
        match = [
            b
            for b in found
            if want in (b.href, b.display_name)
            or b.href.rstrip("/").endswith("/" + want.strip("/"))
        ]
        if not match:
            names = ", ".join(f"{b.display_name} ({b.href})" for b in found)
            raise SyncError(f"no address book {want!r} on the server (it has: {names})")
        chosen.extend(m for m in match if m not in chosen)
    return chosen


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None

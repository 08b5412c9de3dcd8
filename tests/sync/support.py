"""What the sync tests share: a book with an account on a test server, and a "phone" that
changes the server's cards the way another client would."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from netbook.services.address_book import AddressBook
from netbook.services.application import Application
from netbook.services.sync.accounts import SyncService
from netbook.services.sync.report import SyncReport
from netbook.store.opening import open_database
from tests.sync.servers import DavServer


def card(given: str, family: str, uid: str | None = None, **props: str) -> str:
    """A vCard 3.0 as a phone would write it."""
    uid = uid or f"phone-{uuid.uuid4()}"
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"UID:{uid}",
        f"FN:{given} {family}",
        f"N:{family};{given};;;",
        *(f"{name.replace('_', '-')}:{value}" for name, value in props.items()),
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


@dataclass
class Phone:
    """Another client of the same address book."""

    server: DavServer

    def put(self, name: str, text: str, etag: str | None = None) -> str | None:
        headers = {"Content-Type": "text/vcard"}
        if etag:
            headers["If-Match"] = etag
        status, answer, body = self.server.request(
            "PUT", f"{self.server.book_path}{name}", text.encode(), headers
        )
        assert status in (201, 204), (status, body)
        return answer.get("ETag")

    def get(self, name: str) -> tuple[str, str | None]:
        status, answer, body = self.server.request("GET", f"{self.server.book_path}{name}")
        assert status == 200, status
        return body.decode(), answer.get("ETag")

    def delete(self, name: str) -> None:
        status, _, body = self.server.request("DELETE", f"{self.server.book_path}{name}")
        assert status in (200, 204), (status, body)

    def names(self) -> list[str]:
        status, _, body = self.server.request(
            "PROPFIND",
            self.server.book_path,
            b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>',
            {"Depth": "1", "Content-Type": "application/xml"},
        )
        assert status == 207, status
        hrefs = re.findall(r"<(?:\w+:)?href>([^<]+)</(?:\w+:)?href>", body.decode())
        return sorted(h.rsplit("/", 1)[-1] for h in hrefs if not h.endswith("/"))

    def cards(self) -> dict[str, str]:
        return {name: self.get(name)[0] for name in self.names()}

    def edit(self, name: str, old: str, new: str) -> None:
        text, etag = self.get(name)
        assert old in text, text
        self.put(name, text.replace(old, new), etag)


@dataclass
class Synced:
    """A book with one account on the server."""

    book: AddressBook
    service: SyncService
    account: str = "test"

    def sync(self, **options: bool) -> SyncReport:
        return self.service.sync(self.account, **options)

    def names(self) -> list[str]:
        return sorted(s.display_name for s in self.book.page(0, 10_000))

    def contact(self, display_name: str) -> int:
        [found] = [s.id for s in self.book.page(0, 10_000) if s.display_name == display_name]
        return found


def synced_book(path: Path, server: DavServer, account: str = "test") -> Synced:
    app = Application(open_database(path))
    book = app.book
    service = app.sync()
    service.add_account(
        account,
        server.url,
        server.user,
        server.password,
        address_books=[server.book_path],
    )
    return Synced(book, service, account)

"""A small in-process CardDAV address book, for servers the suite cannot reach (Google,
iCloud) and for what a real test server refuses to hold (two cards with one UID).

It answers the requests netbook's engine sends (PROPFIND, sync-collection, multiget, GET,
PUT, DELETE) and can behave like those servers where their documentation says they differ:

- google: a new card is stored at another href (Location) with another UID; an empty sync
  token is refused with 400;
- icloud: the collection itself is listed among its own changes.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from netbook.services.sync.transport import HttpClient, Response

BOOK = "/book/"


@dataclass
class _Card:
    text: str
    etag: str
    version: int


@dataclass
class FakeAddressBook:
    quirks: set[str] = field(default_factory=set)
    cards: dict[str, _Card] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)  # href -> version when deleted
    version: int = 0
    log: list[str] = field(default_factory=list)
    _etags: Any = field(default_factory=lambda: itertools.count(1))

    def store(self, href: str, text: str) -> str:
        self.version += 1
        etag = f'"e{next(self._etags)}"'
        self.cards[href] = _Card(text, etag, self.version)
        self.deleted.pop(href, None)
        return etag

    def remove(self, href: str) -> None:
        self.version += 1
        del self.cards[href]
        self.deleted[href] = self.version

    # -- answering ---------------------------------------------------------------------
    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Response:
        self.log.append(f"{method} {path}")
        text = body.decode("utf-8", "replace")
        if method == "PROPFIND":
            return self._propfind(path, headers.get("Depth", "0"))
        if method == "REPORT" and "sync-collection" in text:
            return self._sync(text)
        if method == "REPORT" and "addressbook-multiget" in text:
            hrefs = re.findall(r"<d:href>([^<]+)</d:href>", text)
            return _multistatus("".join(self._card_response(h) for h in hrefs if h in self.cards))
        if method == "GET":
            found = self.cards.get(path)
            if found is None:
                return _response(404)
            return _response(200, found.text.encode(), {"etag": found.etag})
        if method == "PUT":
            return self._put(path, headers, text)
        if method == "DELETE":
            if path not in self.cards:
                return _response(404)
            self.remove(path)
            return _response(204)
        return _response(405)

    def _propfind(self, path: str, depth: str) -> Response:
        own = (
            f"<d:response><d:href>{BOOK}</d:href><d:propstat><d:prop>"
            "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
            "<d:displayname>Fake</d:displayname>"
            f"<d:sync-token>tok-{self.version}</d:sync-token>"
            f"<cs:getctag>ctag-{self.version}</cs:getctag>"
            "<d:supported-report-set><d:supported-report><d:report><d:sync-collection/>"
            "</d:report></d:supported-report></d:supported-report-set>"
            "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        )
        if depth == "0":
            return _multistatus(own)
        rows = "".join(self._etag_response(h) for h in sorted(self.cards))
        return _multistatus(own + rows)

    def _etag_response(self, href: str) -> str:
        return (
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>"
            f"<d:getetag>{escape(self.cards[href].etag)}</d:getetag></d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        )

    def _card_response(self, href: str) -> str:
        found = self.cards[href]
        return (
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>"
            f"<d:getetag>{escape(found.etag)}</d:getetag>"
            f"<card:address-data>{escape(found.text)}</card:address-data></d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        )

    def _sync(self, text: str) -> Response:
        match = re.search(r"<d:sync-token>([^<]*)</d:sync-token>", text)
        token = match.group(1) if match else ""
        if not token and "google" in self.quirks:
            return _response(400, b"Bad Request")
        if token and not re.fullmatch(r"tok-\d+", token):
            return _response(
                403, b'<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:valid-sync-token/></d:error>'
            )
        since = int(token[4:]) if token else -1
        rows = [self._etag_response(h) for h, c in sorted(self.cards.items()) if c.version > since]
        if token:
            rows += [
                f"<d:response><d:href>{h}</d:href><d:status>HTTP/1.1 404 Not Found</d:status>"
                "</d:response>"
                for h, v in sorted(self.deleted.items())
                if v > since
            ]
        if "icloud" in self.quirks:
            rows.insert(
                0,
                f"<d:response><d:href>{BOOK}</d:href><d:propstat><d:prop><d:getetag/>"
                "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>",
            )
        return _multistatus("".join(rows), f"<d:sync-token>tok-{self.version}</d:sync-token>")

    def _put(self, path: str, headers: dict[str, str], text: str) -> Response:
        existing = self.cards.get(path)
        if headers.get("If-None-Match") == "*" and existing is not None:
            return _response(412)
        if "If-Match" in headers and (existing is None or existing.etag != headers["If-Match"]):
            return _response(412 if existing is not None else 404)
        if existing is None and "google" in self.quirks:
            # Google keeps new cards under a name and a UID of its own.
            new_uid = f"google-{uuid.uuid4().hex[:12]}"
            text = re.sub(r"(?m)^UID:.*$", f"UID:{new_uid}\r", text)
            where = f"{BOOK}{new_uid}"
            self.store(where, text)
            return _response(201, b"", {"location": f"https://google.invalid{where}"})
        etag = self.store(path, text)
        return _response(201 if existing is None else 204, b"", {"etag": etag})


def _response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Response:
    return Response(status, "", headers or {}, body, "")


def _multistatus(rows: str, extra: str = "") -> Response:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:"'
        ' xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/">'
        f"{rows}{extra}</d:multistatus>"
    )
    return _response(207, body.encode())


class FakeClient(HttpClient):
    """An HttpClient whose requests are answered by a FakeAddressBook, in process."""

    def __init__(self, book: FakeAddressBook) -> None:
        super().__init__("https://fake.invalid/", "alice", "secret")
        self.book = book

    def request(self, method: str, url: str, *, headers: Any = None, body: bytes = b"") -> Response:
        self.requests_sent += 1
        path = urlsplit(url).path or "/"
        answer = self.book.answer(method, path, dict(headers or {}), body)
        return Response(answer.status, answer.reason, answer.headers, answer.body, url)

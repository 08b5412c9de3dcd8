"""One address book on the server: list it, read changes since a token, fetch, write, delete.

Every method is one or a few requests, and says in words what went wrong. Quirks handled
here, where they are met:

- sync-collection truncated with 507: asked again with the token it gave, until complete;
- a refused token (any 4xx carrying DAV:valid-sync-token: 403 Radicale/SabreDAV, 412
  Xandikos), or a 4xx to an empty token (Google's 400): `TokenRefusedError`, and the engine lists
  the whole collection instead;
- the collection listed among its own changes (iCloud): skipped;
- a PUT answered with another Location (Google): the card lives at that href from then on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from netbook.services.sync import davxml
from netbook.services.sync.errors import ServerError
from netbook.services.sync.transport import HttpClient, Response

MULTIGET_BATCH = 100
MAX_TRUNCATED_ROUNDS = 1000
_XML = {"Content-Type": "application/xml; charset=utf-8"}


class TokenRefusedError(ServerError):
    """The server will not answer changes since this token: list everything instead."""


class SyncUnsupportedError(ServerError):
    """The address book answers no sync-collection report after all."""


@dataclass(slots=True)
class Listing:
    """What the server holds (or what changed): href -> etag, the hrefs gone, the new token."""

    etags: dict[str, str | None] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    token: str | None = None
    ctag: str | None = None
    complete: bool = False  # etags is the whole collection (hrefs not in it are gone)


@dataclass(frozen=True, slots=True)
class Card:
    href: str
    etag: str | None
    text: str


@dataclass(frozen=True, slots=True)
class WriteResult:
    status: int
    href: str
    etag: str | None


class RemoteAddressBook:
    def __init__(self, client: HttpClient, href: str) -> None:
        self.client = client
        self.href = href

    @property
    def where(self) -> str:
        return f"{self.client.origin}{self.href}"

    def _href(self, raw: str) -> str:
        return davxml.normal_href(raw, urljoin(self.client.base_url, self.href))

    def _failed(self, what: str, response: Response) -> ServerError:
        said = response.body[:200].decode("utf-8", "replace").strip().splitlines()
        detail = f": {said[0]}" if said and not said[0].startswith("<") else ""
        return ServerError(
            f"{self.where}: {what} answered {response.status} {response.reason}{detail}",
            response.status,
        )

    # -- listing -------------------------------------------------------------------------
    def changes_since(self, token: str | None) -> Listing:
        """RFC 6578 changes since `token` (everything, with a complete listing, when None)."""
        listing = Listing(complete=token is None)
        for _ in range(MAX_TRUNCATED_ROUNDS):
            response = self.client.request(
                "REPORT",
                self.href,
                headers={**_XML, "Depth": "0"},
                body=davxml.sync_collection_body(token, (davxml.GETETAG,)),
            )
            if 400 <= response.status < 500 and (
                f"{{{davxml.DAV}}}valid-sync-token" in davxml.error_names(response.body)
                or (token is None and response.status in (400, 403, 409, 412))
            ):
                raise TokenRefusedError(
                    f"{self.where}: the server refused the sync token ({response.status})",
                    response.status,
                )
            if response.status in (404, 405, 415, 501) or (
                token is None and 400 <= response.status < 500
            ):
                raise SyncUnsupportedError(f"{self.where}: no sync-collection ({response.status})")
            if response.status != 207:
                raise self._failed("sync-collection", response)
            status = davxml.parse_multistatus(response.body, self.where)
            truncated = False
            for item in status.responses:
                href = self._href(item.href)
                if href == self.href:  # the collection itself (iCloud lists it)
                    truncated = truncated or item.status == 507
                    continue
                if item.status == 404:
                    listing.removed.add(href)
                    listing.etags.pop(href, None)
                else:
                    listing.etags[href] = item.text(davxml.GETETAG)
                    listing.removed.discard(href)
            token = status.sync_token or token
            listing.token = token
            if not truncated:
                return listing
        raise ServerError(f"{self.where}: sync-collection truncated {MAX_TRUNCATED_ROUNDS} times")

    def full_listing(self) -> Listing:
        """Every card's href and etag, with the collection's token and ctag (one PROPFIND)."""
        response = self.client.request(
            "PROPFIND",
            self.href,
            headers={**_XML, "Depth": "1"},
            body=davxml.propfind_body(
                (davxml.RESOURCETYPE, davxml.GETETAG, davxml.SYNC_TOKEN, davxml.GETCTAG)
            ),
        )
        if response.status != 207:
            raise self._failed("PROPFIND", response)
        listing = Listing(complete=True)
        for item in davxml.parse_multistatus(response.body, self.where).responses:
            href = self._href(item.href)
            if href == self.href:
                listing.token = item.text(davxml.SYNC_TOKEN)
                listing.ctag = item.text(davxml.GETCTAG)
                continue
            if davxml.is_collection(item, f"{{{davxml.DAV}}}collection"):
                continue
            listing.etags[href] = item.text(davxml.GETETAG)
        return listing

    def ctag(self) -> str | None:
        response = self.client.request(
            "PROPFIND",
            self.href,
            headers={**_XML, "Depth": "0"},
            body=davxml.propfind_body((davxml.GETCTAG, davxml.SYNC_TOKEN)),
        )
        if response.status != 207:
            raise self._failed("PROPFIND", response)
        for item in davxml.parse_multistatus(response.body, self.where).responses:
            return item.text(davxml.GETCTAG) or item.text(davxml.SYNC_TOKEN)
        return None

    # -- reading cards -------------------------------------------------------------------
    def fetch(self, hrefs: Sequence[str], batch: int = MULTIGET_BATCH) -> Iterator[list[Card]]:
        """The cards at `hrefs`, one list per addressbook-multiget batch (gone ones left out)."""
        for start in range(0, len(hrefs), batch):
            wanted = list(hrefs[start : start + batch])
            response = self.client.request(
                "REPORT",
                self.href,
                headers={**_XML, "Depth": "1"},
                body=davxml.multiget_body(wanted),
            )
            if response.status != 207:
                raise self._failed("addressbook-multiget", response)
            cards = []
            for item in davxml.parse_multistatus(response.body, self.where).responses:
                data = item.props.get(davxml.ADDRESS_DATA)
                if data is None or item.status == 404:
                    continue
                cards.append(
                    Card(self._href(item.href), item.text(davxml.GETETAG), data.text or "")
                )
            yield cards

    def get(self, href: str) -> Card | None:
        response = self.client.request("GET", href, headers={"Accept": "text/vcard"})
        if response.status == 404:
            return None
        if response.status != 200:
            raise self._failed(f"GET {href}", response)
        return Card(href, response.header("etag"), response.body.decode("utf-8", "replace"))

    # -- writing -------------------------------------------------------------------------
    def put(self, href: str, text: str, *, etag: str | None) -> WriteResult:
        """Write a card: over `etag` (If-Match), or as a new one (If-None-Match: *) when None.

        412 and 404 come back as the status (the engine decides); other failures raise.
        """
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        response = self.client.request("PUT", href, headers=headers, body=text.encode("utf-8"))
        if response.status in (412, 404):
            return WriteResult(response.status, href, None)
        if response.status == 413:
            raise ServerError(f"{self.where}: the card {href} is too large for the server", 413)
        if not 200 <= response.status < 300:
            raise self._failed(f"PUT {href}", response)
        location = response.header("location")
        if location:
            href = self._href(urlsplit(urljoin(response.url, location)).path)
        return WriteResult(response.status, href, response.header("etag"))

    def delete(self, href: str, etag: str | None) -> int:
        headers = {"If-Match": etag} if etag else {}
        response = self.client.request("DELETE", href, headers=headers)
        if response.status in (404, 412) or 200 <= response.status < 300:
            return response.status
        raise self._failed(f"DELETE {href}", response)

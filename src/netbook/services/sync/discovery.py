"""RFC 6764 discovery: from a server URL, or just its host, to the user's address books.

    /.well-known/carddav (or the path given)  --PROPFIND current-user-principal-->
    principal  --PROPFIND addressbook-home-set-->  home  --PROPFIND Depth 1-->  address books

Redirects are followed here, by hand, so that a PROPFIND stays a PROPFIND (a client library
would turn it into a GET on 301/302) and only within the account's origin: a server that
sends netbook elsewhere is told to the user with the address to use instead, and the
credentials never leave for that other host. DNS SRV records (the other half of RFC 6764)
need a DNS library netbook does not carry; a host without a well-known redirect is reached
by giving its full URL.

`create_address_book` makes a new address book in the home (RFC 5689 extended MKCOL).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from netbook.services.sync import davxml
from netbook.services.sync.davxml import DavResponse, Multistatus
from netbook.services.sync.errors import AuthError, ServerError
from netbook.services.sync.transport import HttpClient, Origin, Response

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
# What a server answers an MKCOL it does not allow: forbidden, not allowed here, no such
# parent, a body it does not take (a plain-WebDAV server), not implemented.
_REFUSED = {403, 405, 409, 415, 501}

COLLECTION_PROPS = (
    davxml.RESOURCETYPE,
    davxml.DISPLAYNAME,
    davxml.SUPPORTED_ADDRESS_DATA,
    davxml.SUPPORTED_REPORT_SET,
    davxml.MAX_RESOURCE_SIZE,
    davxml.GETCTAG,
    davxml.SYNC_TOKEN,
)


@dataclass(frozen=True, slots=True)
class AddressBookInfo:
    """One address book found on the server."""

    href: str  # path, in netbook's canonical encoding
    display_name: str
    vcard_versions: tuple[str, ...]  # what supported-address-data lists ("3.0", "4.0")
    supports_sync: bool  # the sync-collection report (RFC 6578)
    max_resource_size: int | None = None
    ctag: str | None = None

    @property
    def vcard_version(self) -> str:
        """What netbook writes to it: 4.0 only when the server says it takes 4.0."""
        return "4.0" if "4.0" in self.vcard_versions else "3.0"


@dataclass(frozen=True, slots=True)
class Discovered:
    base_url: str  # the origin's URL the account keeps
    principal: str | None
    home: str
    address_books: list[AddressBookInfo]


def account_url(text: str) -> str:
    """A URL from what the user typed: a host alone means https on that host."""
    text = text.strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if not parts.hostname:
        raise ServerError(f"{text}: not a server address")
    return text if parts.path else text + "/"


def propfind(client: HttpClient, url: str, props: tuple[str, ...], depth: str) -> Multistatus:
    """PROPFIND `url`, following redirects by hand within the origin."""
    response = follow(client, "PROPFIND", url, davxml.propfind_body(props), {"Depth": depth})
    if response.status != 207:
        raise ServerError(
            f"{client.origin}: PROPFIND {urlsplit(response.url).path} answered"
            f" {response.status} {response.reason}",
            response.status,
        )
    return davxml.parse_multistatus(response.body, str(client.origin))


def follow(
    client: HttpClient, method: str, url: str, body: bytes, headers: dict[str, str]
) -> Response:
    """One request, re-sent with the same method and body to each same-origin redirect."""
    headers = {"Content-Type": "application/xml; charset=utf-8", **headers}
    for _ in range(MAX_REDIRECTS + 1):
        response = client.request(method, url, headers=headers, body=body)
        location = response.header("location")
        if response.status not in _REDIRECTS or not location:
            return response
        target = urljoin(response.url, location)
        if Origin.of(target) != client.origin:
            raise ServerError(
                f"{client.origin}: the server sends netbook to {target}; netbook sends the"
                " password only to the address it was given: add the account with that address",
                response.status,
            )
        url = target
    raise ServerError(f"{client.origin}: more than {MAX_REDIRECTS} redirects")


def discover(client: HttpClient, url: str) -> Discovered:
    """The address books of the client's user, starting at `url`.

    Raises:
        AuthError: the credentials were refused.
        ServerError: no CardDAV service was found there (the message says where it looked).
    """
    path = urlsplit(url).path or "/"
    context = path
    starts = [path] if path != "/" else []
    starts.append("/.well-known/carddav")
    starts.append("/")
    found: Multistatus | None = None
    for start in starts:
        try:
            found = propfind(client, start, (davxml.CURRENT_USER_PRINCIPAL, *COLLECTION_PROPS), "0")
        except AuthError:
            raise
        except ServerError:
            continue
        context = (
            urlsplit(urljoin(client.base_url, found.responses[0].href)).path
            if (found.responses)
            else start
        )
        break
    if found is None or not found.responses:
        raise ServerError(
            f"{client.origin}: no CardDAV service found at {path} or /.well-known/carddav"
        )
    first = found.responses[0]
    if davxml.is_collection(first, f"{{{davxml.CARDDAV}}}addressbook"):
        book = address_book_info(first, client.base_url)
        return Discovered(client.base_url, None, book.href, [book])
    principals = first.child_hrefs(davxml.CURRENT_USER_PRINCIPAL)
    principal = principals[0] if principals else context
    homes = propfind(client, principal, (davxml.ADDRESSBOOK_HOME_SET,), "0")
    home_hrefs = [h for r in homes.responses for h in r.child_hrefs(davxml.ADDRESSBOOK_HOME_SET)]
    home = home_hrefs[0] if home_hrefs else principal
    return Discovered(client.base_url, principal, home, list_address_books(client, home))


def list_address_books(client: HttpClient, home: str) -> list[AddressBookInfo]:
    listing = propfind(client, home, COLLECTION_PROPS, "1")
    return [
        address_book_info(r, client.base_url)
        for r in listing.responses
        if davxml.is_collection(r, f"{{{davxml.CARDDAV}}}addressbook")
    ]


def address_book_info(response: DavResponse, base: str) -> AddressBookInfo:
    href = davxml.normal_href(response.href, base)
    versions: list[str] = []
    data = response.props.get(davxml.SUPPORTED_ADDRESS_DATA)
    if data is not None:
        for kind in data.iter(f"{{{davxml.CARDDAV}}}address-data-type"):
            version = kind.get("version")
            if version and version not in versions:
                versions.append(version)
    reports = response.props.get(davxml.SUPPORTED_REPORT_SET)
    supports_sync = reports is not None and any(
        True for _ in reports.iter(f"{{{davxml.DAV}}}sync-collection")
    )
    size = response.text(davxml.MAX_RESOURCE_SIZE)
    name = response.text(davxml.DISPLAYNAME) or href.rstrip("/").rsplit("/", 1)[-1]
    return AddressBookInfo(
        href=href,
        display_name=name,
        vcard_versions=tuple(versions) or ("3.0",),
        supports_sync=supports_sync or response.text(davxml.SYNC_TOKEN) is not None,
        max_resource_size=int(size) if size and size.isdigit() else None,
        ctag=response.text(davxml.GETCTAG),
    )


def create_address_book(client: HttpClient, home: str, display_name: str) -> AddressBookInfo:
    """A new address book named `display_name` in the addressbook-home-set `home` (RFC 5689
    extended MKCOL), at a fresh path: a slug of the name, with a number when it is taken.

    Raises:
        ServerError: the server refused (the message names it and what it said) or answered
            something else than 201 Created; nothing was created then.
    """
    home_url = urljoin(client.base_url, home)
    if not home_url.endswith("/"):
        home_url += "/"
    taken = {
        davxml.normal_href(r.href, client.base_url).rstrip("/").rsplit("/", 1)[-1]
        for r in propfind(client, home_url, (davxml.RESOURCETYPE,), "1").responses
    }
    segment = _fresh_segment(display_name, taken)
    url = urljoin(home_url, quote(segment) + "/")
    response = follow(client, "MKCOL", url, davxml.mkcol_body(display_name), {})
    path = urlsplit(response.url).path
    if response.status in _REFUSED:
        raise ServerError(
            f"{client.origin}: the server does not let netbook create an address book at"
            f" {path} ({response.status} {response.reason}); make one with its web page",
            response.status,
        )
    if response.status != 201:
        raise ServerError(
            f"{client.origin}: MKCOL {path} answered {response.status} {response.reason}",
            response.status,
        )
    made = propfind(client, response.url, COLLECTION_PROPS, "0")
    books = [
        r for r in made.responses if davxml.is_collection(r, f"{{{davxml.CARDDAV}}}addressbook")
    ]
    if not books:
        raise ServerError(f"{client.origin}: {path} was created but is not an address book")
    return address_book_info(books[0], client.base_url)


def _fresh_segment(display_name: str, taken: set[str]) -> str:
    """A path segment for a new collection: the name in lower-case ASCII words joined by
    hyphens ("Work 2024" -> "work-2024"), "-2", "-3"... when taken; a UUID for a name with
    no ASCII letter or digit."""
    ascii_name = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    if not slug:
        return str(uuid.uuid4())
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate

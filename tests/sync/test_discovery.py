"""Discovery against a real Radicale: well-known redirect, principal, home, address books."""

from __future__ import annotations

import pytest

from netbook.services.sync.discovery import account_url, discover
from netbook.services.sync.errors import AuthError, ServerError
from netbook.services.sync.transport import HttpClient
from tests.sync.servers import DavServer


def test_the_address_book_is_found_from_the_server_root(radicale: DavServer) -> None:
    client = HttpClient(radicale.url, radicale.user, radicale.password)
    found = discover(client, radicale.url)
    assert found.principal == "/alice/"
    assert found.home == "/alice/"
    [book] = [b for b in found.address_books if b.href == radicale.book_path]
    assert book.display_name == "Contacts"
    assert book.supports_sync
    assert book.vcard_version == "3.0"
    # The well-known URL answered 301; the PROPFIND went on to "/" as a PROPFIND.
    assert client.auth_scheme == "basic"


def test_the_address_book_url_itself_is_accepted(radicale: DavServer) -> None:
    client = HttpClient(radicale.url, radicale.user, radicale.password)
    found = discover(client, radicale.book_url)
    assert [b.href for b in found.address_books] == [radicale.book_path]


def test_a_wrong_password_is_told(radicale: DavServer) -> None:
    client = HttpClient(radicale.url, radicale.user, "wrong")
    with pytest.raises(AuthError, match=r"127\.0\.0\.1.*password was refused \(401\)"):
        discover(client, radicale.url)


def test_plain_http_is_refused_beyond_this_machine() -> None:
    with pytest.raises(ServerError, match="clear text"):
        HttpClient("http://dav.example.com/", "alice", "secret")


def test_a_host_alone_means_https() -> None:
    assert account_url("dav.example.com") == "https://dav.example.com/"
    assert account_url(" https://x.example/dav ") == "https://x.example/dav"

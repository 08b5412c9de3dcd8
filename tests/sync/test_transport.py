"""The transport against small real servers on 127.0.0.1: Digest auth, size caps, timeouts,
redirects kept within the origin, and the keyring rules."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from netbook.services.sync import credentials
from netbook.services.sync.digest import parse_challenges
from netbook.services.sync.discovery import follow
from netbook.services.sync.errors import (
    AuthError,
    ConnectError,
    NoPasswordError,
    ServerError,
    TooLargeError,
)
from netbook.services.sync.transport import HttpClient, normal_fingerprint

REALM = "netbook-test"
NONCE = "abc123"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Digest-protected answers; /big is 2 MB; /away redirects to another origin."""

    seen: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _digest_ok(self) -> bool:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return False
        params = parse_challenges([header])["digest"]

        def h(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = h(f"alice:{REALM}:s3cret")
        ha2 = h(f"{self.command}:{params['uri']}")
        expected = h(f"{ha1}:{NONCE}:{params['nc']}:{params['cnonce']}:auth:{ha2}")
        return params.get("response") == expected

    def do_PROPFIND(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self.seen.append(f"{self.command} {self.path}")
        if not self._digest_ok():
            self.send_response(401)
            self.send_header(
                "WWW-Authenticate", f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth"'
            )
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/away":
            self.send_response(301)
            self.send_header("Location", "http://127.0.0.2:1/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(308)
            self.send_header("Location", "/dav/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"x" * (2 * 1024 * 1024) if self.path == "/big" else b"<ok/>"
        self.send_response(207)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def digest_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_digest_auth_is_answered_and_then_sent_up_front(digest_server: str) -> None:
    client = HttpClient(digest_server, "alice", "s3cret")
    assert client.request("PROPFIND", "/dav/").status == 207
    assert client.auth_scheme == "digest"
    assert client.request("PROPFIND", "/dav/").status == 207
    # One 401 for the first request only.
    assert len(_Handler.seen) == 3


def test_a_wrong_digest_password_is_told(digest_server: str) -> None:
    with pytest.raises(AuthError, match="password was refused"):
        HttpClient(digest_server, "alice", "nope").request("PROPFIND", "/dav/")


def test_a_redirect_stays_a_propfind_within_the_origin(digest_server: str) -> None:
    client = HttpClient(digest_server, "alice", "s3cret")
    answer = follow(client, "PROPFIND", "/moved", b"<propfind/>", {"Depth": "0"})
    assert answer.status == 207
    assert "PROPFIND /dav/" in _Handler.seen


def test_a_redirect_to_another_origin_is_not_followed(digest_server: str) -> None:
    client = HttpClient(digest_server, "alice", "s3cret")
    with pytest.raises(ServerError, match=r"sends netbook to http://127\.0\.0\.2:1/elsewhere"):
        follow(client, "PROPFIND", "/away", b"", {})
    with pytest.raises(ServerError, match="refusing to send"):
        client.request("PROPFIND", "http://127.0.0.2:1/elsewhere")


def test_an_answer_over_the_cap_is_refused(digest_server: str) -> None:
    client = HttpClient(digest_server, "alice", "s3cret", max_body=1024 * 1024)
    with pytest.raises(TooLargeError, match="over netbook's cap of 1 MB"):
        client.request("PROPFIND", "/big")


def test_a_server_that_is_not_there_is_told() -> None:
    with (
        HttpClient_closed("http://127.0.0.1:9/") as client,
        pytest.raises(ConnectError, match="cannot reach the server"),
    ):
        client.request("GET", "/")


class HttpClient_closed:  # noqa: N801 (a context manager read as a noun)
    def __init__(self, url: str) -> None:
        self.client = HttpClient(url, "a", "b", timeout=2)

    def __enter__(self) -> HttpClient:
        return self.client

    def __exit__(self, *args: object) -> None:
        self.client.close()


def test_fingerprints_are_read_in_any_spelling() -> None:
    digits = "ab" * 32
    assert normal_fingerprint(digits) == ":".join(["AB"] * 32)
    with pytest.raises(ValueError, match="64 hex digits"):
        normal_fingerprint("AB:CD")


def test_passwords_go_to_the_keyring_and_nowhere_else(test_keyring: Path) -> None:
    credentials.clear_session()
    assert credentials.save_password("alice@https://dav.example/", "pw") is True
    credentials.clear_session()
    assert credentials.password_for("alice@https://dav.example/") == "pw"
    credentials.forget_password("alice@https://dav.example/")
    credentials.clear_session()
    with pytest.raises(NoPasswordError):
        credentials.password_for("alice@https://dav.example/")


def test_without_a_keyring_a_password_lives_for_the_session_only(no_keyring: None) -> None:
    credentials.clear_session()
    assert credentials.usable_keyring() is None
    assert credentials.save_password("bob@https://dav.example/", "pw") is False
    assert credentials.password_for("bob@https://dav.example/") == "pw"
    credentials.clear_session()
    with pytest.raises(NoPasswordError, match="--password-stdin"):
        credentials.password_for("bob@https://dav.example/")


def test_a_plaintext_keyring_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        priority = 1.0  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("a plaintext keyring must never be given a password")

        def delete_password(self, service: str, username: str) -> None:
            pass

    before = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert credentials.usable_keyring() is None
        assert credentials.save_password("c@https://x/", "pw") is False
    finally:
        keyring.set_keyring(before)
        credentials.clear_session()

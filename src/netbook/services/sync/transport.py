"""HTTP to one CardDAV origin, with the stdlib: bounded, verified, and never redirected.

Why the stdlib and not a client library: every rule here is about what *not* to do
(follow a redirect, send credentials to another host, read an endless body, accept an
unverified certificate), and `http.client` does none of these on its own.

- Credentials go only to the account's origin: a request for another origin is refused here,
  so no code path can leak them (discovery follows redirects by hand, within the origin).
- Timeouts on connect and on every read; a body over `max_body` bytes is refused.
- TLS is verified against the system's trust store; a self-signed server is reached only with
  the SHA-256 fingerprint of its certificate, trusted explicitly by the user. Plain HTTP only
  to this machine (loopback), so a password never crosses a network in clear text.
- Basic and Digest auth: the first 401 says which; afterwards Basic is sent up front and
  Digest answers the last challenge, so a sync with nothing to do stays one request.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import ipaddress
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from netbook import __version__
from netbook.services.sync.digest import DigestState, parse_challenges
from netbook.services.sync.errors import (
    AuthError,
    ConnectError,
    ServerError,
    TlsError,
    TooLargeError,
)

TIMEOUT_SECONDS = 30.0
MAX_BODY_BYTES = 64 * 1024 * 1024
USER_AGENT = f"netbook/{__version__}"


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    reason: str
    headers: Mapping[str, str]  # names in lower case
    body: bytes
    url: str

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServerError(f"{url}: not an http(s) address")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return cls(parts.scheme, parts.hostname.lower(), port)

    def __str__(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + ("" if self.port == default else f":{self.port}")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def fingerprint_of(der: bytes) -> str:
    """A certificate's SHA-256 fingerprint as browsers show it: AB:CD:..."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normal_fingerprint(text: str) -> str:
    """A fingerprint the user typed (with or without colons, any case) in canonical form."""
    digits = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    if len(digits) != 64:
        raise ValueError("a SHA-256 fingerprint has 64 hex digits")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


class HttpClient:
    """Requests to one origin with one user's credentials over one kept-alive connection."""

    def __init__(
        self,
        base_url: str,
        username: str = "",
        password: str = "",
        *,
        trusted_fingerprint: str | None = None,
        auth_scheme: str | None = None,
        timeout: float = TIMEOUT_SECONDS,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        self.base_url = base_url
        self.origin = Origin.of(base_url)
        if self.origin.scheme == "http" and not is_loopback(self.origin.host):
            raise ServerError(
                f"{self.origin}: plain http would send the password in clear text;"
                " use the server's https:// address"
            )
        self.username = username
        self._password = password
        self._fingerprint = normal_fingerprint(trusted_fingerprint) if trusted_fingerprint else None
        self.auth_scheme = auth_scheme  # "basic" | "digest" | None (not known yet)
        self._digest: DigestState | None = None
        self._timeout = timeout
        self._max_body = max_body
        self._connection: http.client.HTTPConnection | None = None
        self.requests_sent = 0

    # -- requests ------------------------------------------------------------------------
    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> Response:
        """One request (plus one retry with credentials after a 401); never follows redirects.

        Raises:
            ServerError: `url` is on another origin than the account's.
            AuthError: the server refused the credentials.
            ConnectError, TlsError, TooLargeError: see errors.py.
        """
        url = urljoin(self.base_url, url)
        if Origin.of(url) != self.origin:
            raise ServerError(f"{self.origin}: refusing to send the account's request to {url}")
        response = self._send(method, url, headers or {}, body)
        if response.status == 401:
            challenges = parse_challenges(_all(response, "www-authenticate"))
            if self._choose_auth(challenges, response):
                response = self._send(method, url, headers or {}, body)
            if response.status == 401:
                raise AuthError(f"{self.origin}: the user name or password was refused (401)", 401)
        return response

    def _choose_auth(self, challenges: dict[str, dict[str, str]], response: Response) -> bool:
        """Pick the scheme to answer with; False when there is nothing new to try."""
        digest = challenges.get("digest")
        if digest is not None:
            state = DigestState(digest)
            if state.supported():
                retry = self.auth_scheme != "digest" or digest.get("stale", "").lower() == "true"
                retry = retry or self._digest is None
                self._digest = state
                self.auth_scheme = "digest"
                return retry
        if "basic" in challenges and self.auth_scheme != "basic":
            self.auth_scheme = "basic"
            return True
        if not challenges:
            raise AuthError(f"{self.origin}: asks for a login netbook does not know (401)", 401)
        return False

    def _authorization(self, method: str, url: str) -> str | None:
        if not self.username and not self._password:
            return None
        if self.auth_scheme == "basic":
            pair = f"{self.username}:{self._password}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        if self.auth_scheme == "digest" and self._digest is not None:
            parts = urlsplit(url)
            uri = parts.path + (f"?{parts.query}" if parts.query else "")
            return self._digest.header(method, uri or "/", self.username, self._password)
        return None

    def _send(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Response:
        sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers}
        authorization = self._authorization(method, url)
        if authorization is not None:
            sent["Authorization"] = authorization
        if body or method in ("PUT", "PROPFIND", "REPORT", "POST"):
            sent["Content-Length"] = str(len(body))
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for attempt in (1, 2):
            connection = self._connect()
            try:
                self.requests_sent += 1
                connection.request(method, target, body=body or None, headers=sent)
                raw = connection.getresponse()
                data = self._read_body(raw)
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
                # A kept-alive connection the server had closed: one fresh try.
                self.close()
                if attempt == 2:
                    raise ConnectError(f"{self.origin}: the server closed the connection") from None
                continue
            except ssl.SSLCertVerificationError as exc:
                self.close()
                raise self._tls_error(exc) from None
            except ssl.SSLError as exc:
                self.close()
                raise TlsError(f"{self.origin}: TLS failed ({exc.reason or exc})") from None
            except TimeoutError:
                self.close()
                raise ConnectError(
                    f"{self.origin}: no answer within {self._timeout:g} seconds"
                ) from None
            except OSError as exc:
                self.close()
                raise ConnectError(
                    f"{self.origin}: cannot reach the server ({exc.strerror or exc})"
                ) from None
            headers_out = {k.lower(): v for k, v in raw.getheaders()}
            for name in ("www-authenticate",):
                values = raw.msg.get_all(name) or []
                if values:
                    headers_out[name] = "\n".join(values)
            if raw.will_close:
                self.close()
            return Response(raw.status, raw.reason, headers_out, data, url)
        raise AssertionError("unreachable")

    def _read_body(self, raw: http.client.HTTPResponse) -> bytes:
        length = raw.getheader("Content-Length")
        if length is not None and length.isdigit() and int(length) > self._max_body:
            self.close()
            raise TooLargeError(
                f"{self.origin}: the answer is {int(length) // (1024 * 1024)} MB,"
                f" over netbook's cap of {self._max_body // (1024 * 1024)} MB"
            )
        data = raw.read(self._max_body + 1)
        if len(data) > self._max_body:
            self.close()
            raise TooLargeError(
                f"{self.origin}: the answer is over netbook's cap of"
                f" {self._max_body // (1024 * 1024)} MB"
            )
        return data

    # -- connections ---------------------------------------------------------------------
    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is not None:
            return self._connection
        host, port = self.origin.host, self.origin.port
        connection: http.client.HTTPConnection
        if self.origin.scheme == "https":
            connection = http.client.HTTPSConnection(
                host, port, timeout=self._timeout, context=self._tls_context()
            )
            try:
                connection.connect()
            except ssl.SSLCertVerificationError as exc:
                raise self._tls_error(exc) from None
            except ssl.SSLError as exc:
                raise TlsError(f"{self.origin}: TLS failed ({exc.reason or exc})") from None
            except TimeoutError:
                raise ConnectError(
                    f"{self.origin}: no answer within {self._timeout:g} seconds"
                ) from None
            except OSError as exc:
                raise ConnectError(
                    f"{self.origin}: cannot reach the server ({exc.strerror or exc})"
                ) from None
            if self._fingerprint is not None:
                self._check_fingerprint(connection)
        else:
            connection = http.client.HTTPConnection(host, port, timeout=self._timeout)
        self._connection = connection
        return connection

    def _tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self._fingerprint is not None:
            # The certificate is checked against the trusted fingerprint right after the
            # handshake instead (a self-signed certificate has no chain to verify).
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def _check_fingerprint(self, connection: http.client.HTTPSConnection) -> None:
        sock = connection.sock
        assert isinstance(sock, ssl.SSLSocket)
        der = sock.getpeercert(binary_form=True)
        seen = fingerprint_of(der) if der else None
        if seen != self._fingerprint:
            connection.close()
            raise TlsError(
                f"{self.origin}: the certificate's fingerprint is {seen}, not the trusted"
                f" {self._fingerprint}; the server changed or someone is in between",
                seen,
            )

    def _tls_error(self, exc: ssl.SSLCertVerificationError) -> TlsError:
        seen = self.peer_fingerprint()
        return TlsError(
            f"{self.origin}: the certificate cannot be verified ({exc.verify_message});"
            f" its SHA-256 fingerprint is {seen}: trust it only if your server shows the same",
            seen,
        )

    def peer_fingerprint(self) -> str | None:
        """The fingerprint the server presents, read without verifying it (for the message)."""
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        try:
            with (
                socket.create_connection(
                    (self.origin.host, self.origin.port), timeout=self._timeout
                ) as raw,
                context.wrap_socket(raw, server_hostname=self.origin.host) as tls,
            ):
                der = tls.getpeercert(binary_form=True)
        except OSError:
            return None
        return fingerprint_of(der) if der else None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _all(response: Response, name: str) -> list[str]:
    value = response.header(name)
    return value.split("\n") if value else []

"""Real CardDAV servers for the sync tests: Radicale and Xandikos, each a subprocess on
127.0.0.1 with a random port and its storage in the test's temporary folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from base64 import b64encode
from dataclasses import dataclass
from pathlib import Path

USER = "alice"
PASSWORD = "correct horse"
BOOK = "contacts"

_MKCOL = (
    b'<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
    b"<set><prop><resourcetype><collection/><C:addressbook/></resourcetype>"
    b"<displayname>Contacts</displayname></prop></set></mkcol>"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the server did not listen within 30 s: {log.read_text()[-2000:]}")


@dataclass
class DavServer:
    """A running server: where it listens, who may log in, and how to stop it."""

    kind: str
    port: int
    process: subprocess.Popen[bytes]
    root: Path
    user: str = USER
    password: str = PASSWORD
    book: str = BOOK

    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/"

    @property
    def book_url(self) -> str:
        return f"{self.url}{self.user}/{self.book}/"

    def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> tuple[int, dict[str, str], bytes]:
        """A request made by "another client" (the tests' stand-in for a phone)."""
        auth = b64encode(f"{self.user}:{self.password}".encode()).decode()
        request = urllib.request.Request(
            self.url.rstrip("/") + path,
            data=body or None,
            method=method,
            headers={"Authorization": f"Basic {auth}", **(headers or {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    @property
    def book_path(self) -> str:
        return f"/{self.user}/{self.book}/"

    def make_book(self) -> None:
        status, _, body = self.request(
            "MKCOL", self.book_path, _MKCOL, {"Content-Type": "application/xml"}
        )
        assert status in (201, 405), (status, body)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start_radicale(
    root: Path,
    port: int | None = None,
    tls: tuple[Path, Path] | None = None,
    rights: str | None = None,
) -> DavServer:
    """A Radicale; with `tls` (certificate, key) it speaks https only; with `rights` (the
    text of a Radicale rights file) it allows only what that says."""
    root.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    (root / "users").write_text(f"{USER}:{PASSWORD}\n")
    config = root / "config"
    ssl = f"ssl = True\ncertificate = {tls[0]}\nkey = {tls[1]}\n" if tls else ""
    rules = ""
    if rights is not None:
        (root / "rights").write_text(rights)
        rules = f"[rights]\ntype = from_file\nfile = {root / 'rights'}\n"
    config.write_text(
        "[server]\n"
        f"hosts = 127.0.0.1:{port}\n"
        f"{ssl}"
        "max_content_length = 200000000\n"
        "[auth]\n"
        "type = htpasswd\n"
        f"htpasswd_filename = {root / 'users'}\n"
        "htpasswd_encryption = plain\n"
        f"{rules}"
        "[storage]\n"
        f"filesystem_folder = {root / 'storage'}\n"
        "[logging]\n"
        "level = warning\n"
    )
    log = root / "server.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
    _wait_for(port, process, log)
    return DavServer("radicale", port, process, root, scheme="https" if tls else "http")


def start_xandikos(root: Path, port: int | None = None) -> DavServer:
    """Xandikos has no login of its own; it serves /user/ to anyone on 127.0.0.1."""
    root.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log = root / "server.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "xandikos.web",
                "-d",
                str(root / "storage"),
                "--state-dir",
                str(root / "state"),
                "--defaults",
                "--no-detect-systemd",
                "-l",
                "127.0.0.1",
                "-p",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
    _wait_for(port, process, log)
    return DavServer("xandikos", port, process, root, user="user", book="contacts/addressbook")

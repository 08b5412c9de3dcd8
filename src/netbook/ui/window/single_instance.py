"""One window per book: a later launch on the same book hands its files to the running window.

A double click on a second .vcf starts a second netbook on the same book. It cannot open the
book (the first holds its lock, store/lock.py), so instead it connects to the local socket the
first one listens on, named after the book's path, sends the files, and exits 0; the running
window comes forward and opens their import preview. The name hashes the user and the book's
resolved path: two users, or two books, never meet, and it stays short enough for a socket.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from netbook.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# How long a later launch waits for the first one: it may still be opening (migrating) the book.
HANDOVER_PATIENCE_S = 10.0
CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 5000
READ_TIMEOUT_MS = 1000
MAX_MESSAGE_BYTES = 1 << 20  # thousands of paths; anything longer is not a launch
ACCEPTED = b"ok\n"


def server_name(book: Path) -> str:
    """The local socket name for `book`, the same for every launch of this user on it."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{book.expanduser().resolve()}".encode()
    return "netbook-" + hashlib.sha256(key).hexdigest()[:32]


def hand_over(book: Path, files: Sequence[Path], patience_s: float = HANDOVER_PATIENCE_S) -> bool:
    """Give `files` to the window open on `book`; False when no window took them in time."""
    message = json.dumps({"files": [str(path) for path in files]}).encode() + b"\n"
    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(book))
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.write(message)
            socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
            reply = b""
            while len(reply) < len(ACCEPTED) and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
                reply += socket.readAll().data()
            socket.disconnectFromServer()
            return reply == ACCEPTED
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


class LaunchServer(QObject):
    """Listens for later launches on one book and passes on the files they bring."""

    files_received = Signal(list)  # list[Path], maybe empty: "come to the front"

    def __init__(self, book: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(book)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; call only while holding the book's lock."""
        if self._server.listen(self.name):
            return True
        # A socket left behind by a netbook that crashed: the lock says nobody listens on it.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("later launches cannot reach this window: %s", self._server.errorString())
        return False

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            files = _read_message(connection)
            if files is not None:
                connection.write(ACCEPTED)
                connection.waitForBytesWritten(READ_TIMEOUT_MS)
            connection.disconnectFromServer()
            connection.deleteLater()
            if files is not None:
                self.files_received.emit(files)


def _read_message(connection: QLocalSocket) -> list[Path] | None:
    """The files a launch sends, read at once: it writes them right after connecting.

    Reading here rather than on readyRead keeps Python slots off sockets that Qt deletes; a
    peer that says nothing holds the window for READ_TIMEOUT_MS at most (and only this user
    can connect: UserAccessOption).
    """
    data = b""
    while not data.endswith(b"\n"):
        if len(data) > MAX_MESSAGE_BYTES:
            log.warning("ignored an oversized message from a later launch")
            return None
        if not connection.bytesAvailable() and not connection.waitForReadyRead(READ_TIMEOUT_MS):
            return None
        data += connection.readAll().data()
    return _files_in(data)


def _files_in(message: bytes) -> list[Path]:
    """The paths of a launch message; nothing from one that is not netbook's."""
    try:
        payload = json.loads(message)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    names = payload.get("files") if isinstance(payload, dict) else None
    if not isinstance(names, list):
        return []
    return [Path(name) for name in names if isinstance(name, str)]


def serve_later_launches(book: Path, window: MainWindow) -> LaunchServer:
    """Let later launches on `book` bring `window` forward and give it their files."""
    server = LaunchServer(book, window)
    server.files_received.connect(lambda files: _bring_forward(window, files))
    server.listen()
    return server


def _bring_forward(window: MainWindow, files: list[Path]) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if files:
        window.import_files(files)

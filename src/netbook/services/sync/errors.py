"""What can go wrong while talking to a CardDAV server, each told in words.

Every message names the server (its origin) and what it said, so a user can act on it:
"https://dav.example.com: the password was refused (401)", not "HTTPError".
"""

from __future__ import annotations


class SyncError(Exception):
    """A sync step failed; the message is one line for the user."""


class ServerError(SyncError):
    """The server answered something netbook cannot use (a status, a malformed body)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AuthError(ServerError):
    """The server refused the credentials."""


class ConnectError(SyncError):
    """The server could not be reached (refused, timed out, name unknown, network gone)."""


class TlsError(SyncError):
    """The server's certificate could not be verified; `fingerprint` is what it presented."""

    def __init__(self, message: str, fingerprint: str | None = None) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


class TooLargeError(ServerError):
    """An answer went over netbook's size cap for server responses."""


class GuardError(SyncError):
    """The sync stopped because it would remove much of the book; nothing was removed."""


class NoPasswordError(SyncError):
    """No password for an account: none in the keyring and none given."""

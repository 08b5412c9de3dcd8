"""Account passwords in the system keyring (Secret Service, Keychain, Credential Locker).

A password is never written to the book file, a log or a settings file. Where the system
has no keyring, nothing is stored: the front asks once per session (the window) or reads it
from standard input (`--password-stdin`), and this module keeps it in memory for the
process. Keyring backends that store passwords in clear text (keyrings.alt's plaintext
file, and the like) are refused rather than used as a fallback.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from netbook.services.sync.errors import NoPasswordError

SERVICE = "netbook-carddav"

# Backends that would keep a password in clear text (or not at all) count as no keyring.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

_session: dict[str, str] = {}


def _key(account: str) -> str:
    return f"account:{account}"


def usable_keyring() -> KeyringBackend | None:
    """The system keyring, or None when there is none netbook may use."""
    backend = keyring.get_keyring()
    for candidate in _backends(backend):
        module = type(candidate).__module__
        if module.startswith(_REFUSED_MODULES) or "plaintext" in type(candidate).__name__.lower():
            continue
        if getattr(candidate, "priority", 0) <= 0:
            continue
        return backend
    return None


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if isinstance(inner, list) and inner else [backend]


def save_password(account: str, password: str) -> bool:
    """Keep the password: in the keyring when there is one (True), else for this process."""
    _session[_key(account)] = password
    backend = usable_keyring()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _key(account), password)
    except keyring.errors.KeyringError:
        return False
    return True


def password_for(account: str) -> str:
    """The account's password from this session or the keyring.

    Raises:
        NoPasswordError: neither has it (the front then asks, or reads stdin).
    """
    found = _session.get(_key(account))
    if found is not None:
        return found
    backend = usable_keyring()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, _key(account))
        except keyring.errors.KeyringError:
            found = None
    if found is None:
        raise NoPasswordError(
            f"no password for account {account!r}: the system keyring has none"
            " (give it with --password-stdin)"
        )
    return found


def clear_session() -> None:
    """Forget the passwords held for this process (tests; a window closing its book)."""
    _session.clear()


def remember_for_session(account: str, password: str) -> None:
    """Hold a password given on stdin or asked in the window, for this process only."""
    _session[_key(account)] = password


def forget_password(account: str) -> None:
    _session.pop(_key(account), None)
    backend = usable_keyring()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # nothing stored: nothing to forget
        backend.delete_password(SERVICE, _key(account))

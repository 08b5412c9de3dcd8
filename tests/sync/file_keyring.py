"""A keyring backend for tests only: a JSON file named by $NETBOOK_TEST_KEYRING.

The suite runs without a desktop session, so there is no Secret Service to talk to. This
backend lives in tests/ and is never shipped: the product refuses plaintext backends, and this
one is reached only through keyring's own configuration (PYTHON_KEYRING_BACKEND) in a test.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1.0  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["NETBOOK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(data))

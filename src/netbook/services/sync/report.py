"""What one sync did (the contract of `netbook sync --json`), and how it tells its progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# (stage, done, total): "push" or "pull", for a progress bar.
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncReport:
    """What one sync did; `as_json` is the contract of `netbook sync --json`."""

    pulled: int = 0  # server cards that became new contacts here
    pushed: int = 0  # contacts that became new cards on the server
    updated_local: int = 0  # contacts here changed by the server's cards
    updated_remote: int = 0  # server cards changed by edits made here
    archived: int = 0  # contacts archived because the server deleted their card
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pending_deletes: int = 0  # contacts deleted here whose cards wait for confirmation
    requests: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "pulled": self.pulled,
            "pushed": self.pushed,
            "updated_local": self.updated_local,
            "updated_remote": self.updated_remote,
            "archived": self.archived,
            "conflicts": self.conflicts,
            "errors": self.errors,
            "pending_deletes": self.pending_deletes,
            "requests": self.requests,
        }

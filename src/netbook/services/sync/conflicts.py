"""The conflicts a sync reports: what each says in the report, and the note a field both
sides changed leaves in the contact's history (the server's value is the one kept)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from netbook.model.values import InteractionValue
from netbook.model.vocabulary import SYNC_CONFLICT
from netbook.services.sync.merge import Conflict


def both_changed(contact: str, uid: str | None, conflict: Conflict) -> dict[str, Any]:
    """A field changed here and there since the last sync."""
    return {
        "kind": "both_changed",
        "contact": contact,
        "uid": uid,
        "field": conflict.field,
        "local": _plain(conflict.local),
        "remote": _plain(conflict.remote),
    }


def both_changed_note(conflict: Conflict, today: dt.date) -> InteractionValue:
    """The entry a both-changed field leaves in the contact's history."""
    return InteractionValue(
        occurred_on=today,
        kind=SYNC_CONFLICT,
        summary=f"Sync conflict on {conflict.field.replace('_', ' ')}: this book had"
        f" {_describe(conflict.local)}, the server {_describe(conflict.remote)};"
        " the server's was kept",
    )


def duplicate_uid(uid: str, hrefs: list[str]) -> dict[str, Any]:
    return {
        "kind": "duplicate_uid",
        "uid": uid,
        "hrefs": hrefs,
        "message": f"two cards on the server have the UID {uid}; both kept",
    }


def edited_there_deleted_here(href: str, contact: str) -> dict[str, Any]:
    return {
        "kind": "edited_there_deleted_here",
        "href": href,
        "message": f"{contact} was deleted here but changed on the server: brought back",
    }


def deleted_there_edited_here(href: str) -> dict[str, Any]:
    return {
        "kind": "deleted_there_edited_here",
        "href": href,
        "message": "deleted on the server but changed here: kept and uploaded again",
    }


def _plain(value: Any) -> Any:
    """A conflict's value as JSON-friendly data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _describe(value: Any) -> str:
    plain = _plain(value)
    return "(empty)" if plain in (None, "", [], {}) else str(plain)

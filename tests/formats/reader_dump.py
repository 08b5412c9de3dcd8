"""A full, canonical dump of what netbook reads from a file, for the reader's differential test.

Every field of every record, every problem, the card positions and the group memberships, as
JSON-ready values; bytes (photos, thumbnails) as their SHA-256, so the snapshot stays small
while any changed byte still shows. `dump_file` goes through the importer's own file reading,
so the snapshot covers format detection too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from netbook.formats.parsed import ParseResult, UnreadableFileError
from netbook.services.importer import read_file


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    return value


def dump_result(result: ParseResult) -> dict[str, Any]:
    """The parse result as plain JSON values, in file order."""
    return {
        "format": result.format,
        "records": [_plain(r) for r in result.records],
        "positions": list(result.positions),
        "problems": [_plain(p) for p in result.problems],
        "group_memberships": _plain(result.group_memberships),
    }


def dump_file(path: Path) -> dict[str, Any]:
    """What reading `path` gives: the dump of its result, or the one-line error."""
    try:
        return dump_result(read_file(path))
    except UnreadableFileError as exc:
        return {"error": str(exc)}

"""ContactRecords to JSON-safe dicts and back, for the "before" snapshots that undo an import.

Generic over the dataclasses in model/values.py, so a field added there is kept by undo without
a change here. Bytes travel as base64, dates as ISO text.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import types
import typing
from functools import cache
from typing import Any

from netbook.model import values
from netbook.model.values import ContactRecord


def to_snapshot(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_snapshot(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_snapshot(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(values))


def _from(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _from(options[0], data)
    if origin in (list, tuple):
        args = typing.get_args(hint)
        if origin is tuple:
            return tuple(_from(a, d) for a, d in zip(args, data, strict=False))
        return [_from(args[0], item) for item in data]
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = _hints(hint)
        return hint(**{k: _from(hints[k], v) for k, v in data.items() if k in hints})
    if hint is bytes:
        return base64.b64decode(data["$bytes"])
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if hint is dt.date:
        return dt.date.fromisoformat(data)
    return data


def from_snapshot(data: dict[str, Any]) -> ContactRecord:
    record = _from(ContactRecord, data)
    assert isinstance(record, ContactRecord)
    return record

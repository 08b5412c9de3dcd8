"""Contacts as JSON objects: the CLI's `show/list --json` and `export --format json`.

The keys are a stable contract (README.md, "Command line"); scripts depend on them. An
export carries every field the book holds for a contact (tests/safety/test_export_whole_book.py
walks the schema to keep it so), the photo too, as base64; `list` and `show` say only whether
there is one (`has_photo`), to stay small.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from netbook.model.fields import SCALAR_NAMES
from netbook.model.values import ContactRecord, PhotoValue


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _photo(photo: PhotoValue | None) -> dict[str, Any] | None:
    if photo is None or not (photo.data or photo.uri):
        return None
    return {
        "media_type": photo.media_type,
        "data": base64.b64encode(photo.data).decode("ascii") if photo.data else None,
        "uri": photo.uri,
    }


def contact_to_json(record: ContactRecord, *, with_photo: bool = False) -> dict[str, Any]:
    """One contact as a JSON-ready dict; the photo itself only `with_photo` (an export)."""
    data = _contact_fields(record)
    if with_photo:
        data["photo"] = _photo(record.photo)
    return data


def _contact_fields(record: ContactRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "uid": record.uid,
        **{name: getattr(record, name) for name in SCALAR_NAMES},
        "emails": [
            {"value": e.value, "label": e.label, "preferred": e.preferred} for e in record.emails
        ],
        "phones": [
            {"value": p.value, "label": p.label, "preferred": p.preferred} for p in record.phones
        ],
        "addresses": [
            {
                "street": a.street,
                "locality": a.locality,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
                "po_box": a.po_box,
                "extended": a.extended,
                "label": a.label,
                "preferred": a.preferred,
            }
            for a in record.addresses
        ],
        "urls": [
            {"value": u.value, "label": u.label, "preferred": u.preferred} for u in record.urls
        ],
        "social_profiles": [
            {"service": s.service, "value": s.value, "label": s.label}
            for s in record.social_profiles
        ],
        "instant_messages": [
            {"value": m.value, "service": m.service, "label": m.label, "preferred": m.preferred}
            for m in record.instant_messages
        ],
        "relations": [
            {"kind": r.kind, "name": r.name, "uid": r.uid, "label": r.label}
            for r in record.relations
        ],
        "tags": list(record.tags),
        "has_photo": bool(record.photo and (record.photo.data or record.photo.uri)),
        "how_met": {
            "channel": record.how_met.channel,
            "date": _iso(record.how_met.date),
            "place": record.how_met.place,
            "context": record.how_met.context,
        },
        "introduced_by": (
            {"uid": record.introduced_by_uid, "name": record.introduced_by_name}
            if record.introduced_by_uid or record.introduced_by_name
            else None
        ),
        "met_in_person": record.met_in_person,
        "met_in_person_date": _iso(record.met_in_person_date),
        "met_in_person_place": record.met_in_person_place,
        "keep_in_touch_days": record.keep_in_touch_days,
        "favourite": record.favourite,
        "interactions": [
            {
                "date": _iso(i.occurred_on),
                "kind": i.kind,
                "summary": i.summary,
                "uid": i.uid,
                "with": list(i.with_uids),
                "channel": i.channel,
                "text": i.text,
            }
            for i in record.interactions
        ],
        "opportunities": [
            {
                "kind": o.kind,
                "title": o.title,
                "date": _iso(o.occurred_on),
                "outcome": o.outcome,
                "note": o.note,
                "uid": o.uid,
                "introducer": o.introducer_uid,
            }
            for o in record.opportunities
        ],
        "extra_properties": [
            {
                "group": x.group,
                "name": x.name,
                "params": [[name, list(values)] for name, values in x.params],
                "value": x.value,
            }
            for x in record.extra_properties
        ],
        "archived": record.archived,
        "archived_at": _iso(record.archived_at),
        "created_at": _iso(record.created_at),
        "updated_at": _iso(record.updated_at),
    }


# Characters that can drive a terminal and that json.dumps leaves raw: DEL, C1 controls, bidi
# marks, embeddings, overrides and isolates, line and paragraph separators. Written as JSON's own
# \u escapes, the text stays exact for a JSON reader and harmless when a file is `cat`-ed.
_TERMINAL_CONTROLS = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def json_text(value: Any) -> str:
    """`value` as indented JSON, UTF-8 characters as they are, terminal controls escaped."""
    return _safe_for_terminals(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def _safe_for_terminals(text: str) -> str:
    return _TERMINAL_CONTROLS.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


_ELEMENT_INDENT = "  "


def contacts_to_json_text(records: Iterable[ContactRecord], *, with_photo: bool = False) -> str:
    return "".join(json_array_text([records], with_photo=with_photo))


def json_array_text(
    batches: Iterable[Iterable[ContactRecord]], *, with_photo: bool = False
) -> Iterator[str]:
    """The contacts as one indented JSON array, written batch by batch.

    The text is exactly `json_text` of the whole list, but only one batch is held at a time:
    an element of an array indented by 2 is the element's own indented text with every line
    moved 2 to the right (JSON strings never hold a raw line break).
    """
    first = True
    for batch in batches:
        parts = [
            _ELEMENT_INDENT
            + json.dumps(
                contact_to_json(r, with_photo=with_photo), ensure_ascii=False, indent=2
            ).replace("\n", "\n" + _ELEMENT_INDENT)
            for r in batch
        ]
        if not parts:
            continue
        text = ",\n".join(parts)
        yield _safe_for_terminals(("[\n" if first else ",\n") + text)
        first = False
    yield "[]\n" if first else "\n]\n"

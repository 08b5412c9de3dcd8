"""Contacts as JSON objects: the CLI's `show/list --json` and `export --format json`.

The keys are a stable contract (README.md, "Command line"); scripts depend on them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from netbook.model.values import ContactRecord


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def contact_to_json(record: ContactRecord) -> dict[str, Any]:
    """One contact as a JSON-ready dict, photo bytes left out (`has_photo` says if there is one)."""
    return {
        "id": record.id,
        "uid": record.uid,
        "kind": record.kind,
        "display_name": record.display_name,
        "prefix": record.prefix,
        "given_name": record.given_name,
        "additional_names": record.additional_names,
        "family_name": record.family_name,
        "suffix": record.suffix,
        "nickname": record.nickname,
        "organization": record.organization,
        "department": record.department,
        "title": record.title,
        "role": record.role,
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
            }
            for a in record.addresses
        ],
        "urls": [{"value": u.value, "label": u.label} for u in record.urls],
        "social_profiles": [
            {"service": s.service, "value": s.value} for s in record.social_profiles
        ],
        "instant_messages": [
            {"value": m.value, "service": m.service, "label": m.label}
            for m in record.instant_messages
        ],
        "relations": [
            {"kind": r.kind, "name": r.name, "uid": r.uid, "label": r.label}
            for r in record.relations
        ],
        "birthday": record.birthday,
        "anniversary": record.anniversary,
        "note": record.note,
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
        "keep_in_touch_days": record.keep_in_touch_days,
        "favourite": record.favourite,
        "interactions": [
            {
                "date": _iso(i.occurred_on),
                "kind": i.kind,
                "summary": i.summary,
                "uid": i.uid,
                "with": list(i.with_uids),
            }
            for i in record.interactions
        ],
        "opportunities": [
            {
                "kind": o.kind,
                "title": o.title,
                "date": _iso(o.occurred_on),
                "outcome": o.outcome,
                "uid": o.uid,
                "introducer": o.introducer_uid,
            }
            for o in record.opportunities
        ],
        "archived": record.archived,
        "created_at": _iso(record.created_at),
        "updated_at": _iso(record.updated_at),
    }


def contacts_to_json_text(records: Iterable[ContactRecord]) -> str:
    return json.dumps([contact_to_json(r) for r in records], ensure_ascii=False, indent=2) + "\n"

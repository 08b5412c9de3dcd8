"""Cards as the sync sees them: read one, write one for a server, compare two.

Comparisons are made between *views*: a record written as netbook's card and read back. A
local contact, the base and the server's card all pass through the same rendering, so a value
one side spells differently (a label's case, a folded line) is not taken for a change.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field

from netbook.formats.images import BadImageError, thumbnail
from netbook.formats.parsed import UnreadableFileError
from netbook.formats.vcard import read_vcards, write_vcards
from netbook.model.values import ContactRecord

# A photo is shrunk to this many pixels a side for a server that refuses the card's size.
SMALL_PHOTO_SIDE = 256


@dataclass(slots=True)
class ReadCard:
    """What one server card holds: a contact, or an Apple/iCloud group (tag -> member UIDs),
    or nothing readable (`problem` says why)."""

    record: ContactRecord | None = None
    groups: dict[str, list[str]] = field(default_factory=dict)
    problem: str | None = None


def read_card(text: str) -> ReadCard:
    try:
        parsed = read_vcards(text.encode("utf-8"))
    except UnreadableFileError as exc:
        return ReadCard(problem=str(exc))
    if parsed.records:
        return ReadCard(record=parsed.records[0], groups=parsed.group_memberships)
    if parsed.group_memberships:
        return ReadCard(groups=parsed.group_memberships)
    reasons = "; ".join(p.message for p in parsed.problems) or "no contact in it"
    return ReadCard(problem=reasons)


def render(
    record: ContactRecord, uid: str | None, version: str, max_bytes: int | None = None
) -> str:
    """The card netbook sends a server for `record`, with the UID the server knows it by.

    Over the server's `max-resource-size`, the photo is sent downscaled (the book keeps it).
    Tags are written in the order the book lists them (by name), whatever order a card gave
    them in, so one contact has one rendering.
    """
    card = dataclasses.replace(record, uid=uid or record.uid, tags=sorted(record.tags))
    text = write_vcards([card], version)
    photo = card.photo
    if max_bytes is not None and len(text.encode("utf-8")) > max_bytes and photo and photo.data:
        try:
            small = thumbnail(photo.data, SMALL_PHOTO_SIDE)
        except BadImageError:
            small = None
        card.photo = (
            dataclasses.replace(photo, data=small, media_type="image/png") if small else None
        )
        text = write_vcards([card], version)
    return text


def view(record: ContactRecord, version: str) -> ContactRecord:
    """`record` as it reads back from netbook's own card (the common ground of comparisons)."""
    parsed = read_vcards(write_vcards([record], version).encode("utf-8"))
    return parsed.records[0] if parsed.records else dataclasses.replace(record)


def card_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

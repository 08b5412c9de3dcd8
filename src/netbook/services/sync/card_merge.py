"""A changed server card merged into its contact: three ways (the card last synced, the
contact, the card now), each conflict reported and written into the contact's history."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection

from netbook.model.values import ContactRecord
from netbook.services.sync import conflicts, stored_contacts
from netbook.services.sync.cards import card_hash, read_card, render, view
from netbook.services.sync.collection import Card
from netbook.services.sync.merge import content_fields, differs, merge
from netbook.services.sync.report import SyncReport
from netbook.services.sync.state import ItemState


def merge_card(
    conn: Connection,
    version: str,
    item: ItemState,
    card: Card,
    local: ContactRecord,
    remote_record: ContactRecord,
    report: SyncReport,
    today: Callable[[], dt.date],
) -> None:
    """Merge a changed server card into its contact; `item` takes the card as read."""
    assert item.contact_id is not None
    local_view = view(local, version)
    remote_view = view(remote_record, version)
    merged = _three_way(item.card, local, local_view, remote_view, version, report, today)
    merged_view = view(merged, version)
    if differs(merged_view, local_view):
        merged = stored_contacts.replace(conn, item.contact_id, merged)
        report.updated_local += 1
    item.uid = remote_record.uid or item.uid
    item.etag, item.card = card.etag, card.text
    # When the merge kept something of ours, the hash is left unset: it is sent after.
    same = not differs(merged_view, remote_view)
    item.local_hash = card_hash(render(merged, item.uid, version)) if same else None


def _three_way(
    base_card: str,
    local: ContactRecord,
    local_view: ContactRecord,
    remote_view: ContactRecord,
    version: str,
    report: SyncReport,
    today: Callable[[], dt.date],
) -> ContactRecord:
    """local with the server's changes since base_card merged in; conflicts reported and
    written into the contact's history."""
    base_read = read_card(base_card).record or ContactRecord()
    outcome = merge(view(base_read, version), local_view, remote_view)
    merged = dataclasses.replace(
        local, **{name: getattr(outcome.record, name) for name in content_fields()}
    )
    name = merged.best_display_name()
    for conflict in outcome.conflicts:
        report.conflicts.append(conflicts.both_changed(name, local.uid, conflict))
        merged.interactions = [*merged.interactions, conflicts.both_changed_note(conflict, today())]
    return merged

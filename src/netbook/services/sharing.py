"""A contact handed to someone else: a vCard small enough for a QR code.

A QR code holds at most a few kilobytes and a phone camera reads a dense one badly, so the
card it carries keeps what a phone's address book takes (names, organisation, title, emails,
phones, addresses, links, birthday) and leaves out the photo, netbook's own story and the
properties kept from other programs; the note goes last, and only when it fits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from netbook.model.values import ContactRecord, HowMet
from netbook.services.exporting import render

# Bytes a QR code carries comfortably at error correction M (version 25 or so): larger
# codes exist, but phone cameras misread them.
QR_CARD_LIMIT = 1200


def _plain_card(record: ContactRecord) -> ContactRecord:
    """What a phone's address book keeps of the contact."""
    return dataclasses.replace(
        record,
        id=None,
        photo=None,
        extra_properties=[],
        archived=False,
        created_at=None,
        updated_at=None,
        backlinks=None,
        interactions=[],
        opportunities=[],
        relations=[],
        tags=[],
        how_met=HowMet(),
        introduced_by_uid=None,
        introduced_by_name=None,
        met_in_person=False,
        met_in_person_date=None,
        met_in_person_place=None,
        keep_in_touch_days=None,
        favourite=False,
    )


def qr_vcard(record: ContactRecord) -> bytes:
    """The contact as a vCard 3.0 for a QR code: the note, then extra addresses and links,
    are left out until it fits; the first email, phone and address always stay."""
    card = _plain_card(record)
    trims: tuple[Callable[[ContactRecord], ContactRecord], ...] = (
        lambda c: dataclasses.replace(c, note=None),
        lambda c: dataclasses.replace(c, social_profiles=[], instant_messages=[]),
        lambda c: dataclasses.replace(c, urls=c.urls[:1], addresses=c.addresses[:1]),
        lambda c: dataclasses.replace(c, emails=c.emails[:1], phones=c.phones[:1], urls=[]),
    )
    data = _without_prodid(render([card], "vcard3"))
    for trim in trims:
        if len(data) <= QR_CARD_LIMIT:
            break
        card = trim(card)
        data = _without_prodid(render([card], "vcard3"))
    return data


def _without_prodid(data: bytes) -> bytes:
    """Every byte makes the code denser; which program wrote the card does not matter here."""
    return b"".join(
        line for line in data.splitlines(keepends=True) if not line.startswith(b"PRODID:")
    )

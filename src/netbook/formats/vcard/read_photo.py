"""Reading a card's PHOTO: base64 (3.0 ENCODING=b, 2.1 bare BASE64, or no parameter at all),
data: URIs (4.0), or a remote URI.

A photo is untrusted input: its size is checked before its base64 is decoded, and formats.images
checks its format and pixel budget from the header before decoding it small for the thumbnail;
a refused or broken photo costs only the photo, with a warning on its card. A remote URI is
remembered and never fetched, so that a file cannot make netbook reach the network.
"""

from __future__ import annotations

import binascii
import re
import urllib.parse

from netbook.formats import images
from netbook.formats.vcard.card import CardState
from netbook.formats.vcard.content import URI_SCHEME, Property, unescape
from netbook.model.values import PhotoValue

_BASE64_ALPHABET = re.compile(r"[A-Za-z0-9+/=\s]+\Z")
_WHITESPACE = re.compile(r"\s+")


def photo(card: CardState, prop: Property) -> bool:
    if card.record.photo is not None:
        return False
    value = prop.value.strip()
    if not value:
        return True
    encoding = (prop.first_param("ENCODING") or "").upper()
    data: bytes | None
    if value[:5].lower() == "data:":
        header, comma, payload = value.partition(",")
        if not comma:
            card.warn(prop.line, "the photo's data: URI has no data; the photo was left out")
            return True
        if ";base64" in header.lower():
            data = _base64(card, prop, payload)
        else:
            data = urllib.parse.unquote_to_bytes(payload)
    elif encoding in ("B", "BASE64"):
        data = _base64(card, prop, value)
    elif URI_SCHEME.match(unescape(value)) or (prop.first_param("VALUE") or "").lower() in (
        "uri",
        "url",
    ):
        # A remote picture is remembered, never fetched: an untrusted file must not make
        # netbook reach the network.
        card.record.photo = PhotoValue(uri=unescape(value))
        return True
    elif len(value) > 64 and _BASE64_ALPHABET.match(value):
        data = _base64(card, prop, value)  # base64 without its ENCODING parameter
    else:
        return False
    if data is None:
        return True
    try:
        media_type, thumb = images.media_type_and_thumbnail(data)
    except images.BadImageError as exc:
        card.warn(prop.line, f"{exc}; the photo was left out")
        return True
    card.record.photo = PhotoValue(data=data, media_type=media_type, thumbnail=thumb)
    return True


def _base64(card: CardState, prop: Property, text: str) -> bytes | None:
    clean = _WHITESPACE.sub("", text)
    if len(clean) * 3 // 4 > images.MAX_PHOTO_BYTES:
        card.warn(
            prop.line,
            f"the photo is larger than "
            f"{images.MAX_PHOTO_BYTES // (1024 * 1024)} MB; it was left out",
        )
        return None
    try:
        return binascii.a2b_base64(clean.encode("ascii", errors="ignore"))
    except binascii.Error:
        card.warn(
            prop.line, "the photo's base64 data is broken (cut short?); the photo was left out"
        )
        return None

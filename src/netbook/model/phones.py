"""Phone numbers in E.164 (the form matching and country statistics rely on)."""

from __future__ import annotations

import locale
import os
from functools import cache

import phonenumbers


@cache
def default_region() -> str | None:
    """The user's country from their locale ("en_GB.UTF-8" -> "GB"), used for local numbers."""
    for candidate in (os.environ.get("LC_ALL"), os.environ.get("LANG"), locale.getlocale()[0]):
        if candidate and "_" in candidate:
            region = candidate.split("_", 1)[1][:2].upper()
            if region.isalpha() and len(region) == 2:
                return region
    return None


def to_e164(raw: str, region: str | None = None) -> str | None:
    """`raw` in E.164 ("+16175550134"), or None when it is not a plausible number."""
    text = raw.strip()
    if not text or len(text) > 64:
        return None
    if text.lower().startswith("tel:"):
        text = text[4:]
    try:
        number = phonenumbers.parse(text, region or default_region())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def country_of(e164: str) -> str | None:
    """The ISO country code of an E.164 number ("+44..." -> "GB"), or None."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number)

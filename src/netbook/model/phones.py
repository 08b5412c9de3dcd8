"""Phone numbers in E.164 (the form matching and country statistics rely on)."""

from __future__ import annotations

import locale
import os
import re
from functools import cache, lru_cache

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


_CANONICAL = re.compile(r"\+[1-9]\d{7,14}")
_SEPARATORS = re.compile(r"[\s\-().\/]+")


# Cached: an import asks for the same numbers several times (matching, merging, storing), and
# phonenumbers.parse costs ~0.1 ms a call.
@lru_cache(maxsize=65536)
def to_e164(raw: str, region: str | None = None) -> str | None:
    """`raw` in E.164 ("+16175550134"), or None when it is not a plausible number."""
    text = raw.strip()
    # Fast path: an international number with only separators between its digits already is
    # its E.164 form once the separators go ("+1 (617) 555-0134"). Not with a trunk prefix in
    # brackets ("+44 (0)20 7946 0412", as the UK writes it): that 0 is not dialled from abroad.
    compact = _SEPARATORS.sub("", text)
    if "(0)" not in text and _CANONICAL.fullmatch(compact):
        return compact
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


def search_digits(query: str, region: str | None = None) -> list[str]:
    """The digit strings a phone-number search looks for, as typed first.

    Numbers are indexed by the digit suffixes of their international form, so a number typed
    the national way ("020 7946 0412") is also looked for without its trunk prefix
    ("2079460412", the national significant number phonenumbers finds for the user's region,
    or, for a number from another country, the digits after a single leading 0), and one typed
    with an international call prefix ("0044 20...") without that prefix.
    """
    typed = "".join(c for c in query if c.isdigit())
    forms = [typed]
    try:
        number = phonenumbers.parse(query, region or default_region())
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        forms.append(phonenumbers.national_significant_number(number))
    if typed.startswith("00"):
        forms.append(typed[2:])
    elif typed.startswith("0"):
        forms.append(typed[1:])
    return [form for form in dict.fromkeys(forms) if len(form) >= 3]

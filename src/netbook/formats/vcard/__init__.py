"""vCard files to contacts and back: the entry points, and the only module that imports vobject.

Reading goes in layers, each in its own module, so that one bad card or field never costs more
than itself:

    bytes --encoding---> ASCII-compatible bytes (BOM, UTF-16/32, binary files refused)
          --lines------> cards of unfolded lines (line endings, folds, QP soft breaks, caps)
          --reader------> per card: properties (content) given to the readers of
                           read_fields/_dates/_values/_relations/_photo, which fill a
                           ContactRecord (card holds the card's state)
          --groups------> Apple group cards as tags; problems with card and line

vobject alone raises on about one real file in seven and reads a whole file as one unit, so
netbook splits and parses the lines itself (which also keeps an import within the speed budget)
and uses vobject where it is sound: the text escaping and structured-value serialisation of the
writer. That escaping is the only use of vobject, so it stays here and is handed to the writer
as an `Escaping`; no other module imports vobject (tests/test_layers.py). Tests
read every exported file back with vobject.

Writing produces vCard 3.0 (what phones take best) or 4.0: CRLF lines folded at 75 octets, FN
and UID always present, photos as base64 (3.0) or data: URIs (4.0), labels as TYPE parameters
or Apple `itemN.X-ABLabel` lines, netbook's own data as X-NETBOOK-* properties
(netbook_properties), and every property netbook does not model written back as it was read.
docs/vcard.md describes the mapping.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from netbook.formats.parsed import ParseResult
from netbook.formats.vcard.encoding import NotTextError, to_ascii_compatible
from netbook.formats.vcard.stream import VCardFile, read_all
from netbook.formats.vcard.writer import VERSIONS, CardWriter, Escaping
from netbook.model.values import ContactRecord

__all__ = ["VCardFile", "looks_like_vcard", "read_vcards", "write_vcards"]

_SNIFF = re.compile(
    rb"(?:^|[\r\n])[ \t]*(?:[A-Za-z0-9_-]*\.)?(?:BEGIN|END)[ \t]*:[ \t]*VCARD", re.IGNORECASE
)


# -- sniffing ----------------------------------------------------------------------------------


def looks_like_vcard(data: bytes) -> bool:
    """Whether `data` looks like a vCard file: a BEGIN:VCARD (or END:VCARD) near its start.

    Cheap enough for format detection: only the first 16 KB are looked at, after the BOM and
    UTF-16 handling every reader shares.
    """
    try:
        head, _ = to_ascii_compatible(data[:16384])
    except NotTextError:
        return False
    return _SNIFF.search(head) is not None


# -- reading -----------------------------------------------------------------------------------


def read_vcards(data: bytes) -> ParseResult:
    """Every card in `data` as a ContactRecord, with the problems met on the way.

    Raises:
        UnreadableFileError: nothing in the file is a vCard (an image renamed .vcf, an empty
            file, text without any BEGIN:VCARD).
    """
    return read_all([data])


# -- writing -----------------------------------------------------------------------------------


@cache
def _escaping() -> Escaping:
    """vobject's escaping for the writer, imported when the first card is written: an import
    writes none, and vobject (with the dateutil and pytz it loads) is about 10 ms of the
    start-up of every command that reads a file."""
    from vobject.base import backslashEscape
    from vobject.vcard import serializeFields

    def text(value: str) -> str:
        escaped: str = backslashEscape(value)
        return escaped

    def structured(parts: Sequence[str | None]) -> str:
        serialized: str = serializeFields([p or "" for p in parts])
        return serialized

    return Escaping(text=text, structured=structured)


def write_vcards(records: Sequence[ContactRecord], version: str = "3.0") -> str:
    """The records as one vCard file (text with CRLF lines, folded at 75 octets).

    Raises:
        ValueError: `version` is neither "3.0" nor "4.0".
    """
    if version not in VERSIONS:
        raise ValueError(f"netbook writes vCard 3.0 or 4.0, not {version!r}")
    escaping = _escaping()
    return "".join(CardWriter(record, version, escaping).text() for record in records)

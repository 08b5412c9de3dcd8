"""Text folding shared by sort keys and the search index.

Kept free of SQLAlchemy so that the search and sort rules are one function each, used by the
store when it indexes and by the services when they build queries.
"""

from __future__ import annotations

import re
import unicodedata

_NON_DIGITS = re.compile(r"\D+")
# Letters that NFKD does not decompose but users type without their mark.
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"}
)


class _CombiningMarks(dict[int, str]):
    """A `str.translate` table that deletes combining marks (and keeps every other character),
    learning each character once."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = "" if unicodedata.combining(char) else char
        self[code] = kept
        return kept


# Bounded by the characters that occur (a few thousand at most in any book).
_WITHOUT_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, so "Jürgen" and "jurgen" compare equal."""
    if text.isascii():  # most names and all addresses: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_FOLDS))
    # translate() runs in C; the table answers from its cache after a character's first time.
    return decomposed.translate(_WITHOUT_MARKS)


def digits(text: str) -> str:
    """Only the digits of `text`: "(617) 555-0134" -> "6175550134"."""
    return _NON_DIGITS.sub("", text)


def sort_key(family: str | None, given: str | None, display: str | None) -> str:
    """The key the contact list is ordered by: family name first, as printed address books are.

    Contacts without a family name (organisations, mononyms) sort by their display name.
    """
    parts = [p for p in (family, given) if p and p.strip()]
    base = " ".join(parts) if parts else (display or "")
    return fold(base).strip()[:255]


def email_key(value: str) -> str:
    """The form two spellings of one address share: "Ann@Example.COM " -> "ann@example.com"."""
    return value.strip().casefold()


_URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


def url_key(value: str) -> str:
    """The form two spellings of one profile URL share, for matching re-imports.

    "https://www.linkedin.com/in/Ann-Lee/?trk=x" and "linkedin.com/in/ann-lee" give one key.
    """
    key = _URL_SCHEME.sub("", value.strip()).casefold()
    key = key.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return key.removeprefix("www.")

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


def sort_key(
    family: str | None,
    given: str | None,
    display: str | None,
    *,
    phonetic_family: str | None = None,
    phonetic_given: str | None = None,
    sort_as: str | None = None,
) -> str:
    """The key the contact list is ordered by: family name first, as printed address books are.

    A name sorts by how it is read when the reading is known, part by part, as Apple's and
    Android's address books sort Japanese names (山田 by やまだ); the sort strings a card gives
    (vCard 4.0 SORT-AS) come before both. Katakana sort as hiragana, so readings written in
    either (or in a feature phone's half-width katakana) fall in one order. Contacts without a
    family name (organisations, mononyms) sort by their display name.
    """
    strings = [p.strip() for p in (sort_as or "").split(",") if p.strip()]
    parts = strings or [
        p.strip()
        for p in (_present(phonetic_family) or family, _present(phonetic_given) or given)
        if p and p.strip()
    ]
    base = " ".join(parts) if parts else (display or "")
    return _hiragana(fold(base)).strip()[:255]


def _present(text: str | None) -> str | None:
    return text if text and text.strip() else None


# Katakana ァ..ヶ are hiragana ぁ..ゖ shifted by 0x60 (the long-vowel mark ー is shared).
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def _hiragana(text: str) -> str:
    return text if text.isascii() else text.translate(_KATAKANA_TO_HIRAGANA)


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

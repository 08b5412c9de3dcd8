"""Text that was mis-encoded before it reached us ("CafÃ©" for "Café"), repaired.

LinkedIn's exports are known to carry UTF-8 that was once read as Latin-1 or cp1252 and
written out again. ftfy (a maintained library that knows every such round trip) undoes it,
and leaves correct text, curly quotes and emoji as they are. Plain ASCII cannot be
mis-encoded, so it is returned without a look: that keeps 200,000 messages fast.
"""

from __future__ import annotations

import functools

import ftfy


def repair(text: str) -> str:
    """`text` with mojibake undone ("Ã©" -> "é"); other characters are left as written."""
    if text.isascii():
        return text
    return ftfy.fix_encoding(text)


@functools.lru_cache(maxsize=65536)
def repair_name(text: str) -> str:
    """A repaired, trimmed, single-spaced name; cached (one name is on thousands of rows)."""
    return " ".join(repair(text).split())

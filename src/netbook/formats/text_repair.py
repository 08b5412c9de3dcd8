"""Text that was mis-encoded before it reached us ("CafÃ©" for "Café"), repaired.

LinkedIn's exports are known to carry UTF-8 that was once read as Latin-1 or cp1252 and
written out again. ftfy (a maintained library that knows every such round trip) undoes it,
and leaves correct text, curly quotes and emoji as they are.

ftfy's own test for bad text costs about 0.2 ms on a line of accented text, too much for
200,000 messages; so it runs only where such a round trip may have been: UTF-8's lead bytes
read as Latin-1/cp1252 are "Â".."ô", and each is followed by a continuation byte, which reads
as U+0080..U+00BF or one of cp1252's punctuation and letters there ("€", "‰", "™", ...).
Text without such a pair (plain ASCII, correct "Café", "Müller") is returned untouched.
"""

from __future__ import annotations

import functools
import re

import ftfy

# A UTF-8 lead byte then a continuation byte, as Latin-1 or cp1252 shows them. Written with
# the lead first and the alternatives after it (not "lead+byte|Ã "): a pattern that starts
# with one character set is searched for by that set, twice as fast on accented text.
_MAYBE_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022"
    "\u2026\u2030\u2039\u203a\u20ac\u2122]"
    # "à" is C3 A0; the A0 (no-break space) often became a plain space on the way.
    "|(?<=\u00c3) )"
)


def repair(text: str) -> str:
    """`text` with mojibake undone ("Ã©" -> "é"); other characters are left as written."""
    if text.isascii() or _MAYBE_MOJIBAKE.search(text) is None:
        return text
    return ftfy.fix_encoding(text)


@functools.lru_cache(maxsize=65536)
def repair_name(text: str) -> str:
    """A repaired, trimmed, single-spaced name; cached (one name is on thousands of rows)."""
    return " ".join(repair(text).split())


@functools.lru_cache(maxsize=65536)
def repair_value(text: str) -> str:
    """A repaired, trimmed value whose line breaks and spacing stay as written (a company, a
    position: a quoted cell over two lines is kept on two lines); cached like `repair_name`."""
    return repair(text).strip()

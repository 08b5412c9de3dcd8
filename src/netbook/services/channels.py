"""How-we-met channels: one vocabulary for the numbers, whatever the files or users wrote.

The contact editor offers these keys; imports and older books may carry other spellings
("LinkedIn", "Twitter/X", "x", "meetup"). The numbers group them under one key so a chart has
one LinkedIn bar, not three. Stored values are never rewritten: this is a reading rule.
"""

from __future__ import annotations

from netbook.model.text import fold

# The editor's vocabulary, in the order charts list them when counts tie.
CHANNELS = (
    "linkedin",
    "twitter",
    "blog",
    "group",
    "event",
    "conference",
    "introduction",
    "work",
    "school",
    "other",
)
# A contact with no channel and no introducer.
UNKNOWN = "unknown"
INTRODUCTION = "introduction"

_ALIASES = {
    "linked in": "linkedin",
    "linkedin.com": "linkedin",
    "twitter/x": "twitter",
    "twitter / x": "twitter",
    "x": "twitter",
    "x.com": "twitter",
    "twitter.com": "twitter",
    "blog post": "blog",
    "online group": "group",
    "forum": "group",
    "mailing list": "group",
    "meetup": "event",
    "intro": "introduction",
    "introduced": "introduction",
    "referral": "introduction",
    "colleague": "work",
    "office": "work",
    "university": "school",
    "college": "school",
}


def normalize_channel(raw: str | None, *, introduced: bool = False) -> str:
    """The vocabulary key for a stored channel.

    A contact with no channel but an introducer came through an introduction. Any other
    spelling is kept, folded, so a user's own channels ("podcast") still get their own bar.
    """
    key = fold(raw or "").strip()
    if not key:
        return INTRODUCTION if introduced else UNKNOWN
    return _ALIASES.get(key, key)

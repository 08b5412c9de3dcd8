"""The line under a card's name that says how the name is read ("やまだ たろう").

Its own module so the card only adds the line: the reading comes in the order the name is
shown (the family name first when the display name starts with it, as Japanese names are).
"""

from __future__ import annotations

from netbook.model.values import ContactRecord


def phonetic_name(record: ContactRecord) -> str | None:
    """How the contact's name is read, in the order of the name shown, or None."""
    given = (record.phonetic_given_name or "").strip()
    family = (record.phonetic_family_name or "").strip()
    if not (given or family):
        return None
    shown = record.best_display_name()
    family_first = bool(record.family_name) and shown.startswith(record.family_name or "")
    parts = (family, given) if family_first else (given, family)
    return " ".join(p for p in parts if p)

"""Names of keep-in-touch cadences, shared by the editor's choices and the contact card.

The card and the editor must say the same thing: a contact saved as "Twice a year" should not
read "Every 182 days" on its card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations).
translate = QCoreApplication.translate


def cadences() -> list[tuple[int | None, str]]:
    """Keep-in-touch choices, in days (the "Reach out" list compares against them)."""
    return [
        (None, translate("ContactEditor", "No reminder")),
        (14, translate("ContactEditor", "Every 2 weeks")),
        (30, translate("ContactEditor", "Monthly")),
        (91, translate("ContactEditor", "Quarterly")),
        (182, translate("ContactEditor", "Twice a year")),
        (365, translate("ContactEditor", "Yearly")),
    ]


def cadence_name(days: int) -> str:
    """The editor's name for `days` when it is one of its choices, else "Every N days"."""
    for choice, name in cadences():
        if choice == days:
            return name
    return translate("ContactEditor", "Every %n day(s)", "", days)

"""What the dashboard calls the network's vocabulary (channels, opportunity kinds, outcomes).

The services count by stable keys ("linkedin", "job_offer", "won"); people read these names.
A key nobody translated yet (a user's own channel, "podcast") is shown capitalised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations).
translate = QCoreApplication.translate


def channel_label(key: str) -> str:
    names = {
        "linkedin": "LinkedIn",
        "twitter": "Twitter/X",
        "blog": translate("Dashboard", "Blog"),
        "group": translate("Dashboard", "Online group"),
        "event": translate("Dashboard", "Event"),
        "conference": translate("Dashboard", "Conference"),
        "introduction": translate("Dashboard", "Introduction"),
        "work": translate("Dashboard", "Work"),
        "school": translate("Dashboard", "School"),
        "other": translate("Dashboard", "Other"),
        "unknown": translate("Dashboard", "Not recorded"),
    }
    return names.get(key, key[:1].upper() + key[1:])


def kind_label(key: str) -> str:
    names = {
        "job_offer": translate("Dashboard", "Job offer"),
        "partnership": translate("Dashboard", "Partnership"),
        "interview": translate("Dashboard", "Interview"),
        "speaking": translate("Dashboard", "Speaking"),
        "client": translate("Dashboard", "Client"),
        "other": translate("Dashboard", "Other"),
    }
    return names.get(key, key.replace("_", " ").capitalize())


def outcome_label(key: str) -> str:
    names = {
        "open": translate("Dashboard", "Open"),
        "accepted": translate("Dashboard", "Accepted"),
        "declined": translate("Dashboard", "Declined"),
        "won": translate("Dashboard", "Won"),
        "lost": translate("Dashboard", "Lost"),
    }
    return names.get(key, key.replace("_", " ").capitalize())

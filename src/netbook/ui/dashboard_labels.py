"""What the dashboard calls the network's vocabulary (channels, opportunity kinds, outcomes).

The services count by stable keys ("linkedin", "job_offer", "won"); people read these names.
A key nobody translated yet (a user's own channel, "podcast") is shown capitalised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def channel_label(key: str) -> str:
    names = {
        "linkedin": "LinkedIn",
        "twitter": "Twitter/X",
        "blog": _tr("Blog"),
        "group": _tr("Online group"),
        "event": _tr("Event"),
        "conference": _tr("Conference"),
        "introduction": _tr("Introduction"),
        "work": _tr("Work"),
        "school": _tr("School"),
        "other": _tr("Other"),
        "unknown": _tr("Not recorded"),
    }
    return names.get(key, key[:1].upper() + key[1:])


def kind_label(key: str) -> str:
    names = {
        "job_offer": _tr("Job offer"),
        "partnership": _tr("Partnership"),
        "interview": _tr("Interview"),
        "speaking": _tr("Speaking"),
        "client": _tr("Client"),
        "other": _tr("Other"),
    }
    return names.get(key, key.replace("_", " ").capitalize())


def outcome_label(key: str) -> str:
    names = {
        "open": _tr("Open"),
        "accepted": _tr("Accepted"),
        "declined": _tr("Declined"),
        "won": _tr("Won"),
        "lost": _tr("Lost"),
    }
    return names.get(key, key.replace("_", " ").capitalize())

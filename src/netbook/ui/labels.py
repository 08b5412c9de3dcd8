"""What people read for each key of the domain's vocabulary (model/vocabulary.py), in one place.

The card, the editor, the dialogs and the dashboard all name channels, services, relation
kinds, interaction kinds, opportunity kinds and outcomes through these functions, so a key has
one label everywhere. A key outside the vocabulary (a user's own channel, "podcast"; a kind a
file carried) is shown as written, capitalised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netbook.model.vocabulary import (
    RELATION_ALIASES,
    SOCIAL_ALIASES,
    normalize_channel,
)

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations).
translate = QCoreApplication.translate


def _as_written(key: str) -> str:
    return key[:1].upper() + key[1:].replace("_", " ")


def value_labels() -> dict[str, str]:
    """Labels of emails, phones, links and addresses ("cell" is what vCard calls a mobile)."""
    return {
        "home": translate("Vocabulary", "Home"),
        "work": translate("Vocabulary", "Work"),
        "other": translate("Vocabulary", "Other"),
        "cell": translate("Vocabulary", "Mobile"),
        "main": translate("Vocabulary", "Main"),
        "fax": translate("Vocabulary", "Fax"),
        "home fax": translate("Vocabulary", "Home fax"),
        "work fax": translate("Vocabulary", "Work fax"),
        "pager": translate("Vocabulary", "Pager"),
        "iphone": "iPhone",
        "homepage": translate("Vocabulary", "Homepage"),
        "blog": translate("Vocabulary", "Blog"),
    }


def value_label(label: str) -> str:
    """A value's label as the editor offers it; a label of the user's or a file's as written."""
    return value_labels().get(label.strip().lower()) or label


def channel_labels() -> dict[str, str]:
    return {
        "linkedin": "LinkedIn",
        "twitter": "Twitter/X",
        "blog": translate("Vocabulary", "Blog"),
        "group": translate("Vocabulary", "Online group"),
        "event": translate("Vocabulary", "Event"),
        "conference": translate("Vocabulary", "Conference"),
        "introduction": translate("Vocabulary", "Introduction"),
        "work": translate("Vocabulary", "Work"),
        "school": translate("Vocabulary", "School"),
        "other": translate("Vocabulary", "Other"),
        "unknown": translate("Vocabulary", "Not recorded"),
    }


def channel_label(channel: str) -> str:
    """A how-we-met channel as stored ("LinkedIn", "x", "meetup") or as counted ("linkedin")."""
    return channel_labels().get(normalize_channel(channel)) or _as_written(channel)


def service_labels() -> dict[str, str]:
    return {
        "linkedin": "LinkedIn",
        "twitter": "Twitter/X",
        "mastodon": "Mastodon",
        "bluesky": "Bluesky",
        "github": "GitHub",
        "youtube": "YouTube",
        "facebook": "Facebook",
        "instagram": "Instagram",
        "xing": "XING",
        "tiktok": "TikTok",
        "flickr": "Flickr",
        "myspace": "Myspace",
        "blog": translate("Vocabulary", "Blog"),
        "other": translate("Vocabulary", "Other"),
    }


def service_label(service: str) -> str:
    key = service.strip().lower()
    if not key:
        return translate("Vocabulary", "Profile")
    return service_labels().get(SOCIAL_ALIASES.get(key, key)) or _as_written(service)


def im_service_label(service: str) -> str:
    """An instant-messaging service's name as people write it ("xmpp" -> "XMPP")."""
    names = {
        "aim": "AIM",
        "icq": "ICQ",
        "jabber": "Jabber",
        "xmpp": "XMPP",
        "msn": "MSN",
        "yahoo": "Yahoo",
        "skype": "Skype",
        "qq": "QQ",
        "gadugadu": "Gadu-Gadu",
        "googletalk": "Google Talk",
        "gtalk": "Google Talk",
        "irc": "IRC",
        "matrix": "Matrix",
        "telegram": "Telegram",
        "sip": "SIP",
        "signal": "Signal",
        "whatsapp": "WhatsApp",
        "threema": "Threema",
        "wechat": "WeChat",
        "line": "LINE",
        "kik": "Kik",
        "kakaotalk": "KakaoTalk",
        "zoom": "Zoom",
        "facebook": "Facebook Messenger",
        "twitter": "Twitter/X",
        "groupwise": "GroupWise",
    }
    return names.get(service.strip().lower()) or _as_written(service)


def relation_labels() -> dict[str, str]:
    return {
        "spouse": translate("Vocabulary", "Spouse"),
        "partner": translate("Vocabulary", "Partner"),
        "child": translate("Vocabulary", "Child"),
        "parent": translate("Vocabulary", "Parent"),
        "mother": translate("Vocabulary", "Mother"),
        "father": translate("Vocabulary", "Father"),
        "sibling": translate("Vocabulary", "Sibling"),
        "brother": translate("Vocabulary", "Brother"),
        "sister": translate("Vocabulary", "Sister"),
        "relative": translate("Vocabulary", "Relative"),
        "friend": translate("Vocabulary", "Friend"),
        "colleague": translate("Vocabulary", "Colleague"),
        "manager": translate("Vocabulary", "Manager"),
        "assistant": translate("Vocabulary", "Assistant"),
        "introduced": translate("Vocabulary", "Introduced"),
        "contact": translate("Vocabulary", "Contact"),
        "other": translate("Vocabulary", "Other"),
    }


def relation_label(kind: str) -> str:
    key = kind.strip().lower()
    return relation_labels().get(RELATION_ALIASES.get(key, key)) or _as_written(kind)


def interaction_labels() -> dict[str, str]:
    return {
        "met": translate("Vocabulary", "Met"),
        "call": translate("Vocabulary", "Call"),
        "video": translate("Vocabulary", "Video call"),
        "meeting": translate("Vocabulary", "Meeting"),
        "meal": translate("Vocabulary", "Meal"),
        "email": translate("Vocabulary", "Email"),
        "message": translate("Vocabulary", "Message"),
        "event": translate("Vocabulary", "Event"),
        "note": translate("Vocabulary", "Note"),
        "other": translate("Vocabulary", "Other"),
        "changed_job": translate("Vocabulary", "Changed job"),
        "recommendation": translate("Vocabulary", "Recommendation"),
        "recommendation_given": translate("Vocabulary", "Recommendation"),
        "endorsement": translate("Vocabulary", "Endorsement"),
        "endorsement_given": translate("Vocabulary", "Endorsement"),
        "sync_conflict": translate("Vocabulary", "Sync conflict"),
    }


def interaction_label(kind: str) -> str:
    return interaction_labels().get(kind.strip().lower()) or _as_written(kind)


def opportunity_labels() -> dict[str, str]:
    return {
        "job_offer": translate("Vocabulary", "Job offer"),
        "partnership": translate("Vocabulary", "Partnership"),
        "interview": translate("Vocabulary", "Interview"),
        "speaking": translate("Vocabulary", "Speaking"),
        "client": translate("Vocabulary", "Client"),
        "referral": translate("Vocabulary", "Referral"),
        "other": translate("Vocabulary", "Other"),
    }


def opportunity_label(kind: str) -> str:
    return opportunity_labels().get(kind.strip().lower()) or _as_written(kind)


def outcome_labels() -> dict[str, str]:
    """Outcomes as menus and charts name them."""
    return {
        "open": translate("Vocabulary", "Open"),
        "accepted": translate("Vocabulary", "Accepted"),
        "declined": translate("Vocabulary", "Declined"),
        "won": translate("Vocabulary", "Won"),
        "lost": translate("Vocabulary", "Lost"),
    }


def outcome_label(outcome: str) -> str:
    return outcome_labels().get(outcome.strip().lower()) or _as_written(outcome)


def outcome_words() -> dict[str, str]:
    """Outcomes in lower case, as they follow a dash in the card's sentence."""
    return {
        "open": translate("Vocabulary", "open"),
        "accepted": translate("Vocabulary", "accepted"),
        "declined": translate("Vocabulary", "declined"),
        "won": translate("Vocabulary", "won"),
        "lost": translate("Vocabulary", "lost"),
    }


def outcome_word(outcome: str) -> str:
    return outcome_words().get(outcome.strip().lower()) or outcome

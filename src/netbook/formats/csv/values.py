"""Cell values shared by the CSV dialects: labels, multi-values, tags, profile links.

Labels are stored the way the vCard side names them ("work", "home", "cell", "work fax", ...)
so that a phone read from Outlook and the same phone read from a vCard compare equal; a label
netbook does not know (a custom Google label) is kept as the user wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from netbook.model.text import fold
from netbook.model.values import ContactRecord, LabelledValue, SocialProfileValue
from netbook.model.vocabulary import social_service_key, social_service_of_host

# Google joins several values of one label in one cell: "a@x.com ::: b@x.com".
GOOGLE_SEPARATOR = " ::: "

_LABELS = {
    "work": "work",
    "business": "work",
    "office": "work",
    "job": "work",
    "home": "home",
    "personal": "home",
    "private": "home",
    "mobile": "cell",
    "cell": "cell",
    "cellular": "cell",
    "iphone": "iphone",
    "main": "main",
    "company main": "main",
    "other": "other",
    "pager": "pager",
    "fax": "fax",
    "work fax": "work fax",
    "business fax": "work fax",
    "home fax": "home fax",
    "other fax": "fax",
    "car": "car",
    "assistant": "assistant",
    "callback": "callback",
    "isdn": "isdn",
    "radio": "radio",
    "telex": "telex",
    "tty/tdd": "textphone",
    "textphone": "textphone",
    "blog": "blog",
    "profile": "profile",
    "home page": "homepage",
    "homepage": "homepage",
}

# The website label netbook writes for a social profile (Google CSV has no social column).
# Google's own website labels include "Blog" (a link, as netbook's URL label "blog") and
# "Profile", so netbook's blog profiles are written as "Blog profile" and profiles on a
# service with no name of its own as "Profile"; both read back as profiles.
SERVICE_TITLES = {
    "linkedin": "LinkedIn",
    "twitter": "Twitter",
    "github": "GitHub",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "xing": "XING",
    "tiktok": "TikTok",
    "blog": "Blog profile",
    "other": "Profile",
}
_PROFILE_LABELS = {"blog profile": "blog", "profile": "other"}

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:www\.)?([^/?#:]+)(.*)$", re.I)
_FORMULA_GUARD = re.compile(r"^'[=+\-@\t\r]")


def cell(value: str) -> str:
    """A cell's text: trimmed, with "\n" line ends, without a formula guard.

    netbook's own CSV export (and careful spreadsheets) write "'=x" so that Excel shows =x
    instead of running it; reading the file back must give the value, not the guard.
    """
    text = value.strip()
    if "\r" in text:  # Outlook and Excel end lines inside a field with CRLF
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text[:1] == "'" and _FORMULA_GUARD.match(text):
        return text[1:]
    return text


# The same few labels and tags repeat on every row of a file; folding them once is enough.
folded = lru_cache(maxsize=4096)(fold)


@lru_cache(maxsize=1024)
def label(raw: str | None) -> tuple[str | None, bool]:
    """The stored label for a client's label, and whether it marked the preferred value.

    Google and old Gmail exports mark the primary value with "* " ("* Work").
    """
    text = (raw or "").strip()
    preferred = text.startswith("*")
    text = text.lstrip("* ").strip()
    if not text:
        return None, preferred
    return _LABELS.get(folded(text), text), preferred


def split_values(text: str, separators: tuple[str, ...] = (GOOGLE_SEPARATOR,)) -> list[str]:
    """The non-empty values in one cell, split on any of `separators`."""
    for separator in separators:
        if separator in text:
            break
    else:  # most cells hold one value
        value = text.strip()
        return [value] if value else []
    values = [text]
    for separator in separators:
        values = [part for value in values for part in value.split(separator)]
    return [v.strip() for v in values if v.strip()]


def social_service(url: str) -> str | None:
    """ "linkedin" for "https://www.linkedin.com/in/ann", None for a link that is no profile."""
    match = _HOST.match(url.strip())
    if not match:
        return None
    host, rest = match[1].casefold(), match[2].strip("/")
    if not rest:
        return None  # the site itself, not someone's profile on it
    return social_service_of_host(host)


def service_from_label(text: str | None) -> str | None:
    """ "twitter" for a website labelled "Twitter" or "X", "other" for "Profile", else None.

    "Blog" alone is a link (Google's label, and netbook's URL label "blog").
    """
    key = fold(text or "").strip()
    if key in _PROFILE_LABELS:
        return _PROFILE_LABELS[key]
    service = social_service_key(key)
    return None if service == "blog" else service


def add_link(record: ContactRecord, url: str, link_label: str | None) -> None:
    """A web link, filed as a social profile when it points at one (or is labelled as one)."""
    service = social_service(url) or service_from_label(link_label)
    if service is not None:
        if not any(s.service == service and s.value == url for s in record.social_profiles):
            record.social_profiles.append(SocialProfileValue(service, url))
        return
    stored_label, preferred = label(link_label)
    record.urls.append(LabelledValue(url, stored_label, preferred))


def add_tag(record: ContactRecord, tag: str) -> None:
    """Add `tag` unless the record has it already (tags compare case-insensitively)."""
    name = " ".join(tag.split())
    if name and folded(name) not in {folded(t) for t in record.tags}:
        record.tags.append(name)


def looks_like_email(value: str) -> bool:
    return "@" in value and " " not in value.strip() and len(value) <= 500


def note_with_extras(note: str | None, extras: list[tuple[str, str]]) -> str | None:
    """The note, followed by "Label: value" lines for columns netbook has no field for.

    Those columns (an Outlook "Hobby", a Google custom field) are the user's own data: netbook
    keeps them where the user can see and edit them rather than dropping them.
    """
    lines = [f"{name}: {value}" for name, value in extras if value]
    if not lines:
        return note or None
    extra = "\n".join(lines)
    return f"{note}\n\n{extra}" if note else extra


def has_identity(record: ContactRecord) -> bool:
    """Whether a row names someone: a name, an email, a phone, a company or a profile."""
    return bool(record.best_display_name() or record.social_profiles or record.urls)

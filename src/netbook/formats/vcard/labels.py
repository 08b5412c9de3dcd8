"""netbook's label vocabulary and how each vCard dialect spells it.

A value's label ("work", "cell", a custom "Climbing club") arrives as TYPE parameters (`WORK`,
`CELL`, 2.1 bare `WORK`), as Apple `itemN.X-ABLabel` lines, either built-in (`_$!<Mobile>!$_`)
or custom (`Climbing club`), or is implied by a legacy property name (`X-AIM`, `X-TWITTER`,
`X-EVOLUTION-SPOUSE`). netbook keeps one label per value from a small vocabulary:

    emails, URLs, addresses, IM:  work, home, other
    phones:                       work, home, cell, fax, work fax, home fax, pager, main, iphone,
                                  other

and any other label exactly as the client wrote it. On export a vocabulary label becomes TYPE
parameters every client understands ("other" and "homepage", which have no TYPE, become Apple's
built-in labels) and a custom label becomes an `X-ABLabel` line in an `itemN.` group (Apple,
Google and most phones read those), so export -> import gives back the same label.
"""

from __future__ import annotations

import re

from netbook.model.vocabulary import social_service_of_host

# TYPE values that say nothing a netbook label keeps (PREF is the preferred flag).
_NOISE = {
    "VOICE",
    "INTERNET",
    "PREF",
    "X400",
    "POSTAL",
    "PARCEL",
    "DOM",
    "INTL",
    "MSG",
    "ENCODING",
    "QUOTED-PRINTABLE",
    "BASE64",
    "CHARSET",
    "X-EVOLUTION-UI-SLOT",
}

# Label -> TYPE values, per kind of value. Anything else is written as X-ABLabel.
PHONE_TYPES: dict[str, tuple[str, ...]] = {
    "work": ("WORK", "VOICE"),
    "home": ("HOME", "VOICE"),
    "cell": ("CELL", "VOICE"),
    "fax": ("FAX",),
    "work fax": ("WORK", "FAX"),
    "home fax": ("HOME", "FAX"),
    "pager": ("PAGER",),
    "main": ("MAIN",),
    "iphone": ("IPHONE", "CELL", "VOICE"),
}
EMAIL_TYPES: dict[str, tuple[str, ...]] = {"work": ("WORK",), "home": ("HOME",)}
PLAIN_TYPES = EMAIL_TYPES  # addresses, URLs and IM handles use the same words
# Labels with no TYPE of their own that Apple has a built-in for (there is no TYPE=OTHER in
# vCard 3.0; Apple and Google read these X-ABLabel values).
APPLE_BUILTIN_LABELS = {"other": "_$!<Other>!$_", "homepage": "_$!<HomePage>!$_"}

# Apple's built-in labels, written between _$!< and >!$_, as netbook words.
_APPLE_BUILTIN = {
    "home": "home",
    "work": "work",
    "other": "other",
    "mobile": "cell",
    "main": "main",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "pager": "pager",
    "iphone": "iphone",
    "homepage": "homepage",
}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_\Z", re.DOTALL)

# Relation kinds Apple has built-in labels for; netbook's kind -> Apple's spelling.
APPLE_RELATIONS = {
    "spouse": "Spouse",
    "child": "Child",
    "mother": "Mother",
    "father": "Father",
    "parent": "Parent",
    "brother": "Brother",
    "sister": "Sister",
    "friend": "Friend",
    "partner": "Partner",
    "manager": "Manager",
    "assistant": "Assistant",
}

# Legacy single-purpose properties that name the relation they hold.
RELATION_PROPERTIES = {
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-EVOLUTION-MANAGER": "manager",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-MS-SPOUSE": "spouse",
    "X-MS-MANAGER": "manager",
    "X-MS-ASSISTANT": "assistant",
    "X-SPOUSE": "spouse",
    "X-MANAGER": "manager",
    "X-ASSISTANT": "assistant",
    "X-KADDRESSBOOK-X-SPOUSESNAME": "spouse",
    "X-KADDRESSBOOK-X-MANAGERSNAME": "manager",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "assistant",
}

ANNIVERSARY_PROPERTIES = (
    "ANNIVERSARY",
    "X-ANNIVERSARY",
    "X-EVOLUTION-ANNIVERSARY",
    "X-MS-ANNIVERSARY",
    "X-KADDRESSBOOK-X-ANNIVERSARY",
)

# Legacy IM properties -> service.
IM_PROPERTIES = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "jabber",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GADUGADU": "gadugadu",
    "X-GROUPWISE": "groupwise",
    "X-GTALK": "googletalk",
    "X-GOOGLE-TALK": "googletalk",
    "X-QQ": "qq",
    "X-MS-IMADDRESS": "",
    "X-KADDRESSBOOK-X-IMADDRESS": "",
}
# Old KAddressBook: X-messaging/<protocol>-All
_KDE_MESSAGING = re.compile(r"X-MESSAGING/([A-Z0-9.+-]+?)-ALL\Z")

# URI scheme -> service, and the scheme netbook writes for a service.
_IM_SCHEMES = {
    "aim": "aim",
    "xmpp": "jabber",
    "jabber": "jabber",
    "skype": "skype",
    "callto": "skype",
    "ymsgr": "yahoo",
    "msnim": "msn",
    "msn": "msn",
    "icq": "icq",
    "gg": "gadugadu",
    "gadu": "gadugadu",
    "googletalk": "googletalk",
    "gtalk": "googletalk",
    "google": "googletalk",
    "qq": "qq",
    "sip": "sip",
    "irc": "irc",
    "ircs": "irc",
    "matrix": "matrix",
    "tg": "telegram",
    "telegram": "telegram",
    "x-apple": "",
    "groupwise": "groupwise",
    "twitter": "twitter",
    "facebook": "facebook",
    "whatsapp": "whatsapp",
    "kik": "kik",
    "line": "line",
    "wechat": "wechat",
    "kakaotalk": "kakaotalk",
    "zoomus": "zoom",
    "x-unknown": "",
    "other": "",
}
_SCHEME_FOR_SERVICE = {
    "aim": "aim",
    "icq": "aim",
    "jabber": "xmpp",
    "xmpp": "xmpp",
    "googletalk": "xmpp",
    "facebook": "xmpp",
    "skype": "skype",
    "yahoo": "ymsgr",
    "msn": "msnim",
    "sip": "sip",
    "irc": "irc",
    "matrix": "matrix",
}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

# Legacy single-purpose social properties -> service.
SOCIAL_PROPERTIES = {
    "X-TWITTER": "twitter",
    "X-LINKEDIN": "linkedin",
    "X-FACEBOOK": "facebook",
    "X-INSTAGRAM": "instagram",
    "X-GITHUB": "github",
    "X-MASTODON": "mastodon",
    "X-YOUTUBE": "youtube",
    "X-FLICKR": "flickr",
    "X-MYSPACE": "myspace",
}
_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:www\.)?([^/:?#]+)")


def apple_label(text: str) -> str:
    """An X-ABLabel value as a netbook label: built-ins to vocabulary words, custom as written."""
    match = _APPLE_LABEL.match(text)
    if match is None:
        return text
    inner = match.group(1)
    return _APPLE_BUILTIN.get(inner.lower(), inner)


def apple_relation_kind(text: str) -> str | None:
    """The relation kind of an Apple built-in related-name label (`_$!<Spouse>!$_`), if any."""
    match = _APPLE_LABEL.match(text)
    if match is None:
        return None
    inner = match.group(1).lower()
    return inner if inner in APPLE_RELATIONS else None


def phone_label(types: list[str]) -> str | None:
    """The netbook label for a TEL's TYPE values (upper-case)."""
    kinds = set(types)
    if "FAX" in kinds:
        if "WORK" in kinds:
            return "work fax"
        if "HOME" in kinds:
            return "home fax"
        return "fax"
    for marker, label in (
        ("PAGER", "pager"),
        ("IPHONE", "iphone"),
        ("CELL", "cell"),
        ("MOBILE", "cell"),
        ("MAIN", "main"),
        ("WORK", "work"),
        ("HOME", "home"),
        ("OTHER", "other"),
    ):
        if marker in kinds:
            return label
    return _custom_type(types)


def plain_label(types: list[str], ignore: set[str] | None = None) -> str | None:
    """The netbook label for an EMAIL/ADR/URL/IMPP's TYPE values (upper-case)."""
    kinds = set(types)
    for marker, label in (("WORK", "work"), ("HOME", "home"), ("OTHER", "other")):
        if marker in kinds:
            return label
    return _custom_type([t for t in types if not ignore or t.lower() not in ignore])


def _custom_type(types: list[str]) -> str | None:
    for kind in types:
        if kind not in _NOISE and not kind.startswith("X-"):
            return kind.lower()
    return None


def im_service_of_property(name: str) -> str | None:
    """The IM service a legacy property holds ("X-AIM" -> "aim"; "" for a generic one)."""
    if name in IM_PROPERTIES:
        return IM_PROPERTIES[name]
    match = _KDE_MESSAGING.match(name)
    if match is not None:
        protocol = match.group(1).lower()
        return _IM_SCHEMES.get(protocol, protocol)
    return None


def split_im_uri(value: str) -> tuple[str | None, str]:
    """An IMPP value as (service from its scheme or None, the handle without a known scheme)."""
    match = _SCHEME.match(value)
    if match is None:
        return None, value
    scheme = match.group(1).lower()
    if scheme not in _IM_SCHEMES:
        return None, value
    return (_IM_SCHEMES[scheme] or None), value[match.end() :]


def im_uri(service: str | None, handle: str) -> str:
    """The IMPP value netbook writes: the handle behind its service's URI scheme.

    Reading strips exactly one scheme from `_IM_SCHEMES`, so the handle comes back as it was,
    even one that starts with a scheme itself. Services without a scheme of their own get
    Apple's `x-apple:`, as iOS writes them.
    """
    if service is None:
        match = _SCHEME.match(handle)
        if match is not None and match.group(1).lower() in _IM_SCHEMES:
            return f"x-apple:{handle}"
        return handle
    return f"{_SCHEME_FOR_SERVICE.get(service, 'x-apple')}:{handle}"


# How Apple spells the services it knows, for X-SERVICE-TYPE (netbook keeps them lower-case).
APPLE_SERVICE_NAMES = {
    "aim": "AIM",
    "icq": "ICQ",
    "jabber": "Jabber",
    "msn": "MSN",
    "yahoo": "Yahoo",
    "skype": "Skype",
    "qq": "QQ",
    "googletalk": "GoogleTalk",
    "facebook": "Facebook",
    "gadugadu": "GaduGadu",
    "whatsapp": "WhatsApp",
    "twitter": "Twitter",
}


def social_service_of_url(url: str) -> str:
    """A social profile's service guessed from its URL's host ("other" when unknown)."""
    match = _HOST.match(url.strip())
    if match is None:
        return "other"
    return social_service_of_host(match.group(1)) or "other"

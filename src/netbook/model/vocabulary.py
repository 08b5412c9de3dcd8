"""Every key set of the domain, in one place: channels, social services, instant messaging,
relation kinds, interaction kinds, opportunity kinds and outcomes.

Stored values are these stable keys ("linkedin", "job_offer", "won"); the window shows them
through `ui/labels.py`, the readers map what files write onto them, the writers write them
back. Each set is ordered the way menus and charts list it. Files may carry other values: they
are kept as written (a user's own channel "podcast" gets its own bar), except where a set is
closed (opportunity kinds and outcomes), which the services check.
"""

from __future__ import annotations

from netbook.model.text import fold

# -- labels of emails, phones, links and addresses ----------------------------------------
# What the editor offers for each kind of value, in menu order; files bring their own labels
# too ("assistant", "Büro"), which are kept and shown as written.
EMAIL_LABELS = ("work", "home", "other")
PHONE_LABELS = ("cell", "work", "home", "main", "fax", "pager", "other")
URL_LABELS = ("homepage", "blog", "work", "home", "other")
ADDRESS_LABELS = ("home", "work", "other")
# Labels that vCard and CSV readers produce besides those (Apple's and vCard's built-ins).
READ_ONLY_LABELS = ("home fax", "work fax", "iphone")

# -- how we met -----------------------------------------------------------------------------
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
UNKNOWN_CHANNEL = "unknown"
INTRODUCTION = "introduction"

# Other spellings that files and older books carry, folded, to their key.
CHANNEL_ALIASES = {
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
    # "Through friends" is someone introducing you, whether or not they are in the book.
    "friend": "introduction",
    "friends": "introduction",
    "colleague": "work",
    "office": "work",
    "university": "school",
    "college": "school",
}


def normalize_channel(raw: str | None, *, introduced: bool = False) -> str:
    """The vocabulary key for a stored channel.

    A contact with no channel but an introducer came through an introduction. Any other
    spelling is kept, folded, so a user's own channels ("podcast") still get their own bar.
    Stored values are never rewritten: this is a reading rule.
    """
    key = fold(raw or "").strip()
    if not key:
        return INTRODUCTION if introduced else UNKNOWN_CHANNEL
    return CHANNEL_ALIASES.get(key, key)


# -- social profiles and instant messaging --------------------------------------------------
SOCIAL_SERVICES = (
    "linkedin",
    "twitter",
    "mastodon",
    "bluesky",
    "github",
    "youtube",
    "facebook",
    "instagram",
    "xing",
    "tiktok",
    "flickr",
    "myspace",
    "blog",
    "other",
)
SOCIAL_ALIASES = {"x": "twitter", "twitter/x": "twitter", "fb": "facebook"}

# Host (without "www.") -> service, for web links that are really someone's profile.
SOCIAL_HOSTS = {
    "linkedin.com": "linkedin",
    "twitter.com": "twitter",
    "x.com": "twitter",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "github.com": "github",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "instagram.com": "instagram",
    "mastodon.social": "mastodon",
    "bsky.app": "bluesky",
    "flickr.com": "flickr",
    "myspace.com": "myspace",
    "xing.com": "xing",
    "tiktok.com": "tiktok",
    "medium.com": "blog",
    "substack.com": "blog",
}


def social_service_key(name: str | None) -> str | None:
    """The service key for a name a file gives ("Twitter", "X", "github"), None if unknown."""
    key = fold(name or "").strip()
    key = SOCIAL_ALIASES.get(key, key)
    return key if key in SOCIAL_SERVICES and key != "other" else None


def social_service_of_host(host: str) -> str | None:
    """The service whose site `host` is (subdomains included), or None."""
    host = host.casefold()
    for suffix, service in SOCIAL_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return service
    return None


# Services that instant-messaging addresses name (IMPP, X-AIM, TYPE=skype...).
IM_SERVICES = (
    "aim",
    "icq",
    "jabber",
    "xmpp",
    "msn",
    "yahoo",
    "skype",
    "qq",
    "gadugadu",
    "googletalk",
    "gtalk",
    "irc",
    "matrix",
    "telegram",
    "sip",
    "signal",
    "whatsapp",
    "threema",
    "wechat",
    "line",
    "kik",
    "kakaotalk",
    "zoom",
    "facebook",
    "twitter",
    "groupwise",
)

# -- relations ------------------------------------------------------------------------------
RELATION_KINDS = (
    "spouse",
    "partner",
    "child",
    "parent",
    "mother",
    "father",
    "sibling",
    "brother",
    "sister",
    "relative",
    "friend",
    "colleague",
    "manager",
    "assistant",
    "introduced",
    "contact",
    "other",
)
RELATION_ALIASES = {
    "husband": "spouse",
    "wife": "spouse",
    "domestic partner": "partner",
    "son": "child",
    "daughter": "child",
    "co-worker": "colleague",
    "coworker": "colleague",
}
# Kinds that read the same both ways ("colleague of" fits either card).
SYMMETRIC_RELATIONS = frozenset(
    {
        "colleague",
        "co-worker",
        "coworker",
        "friend",
        "spouse",
        "partner",
        "sibling",
        "acquaintance",
        "contact",
        "met",
        "kin",
        "neighbor",
        "neighbour",
        "co-resident",
    }
)


def relation_kind_key(name: str | None) -> str:
    """The relation key for a kind a file gives; a kind outside the set is kept, folded."""
    key = fold(name or "").strip()
    return RELATION_ALIASES.get(key, key) or "other"


# -- interactions ---------------------------------------------------------------------------
# "call" first: the Log dialog's default must not mark anyone as met in person.
INTERACTION_KINDS = (
    "call",
    "video",
    "meeting",
    "met",
    "meal",
    "email",
    "message",
    "event",
    "note",
    "other",
)
# Meeting in person: logging one marks the participants as met in person.
MET = "met"
# What a LinkedIn archive brings in besides messages: they recommended or endorsed the owner
# ("vouched for you"), or the owner them (docs/linkedin.md).
RECOMMENDATION = "recommendation"
RECOMMENDATION_GIVEN = "recommendation_given"
ENDORSEMENT = "endorsement"
ENDORSEMENT_GIVEN = "endorsement_given"
VOUCHED_KINDS = (RECOMMENDATION, ENDORSEMENT)
# Kinds only an import writes (the Log dialog does not offer them).
IMPORTED_KINDS = (RECOMMENDATION, RECOMMENDATION_GIVEN, ENDORSEMENT, ENDORSEMENT_GIVEN)
# Entries the importer records about a contact (a new job seen in a LinkedIn export) that are
# not a contact with them, so they do not reset the keep-in-touch clock. A LinkedIn endorsement
# is one click LinkedIn prompts for, not an exchange; a recommendation, written, is one.
CHANGED_JOB = "changed_job"
# A value this book lost to the server's in a CardDAV sync conflict, kept in the history.
SYNC_CONFLICT = "sync_conflict"
NOT_CONTACT_KINDS = (CHANGED_JOB, ENDORSEMENT, ENDORSEMENT_GIVEN, SYNC_CONFLICT)

# -- opportunities --------------------------------------------------------------------------
OPPORTUNITY_KINDS = (
    "job_offer",
    "partnership",
    "interview",
    "speaking",
    "client",
    "referral",
    "other",
)
OUTCOMES = ("open", "accepted", "declined", "won", "lost")

"""Reading a card's names and single values: FN, N (and its SORT-AS), SORT-STRING,
SOUND;X-IRMC-N, NICKNAME, ORG, TITLE, NOTE, UID, GENDER, KIND, CATEGORIES, group members and
netbook's own X-NETBOOK-* properties.

Each reader takes one property into the record held by `CardState` (vcard_card) and returns
True when it was taken; vcard_reader maps property names to these readers. A single-valued
property met a second time is not taken, so it is kept as an extra property rather than lost.
docs/vcard.md lists what each property becomes.
"""

from __future__ import annotations

from netbook.formats.vcard.card import CardState, optional
from netbook.formats.vcard.content import (
    Property,
    components,
    list_values,
    split_escaped,
    unescape,
)
from netbook.formats.vcard.netbook_properties import (
    INTERACTION,
    PERCENT,
    PERCENT_PARAM,
    NetbookValueError,
    is_netbook_property,
    percent_decode,
    read_netbook_property,
)
from netbook.formats.vcard.output import caret_decode

TEXT_FIELDS = {
    "TITLE": "title",
    "ROLE": "role",
    "X-PHONETIC-FIRST-NAME": "phonetic_given_name",
    "X-PHONETIC-LAST-NAME": "phonetic_family_name",
    "SORT-STRING": "sort_as",  # vCard 3.0's sort string; 4.0 writes SORT-AS on N
}


def fn(card: CardState, prop: Property) -> bool:
    if not card.first("FN"):
        return False
    card.record.display_name = unescape(prop.value).strip()
    return True


def n(card: CardState, prop: Property) -> bool:
    if not card.first("N"):
        return False
    family, given, additional, prefix, suffix = (components(prop.value) + [""] * 5)[:5]
    record = card.record
    record.family_name = optional(family)
    record.given_name = optional(given)
    record.additional_names = optional(additional)
    record.prefix = optional(prefix)
    record.suffix = optional(suffix)
    # vCard 4.0: the strings the name sorts by, one per component, family first.
    record.sort_as = optional(",".join(caret_decode(s).strip() for s in prop.param("SORT-AS")))
    return True


def sound(card: CardState, prop: Property) -> bool:
    """A Japanese phone's reading of the name, `SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;;` (2.1 and 3.0).

    Structured like N, usually in half-width katakana. An X-PHONETIC-* line says the same and
    wins; a SOUND that is a recording stays an extra property.
    """
    types = {t.upper() for t in (*prop.types(), *(key for key, _ in prop.params))}
    if "X-IRMC-N" not in types or not card.first("SOUND;X-IRMC-N"):
        return False
    family, given = [*components(prop.value), "", ""][:2]
    record = card.record
    record.phonetic_family_name = record.phonetic_family_name or optional(family)
    record.phonetic_given_name = record.phonetic_given_name or optional(given)
    return True


def nickname(card: CardState, prop: Property) -> bool:
    if not card.first("NICKNAME"):
        return False
    card.record.nickname = optional(", ".join(v for v in list_values(prop.value) if v))
    return True


def text_field(card: CardState, prop: Property) -> bool:
    attr = TEXT_FIELDS[prop.name]
    if not card.first(attr):
        return False
    setattr(card.record, attr, optional(unescape(prop.value)))
    return True


def org(card: CardState, prop: Property) -> bool:
    if not card.first("ORG"):
        return False
    parts = components(prop.value)
    card.record.organization = optional(parts[0])
    card.record.department = optional(", ".join(p for p in parts[1:] if p))
    return True


def note(card: CardState, prop: Property) -> bool:
    text = unescape(prop.value)
    if text:
        card.notes.append(text)
    return True


def uid(card: CardState, prop: Property) -> bool:
    if not card.first("UID"):
        return False
    card.record.uid = optional(unescape(prop.value).strip())
    return True


def gender(card: CardState, prop: Property) -> bool:
    if not card.first("GENDER"):
        return False
    if prop.name == "GENDER":
        sex, identity = ([unescape(p) for p in split_escaped(prop.value, ";")] + [""])[:2]
        value = f"{sex};{identity}" if sex and identity else sex or identity
    else:
        value = unescape(prop.value)
    card.record.gender = optional(value.strip())
    return True


def kind(card: CardState, prop: Property) -> bool:
    value = unescape(prop.value).strip().lower()
    if value in ("org", "organization", "company"):
        card.record.kind = "organization"
    elif value == "group":
        card.is_group = True
    elif value not in ("individual", "person", ""):
        return False
    return True


def member(card: CardState, prop: Property) -> bool:
    card.members.append(prop)
    return True


def ignore(card: CardState, prop: Property) -> bool:
    # VERSION, PRODID, REV, PROFILE describe the file or its writer, not the contact; netbook
    # writes its own on export.
    return True


def categories(card: CardState, prop: Property) -> bool:
    known = {t.casefold() for t in card.record.tags}
    for tag in list_values(prop.value):
        tag = tag.strip()
        if tag and tag.casefold() not in known:
            known.add(tag.casefold())
            card.record.tags.append(tag)
    return True


def show_as(card: CardState, prop: Property) -> bool:
    value = unescape(prop.value).strip().upper()
    if value == "COMPANY":
        card.record.kind = "organization"
        return True
    return value in ("PERSON", "INDIVIDUAL", "")


def netbook(card: CardState, prop: Property) -> bool:
    if not is_netbook_property(prop.name):
        return False
    value = prop.value
    parts = split_escaped(value, ";")
    if len(parts) == 1 and "\\;" in value:
        # A server that does not know the property keeps it as text and escapes our
        # separators (Radicale does): unescaped once, it is netbook's value again.
        value = unescape(value)
        parts = split_escaped(value, ";")
    participants = list_values(parts[4]) if prop.name == INTERACTION and len(parts) > 4 else []
    texts = [unescape(p) for p in parts]
    if PERCENT in (v.upper() for v in prop.param(PERCENT_PARAM)):
        texts = [percent_decode(t) for t in texts]
        participants = [percent_decode(p) for p in participants]
    try:
        read_netbook_property(card.record, prop.name, texts, participants)
    except NetbookValueError as exc:
        card.warn(prop.line, f"{exc}; {prop.name} was left out")
    return True

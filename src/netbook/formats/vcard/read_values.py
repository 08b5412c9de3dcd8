"""Reading a card's labelled values: EMAIL, TEL, ADR, URL, instant messaging and social profiles.

Each value comes with one label (from TYPE parameters or the group's Apple `X-ABLabel`, see
vcard_labels) and a preferred flag. IM handles arrive as IMPP URIs and as legacy X-AIM/X-SKYPE
properties, often both for the same handle (iOS, Sabre), so each handle is read once; a legacy
property that names a social network (X-TWITTER...) becomes a social profile.
"""

from __future__ import annotations

import re

from netbook.formats.vcard.card import CardState, optional
from netbook.formats.vcard.content import Property, components, unescape
from netbook.formats.vcard.labels import (
    SOCIAL_PROPERTIES,
    apple_label,
    im_service_of_property,
    phone_label,
    plain_label,
    social_service_of_url,
    split_im_uri,
)
from netbook.formats.vcard.output import caret_decode
from netbook.model.values import Address, LabelledValue, SocialProfileValue
from netbook.model.vocabulary import IM_SERVICES

_SOCIAL_SERVICES = set(SOCIAL_PROPERTIES.values())


def email(card: CardState, prop: Property) -> bool:
    value = unescape(prop.value).strip()
    if value:
        label = card.label(prop, prop.head.derived(plain_label))
        card.record.emails.append(LabelledValue(value, label, card.preferred(prop)))
    return True


def tel(card: CardState, prop: Property) -> bool:
    value = unescape(prop.value).strip()
    if value[:4].lower() == "tel:":
        value = value[4:]
    if value:
        label = card.label(prop, prop.head.derived(phone_label))
        card.record.phones.append(LabelledValue(value, label, card.preferred(prop)))
    return True


def adr(card: CardState, prop: Property) -> bool:
    parts = [optional(p) for p in (components(prop.value) + [""] * 7)[:7]]
    address = Address(
        po_box=parts[0],
        extended=parts[1],
        street=parts[2],
        locality=parts[3],
        region=parts[4],
        postal_code=parts[5],
        country=parts[6],
    )
    if not address.is_empty():
        address.label = card.label(prop, prop.head.derived(plain_label))
        address.preferred = card.preferred(prop)
        card.record.addresses.append(address)
    return True


# Apple writes a URL's colons escaped (`https\://`), which vCard 3.0 does not define; a
# server that does not know it escapes the backslash again (Radicale: `https\\://`). No URL
# holds a backslash, so any run of them before a colon is an escape.
_ESCAPED_COLON = re.compile(r"\\+:")


def url(card: CardState, prop: Property) -> bool:
    value = _ESCAPED_COLON.sub(":", unescape(prop.value)).strip()
    if value:
        label = card.label(prop, prop.head.derived(plain_label))
        card.record.urls.append(LabelledValue(value, label, card.preferred(prop)))
    return True


def impp(card: CardState, prop: Property) -> bool:
    raw = unescape(prop.value).strip()
    if not raw:
        return True
    scheme_service, handle = split_im_uri(raw)
    types = prop.types()
    declared = prop.first_param("X-SERVICE-TYPE") or prop.first_param("SERVICE-TYPE")
    service = caret_decode(declared).strip().lower() if declared else None
    if not service:
        service = next((t.lower() for t in types if t.lower() in IM_SERVICES), scheme_service)
    ignore = set(IM_SERVICES)
    if service:
        ignore.add(service)
        ignore.update(part.strip() for part in service.split(","))
    _add_im(card, prop, service, handle, plain_label(types, ignore))
    return True


def legacy_im(card: CardState, prop: Property) -> bool:
    service = im_service_of_property(prop.name)
    if service in _SOCIAL_SERVICES:
        return _add_social(card, prop, service or "other")
    value = unescape(prop.value).strip()
    if value:
        scheme_service, handle = split_im_uri(value)
        _add_im(
            card,
            prop,
            service or scheme_service,
            handle,
            plain_label(prop.types(), set(IM_SERVICES)),
        )
    return True


def _add_im(
    card: CardState,
    prop: Property,
    service: str | None,
    handle: str,
    from_types: str | None,
) -> None:
    key = (service, handle.casefold())
    label = card.label(prop, from_types)
    if key in card.im_keys:
        return  # iOS and Sabre write each handle twice: IMPP and X-AIM/X-SKYPE/...
    card.im_keys.add(key)
    card.record.instant_messages.append(LabelledValue(handle, label, card.preferred(prop), service))


def social(card: CardState, prop: Property) -> bool:
    types = [caret_decode(t).strip().lower() for t in prop.type_values()]
    types = [t for t in types if t and t != "pref"]
    declared = prop.first_param("SERVICE-TYPE") or prop.first_param("X-SERVICE-TYPE")
    if types:
        service = types[0]
    elif declared:
        service = caret_decode(declared).strip().lower()
    else:
        service = social_service_of_url(unescape(prop.value))
    return _add_social(card, prop, service)


def legacy_social(card: CardState, prop: Property) -> bool:
    return _add_social(card, prop, SOCIAL_PROPERTIES[prop.name])


def _add_social(card: CardState, prop: Property, service: str) -> bool:
    value = unescape(prop.value).strip()
    if value:
        label = card.group_label(prop)
        card.record.social_profiles.append(
            SocialProfileValue(
                service=service,
                value=value,
                label=apple_label(unescape(label)) if label is not None else None,
            )
        )
    return True

"""Reading a card's relations: RELATED (4.0), Apple's X-ABRELATEDNAMES and the legacy
X-EVOLUTION-SPOUSE / X-MS-MANAGER / X-ASSISTANT... properties.

A relation has a kind (spouse, manager...), a name, a uid or both, and a custom label. 4.0
RELATED holds a URI (the other contact's uid) or, with VALUE=text, a name; netbook's own export
carries the other half in an X-NETBOOK-NAME or X-NETBOOK-UID parameter so both survive.
"""

from __future__ import annotations

from netbook.formats.vcard.card import CardState
from netbook.formats.vcard.content import URI_SCHEME, Property, unescape
from netbook.formats.vcard.labels import RELATION_PROPERTIES, apple_label, apple_relation_kind
from netbook.formats.vcard.output import caret_decode
from netbook.model.values import RelationValue


def _relation_label(card: CardState, prop: Property, kind: str | None) -> tuple[str, str | None]:
    """(kind, label) from the TYPE-given kind and the group's X-ABLabel."""
    label_text = card.group_label(prop)
    label = None
    if label_text is not None:
        text = unescape(label_text)
        builtin = apple_relation_kind(text)
        if builtin is not None and (kind is None or kind == builtin):
            kind = builtin
        else:
            label = apple_label(text)
    return kind or "other", label


def related(card: CardState, prop: Property) -> bool:
    value = unescape(prop.value).strip()
    if not value:
        return True
    value_type = (prop.first_param("VALUE") or "").lower()
    kinds = [caret_decode(t).strip().lower() for t in prop.type_values()]
    kinds = [k for k in kinds if k and k != "pref"]
    name_param = prop.first_param("X-NETBOOK-NAME")
    name: str | None = value
    uid: str | None = None
    if value_type == "uri" or (value_type != "text" and URI_SCHEME.match(value)):
        name, uid = (caret_decode(name_param) if name_param else None), value
    kind, label = _relation_label(card, prop, kinds[0] if kinds else None)
    card.record.relations.append(RelationValue(kind=kind, name=name, uid=uid, label=label))
    return True


def related_name(card: CardState, prop: Property) -> bool:
    name = unescape(prop.value).strip()
    uid_param = prop.first_param("X-NETBOOK-UID")
    uid = caret_decode(uid_param) if uid_param else None
    if not name and not uid:
        return True
    kinds = [caret_decode(t).strip().lower() for t in prop.type_values()]
    kinds = [k for k in kinds if k and k != "pref"]
    kind, label = _relation_label(card, prop, kinds[0] if kinds else None)
    card.record.relations.append(RelationValue(kind=kind, name=name or None, uid=uid, label=label))
    return True


def legacy_relation(card: CardState, prop: Property) -> bool:
    name = unescape(prop.value).strip()
    if name:
        card.record.relations.append(RelationValue(kind=RELATION_PROPERTIES[prop.name], name=name))
    return True

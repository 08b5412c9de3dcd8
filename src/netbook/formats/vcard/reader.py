"""One card's content lines to a ContactRecord (or a group card): parse, dispatch, finish.

The reader parses each unfolded line into a property (vcard_content), reports and skips a line
that is not one, and hands each property to the reader of its name: vcard_read_fields,
vcard_read_dates, vcard_read_values, vcard_read_relations, vcard_read_photo. A property no
reader takes, or one whose reader fails on a value nobody foresaw, is kept verbatim as an extra
property, so that netbook writes it back as it was. A card with nothing to import is reported
and dropped. This is the one place that knows which property goes where; the readers only know
their own properties.
"""

from __future__ import annotations

from netbook.formats.parsed import Problem
from netbook.formats.vcard import read_dates as vcard_read_dates
from netbook.formats.vcard import read_fields as vcard_read_fields
from netbook.formats.vcard import read_photo as vcard_read_photo
from netbook.formats.vcard import read_relations as vcard_read_relations
from netbook.formats.vcard import read_values as vcard_read_values
from netbook.formats.vcard.card import CardState, Handler
from netbook.formats.vcard.content import (
    STRUCTURE_NAMES,
    Property,
    property_of,
    split_line,
    unescape,
)
from netbook.formats.vcard.groups import GroupCard
from netbook.formats.vcard.labels import (
    ANNIVERSARY_PROPERTIES,
    RELATION_PROPERTIES,
    SOCIAL_PROPERTIES,
    im_service_of_property,
)
from netbook.formats.vcard.output import safe_name
from netbook.model.values import ContactRecord, ExtraPropertyValue

_SKIPPED_LINES_SHOWN = 3


def _preview(raw: bytes) -> str:
    text = raw[:40].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(raw) > 40 else ""))


class CardReader(CardState):
    """Turns one card's content lines into a ContactRecord (or a group card).

    Each handler gets a property and returns True when netbook took it (or deliberately dropped
    it); everything else is kept verbatim as an extra property.
    """

    ignored = 0  # lines whose reader ignores them, left unparsed

    def read(self) -> ContactRecord | GroupCard | None:
        props = self._properties()
        if not props and not self.ignored:
            self.problems.append(
                Problem(self.number, self.card.line, "the card is empty", dropped=True)
            )
            return None
        extras = self._take(props)
        if self.is_group:
            return self._group()
        return self._finish(extras)

    def _properties(self) -> list[Property]:
        """The card's lines parsed; a line that is not a property is reported and skipped."""
        props: list[Property] = []
        skipped: list[int] = []
        unicode_file = self.unicode_file
        for line_number, raw in self.card.lines:
            split = split_line(raw)
            if split is None or split[0].name in STRUCTURE_NAMES:
                # A BEGIN or END that is not BEGIN:VCARD/END:VCARD (a stray byte after it, a
                # nested calendar) is not data, and written back it would break the card.
                skipped.append(line_number)
                if len(skipped) <= _SKIPPED_LINES_SHOWN:
                    self.warn(line_number, f"not a vCard property, skipped: {_preview(raw)}")
                continue
            head, value = split
            if head.name in _IGNORED and head.group is None:
                # Its reader takes it and does nothing (VERSION, PRODID...): not worth making.
                self.ignored += 1
                continue
            prop = property_of(line_number, head, value, unicode_file)
            props.append(prop)
            if prop.name == "X-ABLABEL" and prop.group:
                self.labels.setdefault(prop.group.lower(), prop.value)
        if len(skipped) > _SKIPPED_LINES_SHOWN:
            # A photo that lost its folding makes hundreds of these; one summary says enough.
            more = len(skipped) - _SKIPPED_LINES_SHOWN
            self.warn(
                skipped[_SKIPPED_LINES_SHOWN],
                f"{more} more line{'s' if more > 1 else ''} that are not vCard properties "
                f"were skipped (lines {skipped[_SKIPPED_LINES_SHOWN]}-{skipped[-1]})",
            )
        return props

    def _take(self, props: list[Property]) -> list[Property]:
        """Give each property to its handler; those netbook does not take are returned."""
        extras: list[Property] = []
        for prop in props:
            handler = _handler(prop.name)
            try:
                taken = handler is not None and handler(self, prop)
            except Exception as exc:  # an untrusted line must never stop the card
                # A value no rule above foresaw: keep it verbatim rather than lose it, and say so.
                self.warn(
                    prop.line,
                    f"{prop.name} could not be read ({type(exc).__name__}); it was kept as it is",
                )
                taken = False
            if not taken:
                extras.append(prop)
            elif prop.group:
                self.used_groups.add(prop.group.lower())
        if self.notes:
            self.record.note = "\n\n".join(self.notes)
        return extras

    def _finish(self, extras: list[Property]) -> ContactRecord | None:
        """The record with its extra properties, or None (reported) when it holds nothing."""
        record = self.record
        extras.extend(self.members)
        for prop in extras:
            if (
                prop.name in ("X-ABLABEL", "X-ABADR")
                and prop.group
                and prop.group.lower() in self.used_groups
            ):
                continue  # it went with the modelled property of its group
            record.extra_properties.append(
                ExtraPropertyValue(
                    name=safe_name(prop.name),
                    value=prop.value,
                    group=safe_name(prop.group) if prop.group else None,
                    # Its own lists: the property's are shared by every line of its head.
                    params=[(key, list(values)) for key, values in prop.params],
                )
            )
        if _is_blank(record):
            self.problems.append(
                Problem(self.number, self.card.line, "the card holds no contact data", dropped=True)
            )
            return None
        if not record.display_name:
            # What the book would show, so that a record reads back the same as it is stored.
            record.display_name = record.best_display_name()
        return record

    def _group(self) -> GroupCard:
        record = self.record
        name = (
            record.display_name
            or " ".join(p for p in (record.given_name, record.family_name) if p)
            or record.organization
        )
        if not name:
            name = f"Group {self.number}"
            self.warn(self.card.line, f"a group card has no name; its members are tagged {name!r}")
        members = [unescape(m.value).strip() for m in self.members]
        return GroupCard(name=name, members=[m for m in members if m])


_HANDLERS: dict[str, Handler] = {
    "FN": vcard_read_fields.fn,
    "N": vcard_read_fields.n,
    "NICKNAME": vcard_read_fields.nickname,
    "TITLE": vcard_read_fields.text_field,
    "ROLE": vcard_read_fields.text_field,
    "X-PHONETIC-FIRST-NAME": vcard_read_fields.text_field,
    "X-PHONETIC-LAST-NAME": vcard_read_fields.text_field,
    "SOUND": vcard_read_fields.sound,
    "SORT-STRING": vcard_read_fields.text_field,
    "ORG": vcard_read_fields.org,
    "NOTE": vcard_read_fields.note,
    "UID": vcard_read_fields.uid,
    "GENDER": vcard_read_fields.gender,
    "X-GENDER": vcard_read_fields.gender,
    "BDAY": vcard_read_dates.bday,
    "X-ABDATE": vcard_read_dates.abdate,
    "EMAIL": vcard_read_values.email,
    "TEL": vcard_read_values.tel,
    "ADR": vcard_read_values.adr,
    "URL": vcard_read_values.url,
    "IMPP": vcard_read_values.impp,
    "X-SOCIALPROFILE": vcard_read_values.social,
    "SOCIALPROFILE": vcard_read_values.social,
    "RELATED": vcard_read_relations.related,
    "X-ABRELATEDNAMES": vcard_read_relations.related_name,
    "CATEGORIES": vcard_read_fields.categories,
    "PHOTO": vcard_read_photo.photo,
    "KIND": vcard_read_fields.kind,
    "X-ADDRESSBOOKSERVER-KIND": vcard_read_fields.kind,
    "X-ABSHOWAS": vcard_read_fields.show_as,
    "MEMBER": vcard_read_fields.member,
    "X-ADDRESSBOOKSERVER-MEMBER": vcard_read_fields.member,
    "VERSION": vcard_read_fields.ignore,
    "PRODID": vcard_read_fields.ignore,
    "REV": vcard_read_fields.ignore,
    "PROFILE": vcard_read_fields.ignore,
}
for _name in ANNIVERSARY_PROPERTIES:
    _HANDLERS[_name] = vcard_read_dates.anniversary
for _name in RELATION_PROPERTIES:
    _HANDLERS[_name] = vcard_read_relations.legacy_relation
for _name in SOCIAL_PROPERTIES:
    _HANDLERS[_name] = vcard_read_values.legacy_social


# The reader of each name met (None: no reader), so that a name is looked up once per file,
# not once per line. Bounded like the heads: a hostile file may hold any number of names.
_READERS: dict[str, Handler | None] = {}
_READERS_MAX = 4096


def _handler(name: str) -> Handler | None:
    try:
        return _READERS[name]
    except KeyError:
        pass
    if len(_READERS) >= _READERS_MAX:
        _READERS.clear()
    handler = _READERS[name] = _HANDLERS.get(name) or _prefix_handler(name)
    return handler


# Names whose reader takes the line and does nothing with it.
_IGNORED = frozenset(
    name for name, handler in _HANDLERS.items() if handler is vcard_read_fields.ignore
)


def _prefix_handler(name: str) -> Handler | None:
    if name.startswith("X-NETBOOK-"):
        return vcard_read_fields.netbook
    if im_service_of_property(name) is not None:
        return vcard_read_values.legacy_im
    return None


def _is_blank(record: ContactRecord) -> bool:
    return not (
        record.best_display_name()
        or record.addresses
        or record.urls
        or record.note
        or record.social_profiles
        or record.instant_messages
        or record.relations
        or record.photo
        or record.extra_properties
        or record.birthday
        or record.title
        or record.tags
        or not record.how_met.is_empty()
        or record.interactions
        or record.opportunities
    )

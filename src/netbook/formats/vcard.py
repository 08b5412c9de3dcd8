"""vCard files to contacts and back; the only module that imports vobject.

Reading goes in layers, each in its own module, so that one bad card or field never costs more
than itself:

    bytes --vcard_bytes--> ASCII-compatible bytes (BOM, UTF-16/32, binary files refused)
          --vcard_lines--> cards of unfolded lines (line endings, folds, QP soft breaks, caps)
          --vcard_content--> properties (group, name, parameters, decoded value)
          --here--> ContactRecords, Apple group cards as tags, problems with card and line

vobject alone raises on about one real file in seven and reads a whole file as one unit, so
netbook splits and parses the lines itself (which also keeps an import within the speed budget)
and uses vobject where it is sound: the text escaping and structured-value serialisation of the
writer. Tests read every exported file back with vobject.

Writing produces vCard 3.0 (what phones take best) or 4.0: CRLF lines folded at 75 octets, FN
and UID always present, photos as base64 (3.0) or data: URIs (4.0), labels as TYPE parameters
or Apple `itemN.X-ABLabel` lines, netbook's own data as X-NETBOOK-* properties
(vcard_netbook), and every property netbook does not model written back as it was read.
docs/vcard.md describes the mapping.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from vobject.base import backslashEscape
from vobject.vcard import serializeFields

from netbook import __version__
from netbook.formats import images
from netbook.formats.parsed import ParseResult, Problem, UnreadableFileError
from netbook.formats.vcard_bytes import NotTextError, to_ascii_compatible
from netbook.formats.vcard_content import (
    Property,
    components,
    list_values,
    parse_property,
    split_escaped,
    unescape,
)
from netbook.formats.vcard_labels import (
    ANNIVERSARY_PROPERTIES,
    APPLE_BUILTIN_LABELS,
    APPLE_RELATIONS,
    APPLE_SERVICE_NAMES,
    EMAIL_TYPES,
    IM_SERVICES,
    PHONE_TYPES,
    PLAIN_TYPES,
    RELATION_PROPERTIES,
    SOCIAL_PROPERTIES,
    apple_label,
    apple_relation_kind,
    im_service_of_property,
    im_uri,
    phone_label,
    plain_label,
    social_service_of_url,
    split_im_uri,
)
from netbook.formats.vcard_lines import RawCard, split_cards
from netbook.formats.vcard_netbook import (
    INTERACTION,
    NetbookValueError,
    is_netbook_property,
    netbook_properties,
    read_netbook_property,
)
from netbook.formats.vcard_output import (
    caret_decode,
    caret_encode,
    content_line,
    escape_uri,
)
from netbook.model.values import (
    Address,
    ContactRecord,
    ExtraPropertyValue,
    LabelledValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)

__all__ = ["looks_like_vcard", "read_vcards", "write_vcards"]

VERSIONS = ("3.0", "4.0")
PRODID = f"-//netbook//netbook {__version__}//EN"
_SNIFF = re.compile(
    rb"(?:^|[\r\n])[ \t]*(?:[A-Za-z0-9_-]*\.)?(?:BEGIN|END)[ \t]*:[ \t]*VCARD", re.IGNORECASE
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BASE64_ALPHABET = re.compile(r"[A-Za-z0-9+/=\s]+\Z")
_WHITESPACE = re.compile(r"\s+")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9-]")


# -- sniffing ----------------------------------------------------------------------------------


def looks_like_vcard(data: bytes) -> bool:
    """Whether `data` looks like a vCard file: a BEGIN:VCARD (or END:VCARD) near its start.

    Cheap enough for format detection: only the first 16 KB are looked at, after the BOM and
    UTF-16 handling every reader shares.
    """
    try:
        head, _ = to_ascii_compatible(data[:16384])
    except NotTextError:
        return False
    return _SNIFF.search(head) is not None


# -- reading -----------------------------------------------------------------------------------


def read_vcards(data: bytes) -> ParseResult:
    """Every card in `data` as a ContactRecord, with the problems met on the way.

    Raises:
        UnreadableFileError: nothing in the file is a vCard (an image renamed .vcf, an empty
            file, text without any BEGIN:VCARD).
    """
    if not data.strip():
        raise UnreadableFileError("the file is empty")
    try:
        text, unicode_file = to_ascii_compatible(data)
    except NotTextError as exc:
        raise UnreadableFileError(str(exc)) from None
    split = split_cards(text)
    if not split.saw_marker:
        if re.search(rb"BEGIN[ \t]*:[ \t]*VCALENDAR", text[:65536], re.IGNORECASE):
            raise UnreadableFileError("this is an iCalendar file, not a vCard file")
        raise UnreadableFileError("no vCard found: the file has no BEGIN:VCARD line")
    result = ParseResult(format="vcard")
    problems: list[Problem] = list(split.problems)
    groups: list[_GroupCard] = []
    for card in split.cards:
        if card.dropped:
            problems.extend(card.problems)
            continue
        reader = _CardReader(card, unicode_file)
        outcome = reader.read()
        problems.extend(reader.problems)
        if isinstance(outcome, _GroupCard):
            groups.append(outcome)
        elif outcome is not None:
            result.records.append(outcome)
            result.positions.append(card.number)
    _apply_groups(result, groups)
    problems.sort(key=lambda p: (p.line or 0, p.card or 0))
    result.problems = problems
    return result


@dataclass(slots=True)
class _GroupCard:
    """An Apple/iCloud group card (or vCard 4.0 KIND:group): a tag for its members."""

    name: str
    members: list[str] = field(default_factory=list)


def _bare_uuid(uri: str) -> str:
    return uri[9:] if uri[:9].lower() == "urn:uuid:" else uri


def _apply_groups(result: ParseResult, groups: list[_GroupCard]) -> None:
    """Tag the members of each group card: those in this file directly, all of them by UID.

    A member is named by a URI (`urn:uuid:...`) while Apple's cards carry the bare UUID, so
    both spellings are matched here and both are given to the importer.
    """
    if not groups:
        return
    by_uid: dict[str, list[ContactRecord]] = {}
    for record in result.records:
        if record.uid:
            by_uid.setdefault(record.uid, []).append(record)
            by_uid.setdefault(_bare_uuid(record.uid), []).append(record)
    listed: dict[str, set[str]] = {}
    for group in groups:
        uids = result.group_memberships.setdefault(group.name, [])
        seen = listed.setdefault(group.name, set())
        for member in group.members:
            for spelling in dict.fromkeys((member, _bare_uuid(member))):
                if spelling not in seen:
                    seen.add(spelling)
                    uids.append(spelling)
            tagged: set[int] = set()
            for spelling in dict.fromkeys((member, _bare_uuid(member))):
                for record in by_uid.get(spelling, []):
                    if id(record) in tagged:
                        continue
                    tagged.add(id(record))
                    if group.name.casefold() not in {t.casefold() for t in record.tags}:
                        record.tags.append(group.name)


def _optional(text: str) -> str | None:
    return text if text else None


def _preview(raw: bytes) -> str:
    text = raw[:40].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(raw) > 40 else ""))


# Dates: full (1970-01-31, 19700131, with or without a time), yearless (--01-31, --0131),
# and Apple's year 1604 / the year 0000 standing for "no year".
_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\Z")
_YEARLESS = re.compile(r"--(\d{2})-?(\d{2})(?:[T ].*)?\Z")
# Valid vCard 4.0 dates netbook cannot hold as a day of a year: 1985, 1985-04, ---31, --04.
_REDUCED = re.compile(r"\d{4}(?:-\d{2})?\Z|\d{6}\Z|---\d{2}\Z|--\d{2}\Z|T[\d:+\-Z]*\Z")
_NO_YEAR = ("1604", "0000")


class _Keep:
    """Marker: a value that is valid vCard but not something netbook models (kept as is)."""


_KEEP = _Keep()


def _parse_date(value: str, omit_year: str | None) -> str | _Keep | None:
    """An ISO date ("1970-01-31" or "--01-31"), _KEEP, or None when the date is impossible."""
    value = value.strip()
    match = _FULL_DATE.match(value)
    if match is not None:
        year, month, day = match.groups()
        if year in _NO_YEAR or year == omit_year:
            return _yearless(month, day)
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    match = _YEARLESS.match(value)
    if match is not None:
        return _yearless(*match.groups())
    if _REDUCED.match(value):
        return _KEEP
    return None


def _yearless(month: str, day: str) -> str | None:
    try:
        dt.date(2000, int(month), int(day))  # a leap year, so --02-29 is a real birthday
    except ValueError:
        return None
    return f"--{month}-{day}"


Handler = Callable[["_CardReader", Property], bool]


class _CardReader:
    """Turns one card's content lines into a ContactRecord (or a group card).

    Each handler gets a property and returns True when netbook took it (or deliberately dropped
    it); everything else is kept verbatim as an extra property.
    """

    def __init__(self, card: RawCard, unicode_file: bool) -> None:
        self.card = card
        self.number = card.number
        self.unicode_file = unicode_file
        self.problems: list[Problem] = list(card.problems)
        self.record = ContactRecord()
        self.labels: dict[str, str] = {}  # group (lower-case) -> its X-ABLabel, escaped
        self.used_groups: set[str] = set()  # groups a modelled property took (and its label)
        self.seen: set[str] = set()  # single-valued properties already read
        self.im_keys: set[tuple[str | None, str]] = set()
        self.is_group = False
        self.members: list[Property] = []
        self.notes: list[str] = []

    def warn(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.number, line, message, dropped=False))

    def read(self) -> ContactRecord | _GroupCard | None:
        props = self._properties()
        if not props:
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
        for line_number, raw in self.card.lines:
            prop = parse_property(line_number, raw, self.unicode_file)
            if prop is None or prop.name in _STRUCTURE:
                # A BEGIN or END that is not BEGIN:VCARD/END:VCARD (a stray byte after it, a
                # nested calendar) is not data, and written back it would break the card.
                skipped.append(line_number)
                if len(skipped) <= _SKIPPED_LINES_SHOWN:
                    self.warn(line_number, f"not a vCard property, skipped: {_preview(raw)}")
                continue
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
            handler = _HANDLERS.get(prop.name) or _prefix_handler(prop.name)
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
                    name=_safe_name(prop.name),
                    value=prop.value,
                    group=_safe_name(prop.group) if prop.group else None,
                    params=prop.params,
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

    def _group(self) -> _GroupCard:
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
        return _GroupCard(name=name, members=[m for m in members if m])

    # -- helpers -------------------------------------------------------------------------
    def _first(self, name: str) -> bool:
        """True the first time `name` is met; later ones are kept as extra properties."""
        if name in self.seen:
            return False
        self.seen.add(name)
        return True

    def _group_label(self, prop: Property) -> str | None:
        """The X-ABLabel of the property's group (escaped), marking the label as used."""
        if prop.group is None:
            return None
        key = prop.group.lower()
        label = self.labels.get(key)
        if label is not None:
            self.used_groups.add(key)
        return label

    def _label(self, prop: Property, from_types: str | None) -> str | None:
        label = self._group_label(prop)
        if label is not None:
            return apple_label(unescape(label))
        return from_types

    @staticmethod
    def _preferred(prop: Property, types: list[str]) -> bool:
        if "PREF" in types:
            return True
        return any(v.strip() == "1" for v in prop.param("PREF"))

    # -- names and single values ---------------------------------------------------------
    def fn(self, prop: Property) -> bool:
        if not self._first("FN"):
            return False
        self.record.display_name = unescape(prop.value).strip()
        return True

    def n(self, prop: Property) -> bool:
        if not self._first("N"):
            return False
        family, given, additional, prefix, suffix = (components(prop.value) + [""] * 5)[:5]
        record = self.record
        record.family_name = _optional(family)
        record.given_name = _optional(given)
        record.additional_names = _optional(additional)
        record.prefix = _optional(prefix)
        record.suffix = _optional(suffix)
        return True

    def nickname(self, prop: Property) -> bool:
        if not self._first("NICKNAME"):
            return False
        self.record.nickname = _optional(", ".join(v for v in list_values(prop.value) if v))
        return True

    def text_field(self, prop: Property) -> bool:
        attr = _TEXT_FIELDS[prop.name]
        if not self._first(attr):
            return False
        setattr(self.record, attr, _optional(unescape(prop.value)))
        return True

    def org(self, prop: Property) -> bool:
        if not self._first("ORG"):
            return False
        parts = components(prop.value)
        self.record.organization = _optional(parts[0])
        self.record.department = _optional(", ".join(p for p in parts[1:] if p))
        return True

    def note(self, prop: Property) -> bool:
        text = unescape(prop.value)
        if text:
            self.notes.append(text)
        return True

    def uid(self, prop: Property) -> bool:
        if not self._first("UID"):
            return False
        self.record.uid = _optional(unescape(prop.value).strip())
        return True

    def gender(self, prop: Property) -> bool:
        if not self._first("GENDER"):
            return False
        if prop.name == "GENDER":
            sex, identity = ([unescape(p) for p in split_escaped(prop.value, ";")] + [""])[:2]
            value = f"{sex};{identity}" if sex and identity else sex or identity
        else:
            value = unescape(prop.value)
        self.record.gender = _optional(value.strip())
        return True

    def kind(self, prop: Property) -> bool:
        value = unescape(prop.value).strip().lower()
        if value in ("org", "organization", "company"):
            self.record.kind = "organization"
        elif value == "group":
            self.is_group = True
        elif value not in ("individual", "person", ""):
            return False
        return True

    def member(self, prop: Property) -> bool:
        self.members.append(prop)
        return True

    def ignore(self, prop: Property) -> bool:
        # VERSION, PRODID, REV, PROFILE describe the file or its writer, not the contact; netbook
        # writes its own on export.
        return True

    # -- dates -----------------------------------------------------------------------------
    def _date(self, prop: Property, what: str) -> str | _Keep | None:
        if (prop.first_param("VALUE") or "").lower() == "text":
            return _KEEP
        parsed = _parse_date(unescape(prop.value), prop.first_param("X-APPLE-OMIT-YEAR"))
        if parsed is None:
            self.warn(
                prop.line,
                f"the {what} {unescape(prop.value).strip()!r} is not a real date; it was left out",
            )
        return parsed

    def bday(self, prop: Property) -> bool:
        if not prop.value.strip():
            return True
        parsed = self._date(prop, "birthday")
        if isinstance(parsed, _Keep):
            return False
        if parsed is None:
            return True
        if self.record.birthday is None:
            self.record.birthday = parsed
            return True
        return parsed == self.record.birthday or False

    def anniversary(self, prop: Property) -> bool:
        if not prop.value.strip():
            return True
        parsed = self._date(prop, "anniversary")
        if isinstance(parsed, _Keep):
            return False
        if parsed is None:
            return True
        if self.record.anniversary is None:
            self.record.anniversary = parsed
            return True
        return parsed == self.record.anniversary  # the same date written twice (3.0 + Apple)

    def abdate(self, prop: Property) -> bool:
        label = self.labels.get(prop.group.lower()) if prop.group else None
        if label is None or apple_label(unescape(label)).lower() != "anniversary":
            return False
        if self.anniversary(prop):
            self._group_label(prop)
            return True
        return False

    # -- labelled values ---------------------------------------------------------------------
    def email(self, prop: Property) -> bool:
        value = unescape(prop.value).strip()
        if value:
            types = prop.types()
            self.record.emails.append(
                LabelledValue(
                    value, self._label(prop, plain_label(types)), self._preferred(prop, types)
                )
            )
        return True

    def tel(self, prop: Property) -> bool:
        value = unescape(prop.value).strip()
        if value[:4].lower() == "tel:":
            value = value[4:]
        if value:
            types = prop.types()
            self.record.phones.append(
                LabelledValue(
                    value, self._label(prop, phone_label(types)), self._preferred(prop, types)
                )
            )
        return True

    def adr(self, prop: Property) -> bool:
        parts = [_optional(p) for p in (components(prop.value) + [""] * 7)[:7]]
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
            types = prop.types()
            address.label = self._label(prop, plain_label(types))
            address.preferred = self._preferred(prop, types)
            self.record.addresses.append(address)
        return True

    def url(self, prop: Property) -> bool:
        value = unescape(prop.value).strip()
        if value:
            types = prop.types()
            self.record.urls.append(
                LabelledValue(
                    value, self._label(prop, plain_label(types)), self._preferred(prop, types)
                )
            )
        return True

    def impp(self, prop: Property) -> bool:
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
        self._add_im(prop, service, handle, plain_label(types, ignore), types)
        return True

    def legacy_im(self, prop: Property) -> bool:
        service = im_service_of_property(prop.name)
        if service in _SOCIAL_SERVICES:
            return self._add_social(prop, service or "other")
        value = unescape(prop.value).strip()
        if value:
            scheme_service, handle = split_im_uri(value)
            types = prop.types()
            self._add_im(
                prop, service or scheme_service, handle, plain_label(types, set(IM_SERVICES)), types
            )
        return True

    def _add_im(
        self,
        prop: Property,
        service: str | None,
        handle: str,
        from_types: str | None,
        types: list[str],
    ) -> None:
        key = (service, handle.casefold())
        label = self._label(prop, from_types)
        if key in self.im_keys:
            return  # iOS and Sabre write each handle twice: IMPP and X-AIM/X-SKYPE/...
        self.im_keys.add(key)
        self.record.instant_messages.append(
            LabelledValue(handle, label, self._preferred(prop, types), service)
        )

    def social(self, prop: Property) -> bool:
        types = [caret_decode(t).strip().lower() for t in prop.type_values()]
        types = [t for t in types if t and t != "pref"]
        declared = prop.first_param("SERVICE-TYPE") or prop.first_param("X-SERVICE-TYPE")
        if types:
            service = types[0]
        elif declared:
            service = caret_decode(declared).strip().lower()
        else:
            service = social_service_of_url(unescape(prop.value))
        return self._add_social(prop, service)

    def legacy_social(self, prop: Property) -> bool:
        return self._add_social(prop, SOCIAL_PROPERTIES[prop.name])

    def _add_social(self, prop: Property, service: str) -> bool:
        value = unescape(prop.value).strip()
        if value:
            label = self._group_label(prop)
            self.record.social_profiles.append(
                SocialProfileValue(
                    service=service,
                    value=value,
                    label=apple_label(unescape(label)) if label is not None else None,
                )
            )
        return True

    # -- relations ----------------------------------------------------------------------------
    def _relation_label(self, prop: Property, kind: str | None) -> tuple[str, str | None]:
        """(kind, label) from the TYPE-given kind and the group's X-ABLabel."""
        label_text = self._group_label(prop)
        label = None
        if label_text is not None:
            text = unescape(label_text)
            builtin = apple_relation_kind(text)
            if builtin is not None and (kind is None or kind == builtin):
                kind = builtin
            else:
                label = apple_label(text)
        return kind or "other", label

    def related(self, prop: Property) -> bool:
        value = unescape(prop.value).strip()
        if not value:
            return True
        value_type = (prop.first_param("VALUE") or "").lower()
        kinds = [caret_decode(t).strip().lower() for t in prop.type_values()]
        kinds = [k for k in kinds if k and k != "pref"]
        name_param = prop.first_param("X-NETBOOK-NAME")
        name: str | None = value
        uid: str | None = None
        if value_type == "uri" or (value_type != "text" and _SCHEME.match(value)):
            name, uid = (caret_decode(name_param) if name_param else None), value
        kind, label = self._relation_label(prop, kinds[0] if kinds else None)
        self.record.relations.append(RelationValue(kind=kind, name=name, uid=uid, label=label))
        return True

    def related_name(self, prop: Property) -> bool:
        name = unescape(prop.value).strip()
        uid_param = prop.first_param("X-NETBOOK-UID")
        uid = caret_decode(uid_param) if uid_param else None
        if not name and not uid:
            return True
        kinds = [caret_decode(t).strip().lower() for t in prop.type_values()]
        kinds = [k for k in kinds if k and k != "pref"]
        kind, label = self._relation_label(prop, kinds[0] if kinds else None)
        self.record.relations.append(
            RelationValue(kind=kind, name=name or None, uid=uid, label=label)
        )
        return True

    def legacy_relation(self, prop: Property) -> bool:
        name = unescape(prop.value).strip()
        if name:
            self.record.relations.append(
                RelationValue(kind=RELATION_PROPERTIES[prop.name], name=name)
            )
        return True

    # -- tags, photo, kind, netbook's own ---------------------------------------------------
    def categories(self, prop: Property) -> bool:
        known = {t.casefold() for t in self.record.tags}
        for tag in list_values(prop.value):
            tag = tag.strip()
            if tag and tag.casefold() not in known:
                known.add(tag.casefold())
                self.record.tags.append(tag)
        return True

    def show_as(self, prop: Property) -> bool:
        value = unescape(prop.value).strip().upper()
        if value == "COMPANY":
            self.record.kind = "organization"
            return True
        return value in ("PERSON", "INDIVIDUAL", "")

    def photo(self, prop: Property) -> bool:
        if self.record.photo is not None:
            return False
        value = prop.value.strip()
        if not value:
            return True
        encoding = (prop.first_param("ENCODING") or "").upper()
        data: bytes | None
        if value[:5].lower() == "data:":
            header, comma, payload = value.partition(",")
            if not comma:
                self.warn(prop.line, "the photo's data: URI has no data; the photo was left out")
                return True
            if ";base64" in header.lower():
                data = self._base64(prop, payload)
            else:
                data = urllib.parse.unquote_to_bytes(payload)
        elif encoding in ("B", "BASE64"):
            data = self._base64(prop, value)
        elif _SCHEME.match(unescape(value)) or (prop.first_param("VALUE") or "").lower() in (
            "uri",
            "url",
        ):
            # A remote picture is remembered, never fetched: an untrusted file must not make
            # netbook reach the network.
            self.record.photo = PhotoValue(uri=unescape(value))
            return True
        elif len(value) > 64 and _BASE64_ALPHABET.match(value):
            data = self._base64(prop, value)  # base64 without its ENCODING parameter
        else:
            return False
        if data is None:
            return True
        try:
            media_type = images.sniff_media_type(data)
            thumb = images.thumbnail(data)
        except images.BadImageError as exc:
            reason = str(exc)
            if "<_io." in reason:  # Pillow names its buffer object; that helps nobody
                reason = reason.split(" (", 1)[0]
            self.warn(prop.line, f"{reason}; the photo was left out")
            return True
        self.record.photo = PhotoValue(data=data, media_type=media_type, thumbnail=thumb)
        return True

    def _base64(self, prop: Property, text: str) -> bytes | None:
        clean = _WHITESPACE.sub("", text)
        if len(clean) * 3 // 4 > images.MAX_PHOTO_BYTES:
            self.warn(
                prop.line,
                f"the photo is larger than "
                f"{images.MAX_PHOTO_BYTES // (1024 * 1024)} MB; it was left out",
            )
            return None
        try:
            return binascii.a2b_base64(clean.encode("ascii", errors="ignore"))
        except binascii.Error:
            self.warn(
                prop.line, "the photo's base64 data is broken (cut short?); the photo was left out"
            )
            return None

    def netbook(self, prop: Property) -> bool:
        if not is_netbook_property(prop.name):
            return False
        parts = split_escaped(prop.value, ";")
        participants = list_values(parts[4]) if prop.name == INTERACTION and len(parts) > 4 else []
        try:
            read_netbook_property(
                self.record, prop.name, [unescape(p) for p in parts], participants
            )
        except NetbookValueError as exc:
            self.warn(prop.line, f"{exc}; {prop.name} was left out")
        return True


_STRUCTURE = {"BEGIN", "END"}
_SKIPPED_LINES_SHOWN = 3
_TEXT_FIELDS = {
    "TITLE": "title",
    "ROLE": "role",
    "X-PHONETIC-FIRST-NAME": "phonetic_given_name",
    "X-PHONETIC-LAST-NAME": "phonetic_family_name",
}
_SOCIAL_SERVICES = set(SOCIAL_PROPERTIES.values())

_HANDLERS: dict[str, Handler] = {
    "FN": _CardReader.fn,
    "N": _CardReader.n,
    "NICKNAME": _CardReader.nickname,
    "TITLE": _CardReader.text_field,
    "ROLE": _CardReader.text_field,
    "X-PHONETIC-FIRST-NAME": _CardReader.text_field,
    "X-PHONETIC-LAST-NAME": _CardReader.text_field,
    "ORG": _CardReader.org,
    "NOTE": _CardReader.note,
    "UID": _CardReader.uid,
    "GENDER": _CardReader.gender,
    "X-GENDER": _CardReader.gender,
    "BDAY": _CardReader.bday,
    "X-ABDATE": _CardReader.abdate,
    "EMAIL": _CardReader.email,
    "TEL": _CardReader.tel,
    "ADR": _CardReader.adr,
    "URL": _CardReader.url,
    "IMPP": _CardReader.impp,
    "X-SOCIALPROFILE": _CardReader.social,
    "SOCIALPROFILE": _CardReader.social,
    "RELATED": _CardReader.related,
    "X-ABRELATEDNAMES": _CardReader.related_name,
    "CATEGORIES": _CardReader.categories,
    "PHOTO": _CardReader.photo,
    "KIND": _CardReader.kind,
    "X-ADDRESSBOOKSERVER-KIND": _CardReader.kind,
    "X-ABSHOWAS": _CardReader.show_as,
    "MEMBER": _CardReader.member,
    "X-ADDRESSBOOKSERVER-MEMBER": _CardReader.member,
    "VERSION": _CardReader.ignore,
    "PRODID": _CardReader.ignore,
    "REV": _CardReader.ignore,
    "PROFILE": _CardReader.ignore,
}
for _name in ANNIVERSARY_PROPERTIES:
    _HANDLERS[_name] = _CardReader.anniversary
for _name in RELATION_PROPERTIES:
    _HANDLERS[_name] = _CardReader.legacy_relation
for _name in SOCIAL_PROPERTIES:
    _HANDLERS[_name] = _CardReader.legacy_social


def _prefix_handler(name: str) -> Handler | None:
    if name.startswith("X-NETBOOK-"):
        return _CardReader.netbook
    if im_service_of_property(name) is not None:
        return _CardReader.legacy_im
    return None


def _safe_name(name: str) -> str:
    """A property or group name as vCard allows it (old KAddressBook wrote slashes)."""
    return _SAFE_NAME.sub("-", name)


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


# -- writing -----------------------------------------------------------------------------------


def write_vcards(records: Sequence[ContactRecord], version: str = "3.0") -> str:
    """The records as one vCard file (text with CRLF lines, folded at 75 octets).

    Raises:
        ValueError: `version` is neither "3.0" nor "4.0".
    """
    if version not in VERSIONS:
        raise ValueError(f"netbook writes vCard 3.0 or 4.0, not {version!r}")
    return "".join(_CardWriter(record, version).text() for record in records)


def _text(value: str) -> str:
    escaped: str = backslashEscape(value)
    return escaped


def _structured(parts: Sequence[str | None]) -> str:
    serialized: str = serializeFields([p or "" for p in parts])
    return serialized


_MEDIA_TYPE_NAMES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/bmp": "BMP",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
}
_ANNIVERSARY_LABEL = "_$!<Anniversary>!$_"


class _CardWriter:
    """One record as one card of vCard 3.0 or 4.0."""

    def __init__(self, record: ContactRecord, version: str) -> None:
        self.record = record
        self.v4 = version == "4.0"
        self.version = version
        self.lines: list[str] = []
        self.taken_groups = {x.group.lower() for x in record.extra_properties if x.group}
        self.next_group = 0

    def add(
        self,
        name: str,
        value: str,
        params: Sequence[tuple[str, Sequence[str]]] = (),
        group: str | None = None,
    ) -> None:
        self.lines.append(content_line(name, value, group, params))

    def new_group(self) -> str:
        while True:
            self.next_group += 1
            group = f"item{self.next_group}"
            if group not in self.taken_groups:
                return group

    def _type_params(self, types: Sequence[str], preferred: bool) -> list[tuple[str, list[str]]]:
        types = list(types)
        params: list[tuple[str, list[str]]] = []
        if preferred:
            if self.v4:
                params.append(("PREF", ["1"]))
            else:
                types.append("PREF")
        if types:
            params.insert(0, ("TYPE", [t.lower() if self.v4 else t for t in types]))
        return params

    def labelled(
        self,
        name: str,
        value: str,
        label: str | None,
        preferred: bool,
        vocabulary: dict[str, tuple[str, ...]],
        always: Sequence[str] = (),
        params: Sequence[tuple[str, list[str]]] = (),
    ) -> None:
        """A value whose label is TYPE parameters (vocabulary words) or an X-ABLabel line."""
        types = list(always)
        group = None
        if label is not None:
            if label in vocabulary:
                types.extend(t for t in vocabulary[label] if t not in types)
            else:
                group = self.new_group()
        self.add(name, value, [*params, *self._type_params(types, preferred)], group)
        if group is not None and label is not None:
            self.add("X-ABLabel", APPLE_BUILTIN_LABELS.get(label) or _text(label), group=group)

    def text(self) -> str:
        r = self.record
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{self.version}\r\n"]
        self.add("PRODID", PRODID)
        if r.uid:
            self.add("UID", escape_uri(r.uid))
        if self.v4 and r.kind == "organization":
            self.add("KIND", "org")
        self.add("FN", _text(r.display_name.strip() or r.best_display_name()))
        self.add(
            "N", _structured([r.family_name, r.given_name, r.additional_names, r.prefix, r.suffix])
        )
        if not self.v4 and r.kind == "organization":
            self.add("X-ABShowAs", "COMPANY")
        if r.nickname:
            self.add("NICKNAME", _text(r.nickname))
        if r.phonetic_given_name:
            self.add("X-PHONETIC-FIRST-NAME", _text(r.phonetic_given_name))
        if r.phonetic_family_name:
            self.add("X-PHONETIC-LAST-NAME", _text(r.phonetic_family_name))
        if r.organization or r.department:
            self.add(
                "ORG",
                _structured([r.organization, r.department])
                if r.department
                else _text(r.organization or ""),
            )
        if r.title:
            self.add("TITLE", _text(r.title))
        if r.role:
            self.add("ROLE", _text(r.role))
        self._dates()
        if r.gender:
            self._gender(r.gender)
        for email in r.emails:
            self.labelled(
                "EMAIL",
                escape_uri(email.value),
                email.label,
                email.preferred,
                EMAIL_TYPES,
                always=() if self.v4 else ("INTERNET",),
            )
        for phone in r.phones:
            self.labelled("TEL", escape_uri(phone.value), phone.label, phone.preferred, PHONE_TYPES)
        for adr in r.addresses:
            self.labelled(
                "ADR",
                _structured(
                    [
                        adr.po_box,
                        adr.extended,
                        adr.street,
                        adr.locality,
                        adr.region,
                        adr.postal_code,
                        adr.country,
                    ]
                ),
                adr.label,
                adr.preferred,
                PLAIN_TYPES,
            )
        for link in r.urls:
            self.labelled("URL", escape_uri(link.value), link.label, link.preferred, PLAIN_TYPES)
        for im in r.instant_messages:
            service = (
                [
                    (
                        "X-SERVICE-TYPE",
                        [APPLE_SERVICE_NAMES.get(im.service, caret_encode(im.service))],
                    )
                ]
                if im.service
                else []
            )
            self.labelled(
                "IMPP",
                escape_uri(im_uri(im.service, im.value)),
                im.label,
                im.preferred,
                PLAIN_TYPES,
                params=service,
            )
        for profile in r.social_profiles:
            group = self.new_group() if profile.label is not None else None
            self.add(
                "X-SOCIALPROFILE",
                escape_uri(profile.value),
                [("TYPE", [caret_encode(profile.service)])],
                group,
            )
            if group is not None and profile.label is not None:
                self.add("X-ABLabel", _text(profile.label), group=group)
        for relation in r.relations:
            self._relation(relation)
        if r.tags:
            self.add("CATEGORIES", ",".join(_text(t) for t in r.tags))
        if r.note:
            self.add("NOTE", _text(r.note))
        if r.photo is not None:
            self._photo(r.photo)
        for name, parts in netbook_properties(r):
            self.add(
                name,
                ";".join(
                    ",".join(_text(x) for x in part) if isinstance(part, list) else _text(part)
                    for part in parts
                ),
            )
        for extra in r.extra_properties:
            if extra.name.upper() in _STRUCTURE or extra.name.upper() == "VERSION":
                continue  # never a contact's data; written back it would break the card
            value = extra.value
            if "\n" in value or "\r" in value:
                value = value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
            self.add(
                _safe_name(extra.name),
                value,
                extra.params,
                _safe_name(extra.group) if extra.group else None,
            )
        self.lines.append("END:VCARD\r\n")
        return "".join(self.lines)

    def _date(self, iso: str) -> str:
        if self.v4:
            return (
                iso.replace("-", "")
                if not iso.startswith("--")
                else "--" + iso[2:].replace("-", "")
            )
        return iso

    def _dates(self) -> None:
        r = self.record
        if r.birthday:
            self.add("BDAY", self._date(r.birthday))
        if r.anniversary:
            if self.v4:
                self.add("ANNIVERSARY", self._date(r.anniversary))
            else:
                # Both spellings 3.0 clients use; reading takes the first and skips its twin.
                self.add("X-ANNIVERSARY", r.anniversary)
                group = self.new_group()
                self.add("X-ABDATE", r.anniversary, group=group)
                self.add("X-ABLabel", _ANNIVERSARY_LABEL, group=group)

    def _gender(self, gender: str) -> None:
        if not self.v4:
            self.add("X-GENDER", _text(gender))
            return
        sex, semicolon, identity = gender.partition(";")
        if semicolon and len(sex) <= 1:
            self.add("GENDER", f"{sex};{_text(identity)}")
        elif len(gender) == 1:
            self.add("GENDER", gender)
        else:
            self.add("GENDER", ";" + _text(gender))

    def _relation(self, relation: RelationValue) -> None:
        if not relation.name and not relation.uid:
            return
        kind = relation.kind or "other"
        params: list[tuple[str, list[str]]] = [("TYPE", [caret_encode(kind)])]
        label = relation.label
        if label is None and not self.v4 and relation.name and kind in APPLE_RELATIONS:
            label = f"_$!<{APPLE_RELATIONS[kind]}>!$_"
        group = self.new_group() if label is not None else None
        if relation.name and (not self.v4 or not relation.uid):
            if not self.v4:
                if relation.uid:
                    params.append(("X-NETBOOK-UID", [caret_encode(relation.uid)]))
                self.add("X-ABRELATEDNAMES", _text(relation.name), params, group)
            else:
                self.add("RELATED", _text(relation.name), [("VALUE", ["text"]), *params], group)
        else:
            assert relation.uid is not None
            if not _SCHEME.match(relation.uid):
                params.insert(0, ("VALUE", ["uri"]))
            if relation.name:
                params.append(("X-NETBOOK-NAME", [caret_encode(relation.name)]))
            self.add("RELATED", escape_uri(relation.uid), params, group)
        if group is not None and label is not None:
            self.add("X-ABLabel", _text(label), group=group)

    def _photo(self, photo: PhotoValue) -> None:
        if photo.data:
            media_type = photo.media_type or _guess_media_type(photo.data)
            encoded = base64.b64encode(photo.data).decode("ascii")
            if self.v4:
                self.add(
                    "PHOTO", f"data:{media_type or 'application/octet-stream'};base64,{encoded}"
                )
            else:
                name = _MEDIA_TYPE_NAMES.get(media_type or "", "")
                if not name and media_type and "/" in media_type:
                    name = media_type.split("/", 1)[1].upper()
                params: list[tuple[str, list[str]]] = [("ENCODING", ["b"])]
                if name:
                    params.append(("TYPE", [name]))
                self.add("PHOTO", encoded, params)
        elif photo.uri:
            bare = self.v4 and _SCHEME.match(photo.uri) is not None
            self.add("PHOTO", escape_uri(photo.uri), () if bare else [("VALUE", ["uri"])])


def _guess_media_type(data: bytes) -> str | None:
    for magic, media in (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG", "image/png"),
        (b"GIF8", "image/gif"),
        (b"RIFF", "image/webp"),
        (b"BM", "image/bmp"),
    ):
        if data.startswith(magic):
            return media
    return None

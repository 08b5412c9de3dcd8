"""A ContactRecord written as one vCard 3.0 or 4.0 card.

The writer decides what every field becomes in each version (docs/vcard.md, "How a file is
written"): the order of the lines, TYPE parameters or Apple `itemN.X-ABLabel` groups for labels,
dates, gender, IM, social profiles, relations and photos per version, netbook's own data as
X-NETBOOK-* (vcard_netbook), and every extra property written back as it was read. Lines are
made and folded by vcard_output.

Text escaping is vobject's (`backslashEscape`, `serializeFields`), and formats/vcard.py is the
one module allowed to depend on vobject, so vcard.py hands the two functions in as an
`Escaping`; this module never touches vobject and can be read and tested on its own.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import NamedTuple

from netbook import __version__
from netbook.formats.vcard.content import STRUCTURE_NAMES, URI_SCHEME
from netbook.formats.vcard.labels import (
    APPLE_BUILTIN_LABELS,
    APPLE_RELATIONS,
    APPLE_SERVICE_NAMES,
    EMAIL_TYPES,
    PHONE_TYPES,
    PLAIN_TYPES,
    im_uri,
)
from netbook.formats.vcard.netbook_properties import (
    PERCENT,
    PERCENT_PARAM,
    needs_percent,
    netbook_properties,
    percent_encode,
)
from netbook.formats.vcard.output import caret_encode, content_line, escape_uri, safe_name
from netbook.model.values import ContactRecord, PhotoValue, RelationValue

VERSIONS = ("3.0", "4.0")
PRODID = f"-//netbook//netbook {__version__}//EN"


class Escaping(NamedTuple):
    """How text values are escaped: a text value, and a structured value (N, ORG, ADR)."""

    text: Callable[[str], str]
    structured: Callable[[Sequence[str | None]], str]


_MEDIA_TYPE_NAMES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/bmp": "BMP",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
}
_ANNIVERSARY_LABEL = "_$!<Anniversary>!$_"


class CardWriter:
    """One record as one card of vCard 3.0 or 4.0."""

    def __init__(self, record: ContactRecord, version: str, escaping: Escaping) -> None:
        self.record = record
        self._escape = escaping.text
        self._fields = escaping.structured
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
            self.add(
                "X-ABLabel", APPLE_BUILTIN_LABELS.get(label) or self._escape(label), group=group
            )

    def text(self) -> str:
        r = self.record
        self.lines = ["BEGIN:VCARD\r\n", f"VERSION:{self.version}\r\n"]
        self.add("PRODID", PRODID)
        if r.uid:
            self.add("UID", escape_uri(r.uid))
        if self.v4 and r.kind == "organization":
            self.add("KIND", "org")
        self.add("FN", self._escape(r.display_name.strip() or r.best_display_name()))
        self.add(
            "N",
            self._fields([r.family_name, r.given_name, r.additional_names, r.prefix, r.suffix]),
            [("SORT-AS", [caret_encode(r.sort_as)])] if r.sort_as and self.v4 else [],
        )
        if not self.v4 and r.kind == "organization":
            self.add("X-ABShowAs", "COMPANY")
        if r.nickname:
            self.add("NICKNAME", self._escape(r.nickname))
        if r.phonetic_given_name:
            self.add("X-PHONETIC-FIRST-NAME", self._escape(r.phonetic_given_name))
        if r.phonetic_family_name:
            self.add("X-PHONETIC-LAST-NAME", self._escape(r.phonetic_family_name))
        if r.sort_as and not self.v4:
            self.add("SORT-STRING", self._escape(r.sort_as))  # 3.0 has no SORT-AS
        if r.organization or r.department:
            self.add(
                "ORG",
                self._fields([r.organization, r.department])
                if r.department
                else self._escape(r.organization or ""),
            )
        if r.title:
            self.add("TITLE", self._escape(r.title))
        if r.role:
            self.add("ROLE", self._escape(r.role))
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
                self._fields(
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
                self.add("X-ABLabel", self._escape(profile.label), group=group)
        for relation in r.relations:
            self._relation(relation)
        if r.tags:
            self.add("CATEGORIES", ",".join(self._escape(t) for t in r.tags))
        if r.note:
            self.add("NOTE", self._escape(r.note))
        if r.photo is not None:
            self._photo(r.photo)
        for name, parts in netbook_properties(r):
            percent = needs_percent(parts)
            code = percent_encode if percent else str
            self.add(
                name,
                ";".join(
                    ",".join(self._escape(code(x)) for x in part)
                    if isinstance(part, list)
                    else self._escape(code(part))
                    for part in parts
                ),
                [(PERCENT_PARAM, [PERCENT])] if percent else (),
            )
        for extra in r.extra_properties:
            if extra.name.upper() in STRUCTURE_NAMES or extra.name.upper() == "VERSION":
                continue  # never a contact's data; written back it would break the card
            value = extra.value
            if "\n" in value or "\r" in value:
                value = value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
            self.add(
                safe_name(extra.name),
                value,
                extra.params,
                safe_name(extra.group) if extra.group else None,
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
            self.add("X-GENDER", self._escape(gender))
            return
        sex, semicolon, identity = gender.partition(";")
        if semicolon and len(sex) <= 1:
            self.add("GENDER", f"{sex};{self._escape(identity)}")
        elif len(gender) == 1:
            self.add("GENDER", gender)
        else:
            self.add("GENDER", ";" + self._escape(gender))

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
                self.add("X-ABRELATEDNAMES", self._escape(relation.name), params, group)
            else:
                self.add(
                    "RELATED", self._escape(relation.name), [("VALUE", ["text"]), *params], group
                )
        else:
            assert relation.uid is not None
            if not URI_SCHEME.match(relation.uid):
                params.insert(0, ("VALUE", ["uri"]))
            if relation.name:
                params.append(("X-NETBOOK-NAME", [caret_encode(relation.name)]))
            self.add("RELATED", escape_uri(relation.uid), params, group)
        if group is not None and label is not None:
            self.add("X-ABLabel", self._escape(label), group=group)

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
            bare = self.v4 and URI_SCHEME.match(photo.uri) is not None
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

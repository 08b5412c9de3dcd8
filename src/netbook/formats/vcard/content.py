"""One vCard content line, `group.NAME;PARAM=value:value`, parsed from bytes, and text escapes.

The parser is tolerant where real clients are sloppy: lower-case or mixed-case names, vCard 2.1
bare parameters (`TEL;WORK;VOICE:`, `PHOTO;BASE64:`), quoted parameter values with colons and
commas in them, empty groups, underscores (Lotus Notes) and slashes (old KAddressBook) in names.
A line that has no `name:` at its start is not guessed at: `split_line` returns None and the
caller reports the line.

Values come out as text still in their escaped vCard form (`\\n`, `\\,`, `\\;`), so a property
netbook does not model can be written back exactly as it was read; `unescape`, `components` and
`list_values` turn them into plain text where netbook uses them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from netbook.formats.vcard.encoding import decode_quoted_printable, decode_value

_NAME = re.compile(rb"[ \t]*(?:([A-Za-z0-9_/-]*)\.)?([A-Za-z0-9_/-]+)[ \t]*([;:])")
_PARAM = re.compile(rb';[ \t]*([^=;:"\s]*)[ \t]*(?:=((?:"[^"]*"|[^;:"])*))?')
_PARAM_VALUES = re.compile(rb'"([^"]*)"|([^,]+)')

# vCard 2.1 lets a parameter be its value alone; these say which parameter it belongs to.
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_BARE_VALUES = {"URL", "URI", "CID", "CONTENT-ID", "INLINE"}
_BARE_CHARSETS = {"UTF-8", "US-ASCII", "ISO-8859-1", "WINDOWS-1252", "SHIFT_JIS"}

# The names that delimit a card, never a contact's data (read as a property or written back as
# one, they would break the card).
STRUCTURE_NAMES = {"BEGIN", "END"}
# A value that starts with a URI scheme (`urn:`, `https:`, `data:`...).
URI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")

Params = list[tuple[str, list[str]]]
_T = TypeVar("_T")


class Head:
    """A parsed line head, `group.NAME;PARAMS` before the colon, shared by every line that
    starts with the same bytes (see `_HEADS`), with what follows from it alone worked out
    once: its TYPE values, the preferred flag, the labels the TYPE values give."""

    __slots__ = (
        "_derived",
        "_preferred",
        "_upper",
        "_written",
        "charset",
        "group",
        "name",
        "params",
        "quoted_printable",
    )

    def __init__(
        self,
        name: str,
        group: str | None,
        params: Params,
        quoted_printable: bool,
        charset: str | None,
    ) -> None:
        self.name = name
        self.group = group
        self.params = params
        self.quoted_printable = quoted_printable
        self.charset = charset
        self._written: list[str] | None = None
        self._upper: list[str] | None = None
        self._preferred: bool | None = None
        self._derived: dict[Callable[[list[str]], object], object] = {}

    def type_values(self) -> list[str]:
        """`Property.type_values`, shared: read it, never change it."""
        if self._written is None:
            found: list[str] = []
            for key, values in self.params:
                if key == "TYPE":
                    for value in values:
                        for part in value.split(","):
                            part = part.strip()
                            if part and part not in found:
                                found.append(part)
            self._written = found
        return self._written

    def types(self) -> list[str]:
        """`Property.types`, shared: read it, never change it."""
        if self._upper is None:
            self._upper = list(dict.fromkeys(t.upper() for t in self.type_values()))
        return self._upper

    def preferred(self) -> bool:
        """Whether the value is the preferred one: TYPE=PREF (3.0) or PREF=1 (4.0)."""
        if self._preferred is None:
            self._preferred = "PREF" in self.types() or any(
                value.strip() == "1"
                for key, values in self.params
                if key == "PREF"
                for value in values
            )
        return self._preferred

    def derived(self, work: Callable[[list[str]], _T]) -> _T:
        """`work(self.types())`, worked out once per head (a label from the TYPE values)."""
        try:
            return cast(_T, self._derived[work])
        except KeyError:
            value = self._derived[work] = work(list(self.types()))  # its own list to keep
            return value


@dataclass(slots=True)
class Property:
    """A content line: name and parameter names upper-case, the value in escaped form.

    `params` is shared with the other lines of the same head: read it, never change it.
    """

    name: str
    value: str
    group: str | None
    params: Params
    line: int
    head: Head

    def param(self, name: str) -> list[str]:
        """Every value of parameter `name` (upper-case), in order."""
        found: list[str] = []
        for key, values in self.params:
            if key == name:
                found.extend(values)
        return found

    def first_param(self, name: str) -> str | None:
        for key, values in self.params:
            if key == name and values:
                return values[0]
        return None

    def type_values(self) -> list[str]:
        """The TYPE values as written, split on commas even inside quotes (`TYPE="work,voice"`)."""
        return list(self.head.type_values())

    def types(self) -> list[str]:
        """The TYPE values upper-case, in order, each once."""
        return list(self.head.types())


def _text(raw: bytes) -> str:
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
    return raw.decode("ascii") if raw.isascii() else decode_value(raw)


def _param_values(raw: bytes) -> list[str]:
    if b'"' not in raw:
        return [_text(v) for v in raw.split(b",")]
    # A stray quote inside an unquoted value cannot be written back; it carries no meaning.
    return [
        _text(quoted if quoted or not plain else plain.replace(b'"', b""))
        for quoted, plain in _PARAM_VALUES.findall(raw)
    ]


def _bare_param(value: str) -> tuple[str, list[str]]:
    upper = value.upper()
    if upper in _BARE_ENCODINGS:
        return "ENCODING", [value]
    if upper in _BARE_VALUES:
        return "VALUE", [value]
    if upper in _BARE_CHARSETS:
        return "CHARSET", [value]
    return "TYPE", [value]


def _parse_params(raw: bytes, start: int, params: Params) -> int | None:
    """Parse `;NAME=values` from `start`; the index of the ':' that ends them, or None."""
    pos = start
    length = len(raw)
    while pos < length and raw[pos] == 59:  # ";"
        match = _PARAM.match(raw, pos)
        if match is None:
            return None
        name, values = match.group(1), match.group(2)
        pos = match.end()
        if not name:
            continue  # ";;" or ";=x": nothing to keep
        if values is None:
            params.append(_bare_param(_text(name)))
        else:
            params.append((_text(name).upper(), _param_values(values)))
    if pos < length and raw[pos] == 58:  # ":"
        return pos
    return None


def _parse_params_loosely(raw: bytes, start: int, params: Params) -> int | None:
    """Fallback for unbalanced quotes: parameters end at the first colon, quotes or not."""
    colon = raw.find(b":", start)
    if colon < 0:
        return None
    for chunk in raw[start:colon].split(b";"):
        if not chunk.strip():
            continue
        name, sep, values = chunk.partition(b"=")
        if not sep:
            params.append(_bare_param(_text(name.strip())))
        else:
            params.append((_text(name.strip()).upper(), [_text(values.replace(b'"', b""))]))
    return colon


def _split_params(segment: bytes, params: Params) -> None:
    """`;NAME=a,b;BARE` without any double quote: plain splitting is enough (the common case)."""
    for chunk in segment.split(b";"):
        name, equals, values = chunk.partition(b"=")
        name = name.strip()
        if not name:
            continue
        if equals:
            params.append((_text(name).upper(), [_text(v) for v in values.split(b",")]))
        else:
            params.append(_bare_param(_text(name)))


_PARAM_NAME_JUNK = re.compile(r"[^A-Za-z0-9-]")


def _clean_params(params: Params) -> Params:
    """Parameters as they can be written back: names of letters, digits and dashes (a mangled
    name keeps its place with the others replaced), and no double quote in any value."""
    if all(
        _PARAM_NAME_JUNK.search(name) is None and not any('"' in v for v in values)
        for name, values in params
    ):
        return params
    cleaned: Params = []
    for name, values in params:
        name = _PARAM_NAME_JUNK.sub("-", name.replace('"', ""))
        if name:
            cleaned.append((name, [v.replace('"', "") for v in values]))
    return cleaned


# Parsed heads by their bytes: real files repeat a few dozen heads
# ("EMAIL;type=INTERNET;type=WORK") on every card, and parsing them is most of the cost of a
# line. Bounded: cleared when full, and only short heads without quotes are kept.
_HEADS: dict[bytes, Head] = {}
_HEADS_MAX = 4096
_HEAD_MAX_BYTES = 256


def split_line(raw: bytes) -> tuple[Head, bytes] | None:
    """The head of the content line `raw` and its value's bytes, or None when it is not a
    content line; `property_of` makes the property (a caller may skip lines by their head)."""
    colon = raw.find(b":")
    if 0 < colon <= _HEAD_MAX_BYTES:
        head = _HEADS.get(raw[:colon])
        if head is not None:
            return head, raw[colon + 1 :]
    parsed = _parse_head(raw)
    if parsed is None:
        return None
    head, colon, cacheable = parsed
    if cacheable and colon <= _HEAD_MAX_BYTES:
        if len(_HEADS) >= _HEADS_MAX:
            _HEADS.clear()
        _HEADS[raw[:colon]] = head
    return head, raw[colon + 1 :]


def _parse_head(raw: bytes) -> tuple[Head, int, bool] | None:
    """Name, group, parameters, quoted-printable and charset of a line; the index of the colon
    that ends them; and whether the head may be cached (no quotes: it ends at the first colon)."""
    match = _NAME.match(raw)
    if match is None:
        return None
    params: Params = []
    colon = match.end() - 1
    cacheable = True
    if raw[colon] == 59:  # ";": parameters up to the colon that starts the value
        start = colon
        colon = raw.find(b":", start)
        if colon < 0:
            return None
        segment = raw[start + 1 : colon]
        if b'"' not in segment:
            _split_params(segment, params)
        else:
            # A quoted value may hold colons: parse quote by quote, loosely if they are broken.
            cacheable = False
            found = _parse_params(raw, start, params)
            if found is None:
                params = []
                found = _parse_params_loosely(raw, start, params)
                if found is None:
                    return None
            colon = found
    if params:
        params = _clean_params(params)
    group_raw, name_raw = match.group(1), match.group(2)
    # Lotus Notes writes underscores where the standard has dashes.
    name = name_raw.decode("ascii").upper().replace("_", "-")
    group = group_raw.decode("ascii") if group_raw else None
    quoted_printable = False
    charset = None
    if params:
        for key, values in params:
            if key == "ENCODING" and any(v.upper() == "QUOTED-PRINTABLE" for v in values):
                quoted_printable = True
            elif key == "CHARSET" and values:
                charset = values[0]
        if quoted_printable or charset:
            # The value is decoded now, so these parameters no longer describe it.
            params = [
                (key, values)
                for key, values in params
                if key != "CHARSET"
                and not (key == "ENCODING" and any(v.upper() == "QUOTED-PRINTABLE" for v in values))
            ]
    return Head(name, group, params, quoted_printable, charset), colon, cacheable


def property_of(line_number: int, head: Head, value_raw: bytes, unicode_file: bool) -> Property:
    """The property of a line split by `split_line`, its value decoded."""
    if head.quoted_printable:
        value_raw = decode_quoted_printable(value_raw)
        value = decode_value(value_raw, head.charset, unicode_file=False)
        if "\n" in value or "\r" in value:
            # Newlines are literal inside quoted-printable; give them their escaped 3.0 form so
            # every value downstream is in one form and none can break a line when written.
            value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    elif value_raw.isascii():
        value = value_raw.decode("ascii")
    else:
        value = decode_value(value_raw, head.charset, unicode_file)
    if "\x00" in value:
        value = value.replace("\x00", "")
    return Property(head.name, value, head.group, head.params, line_number, head)


# -- text values -------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"'}


def _unescape_match(match: re.Match[str]) -> str:
    char = match.group(1)
    # An unknown escape ("C:\Users") is most likely a sloppy writer's literal backslash.
    return _UNESCAPED.get(char, "\\" + char)


def unescape(text: str) -> str:
    """Escaped vCard text to plain text: `\\n` is a newline, `\\,` a comma, and so on."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_unescape_match, text)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split on `separator` where it is not escaped; the parts stay escaped."""
    if "\\" + separator not in text:
        # No backslash right before a separator, so none is escaped (`\\n` and the like
        # elsewhere leave the split alone).
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG...) as its plain-text components."""
    return [unescape(part) for part in split_escaped(value, ";")]


def list_values(value: str) -> list[str]:
    """A comma-separated text list (CATEGORIES, NICKNAME) as plain text items."""
    return [unescape(part) for part in split_escaped(value, ",")]

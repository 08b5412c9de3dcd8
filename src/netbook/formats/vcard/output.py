"""Writing vCard content lines: parameters, URI escaping and folding at 75 octets.

RFC 2426 and RFC 6350 ask for lines of at most 75 octets, continued on the next line after a
space, with CRLF line ends, and a fold must never split a multibyte UTF-8 character (phones show
a broken character otherwise). vobject's folder walks every character in Python and does not
fold PHOTO lines at all, so netbook folds here, on the UTF-8 bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

CRLF = "\r\n"
LINE_OCTETS = 75
_SAFE_NAME = re.compile(r"[^A-Za-z0-9-]")


def fold(line: str) -> str:
    """`line` folded to lines of at most 75 octets, each ended by CRLF."""
    if len(line) <= LINE_OCTETS and line.isascii():
        return line + CRLF
    if line.isascii():
        parts = [line[:LINE_OCTETS]]
        parts.extend(
            line[i : i + LINE_OCTETS - 1] for i in range(LINE_OCTETS, len(line), LINE_OCTETS - 1)
        )
        return (CRLF + " ").join(parts) + CRLF
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line + CRLF
    chunks: list[str] = []
    start = 0
    width = LINE_OCTETS
    while start < len(data):
        end = min(start + width, len(data))
        # Back off to the first byte of a character: UTF-8 continuation bytes are 10xxxxxx.
        while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        chunks.append(data[start:end].decode("utf-8"))
        start = end
        width = LINE_OCTETS - 1  # the leading space of a continuation line counts
    return (CRLF + " ").join(chunks) + CRLF


def caret_encode(value: str) -> str:
    """RFC 6868: parameter values carry newlines and double quotes as ^n and ^'."""
    if not any(c in value for c in '^\n\r"'):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")


def caret_decode(value: str) -> str:
    """The inverse of `caret_encode` (a lone ^ before any other character stays as it is)."""
    if "^" not in value:
        return value
    out: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "^" and i + 1 < len(value) and value[i + 1] in "^n'":
            out.append({"^": "^", "n": "\n", "'": '"'}[value[i + 1]])
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def param_value(value: str) -> str:
    """One parameter value, quoted when it holds a character that would end it."""
    if any(c in value for c in ",;:") or value != value.strip():
        return f'"{value}"'
    return value


def format_params(params: Iterable[tuple[str, Sequence[str]]]) -> str:
    """`;NAME=value,value` for each parameter (values already caret-encoded if needed)."""
    out = []
    for name, values in params:
        if values:
            out.append(f";{name}={','.join(param_value(v.replace(chr(34), '')) for v in values)}")
        else:
            out.append(f";{name}")
    return "".join(out)


def content_line(
    name: str,
    value: str,
    group: str | None = None,
    params: Iterable[tuple[str, Sequence[str]]] = (),
) -> str:
    """One folded content line; `value` must already be escaped for its type."""
    head = f"{group}.{name}" if group else name
    return fold(f"{head}{format_params(params)}:{value}")


def escape_uri(value: str) -> str:
    """URIs, phone numbers and email addresses are not text: only a backslash or a line break
    needs escaping (readers unescape `\\\\` and `\\n`; commas and semicolons stay as they are)."""
    if "\\" not in value and "\n" not in value and "\r" not in value:
        return value
    value = value.replace("\\", "\\\\")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def safe_name(name: str) -> str:
    """A property or group name as vCard allows it (old KAddressBook wrote slashes)."""
    return _SAFE_NAME.sub("-", name)

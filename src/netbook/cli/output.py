"""Text that is safe to print on a terminal, whatever a stranger's card put in the book.

A name can carry ESC (colours, cursor moves, OSC 8 links, a retitled window), other C0 and C1
controls, or bidi overrides that make "evil.example" read as something else. Every text the
command line prints goes through `TerminalSafeStream`, which writes each such character as a
`\\uXXXX` escape; newlines and tabs, which netbook's own output uses, pass. Inside a line,
`shown(value)` also escapes newlines, tabs and carriage returns, so a stored value cannot
forge lines or columns.

`\\uXXXX` is also JSON's own escape, so `--json` output through the same stream stays exact:
a JSON reader gets back every character as it is stored.
"""

from __future__ import annotations

import io
import re
from typing import TextIO, cast

# C0 controls but tab and newline, DEL, C1 controls, the Arabic letter mark, LRM/RLM, the bidi
# embeddings and overrides, the bidi isolates, and the Unicode line and paragraph separators.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]")
_UNSAFE_IN_LINE = re.compile(f"[\t\n{_UNSAFE}]")


def _escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def safe_text(text: str) -> str:
    """`text` with every control character but newline and tab escaped."""
    return _UNSAFE_IN_TEXT.sub(_escape, text)


def shown(value: object) -> str:
    """A stored value for one field of one line: every control character escaped."""
    return _UNSAFE_IN_LINE.sub(_escape, str(value))


class TerminalSafeStream(io.TextIOBase):
    """A text stream that escapes control characters on the way to the one it wraps."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", None) or "utf-8")

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(safe_text(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()


def terminal_safe(stream: TextIO) -> TextIO:
    """`stream` wrapped so nothing written to it can drive the terminal."""
    if isinstance(stream, TerminalSafeStream):
        return cast(TextIO, stream)
    return cast(TextIO, TerminalSafeStream(stream))

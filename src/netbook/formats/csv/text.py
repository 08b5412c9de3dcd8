"""CSV bytes to text: which encoding a contacts export was written in.

Exports come as UTF-8 (LinkedIn, Google; with or without a byte-order mark), UTF-16 (Excel's
"Unicode text", some Outlook versions) or the Windows code page of the machine that wrote them
(Outlook, Excel "CSV"). Nothing in a CSV file says which, so we decide from the bytes: a BOM
first, then the zero-byte pattern of BOM-less UTF-16, then strict UTF-8, then cp1252.

A file can also mix them: rows pasted from one export into another, or appended by a script
in another encoding. Decoding it whole either way garbles one kind of row without a word. So a
file that is not valid UTF-8 as a whole but has UTF-8 lines is decoded line by line: valid
UTF-8 lines stay UTF-8, the others are read as cp1252, and the caller is told which lines, so
that each such row gets a warning.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass

from netbook.formats.parsed import UnreadableFileError

# The importer refuses bigger files before reading them; this guards direct callers.
MAX_FILE_BYTES = 256 * 1024 * 1024

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# The 8-bit encoding of lines that are not UTF-8 (Windows Western, what Excel and Outlook write).
LEGACY_ENCODING = "cp1252"
# A line ends where the csv module ends one (see `physical_lines`): CRLF, LF or a lone CR.
_BYTE_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # as detected: "utf-8", "utf-8-sig", "utf-16-le", "cp1252", ...
    # Bytes that were not valid in the detected encoding and became U+FFFD.
    replaced: int = 0
    # In a file that mixes encodings: the 0-based physical lines read as LEGACY_ENCODING
    # rather than as `encoding`.
    legacy_lines: tuple[int, ...] = ()


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when `sample` looks like mostly-ASCII text in UTF-16.

    ASCII characters in UTF-16 have a zero high byte, so one of the two byte positions is
    almost always zero; no 8-bit text file looks like that.
    """
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zeros = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_zeros = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd_zeros > 0.6 * pairs and even_zeros < 0.1 * pairs:
        return "utf-16-le"
    if even_zeros > 0.6 * pairs and odd_zeros < 0.1 * pairs:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    """`data` read as LEGACY_ENCODING, and the encoding it was read in."""
    try:
        return data.decode(LEGACY_ENCODING), LEGACY_ENCODING
    except UnicodeDecodeError:
        # Five byte values are undefined in cp1252; Latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


def _decode_8bit(data: bytes, label: str = "utf-8") -> DecodedText:
    """UTF-8 (`label` says whether it had a BOM), cp1252, or a mix decoded line by line."""
    try:
        return DecodedText(data.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    texts: list[str] = []
    legacy: list[int] = []
    replaced = 0
    utf8_seen = label != "utf-8"  # a UTF-8 byte-order mark says the writer meant UTF-8
    for index, match in enumerate(_BYTE_LINE.finditer(data)):
        line = match.group()
        try:
            text = line.decode("utf-8")
            utf8_seen = utf8_seen or not text.isascii()
        except UnicodeDecodeError:
            # A UTF-8 line with a damaged byte is still UTF-8: cp1252 would garble every
            # accented letter in it. Call it UTF-8 when its valid multi-byte characters
            # outnumber its bad bytes.
            text = line.decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
            if good > bad:
                replaced += bad
                utf8_seen = True
            else:
                text = _legacy(line)[0]
                legacy.append(index)
        texts.append(text)
    if not utf8_seen:  # no line needs UTF-8: the whole file is in the legacy encoding
        text, encoding = _legacy(data)
        return DecodedText(text, encoding)
    return DecodedText("".join(texts), label, replaced, tuple(legacy))


def decode(data: bytes) -> DecodedText:
    """The text of a CSV file, whatever it was written in.

    Raises:
        UnreadableFileError: the file is too large, or is binary rather than text.
    """
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFileError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if encoding == "utf-8":
                return _checked(_decode_8bit(body, "utf-8-sig"))
            text = body.decode(encoding, errors="replace")
            return _checked(DecodedText(text, encoding, replaced=text.count("\ufffd")))
    utf16 = _utf16_without_bom(data[:4096])
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return _checked(DecodedText(text, utf16, replaced=text.count("\ufffd")))
    return _checked(_decode_8bit(data))


def _checked(decoded: DecodedText) -> DecodedText:
    """Refuse binary files; drop stray NUL characters, which no contact field contains."""
    sample = decoded.text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    if sample and controls > max(8, len(sample) // 20):
        raise UnreadableFileError("the file is binary, not text")
    if "\x00" in decoded.text:
        return DecodedText(
            decoded.text.replace("\x00", ""),
            decoded.encoding,
            decoded.replaced,
            decoded.legacy_lines,
        )
    return decoded


def physical_lines(text: str) -> list[str]:
    """The lines of `text` with their endings, split where the csv module splits them.

    Any of CRLF, LF or a lone CR ends a line (old Mac exports use CR), and nothing else does:
    `str.splitlines` would also split on form feeds and Unicode separators inside fields.
    """
    return list(io.StringIO(text, newline=""))

"""CSV bytes to text: which encoding a contacts export was written in.

Exports come as UTF-8 (LinkedIn, Google; with or without a byte-order mark), UTF-16 (Excel's
"Unicode text", some Outlook versions) or the Windows code page of the machine that wrote them
(Outlook, Excel "CSV"). Nothing in a CSV file says which, so we decide from the bytes: a BOM
first, then the zero-byte pattern of BOM-less UTF-16, then strict UTF-8, then cp1252.
"""

from __future__ import annotations

import codecs
import io
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


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # as detected: "utf-8", "utf-8-sig", "utf-16-le", "cp1252", ...
    # Bytes that were not valid in the detected encoding and became U+FFFD.
    replaced: int = 0


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


def _decode_8bit(data: bytes) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few damaged bytes is still UTF-8: cp1252 would garble every accented
    # letter in it. Call it UTF-8 when the valid multi-byte characters outnumber the bad bytes.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if good > bad:
        return DecodedText(lenient, "utf-8", replaced=bad)
    try:
        return DecodedText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        # Five byte values are undefined in cp1252; Latin-1 maps every byte, so nothing is lost.
        return DecodedText(data.decode("latin-1"), "latin-1")


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
            text = body.decode(encoding, errors="replace")
            label = "utf-8-sig" if encoding == "utf-8" else encoding
            return _checked(DecodedText(text, label, replaced=text.count("\ufffd")))
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
        return DecodedText(decoded.text.replace("\x00", ""), decoded.encoding, decoded.replaced)
    return decoded


def physical_lines(text: str) -> list[str]:
    """The lines of `text` with their endings, split where the csv module splits them.

    Any of CRLF, LF or a lone CR ends a line (old Mac exports use CR), and nothing else does:
    `str.splitlines` would also split on form feeds and Unicode separators inside fields.
    """
    return list(io.StringIO(text, newline=""))

"""vCard bytes to text: byte-order marks, UTF-16/32, charsets, quoted-printable.

Real files arrive as bytes in whatever encoding the exporting client liked: UTF-8 with or without
a BOM, UTF-16 with or without a BOM (Outlook), legacy Windows-1252 (old Outlook, Nokia), and
vCard 2.1 values with their own `CHARSET=` (SHIFT_JIS on Japanese phones) and quoted-printable
encoding. Decoding a whole file up front cannot work, because one file mixes these per value and
because a fold or a quoted-printable soft break may split a multibyte character. So the reader
works on bytes: the file is only normalised to an ASCII-compatible byte stream here, lines are
split and unfolded as bytes, and each value is decoded on its own, after its quoted-printable
layer is removed, with `decode_value`.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterable, Iterator

# Known binary formats people rename to .vcf by mistake, for a one-line error that says what
# the file really is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Aliases clients write that Python's codec registry does not know.
_CHARSET_ALIASES = {
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
}


# What `to_ascii_compatible` looks at to decide: BOM, magic numbers, NUL bytes of UTF-16.
HEAD_BYTES = 4096


class NotTextError(ValueError):
    """The bytes are a binary file (image, archive...), not text; the message says which."""


def sniff_binary(data: bytes) -> str | None:
    """What binary format `data` is in ("a JPEG image"), or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            # "BM" also starts ordinary words; only call it a bitmap when it is not text-like.
            if magic == b"BM" and data[:64].isascii() and b"\x00" not in data[:64]:
                continue
            return what
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when ASCII text was written as UTF-16 without a byte-order mark.

    In UTF-16 text that is mostly ASCII (a vCard always is: property names, BEGIN, END), every
    other byte is zero; which half is zero gives the byte order.
    """
    sample = head[:512]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def to_ascii_compatible(data: bytes) -> tuple[bytes, bool]:
    """The file as bytes in which line breaks and property names are plain ASCII.

    Returns the bytes and whether the file was a Unicode encoding other than UTF-8 that had to
    be re-encoded (UTF-16/32): its values are then UTF-8 whatever their `CHARSET=` says.

    Raises:
        NotTextError: the file is a known binary format, or binary data in no text encoding.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], False
    codec = _bom_codec(data)
    if codec is not None:
        text = data[_BOM_LENGTH[codec] :].decode(codec, errors="replace")
        return text.encode("utf-8"), True
    what = sniff_binary(data)
    if what is not None:
        raise NotTextError(f"this is {what}, not a vCard file")
    codec16 = _utf16_without_bom(data)
    if codec16 is not None:
        return data.decode(codec16, errors="replace").encode("utf-8"), True
    head = data[:HEAD_BYTES]
    if head.count(0) > len(head) // 8:
        raise NotTextError("this is a binary file, not a vCard file")
    return data, False


class AsciiCompatibleStream:
    """`to_ascii_compatible` for a file that arrives in chunks, with the same result.

    The encoding is settled on the first `HEAD_BYTES` (all the whole-file version looks at);
    UTF-16/32 is then re-encoded chunk by chunk with an incremental decoder, so a character
    split between two chunks comes out whole.

    Raises (when constructed):
        NotTextError: as `to_ascii_compatible`.
    """

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        head = b""
        for chunk in self._chunks:
            head += chunk
            if len(head) >= HEAD_BYTES:
                break
        self.nonblank = bool(head.strip())  # anything but whitespace in the file (raw bytes)
        codec = _bom_codec(head)
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8) :]
        elif codec is not None:
            head = head[_BOM_LENGTH[codec] :]
        else:
            what = sniff_binary(head)
            if what is not None:
                raise NotTextError(f"this is {what}, not a vCard file")
            codec = _utf16_without_bom(head)
            sample = head[:HEAD_BYTES]
            if codec is None and sample.count(0) > len(sample) // 8:
                raise NotTextError("this is a binary file, not a vCard file")
        self._decoder = (
            None if codec is None else codecs.getincrementaldecoder(codec)(errors="replace")
        )
        # Values of a UTF-16/32 file were re-encoded as UTF-8, whatever their CHARSET says.
        self.unicode_file = codec is not None
        self._head = head

    def __iter__(self) -> Iterator[bytes]:
        decoder = self._decoder
        for chunk in self._raw():
            if not self.nonblank and chunk.strip():
                self.nonblank = True
            yield chunk if decoder is None else decoder.decode(chunk).encode("utf-8")
        if decoder is not None:
            yield decoder.decode(b"", final=True).encode("utf-8")

    def _raw(self) -> Iterator[bytes]:
        head, self._head = self._head, b""
        if head:
            yield head
        yield from self._chunks


_BOM_LENGTH = {"utf-32-le": 4, "utf-32-be": 4, "utf-16-le": 2, "utf-16-be": 2}


def _bom_codec(data: bytes) -> str | None:
    """The UTF-16/32 codec whose byte-order mark starts `data` (UTF-32 first: its LE BOM
    starts like UTF-16's)."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return codec
    return None


def decode_quoted_printable(raw: bytes) -> bytes:
    """Quoted-printable to bytes; soft line breaks were already joined by the line splitter."""
    return binascii.a2b_qp(raw)


def _codec_for(charset: str) -> str | None:
    name = charset.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_value(raw: bytes, charset: str | None = None, unicode_file: bool = False) -> str:
    """One value's bytes as text.

    The declared `CHARSET` is tried first (unless the file itself was UTF-16/32, whose values
    were re-encoded as UTF-8), then UTF-8, then Windows-1252, which decodes any byte: a value
    is never lost to its encoding, at worst a few characters come out wrong.
    """
    if raw.isascii():
        return raw.decode("ascii")
    if charset and not unicode_file:
        codec = _codec_for(charset)
        if codec is not None:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass  # the label lies (common: CHARSET=UTF-8 on Latin-1 bytes); guess below
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them to C1 controls instead.
    if _CP1252_HOLES.search(raw):
        return raw.decode("latin-1")
    return raw.decode("cp1252")


_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")

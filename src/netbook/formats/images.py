"""Contact photos: untrusted bytes checked against a budget before any pixel is decoded,
then decoded small.

A photo comes from a stranger's file, and a few kilobytes can describe a picture that takes
gigabytes to decode. So every photo passes three checks before decoding: its size in bytes,
its format (JPEG, PNG, GIF or WebP, recognised from the bytes; TIFF, BMP, HEIC and the rest
are refused, because their decoders are where the expensive and risky files live), and its
dimensions read from the header against a pixel budget. Decoding then reduces as early as
the format allows: a JPEG is decoded at 1/2, 1/4 or 1/8 of its size by the JPEG library itself
(`Image.draft`), and a picture is shrunk before it is converted, so the memory held stays
within `MAX_DECODED_PIXELS` four-byte pixels. docs/reliability.md gives the figures.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

THUMBNAIL_SIZE = 64
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# The most pixels decoded at once: 4000x4000, 64 MB as RGBA. A PNG, GIF or WebP is decoded
# whole, so its header may not say more than this.
MAX_DECODED_PIXELS = 16_000_000
# A baseline JPEG is decoded already reduced, so it may be larger: 64 megapixels covers the
# 48 MP phone cameras, and at 1/2 scale still fits the decoded budget.
MAX_JPEG_PIXELS = 64_000_000
# Without draft, how much larger than the wanted size a picture is still shrunk in one step
# (Pillow's `reducing_gap`: reduce by whole factors first, then resample; fast and exact enough).
_REDUCING_GAP = 2.0

MEDIA_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
_PILLOW_FORMATS = tuple(MEDIA_TYPES)
_ACCEPTED = "netbook takes JPEG, PNG, GIF or WebP photos"

# Formats refused by name, told apart by their first bytes, so the message says what the file
# is rather than "not an image". Pillow never parses them.
_OTHER_FORMATS = (
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"8BPS", "Photoshop"),
    (b"%PDF", "PDF"),
    (b"\x00\x00\x00\x0cjP  ", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x76\x2f\x31\x01", "OpenEXR"),
    (b"<svg", "SVG"),
    (b"<?xml", "SVG"),
)
_ISO_BRANDS = {
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"mif1": "HEIF",
    b"avif": "AVIF",
    b"jxl ": "JPEG XL",
}

# EXIF orientation -> the transposition that shows the picture upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_ORIENTATION_TAG = 0x0112


class BadImageError(ValueError):
    """The bytes are not an image netbook can show; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class DecodedPicture:
    """A picture decoded for showing or cropping: upright, RGBA, 4 bytes a pixel, row by row."""

    width: int
    height: int
    rgba: bytes
    has_alpha: bool  # False: every alpha byte is 255 (the picture has no transparency)


def sniff_media_type(data: bytes) -> str:
    """The media type of a photo, read from its bytes (never from what the file claims).

    Only the header is read, and the photo is checked against the budget, so a photo that
    passes can be decoded.

    Raises:
        BadImageError: empty, too many bytes, a refused format, or too many pixels.
    """
    with _opened(data) as image:
        return MEDIA_TYPES[image.format or ""]


def thumbnail(data: bytes, size: int = THUMBNAIL_SIZE) -> bytes:
    """A square PNG thumbnail of the photo, centre-cropped and upright, `size` pixels a side.

    Raises:
        BadImageError: the photo is refused (see `sniff_media_type`) or its pixels are broken.
    """
    with _opened(data) as image:
        return _thumbnail_of(image, size)


def media_type_and_thumbnail(data: bytes, size: int = THUMBNAIL_SIZE) -> tuple[str, bytes]:
    """`sniff_media_type` and `thumbnail` of the photo, from one opening of its bytes (an
    import reads both of every photo, and each opening parses the header again).

    Raises:
        BadImageError: as `thumbnail`.
    """
    with _opened(data) as image:
        return MEDIA_TYPES[image.format or ""], _thumbnail_of(image, size)


def _thumbnail_of(image: Image.Image, size: int) -> bytes:
    orientation = _orientation(image)
    _decode(image, (size, size))
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    square = _resampled(image).resize(
        (size, size),
        Image.Resampling.LANCZOS,
        box=(left, top, left + side, top + side),
        reducing_gap=_REDUCING_GAP,
    )
    square = _upright(square.convert("RGBA"), orientation)
    out = io.BytesIO()
    square.save(out, format="PNG", optimize=True)
    return out.getvalue()


def decoded_picture(data: bytes, max_side: int) -> DecodedPicture:
    """The photo decoded upright, its longest side at most `max_side` pixels (for the editor).

    Raises:
        BadImageError: the photo is refused (see `sniff_media_type`) or its pixels are broken.
    """
    with _opened(data) as image:
        orientation = _orientation(image)
        scale = min(1.0, max_side / max(image.size))
        wanted = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        _decode(image, wanted)
        picture = _resampled(image)
        if picture.size != wanted:
            picture = picture.resize(wanted, Image.Resampling.LANCZOS, reducing_gap=_REDUCING_GAP)
    has_alpha = picture.mode in ("RGBA", "LA")
    picture = _upright(picture.convert("RGBA"), orientation)
    return DecodedPicture(picture.width, picture.height, picture.tobytes(), has_alpha)


def _opened(data: bytes) -> Image.Image:
    """The photo opened (header only) once it has passed the byte, format and pixel checks."""
    if not data:
        raise BadImageError("the photo is empty")
    if len(data) > MAX_PHOTO_BYTES:
        raise BadImageError(f"the photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
    other = _other_format(data)
    if other is not None:
        raise BadImageError(f"the photo is a {other} image; {_ACCEPTED}")
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check fires far above our budget; make it an error, not noise.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImageError("the photo is too large to decode safely") from None
    except UnidentifiedImageError:
        raise BadImageError(f"the photo is not a readable image; {_ACCEPTED}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise BadImageError(f"the photo is not a readable image ({_reason(exc)})") from None
    try:
        _check_pixels(image)
    except BadImageError:
        image.close()
        raise
    return image


def _other_format(data: bytes) -> str | None:
    head = data[:32]
    for magic, name in _OTHER_FORMATS:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return _ISO_BRANDS.get(head[8:12], "ISO media")
    return None


def _check_pixels(image: Image.Image) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise BadImageError("the photo has no pixels")
    baseline_jpeg = image.format == "JPEG" and not image.info.get("progressive")
    # A progressive JPEG keeps every coefficient of the whole picture while it decodes, so
    # reducing does not bound its memory: it gets the budget of the formats decoded whole.
    cap = MAX_JPEG_PIXELS if baseline_jpeg else MAX_DECODED_PIXELS
    if width * height > cap:
        raise BadImageError(
            f"the photo is too large ({width}x{height} pixels; netbook reads photos of up to "
            f"{cap // 1_000_000} megapixels)"
        )


def _decode(image: Image.Image, wanted: tuple[int, int]) -> None:
    """Decode the pixels, letting a JPEG decode itself reduced to no less than `wanted`."""
    try:
        if image.format == "JPEG":
            image.draft(None, wanted)
        if image.width * image.height > MAX_DECODED_PIXELS:
            raise BadImageError(
                f"the photo is too large ({image.width}x{image.height} pixels) to decode"
            )
        image.load()
    except BadImageError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise BadImageError(f"the photo is not a readable image ({_reason(exc)})") from None


def _resampled(image: Image.Image) -> Image.Image:
    """`image` in a mode Pillow resamples smoothly (palette and 1-bit pictures are not)."""
    if image.mode in ("RGB", "RGBA", "L", "LA"):
        return image
    has_alpha = "A" in image.mode or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_ORIENTATION_TAG, 1))
    except (OSError, SyntaxError, ValueError, TypeError, struct.error):
        return 1  # broken EXIF: show the picture as stored


def _upright(image: Image.Image, orientation: int) -> Image.Image:
    method = _UPRIGHT.get(orientation)
    return image.transpose(method) if method is not None else image


def _reason(exc: BaseException) -> str:
    """Pillow's message without the buffer object it names (`<_io.BytesIO object at ...>`)."""
    text = str(exc)
    return text.split(" <_io.", 1)[0].rstrip(" :") if "<_io." in text else text

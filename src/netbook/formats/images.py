"""Contact photos: check that untrusted bytes are a real image, and make list thumbnails."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

THUMBNAIL_SIZE = 64
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# A photo larger than this many pixels is refused rather than decoded (decompression bombs).
MAX_PIXELS = 40_000_000

_MEDIA_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
}


class BadImageError(ValueError):
    """The bytes are not an image netbook can show."""


def sniff_media_type(data: bytes) -> str:
    """The media type of an image, read from its bytes (never from what the file claims)."""
    with _open(data) as image:
        return _MEDIA_TYPES.get(image.format or "", "application/octet-stream")


def thumbnail(data: bytes, size: int = THUMBNAIL_SIZE) -> bytes:
    """A square PNG thumbnail of the image, centre-cropped, `size` pixels a side."""
    try:
        with _open(data) as image:
            image.load()
            picture = image.convert("RGBA")
    except BadImageError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:  # truncated pixel data
        raise BadImageError(f"the photo is not a readable image ({exc})") from exc
    side = min(picture.size)
    left = (picture.width - side) // 2
    top = (picture.height - side) // 2
    square = picture.crop((left, top, left + side, top + side))
    square = square.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    square.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    if not data:
        raise BadImageError("the photo is empty")
    if len(data) > MAX_PHOTO_BYTES:
        raise BadImageError(f"the photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise BadImageError(f"the photo is too large ({image.width}x{image.height} pixels)")
            image.verify()  # checks the file's structure without decoding the pixels
        return Image.open(io.BytesIO(data))  # verify() leaves the image unusable
    except BadImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise BadImageError(f"the photo is too large to decode safely ({exc})") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise BadImageError(f"the photo is not a readable image ({exc})") from exc

"""Photos from untrusted files: real images get thumbnails, anything else a clear error."""

from __future__ import annotations

import pytest
from PIL import Image

from netbook.formats.images import BadImageError, sniff_media_type, thumbnail
from tests.conftest import DATA


def test_thumbnail_is_a_small_square_png():
    thumb = thumbnail((DATA / "photo.jpg").read_bytes())
    assert thumb.startswith(b"\x89PNG")
    import io

    with Image.open(io.BytesIO(thumb)) as image:
        assert image.size == (64, 64)


def test_media_type_comes_from_the_bytes():
    assert sniff_media_type((DATA / "photo.jpg").read_bytes()) == "image/jpeg"
    assert sniff_media_type((DATA / "photo.png").read_bytes()) == "image/png"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image",
        (DATA / "photo.jpg").read_bytes()[:200],
        b"\x89PNG\r\n\x1a\n" + b"\0" * 50,
    ],
)
def test_broken_images_raise_bad_image_error(data):
    with pytest.raises(BadImageError):
        thumbnail(data)


def test_decompression_bomb_is_refused(tmp_path):
    import io

    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, format="PNG")  # tiny file, 400 megapixels
    with pytest.raises(BadImageError, match="too large"):
        thumbnail(out.getvalue())

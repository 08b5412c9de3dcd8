"""Photos from untrusted files: checked against a budget before decoding, decoded small.

Real images are generated with Pillow in memory (tiny files that describe huge pictures are
the point); the fixtures photo.jpg and photo.png are ordinary pictures.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from netbook.formats import images
from netbook.formats.images import BadImageError, decoded_picture, sniff_media_type, thumbnail
from netbook.formats.vcard import read_vcards
from tests.conftest import DATA


def _saved(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def _card_with_photo(data: bytes) -> bytes:
    import base64

    return (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Photo\r\nEMAIL:pat@example.com\r\n"
        b"PHOTO;ENCODING=b:" + base64.b64encode(data) + b"\r\nEND:VCARD\r\n"
    )


def test_thumbnail_is_a_small_square_png():
    thumb = thumbnail((DATA / "photo.jpg").read_bytes())
    assert thumb.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(thumb)) as image:
        assert image.size == (64, 64)


def test_media_type_comes_from_the_bytes():
    assert sniff_media_type((DATA / "photo.jpg").read_bytes()) == "image/jpeg"
    assert sniff_media_type((DATA / "photo.png").read_bytes()) == "image/png"
    assert sniff_media_type(_saved(Image.new("P", (8, 8)), "GIF")) == "image/gif"
    assert sniff_media_type(_saved(Image.new("RGB", (8, 8)), "WEBP")) == "image/webp"


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


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (_saved(Image.new("1", (6320, 6320), 1), "TIFF", compression="group4"), "TIFF"),
        (_saved(Image.new("RGB", (4, 4)), "BMP"), "BMP"),
        (_saved(Image.new("RGB", (16, 16)), "ICO"), "ICO"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "HEIC"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
    ],
)
def test_formats_outside_jpeg_png_gif_webp_are_refused_by_name(data, name):
    with pytest.raises(
        BadImageError, match=f"a {name} image; netbook takes JPEG, PNG, GIF or WebP"
    ):
        sniff_media_type(data)


def test_the_pixel_budget_is_checked_from_the_header_before_decoding():
    # The header says 6000x6000 but there are no pixels at all: had it been decoded, the error
    # would be about the missing data, not the size.
    whole = _saved(Image.new("L", (6000, 6000)), "PNG")
    header_only = whole[: whole.index(b"IDAT") - 4] + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    with pytest.raises(BadImageError, match=r"too large \(6000x6000 pixels; .* 16 megapixels"):
        thumbnail(header_only)


def test_a_png_just_under_pillows_cap_is_refused():
    bomb = _saved(Image.new("RGB", (6320, 6320), "orange"), "PNG")
    assert len(bomb) < 200_000
    with pytest.raises(BadImageError, match="too large"):
        thumbnail(bomb)


def test_decompression_bomb_is_refused():
    bomb = _saved(Image.new("1", (20000, 20000)), "PNG")  # tiny file, 400 megapixels
    with pytest.raises(BadImageError, match="too large"):
        thumbnail(bomb)


def test_a_48_megapixel_phone_jpeg_is_decoded_reduced():
    photo = _saved(Image.new("RGB", (8000, 6000), (10, 120, 200)), "JPEG")
    with Image.open(io.BytesIO(thumbnail(photo))) as thumb:
        assert thumb.size == (64, 64)
        _red, _green, blue, alpha = thumb.getpixel((32, 32))
        assert abs(blue - 200) < 8
        assert alpha == 255
    picture = decoded_picture(photo, 2048)
    assert (picture.width, picture.height) == (2048, 1536)
    assert len(picture.rgba) == 2048 * 1536 * 4
    assert not picture.has_alpha


def test_a_progressive_jpeg_gets_the_budget_of_whole_decoding():
    photo = _saved(Image.new("RGB", (5000, 4000)), "JPEG", progressive=True)
    with pytest.raises(BadImageError, match="16 megapixels"):
        sniff_media_type(photo)


def test_thumbnails_and_pictures_are_upright_whatever_the_exif_orientation():
    wide = Image.new("RGB", (40, 20), "white")
    wide.paste((255, 0, 0), (0, 0, 20, 20))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: shown after a quarter turn clockwise
    data = _saved(wide, "JPEG", exif=exif.tobytes(), quality=95)
    picture = decoded_picture(data, 100)
    assert (picture.width, picture.height) == (20, 40)
    upright = Image.frombytes("RGBA", (20, 40), picture.rgba)
    assert upright.getpixel((10, 5))[0] > 200
    assert upright.getpixel((10, 5))[1] < 60


def test_transparent_and_palette_pictures_keep_their_alpha():
    gif = Image.new("P", (30, 30), 0)
    gif.info["transparency"] = 0
    picture = decoded_picture(_saved(gif, "GIF", transparency=0), 30)
    assert picture.has_alpha
    assert Image.frombytes("RGBA", (30, 30), picture.rgba).getpixel((5, 5))[3] == 0


def test_a_photo_over_the_byte_cap_is_refused_before_opening(monkeypatch):
    monkeypatch.setattr(images, "MAX_PHOTO_BYTES", 100)
    with pytest.raises(BadImageError, match="larger than"):
        sniff_media_type((DATA / "photo.jpg").read_bytes())


def test_a_refused_photo_costs_only_the_photo_with_a_warning_on_its_card():
    tiff = _saved(Image.new("1", (6320, 6320), 1), "TIFF", compression="group4")
    result = read_vcards(_card_with_photo(tiff))
    [record] = result.records
    assert record.photo is None
    assert record.display_name == "Pat Photo"
    assert record.emails[0].value == "pat@example.com"
    [problem] = result.problems
    assert problem.card == 1
    assert problem.line == 5
    assert not problem.dropped
    assert "TIFF image" in problem.message
    assert "the photo was left out" in problem.message

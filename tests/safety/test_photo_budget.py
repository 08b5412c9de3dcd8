"""Hostile photos cost little: refused from their header, or decoded reduced (issue 9, item 7).

Each figure is the growth of a fresh process's peak memory while it reads one card carrying
the photo (the card is built by the test, so the child's peak before reading stays small);
before the budget, the 3 KB TIFF took ~500 MB and the PNG ~610 MB.
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from tests.safety.peak_memory import peak_growth


def _png_of_zeros(width: int, height: int) -> bytes:
    """A valid RGB PNG of `width` x `height` black pixels, compressed row by row (fast, small)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    packer = zlib.compressobj(1)
    row = b"\x00" * (1 + 3 * width)  # filter byte + pixels
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def _card(photo: bytes) -> bytes:
    return (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat\r\nPHOTO;ENCODING=b:"
        + base64.b64encode(photo)
        + b"\r\nEND:VCARD\r\n"
    )


@pytest.fixture(scope="module")
def hostile_cards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photos")
    tiff, jpeg = folder / "p.tiff", folder / "p.jpg"
    Image.new("1", (6320, 6320), 1).save(tiff, format="TIFF", compression="group4")
    Image.new("RGB", (8000, 6000), "teal").save(jpeg, format="JPEG")
    photos = {
        "tiff": tiff.read_bytes(),
        "png": _png_of_zeros(6320, 6320),
        "jpeg": jpeg.read_bytes(),
    }
    cards = {}
    for name, photo in photos.items():
        cards[name] = folder / f"{name}.vcf"
        cards[name].write_bytes(_card(photo))
    return cards


@pytest.mark.parametrize(
    ("case", "kept", "budget_mb"),
    [("tiff", False, 20), ("png", False, 20), ("jpeg", True, 60)],
)
def test_a_hostile_photo_stays_within_its_memory_budget(hostile_cards, case, kept, budget_mb):
    growth, (was_kept, messages) = peak_growth(
        f"""
        from pathlib import Path
        from netbook.formats.vcard import read_vcards
        data = Path({str(hostile_cards[case])!r}).read_bytes()
        """,
        """
        parsed = read_vcards(data)
        result = [parsed.records[0].photo is not None, [p.message for p in parsed.problems]]
        """,
    )
    assert was_kept is kept, messages
    if not kept:
        assert any("the photo was left out" in m for m in messages)
    assert growth < budget_mb, f"{case}: the peak grew by {growth:.0f} MB"

"""What a hostile or huge photo costs to read: time and peak memory, each case in its own process.

A photo in a stranger's vCard (or a file picked in the editor) is decoded to make the list
thumbnail. The cases are small files that decode to very many pixels (a 2.5 KB TIFF, a PNG just
under the pixel cap, a 48-megapixel JPEG) next to an ordinary phone picture. Each case runs in a
fresh subprocess, which reads one card carrying the photo through the vCard reader and prints
its wall time and peak RSS (`VmHWM`), so one case's memory never hides another's.

    .venv/bin/python benchmarks/photo_decoding.py [--editor]

`--editor` also measures the editor's photo picker (`load_checked_image`, Qt offscreen).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

_CHILD = r"""
import json, sys, time
from pathlib import Path
def high_water_kb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
mode, path = sys.argv[1], Path(sys.argv[2])
data = path.read_bytes()
if mode == "vcard":
    from netbook.formats.vcard import read_vcards
    import base64
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Test\r\nPHOTO;ENCODING=b:"
        + base64.b64encode(data).decode("ascii")
        + "\r\nEND:VCARD\r\n"
    ).encode("ascii")
    baseline = high_water_kb()
    start = time.perf_counter()
    result = read_vcards(card)
    elapsed = time.perf_counter() - start
    photo = result.records[0].photo if result.records else None
    outcome = "kept" if photo is not None else "; ".join(p.message for p in result.problems)
else:
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    from netbook.ui.editor.photo import load_checked_image
    from netbook.formats.images import BadImageError
    baseline = high_water_kb()
    start = time.perf_counter()
    try:
        image = load_checked_image(data)
        outcome = f"kept ({image.width()}x{image.height()})"
    except BadImageError as exc:
        outcome = str(exc)
    elapsed = time.perf_counter() - start
peak = high_water_kb()
growth = (peak - baseline) / 1024
report = {"seconds": elapsed, "peak_mb": peak / 1024, "growth_mb": growth, "outcome": outcome}
print(json.dumps(report))
"""


def _saved(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def cases() -> dict[str, bytes]:
    """The photos to measure, generated (never committed)."""
    noise = Image.effect_noise((3000, 4000), 60).convert("RGB")  # a phone-sized picture
    return {
        "ordinary JPEG 12 MP (3000x4000)": _saved(noise, "JPEG", quality=70),
        "TIFF 2.5 KB (6320x6320, 1-bit)": _saved(
            Image.new("1", (6320, 6320), 1), "TIFF", compression="group4"
        ),
        "PNG just under 40 MP (6320x6320)": _saved(
            Image.new("RGB", (6320, 6320), (200, 120, 40)), "PNG", optimize=True
        ),
        "JPEG 48 MP (8000x6000, flat)": _saved(Image.new("RGB", (8000, 6000), "teal"), "JPEG"),
        "GIF 16 MP (4000x4000)": _saved(Image.new("P", (4000, 4000), 3), "GIF"),
        "WebP 16 MP (4000x4000)": _saved(Image.new("RGB", (4000, 4000), "navy"), "WEBP"),
    }


def measure(mode: str, path: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    if done.returncode != 0:
        return {
            "seconds": 0.0,
            "peak_mb": 0.0,
            "growth_mb": 0.0,
            "outcome": f"the process died ({done.returncode})",
        }
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editor", action="store_true", help="also measure the photo picker")
    args = parser.parse_args()
    modes = ["vcard", "editor"] if args.editor else ["vcard"]
    with tempfile.TemporaryDirectory() as folder:
        for name, data in cases().items():
            path = Path(folder) / "photo"
            path.write_bytes(data)
            for mode in modes:
                r = measure(mode, path)
                print(
                    f"{mode:6} {name:34} {len(data) / 1024:9.1f} KB  "
                    f"{r['seconds']:6.2f} s  peak {r['peak_mb']:6.0f} MB  "
                    f"(+{r['growth_mb']:.0f} MB)  {str(r['outcome'])[:70]}"
                )


if __name__ == "__main__":
    main()

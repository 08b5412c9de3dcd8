"""A real X server (Xvfb) for tests that start netbook as a user would, and what they use on it.

xdotool finds windows and types into them; xwd grabs the screen, written out as PNG by
`save_screenshot` so a person can look at what the real X window showed.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

TOOLS = ("Xvfb", "xdotool")
# Set by `make package-check` to run the same tests on the built app.
EXECUTABLE_ENV = "NETBOOK_EXECUTABLE"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def netbook_command() -> list[str]:
    """How to start netbook: the built app when asked for, else this checkout's."""
    built = os.environ.get(EXECUTABLE_ENV)
    return [built] if built else [sys.executable, "-m", "netbook"]


@contextmanager
def xvfb() -> Iterator[str]:
    """Start Xvfb on a free display number (it picks one itself) and yield ":N"."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as chosen:
            number = chosen.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def app_environment(display: str, home: Path) -> dict[str, str]:
    """The environment of a desktop session on `display`, with its own home folders."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "NETBOOK_DB")
    }
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        NETBOOK_NO_ERROR_DIALOGS="1",
    )
    return env


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.25)


def windows_named(display: str, pattern: str) -> list[str]:
    """The ids of visible windows whose title matches `pattern` (a regular expression)."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", pattern],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return result.stdout.split()


def xdotool(display: str, *args: str) -> None:
    subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=True,
        timeout=30,
    )


def run_netbook(args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*netbook_command(), *args], env=env, capture_output=True, text=True, timeout=120
    )


def save_screenshot(display: str, window: str, path: Path) -> bool:
    """Grab one window with xwd into a PNG; False when xwd is not installed.

    One window rather than the root: Xvfb's root grab leaves dialogs black.
    """
    if shutil.which("xwd") is None:
        return False
    dump = subprocess.run(
        ["xwd", "-id", window, "-silent", "-display", display],
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout
    path.parent.mkdir(parents=True, exist_ok=True)
    xwd_to_image(dump).save(path)
    return True


def xwd_to_image(dump: bytes) -> Image.Image:
    """An X window dump (ZPixmap, 24/32 bits per pixel, as Xvfb makes) as a Pillow image."""
    header = struct.unpack(">25I", dump[:100])
    header_size, width, height = header[0], header[4], header[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = (
        header[7],
        header[11],
        header[12],
        header[19],
    )
    modes = {(24, 0): "BGR", (24, 1): "RGB", (32, 0): "BGRX", (32, 1): "XRGB"}
    raw_mode = modes.get((bits_per_pixel, byte_order))
    if raw_mode is None:
        raise ValueError(f"xwd dump with {bits_per_pixel} bits per pixel")
    start = header_size + ncolors * 12
    pixels = dump[start : start + bytes_per_line * height]
    return Image.frombuffer("RGB", (width, height), pixels, "raw", raw_mode, bytes_per_line, 1)

"""The distribution packages that provide a shared library, and the commands installing them.

The list of libraries comes from the plugin (shared_libraries); only the translation from a
library's file name to each distribution's package name is a table, since no distribution
can be asked offline. A library missing from the table is named with the command that finds
its package.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Packages(NamedTuple):
    debian: str
    fedora: str
    arch: str


# Sonames Qt's xcb plugin and Qt Gui can ask the system for (Qt 6.8-6.12 wheels).
PACKAGES: dict[str, Packages] = {
    "libxcb.so.1": Packages("libxcb1", "libxcb", "libxcb"),
    "libxcb-cursor.so.0": Packages("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Packages("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-image.so.0": Packages("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": Packages("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Packages("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": Packages("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-render-util.so.0": Packages(
        "libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"
    ),
    "libxcb-shape.so.0": Packages("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": Packages("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": Packages("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-util.so.1": Packages("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-xfixes.so.0": Packages("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xinput.so.0": Packages("libxcb-xinput0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": Packages("libxcb-xkb1", "libxcb", "libxcb"),
    "libxkbcommon.so.0": Packages("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Packages("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11.so.6": Packages("libx11-6", "libX11", "libx11"),
    "libX11-xcb.so.1": Packages("libx11-xcb1", "libX11-xcb", "libx11"),
    "libSM.so.6": Packages("libsm6", "libSM", "libsm"),
    "libICE.so.6": Packages("libice6", "libICE", "libice"),
    "libGL.so.1": Packages("libgl1", "libglvnd-glx", "libglvnd"),
    "libEGL.so.1": Packages("libegl1", "libglvnd-egl", "libglvnd"),
    "libOpenGL.so.0": Packages("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": Packages("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": Packages("libfreetype6", "freetype", "freetype2"),
    "libglib-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
    "libdbus-1.so.3": Packages("libdbus-1-3", "dbus-libs", "dbus"),
    "libz.so.1": Packages("zlib1g", "zlib", "zlib"),
    "libzstd.so.1": Packages("libzstd1", "libzstd", "zstd"),
}

DISTRIBUTIONS = (
    ("Debian/Ubuntu", "sudo apt install", "apt-file search"),
    ("Fedora", "sudo dnf install", "dnf provides '*/{}'"),
    ("Arch", "sudo pacman -S --needed", "pacman -F"),
)


def install_commands(sonames: Sequence[str]) -> list[str]:
    """One line per distribution: how to install the packages providing `sonames`."""
    lines = []
    for column, (label, install, search) in enumerate(DISTRIBUTIONS):
        names = _unique(PACKAGES[name][column] for name in sonames if name in PACKAGES)
        unknown = [name for name in sonames if name not in PACKAGES]
        parts = [f"{install} {' '.join(names)}"] if names else []
        for name in unknown:
            finder = search.format(name) if "{}" in search else f"{search} {name}"
            parts.append(f"(find the package of {name} with: {finder})")
        lines.append(f"{label + ':':15}{' '.join(parts)}")
    return lines


def _unique(names: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen

"""Linux packages from the one-folder bundle: a .deb and a tarball with install.sh.

    python packaging/linux/make_packages.py deb --bundle dist/netbook --out dist
    python packaging/linux/make_packages.py tarball --bundle dist/netbook --out dist

Both carry the same files: the bundle, the desktop entry (opens .vcf files), the icon (SVG and
PNG sizes rendered from it), the AppStream metainfo. The .deb puts the bundle in /opt/netbook,
links /usr/bin/netbook to it and Depends on the system libraries Qt's xcb plugin needs (read
from the plugin, as the app's start-up check does). The tarball's install.sh installs for the
current user under ~/.local. Run with the project's .venv (PySide6 renders the PNG icons).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from netbook import APP_ID, __version__  # noqa: E402
from netbook.startup.shared_libraries import system_libraries  # noqa: E402
from netbook.startup.system_packages import PACKAGES  # noqa: E402

LINUX = ROOT / "resources" / "linux"
ICON = ROOT / "resources" / "icons" / "netbook.svg"
INSTALL_SH = Path(__file__).with_name("install.sh")
PNG_SIZES = (48, 128, 256)
SUMMARY = "private, offline address book that keeps the story of every connection"


def share_tree(share: Path) -> None:
    """Desktop entry, icons and metainfo under `share` (a /usr/share or ~/.local/share)."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ICON, scalable / f"{APP_ID}.svg")
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render_icon(size, folder / f"{APP_ID}.png")


def render_icon(size: int, path: Path) -> None:
    """The SVG icon as a PNG (desktops without SVG support, and software centres)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON)).render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def debian_depends(bundle: Path) -> list[str]:
    """Debian packages of the system libraries the bundle's xcb plugin needs."""
    qt = bundle / "_internal" / "PySide6" / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    libraries = qt / "lib"
    if not plugin.is_file():  # a bundle laid out differently: the Qt it was built from
        from PySide6.QtCore import QLibraryInfo

        plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        plugin = plugin / "platforms" / "libqxcb.so"
        libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    names = system_libraries(plugin, [libraries, bundle / "_internal"])
    # The bundle may carry some of them, but the system's are what the desktop expects.
    names += [n for n in system_libraries(plugin, [libraries]) if n not in names]
    return sorted({PACKAGES[name].debian for name in names if name in PACKAGES} | {"libc6"})


def build_deb(bundle: Path, out: Path) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(bundle, root / "opt" / "netbook", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "netbook").symlink_to("/opt/netbook/netbook")
        share_tree(root / "usr" / "share")
        doc = root / "usr" / "share" / "doc" / "netbook"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "netbook\nLicense: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3)\n",
            encoding="utf-8",
        )
        size_kib = sum(f.lstat().st_size for f in root.rglob("*") if not f.is_dir()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            "\n".join(
                [
                    "Package: netbook",
                    f"Version: {__version__}",
                    f"Architecture: {arch}",
                    "Maintainer: The netbook developers <netbook@example.org>",
                    f"Installed-Size: {size_kib}",
                    f"Depends: {', '.join(debian_depends(bundle))}",
                    "Section: utils",
                    "Priority: optional",
                    "Homepage: https://example.org/netbook",
                    f"Description: {SUMMARY}",
                    " netbook gathers contacts from phones, Gmail, Outlook and LinkedIn into one",
                    " SQLite file on your machine, and remembers how you met each person.",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        for path in root.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"netbook_{__version__}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def build_tarball(bundle: Path, out: Path) -> Path:
    machine = os.uname().machine
    name = f"netbook-{__version__}-linux-{machine}"
    with tempfile.TemporaryDirectory() as scratch:
        top = Path(scratch) / name
        shutil.copytree(bundle, top / "netbook", symlinks=True)
        share_tree(top / "share")
        shutil.copy(INSTALL_SH, top / "install.sh")
        (top / "install.sh").chmod(0o755)
        out.mkdir(parents=True, exist_ok=True)
        tarball = out / f"{name}.tar.gz"
        with tarfile.open(tarball, "w:gz") as archive:
            archive.add(top, arcname=name)
    return tarball


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("deb", "tarball"))
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "netbook")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    options = parser.parse_args()
    if not (options.bundle / "netbook").is_file():
        parser.error(f"{options.bundle}: no bundle there (make package builds it)")
    build = build_deb if options.kind == "deb" else build_tarball
    print(build(options.bundle, options.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

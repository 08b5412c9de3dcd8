"""The .deb and the tarball put netbook's files where the desktop looks for them.

Built from a small stand-in bundle, so this runs in `make test` in seconds; `make
package-check` runs it again on the real .deb (NETBOOK_DEB) built from the real bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PIL import Image

from netbook import APP_ID

ROOT = Path(__file__).resolve().parents[2]
MAKE_PACKAGES = ROOT / "packaging" / "linux" / "make_packages.py"
REAL_DEB_ENV = "NETBOOK_DEB"

needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian and Ubuntu have it)"
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for dist/netbook: a program that answers --version, and its folder."""
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    program = folder / "netbook"
    program.write_text('#!/bin/sh\necho "netbook (stand-in) $*"\n', encoding="utf-8")
    program.chmod(0o755)
    return folder


def make(kind: str, bundle: Path, out: Path) -> Path:
    result = subprocess.run(
        [sys.executable, str(MAKE_PACKAGES), kind, "--bundle", str(bundle), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip())


def check_share(share: Path) -> None:
    """The desktop entry, icons and metainfo, each where the freedesktop specs look."""
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert "MimeType=text/vcard;" in desktop.read_text(encoding="utf-8")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (48, 128, 256):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.getextrema()[3][1] == 255  # something opaque was drawn


@needs_dpkg
def test_the_deb_installs_where_the_desktop_expects(bundle, tmp_path):
    real = os.environ.get(REAL_DEB_ENV)
    deb = Path(real) if real else make("deb", bundle, tmp_path / "out")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: netbook" in fields
    depends = fields.split("Depends:", 1)[1].replace(",", " ").split()
    assert {"libxcb1", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(depends)
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr" / "bin" / "netbook") == "/opt/netbook/netbook"
    assert os.access(root / "opt" / "netbook" / "netbook", os.X_OK)
    assert (root / "usr" / "share" / "doc" / "netbook" / "copyright").is_file()
    check_share(root / "usr" / "share")


def test_the_tarball_installs_for_the_current_user_and_uninstalls(bundle, tmp_path):
    tarball = make("tarball", bundle, tmp_path / "out")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home with space"
    env = {**os.environ, "HOME": str(home)}
    env.pop("PREFIX", None)
    subprocess.run([str(top / "install.sh")], env=env, check=True, capture_output=True)
    local = home / ".local"
    check_share(local / "share")
    program = local / "bin" / "netbook"
    assert subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, check=True
    ).stdout.startswith("netbook")
    desktop = (local / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f'Exec="{local}/lib/netbook/netbook" %F' in desktop.splitlines()

    subprocess.run([str(top / "install.sh"), "--uninstall"], env=env, check=True)
    assert not program.exists()
    assert not (local / "lib" / "netbook").exists()
    assert not list((local / "share").rglob(f"{APP_ID}.*"))

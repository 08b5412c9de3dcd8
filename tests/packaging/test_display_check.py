"""Before the window opens, a missing system library is named with the command installing it.

The plugin with a library that is missing everywhere is the real libqxcb.so with one DT_NEEDED
name changed (same length, so the file stays a valid ELF): the loader really cannot find it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netbook.startup.elf_needs import NotElfError, read_needs
from netbook.startup.shared_libraries import missing_libraries
from netbook.startup.system_packages import install_commands

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF and X11 only")

ABSENT = "libxcb-icccm.so.9"  # no system has this version


def qt_folders() -> tuple[Path, Path]:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))


@pytest.fixture
def broken_plugins(tmp_path: Path) -> Path:
    """A plugin folder whose xcb plugin needs a library that does not exist."""
    plugins, _libraries = qt_folders()
    data = (plugins / "platforms" / "libqxcb.so").read_bytes()
    assert data.count(b"libxcb-icccm.so.4\0") == 1
    folder = tmp_path / "plugins"
    (folder / "platforms").mkdir(parents=True)
    (folder / "platforms" / "libqxcb.so").write_bytes(
        data.replace(b"libxcb-icccm.so.4\0", ABSENT.encode() + b"\0")
    )
    return folder


def test_the_xcb_plugin_needs_are_read_from_the_plugin_itself():
    plugins, libraries = qt_folders()
    needs = read_needs(plugins / "platforms" / "libqxcb.so")
    assert "libxcb.so.1" in needs.needed
    assert "libQt6XcbQpa.so.6" in needs.needed  # followed into Qt's own library
    assert libraries.resolve() in [p.resolve() for p in needs.search_paths]


def test_a_file_that_is_not_elf_is_refused(tmp_path):
    text = tmp_path / "libfake.so"
    text.write_text("INPUT(-lc)\n")
    with pytest.raises(NotElfError):
        read_needs(text)


def test_a_library_missing_from_the_system_is_found_and_named(broken_plugins):
    _plugins, libraries = qt_folders()
    missing = missing_libraries(broken_plugins / "platforms" / "libqxcb.so", [libraries])
    assert ABSENT in missing
    assert "libc.so.6" not in missing


def test_install_commands_name_each_distributions_packages():
    lines = install_commands(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-shm.so.0"])
    assert lines == [
        "Debian/Ubuntu: sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-shm0",
        "Fedora:        sudo dnf install xcb-util-wm xcb-util-keysyms libxcb",
        "Arch:          sudo pacman -S --needed xcb-util-wm xcb-util-keysyms libxcb",
    ]


def test_the_app_says_what_to_install_instead_of_aborting(broken_plugins, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    }
    env.update(
        DISPLAY=":97", QT_PLUGIN_PATH=str(broken_plugins), XDG_STATE_HOME=str(tmp_path / "st")
    )
    result = subprocess.run(
        [sys.executable, "-m", "netbook", "--db", str(tmp_path / "b.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert f"needs system libraries that are not installed: {ABSENT}" in result.stderr
    assert f"Debian/Ubuntu: (find the package of {ABSENT} with: apt-file search {ABSENT})" in (
        result.stderr
    )
    assert "Fedora:" in result.stderr
    assert "Arch:" in result.stderr
    log = (tmp_path / "st" / "netbook" / "log" / "netbook.log").read_text(encoding="utf-8")
    assert ABSENT in log
    assert not (tmp_path / "b.sqlite3").exists()  # nothing was opened or created


def test_a_child_process_tells_where_qt_keeps_its_plugins_and_libraries():
    # The way a PySide6 built on a system Qt is asked (no Qt folder beside the package):
    # the check itself never loads Qt.
    from PySide6.QtCore import QLibraryInfo

    from netbook.startup import display_check

    told = subprocess.run(
        [sys.executable, "-c", display_check._ASK_QT_FOLDERS],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert told == [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath),
    ]

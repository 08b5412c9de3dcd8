"""Before the window opens: can Qt's platform plugin for this session load at all?

Without this, a missing system library makes Qt abort (exit 134) with a message that names
the wrong library. The check reads which libraries the installed xcb plugin needs and asks the
dynamic loader for each (shared_libraries), so it stays right when Qt changes what it links.

Who hears about a problem: stderr always (a terminal, `make run`, or the session's journal);
netbook's log file; and, when netbook was started without a terminal (a double click), a
dialog from a tool the desktop already has (zenity, kdialog or xmessage), since Qt itself
cannot show one without its platform plugin. NETBOOK_NO_ERROR_DIALOGS=1 turns dialogs off.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

from netbook.startup.shared_libraries import missing_libraries
from netbook.startup.system_packages import install_commands

NO_DIALOGS_ENV = "NETBOOK_NO_ERROR_DIALOGS"
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}


def display_problem() -> str | None:
    """Why the window cannot open on this system (with what to install), or None."""
    missing = missing_display_libraries()
    if not missing:
        return None
    return "\n".join(
        [
            "netbook cannot open its window: Qt's X11 platform plugin (xcb) needs system "
            f"libraries that are not installed: {', '.join(missing)}.",
            "Install them with:",
            *(f"  {line}" for line in install_commands(missing)),
        ]
    )


def missing_display_libraries() -> list[str]:
    """The libraries keeping Qt's xcb plugin from loading, when Qt would need it (else [])."""
    if not sys.platform.startswith("linux"):
        return []
    candidates = _platforms_qt_will_try()
    if "xcb" not in candidates:
        return []  # offscreen, minimal, vnc, ...: nothing of the desktop's is needed
    plugins, libraries = _qt_folders()
    missing_by_platform = {}
    for platform in candidates:
        plugin = _find_plugin(platform, plugins)
        if plugin is None:
            continue
        missing = missing_libraries(plugin, [libraries])
        if not missing:
            return []  # Qt takes the first platform that loads
        missing_by_platform[platform] = missing
    return missing_by_platform.get("xcb", [])


def report(message: str) -> None:
    """Tell the user, by every way that works without Qt's window (see the module doc)."""
    print(message, file=sys.stderr)
    _append_to_log(message)
    if not sys.stderr.isatty() and not os.environ.get(NO_DIALOGS_ENV):
        _show_dialog(message)


def _platforms_qt_will_try() -> list[str]:
    """The platform plugins Qt tries, in order, as QGuiApplication chooses them on Linux."""
    forced = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if forced:
        return [name.split(":", 1)[0].strip() for name in forced.split(";") if name.strip()]
    wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" or "WAYLAND_DISPLAY" in os.environ
    return ["wayland", "xcb"] if wayland else ["xcb"]


def _qt_folders() -> tuple[list[Path], Path]:
    """Where Qt looks for plugins (QT_PLUGIN_PATH first, as Qt does) and its own libraries.

    Found beside the PySide6 package without loading Qt Core, which itself needs system
    libraries (GLib) that the check must be able to report; a PySide6 built on a system Qt
    has no such folder, and then Qt Core says where its Qt is, asked in a child process: this
    check runs before the window's modules and stays free of Qt itself (a Qt Core that cannot
    load ends only that child; no plugin folder is then known and Qt reports for itself).
    """
    extra = [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        qt = Path(location) / "Qt"
        if (qt / "plugins").is_dir() and (qt / "lib").is_dir():
            return [*extra, qt / "plugins"], qt / "lib"
    asked = subprocess.run(
        [sys.executable, "-c", _ASK_QT_FOLDERS],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    folders = asked.stdout.splitlines() if asked.returncode == 0 else []
    if len(folders) != 2:
        return extra, Path()
    return [*extra, Path(folders[0])], Path(folders[1])


# Run by _qt_folders in a child process: Qt's plugin folder, then its library folder.
_ASK_QT_FOLDERS = (
    "from PySide6.QtCore import QLibraryInfo as Q\n"
    "print(Q.path(Q.LibraryPath.PluginsPath))\n"
    "print(Q.path(Q.LibraryPath.LibrariesPath))\n"
)


def _find_plugin(platform: str, plugin_folders: list[Path]) -> Path | None:
    name = PLUGIN_FILES.get(platform)
    if name is None:
        return None
    for folder in plugin_folders:
        candidate = folder / "platforms" / name
        if candidate.is_file():
            return candidate
    return None


def log_file() -> Path:
    """netbook's log file (the command line's crash reports go there too)."""
    return platformdirs.user_log_path("netbook", appauthor=False) / "netbook.log"


def _append_to_log(message: str) -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with path.open("a", encoding="utf-8") as handle:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            handle.write(f"--- {stamp} netbook start-up\n{message}\n")
    except OSError:
        pass  # stderr already has it; a log that cannot be written must not hide the reason


def _show_dialog(message: str) -> None:
    """A dialog from a desktop tool, left running on its own so netbook can exit."""
    title = "netbook cannot start"
    for tool, args in (
        ("zenity", ["--error", "--no-markup", f"--title={title}", f"--text={message}"]),
        ("kdialog", ["--title", title, "--error", message]),
        ("xmessage", ["-center", message]),
    ):
        program = shutil.which(tool)
        if program is None:
            continue
        try:
            subprocess.Popen(
                [program, *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            continue
        return

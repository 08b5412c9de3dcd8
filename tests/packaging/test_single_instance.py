"""A second launch on the same book hands its files to the running window (two real processes)."""

from __future__ import annotations

import json
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from netbook import APP_ID
from netbook.ui.window.single_instance import LaunchServer, hand_over, server_name
from tests.packaging.x_display import (
    app_environment,
    missing_tools,
    netbook_command,
    run_netbook,
    wait_until,
    windows_named,
    xdotool,
    xvfb,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
DESKTOP_ENTRY = Path(__file__).resolve().parents[2] / "resources" / "linux" / f"{APP_ID}.desktop"


def desktop_command(file: Path) -> list[str]:
    """The desktop entry's Exec line for `file`, with netbook as this test runs it."""
    exec_line = next(
        line.split("=", 1)[1]
        for line in DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    program, *args = shlex.split(exec_line)
    assert program == "netbook"
    return [*netbook_command(), *(str(file) if arg == "%F" else arg for arg in args)]


HAND_OVER = (
    "import sys; from pathlib import Path\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from netbook.ui.window.single_instance import hand_over\n"
    "app = QCoreApplication([])\n"
    "ok = hand_over(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]], patience_s=20)\n"
    "sys.exit(0 if ok else 3)\n"
)


def test_each_book_has_its_own_name(tmp_path):
    book = tmp_path / "a.sqlite3"
    assert server_name(book) == server_name(tmp_path / "x" / ".." / "a.sqlite3")
    assert server_name(book) != server_name(tmp_path / "b.sqlite3")


def test_another_process_hands_its_files_to_the_listening_window(qtbot, tmp_path):
    book = tmp_path / "book.sqlite3"
    server = LaunchServer(book)
    assert server.listen()
    files = [DATA / "three.vcf", tmp_path / "naïve name.vcf"]
    with qtbot.waitSignal(server.files_received, timeout=60_000) as received:
        other = subprocess.Popen(
            [sys.executable, "-c", HAND_OVER, str(book), *map(str, files)],
        )
    assert received.args == [files]
    assert other.wait(timeout=60) == 0


def test_with_nobody_listening_the_hand_over_fails(tmp_path):
    assert hand_over(tmp_path / "book.sqlite3", [DATA / "three.vcf"], patience_s=0) is False


def test_a_stale_socket_left_by_a_crash_is_replaced(qtbot, tmp_path):
    book = tmp_path / "book.sqlite3"
    crashed = LaunchServer(book)
    assert crashed.listen()
    crashed._server.close()
    assert LaunchServer(book).listen()


@pytest.mark.skipif(
    bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (installed by .ci/run)"
)
def test_a_second_launch_on_the_same_book_opens_its_file_in_the_first_window(tmp_path):
    book = tmp_path / "book.sqlite3"
    with xvfb() as display:
        env = app_environment(display, tmp_path / "home")
        first = subprocess.Popen(
            [*netbook_command(), "--db", str(book)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_until(lambda: windows_named(display, "^netbook$"), 90, "the first window")
            # What a file manager runs for a double-clicked .vcf: the desktop entry's Exec line.
            second = subprocess.run(
                desktop_command(DATA / "three.vcf"),
                env={**env, "NETBOOK_DB": str(book)},
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert second.returncode == 0, second.stderr
            wait_until(lambda: windows_named(display, "^Import contacts"), 60, "the import preview")
            dialog = windows_named(display, "^Import contacts")[0]

            def imported() -> bool:
                xdotool(display, "windowfocus", "--sync", dialog)
                xdotool(display, "key", "--clearmodifiers", "Return")
                listing = run_netbook(["--db", str(book), "list", "--json"], env)
                return len(json.loads(listing.stdout or "[]")) == 3

            wait_until(imported, 60, "the handed-over file to be imported")
            assert len(windows_named(display, "^netbook$")) == 1  # no second window
            first.send_signal(signal.SIGTERM)
            _out, err = first.communicate(timeout=30)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
    assert first.returncode == 0, err

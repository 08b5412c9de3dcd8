"""netbook started as a user starts it, on a real X server: window, import, clean exit.

Runs when Xvfb and xdotool are installed (`.ci/run` installs them); `make package-check` runs
the same test on the built app (NETBOOK_EXECUTABLE). The screenshot of the real X screen goes
to tests/screenshots/real-display-import.png.
"""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from tests.packaging.x_display import (
    app_environment,
    missing_tools,
    netbook_command,
    run_netbook,
    save_screenshot,
    wait_until,
    windows_named,
    xdotool,
    xvfb,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"

pytestmark = pytest.mark.skipif(
    bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (installed by .ci/run)"
)


def contact_count(book: Path, env: dict[str, str]) -> int:
    listing = run_netbook(["--db", str(book), "list", "--json"], env)
    assert listing.returncode == 0, listing.stderr
    return len(json.loads(listing.stdout))


def test_the_app_opens_a_window_imports_the_file_it_was_given_and_exits_cleanly(tmp_path):
    book = tmp_path / "book.sqlite3"
    with xvfb() as display:
        env = app_environment(display, tmp_path / "home")
        app = subprocess.Popen(
            [*netbook_command(), "--db", str(book), str(DATA / "three.vcf")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_until(lambda: windows_named(display, "^netbook$"), 90, "the main window")
            window = windows_named(display, "^netbook$")[0]
            wait_until(lambda: windows_named(display, "^Import contacts"), 60, "the import preview")
            dialog = windows_named(display, "^Import contacts")[0]

            def press_return() -> None:
                xdotool(display, "windowfocus", "--sync", dialog)
                xdotool(display, "key", "--clearmodifiers", "Return")

            def imported() -> bool:
                press_return()  # the default button once the preview is read: Import
                return contact_count(book, env) == 3

            wait_until(imported, 60, "the import to finish")
            save_screenshot(display, dialog, SCREENSHOTS / "real-display-import.png")

            def summary_closed() -> bool:
                if windows_named(display, "^Import contacts"):
                    press_return()  # the summary's default button: Close, keeping the import
                return not windows_named(display, "^Import contacts")

            wait_until(summary_closed, 30, "the summary to close")
            wait_until(lambda: windows_named(display, "^netbook$"), 5, "the main window")
            save_screenshot(display, window, SCREENSHOTS / "real-display-window.png")
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            app.send_signal(signal.SIGTERM)
            _out, err = app.communicate(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert contact_count(book, env) == 3

"""The entry point chooses between the command line and the window sensibly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from netbook.app import _wants_cli


@pytest.mark.parametrize(
    ("args", "cli"),
    [
        ([], False),
        (["--db", "book.sqlite3"], False),
        (["contacts.vcf"], False),
        (["--db=x.sqlite3", "Connections.CSV"], False),
        (["list"], True),
        (["--db", "list", "stats"], True),  # a book literally named "list" is still a path
        (["--version"], True),
        (["birthdays"], True),  # a mistyped command is reported, not opened as a window
    ],
)
def test_arguments_choose_cli_or_window(args, cli):
    assert _wants_cli(args) is cli


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="sessions there always have a display"
)
def test_without_a_display_the_app_says_so_in_one_line(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "netbook", "--db", str(tmp_path / "b.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no display" in result.stderr


def test_a_mistyped_command_is_a_usage_error():
    result = subprocess.run(
        [sys.executable, "-m", "netbook", "birthdays"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "invalid choice: 'birthdays'" in result.stderr

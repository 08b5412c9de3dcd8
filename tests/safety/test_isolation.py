"""Promise 11: the tests never touch the user's own folders (docs/reliability.md, section 11).

tests/conftest.py points HOME and every per-user XDG folder into a temporary folder before
anything resolves a path. These tests check that for this process, for a CLI subprocess, and
for a whole pytest run started with a pretend "real" HOME, which must stay empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from tests.conftest import REAL_HOME, SESSION_HOME, USER_DIR_VARIABLES

ROOT = Path(__file__).resolve().parents[2]


def _inside(path: Path | str, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_every_user_folder_points_into_the_sessions_temporary_home(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    for variable in USER_DIR_VARIABLES:
        value = os.environ[variable]
        assert _inside(value, SESSION_HOME) or _inside(value, base), variable
        if REAL_HOME:
            assert not _inside(value, Path(REAL_HOME)) or _inside(REAL_HOME, SESSION_HOME)
    for where in (
        platformdirs.user_data_path("netbook", appauthor=False),
        platformdirs.user_log_path("netbook", appauthor=False),
        platformdirs.user_config_path("netbook", appauthor=False),
        platformdirs.user_cache_path("netbook", appauthor=False),
        platformdirs.user_state_path("netbook", appauthor=False),
        Path.home(),
    ):
        assert _inside(where, SESSION_HOME) or _inside(where, base), where


def test_qt_locations_point_into_the_temporary_home(qapp, tmp_path_factory):
    from PySide6.QtCore import QStandardPaths

    base = tmp_path_factory.getbasetemp()
    for location in (
        QStandardPaths.StandardLocation.HomeLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
    ):
        where = QStandardPaths.writableLocation(location)
        assert _inside(where, SESSION_HOME) or _inside(where, base), (location, where)


def test_a_cli_subprocess_logs_into_the_temporary_home(tmp_path):
    code = (
        "import platformdirs, pathlib;"
        "print(platformdirs.user_log_path('netbook', appauthor=False));"
        "print(pathlib.Path.home())"
    )
    printed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split("\n")
    assert all(_inside(line, Path(os.environ["HOME"])) for line in printed if line)


def test_a_test_run_writes_nothing_into_the_real_home(tmp_path):
    """Run tests that write logs, settings and exports with a pretend real HOME: it stays empty."""
    pretend_home = tmp_path / "real-home"
    pretend_home.mkdir()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in USER_DIR_VARIABLES and not key.startswith("XDG_")
    }
    environment["HOME"] = str(pretend_home)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "inner"),
            # the crash log (it used to land in ~/.local/state/netbook/log), the GUI export
            # (its default folder is Documents), a CLI import (backups, default book).
            "tests/cli/test_cli.py::test_an_internal_error_is_one_line_with_the_details_in_the_log",
            "tests/cli/test_cli.py::test_netbook_db_environment_variable_is_used",
            "tests/ui/test_export_dialog.py::test_export_selection_as_json",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "3 passed" in result.stdout
    assert sorted(str(p.relative_to(pretend_home)) for p in pretend_home.rglob("*")) == []

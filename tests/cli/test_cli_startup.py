"""`netbook --version` and `--help` answer without loading the database stack or Qt.

What a start-up loads is checked, not how long it takes (the time is in
benchmarks/bench_cli.py): a real `netbook` process runs the arguments, then lists the modules
it has loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from netbook.cli import COMMANDS

# Runs the entry point as the `netbook` script does, then prints what it loaded.
HARNESS = """
import json, sys
from netbook.app import main
try:
    status = main(sys.argv[1:])
except SystemExit as exit:
    status = exit.code
sys.stdout.flush()
print(json.dumps({"status": status, "modules": sorted(sys.modules)}), file=sys.stderr)
"""

HEAVY = ("sqlalchemy", "alembic", "PySide6", "netbook.services", "netbook.store")
SUBCOMMAND_HELP = [[name, "--help"] for name in COMMANDS] + [
    ["tag", "rename", "--help"],
    ["account", "add", "--help"],
]


def start(*args: str) -> tuple[int, str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", HARNESS, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NETBOOK_DB": os.devnull},
        check=False,
    )
    loaded = json.loads(result.stderr.strip().splitlines()[-1])
    return loaded["status"], result.stdout, loaded["modules"]


def heavy_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY)]


@pytest.mark.parametrize(
    "args",
    [["--version"], ["--help"], ["-h"], ["--db", "book.sqlite3", "--help"], *SUBCOMMAND_HELP],
    ids=" ".join,
)
def test_version_and_help_load_no_database_stack_and_no_qt(args):
    status, out, modules = start(*args)
    assert status == 0
    assert out.strip()
    assert heavy_modules(modules) == []


def test_the_help_still_tells_about_the_window_and_importing_by_file_name():
    _status, out, _modules = start("--help")
    text = " ".join(out.split())
    assert "opens its window" in text
    assert "netbook [--db PATH] FILE..." in text
    assert all(name in text for name in COMMANDS)


def test_a_command_does_load_the_services_it_runs_on(tmp_path):
    # The check above means something: the same harness sees the stack when a command runs.
    status, _out, modules = start("--db", str(tmp_path / "book.sqlite3"), "list")
    assert status == 0
    assert {"sqlalchemy", "netbook.services.application"} <= set(modules)
    assert "PySide6" not in modules

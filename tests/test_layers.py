"""The architecture stays visible: imports point downward and Qt stays in ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout
    assert "0 broken" in result.stdout
    # The one door: ui and cli never reach the store, SQL or the mapped tables.
    assert "ui and cli use services, never the store KEPT" in result.stdout


def test_core_and_cli_do_not_load_pyside6():
    code = (
        "import sys\n"
        "import netbook.model.tables, netbook.store.opening, netbook.services.address_book\n"
        "import netbook.formats.json_export, netbook.cli\n"
        "import netbook.app\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_only_the_vcard_module_imports_vobject():
    importers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "netbook").rglob("*.py")
        if any(
            line.strip().startswith(("import vobject", "from vobject"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    )
    assert importers in ([], ["src/netbook/formats/vcard/__init__.py"])

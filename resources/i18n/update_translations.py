"""Refresh the translation files from the sources.

Run `.venv/bin/python resources/i18n/update_translations.py`:

1. `pyside6-lupdate` collects every `tr()` / `translate()` string of the user interface into
   `netbook_en.ts` (and any other `netbook_*.ts` here), keeping existing translations;
2. English plural forms are filled in ("%n contact(s)" -> "1 contact" / "2 contacts"), since
   the sources are written in English with "(s)" for Qt's numerus strings;
3. `pyside6-lrelease` compiles every `.ts` into the `.qm` file the app loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = [ROOT / "src" / "netbook" / "ui", ROOT / "src" / "netbook" / "app.py"]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def english_plurals(ts_file: Path) -> int:
    """Fill the numerus forms of untranslated plural messages; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            # lupdate only sees a plural in `self.tr(text, "", n)`; modules without a QObject
            # call `translate(context, text, "", n)`, which it reads as a plain message.
            if not re.search(r"%L?n", message.findtext("source") or ""):
                continue
            message.set("numerus", "yes")
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.clear()
        one = re.sub(r"\((e?s)\)", "", source)
        one = one.replace("(ies)", "y")
        many = re.sub(r"\((e?s)\)", r"\1", source).replace("y(ies)", "ies")
        for form in (one, many):
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    ts_files = sorted(HERE.glob("netbook_*.ts")) or [HERE / "netbook_en.ts"]
    files = sorted(
        str(p) for src in SOURCES for p in ([src] if src.is_file() else src.rglob("*.py"))
    )
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", *files, "-ts", *map(str, ts_files)], check=True
    )
    english = HERE / "netbook_en.ts"
    print(f"{english.name}: {english_plurals(english)} English plural forms")
    for ts_file in ts_files:
        subprocess.run(
            [tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

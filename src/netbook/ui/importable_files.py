"""Which dropped or given paths the window offers to the importer (no Qt here: the
command line's entry point asks it too, to tell a file to import from a mistyped command)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# By name only: the importer then recognises the format from the content.
IMPORTABLE_SUFFIXES = frozenset({".vcf", ".vcard", ".csv", ".zip"})


def is_importable_name(path: Path) -> bool:
    return path.suffix.lower() in IMPORTABLE_SUFFIXES


def importable(paths: Sequence[Path]) -> list[Path]:
    """The files among `paths` worth offering to the importer, and folders (an unpacked
    LinkedIn archive)."""
    return [p for p in paths if p.is_dir() or (is_importable_name(p) and p.is_file())]

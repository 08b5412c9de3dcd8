"""The `--before` tree of the scripts that run the same work with two source trees.

A child process is handed the tree's `src/` at the front of its path; a folder without
`netbook` there would let it import the installed tree instead, and the script would compare
this tree with itself and report no difference. So the tree is checked before anything runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def before_source(parser: argparse.ArgumentParser, before: Path | None) -> Path:
    """The `src/` folder of the tree given as `--before` (its root or that folder itself)."""
    if before is None:
        parser.error("--before is needed")
    for src in (before / "src", before):
        if (src / "netbook" / "__init__.py").is_file():
            return src
    parser.error(f"--before {before}: no netbook package in it or in its src/")

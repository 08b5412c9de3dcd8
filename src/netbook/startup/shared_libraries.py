"""Which shared libraries a plugin needs that the dynamic loader cannot find on this system.

The plugin's own DT_NEEDED entries are followed through the libraries that ship beside it
(Qt's own, found through RUNPATH or the given folders); every other name is a system library,
and asking the loader for it (dlopen) is the one honest answer to "is it installed?": it
follows ld.so.cache, LD_LIBRARY_PATH and the distribution's multiarch folders exactly as the
real start-up will.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable
from pathlib import Path

from netbook.startup.elf_needs import NotElfError, read_needs


def missing_libraries(plugin: Path, shipped_folders: Iterable[Path] = ()) -> list[str]:
    """Sonames `plugin` needs, directly or through the libraries shipped with it, not found."""
    missing: list[str] = []
    for name in system_libraries(plugin, shipped_folders):
        problem = _load_problem(name)
        if problem is not None and problem not in missing:
            missing.append(problem)
    return missing


def system_libraries(plugin: Path, shipped_folders: Iterable[Path] = ()) -> list[str]:
    """Sonames `plugin` and the libraries shipped with it need from the system, in order."""
    folders = list(shipped_folders)
    system: list[str] = []
    asked: set[str] = set()
    visited: set[Path] = set()
    pending = [plugin]
    while pending:
        elf = pending.pop(0)
        try:
            needs = read_needs(elf)
        except NotElfError:
            continue
        for name in needs.needed:
            if name in asked:
                continue
            asked.add(name)
            shipped = _shipped(name, [*needs.search_paths, *folders])
            if shipped is None:
                system.append(name)
            elif shipped not in visited:
                visited.add(shipped)
                pending.append(shipped)
    return system


def _shipped(name: str, folders: Iterable[Path]) -> Path | None:
    for folder in folders:
        candidate = folder / name
        if candidate.is_file():
            return candidate.resolve()
    return None


def _load_problem(name: str) -> str | None:
    """None when the loader finds `name` and all it needs, else the first name it could not."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        # "libxcb.so.1: cannot open shared object file: ..." names what is really missing,
        # which is a dependency of `name` when `name` itself is installed.
        first = str(exc).split(":", 1)[0].strip()
        return first if first.startswith("lib") and "/" not in first else name
    return None

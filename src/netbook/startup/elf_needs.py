"""The shared libraries an ELF file asks for (DT_NEEDED) and where it says to look (RUNPATH).

Read from the file itself, like the dynamic loader does, so the check of what Qt's platform
plugin needs follows the plugin actually installed instead of a list that goes stale.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

ELF_MAGIC = b"\x7fELF"
PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 1, 5, 15, 29


class NotElfError(ValueError):
    """The file is not a (readable) ELF shared object."""


@dataclass(frozen=True)
class ElfNeeds:
    """What one ELF file needs: library names, and the folders it names for finding them."""

    needed: tuple[str, ...]
    search_paths: tuple[Path, ...]


@dataclass(frozen=True)
class _Layout:
    """How the numbers in this file are laid out: byte order and 32- or 64-bit words."""

    endian: str
    is_64: bool

    def unpack(self, fmt: str, data: bytes) -> tuple[int, ...]:
        return struct.unpack(self.endian + fmt, data)


def read_needs(path: Path) -> ElfNeeds:
    """The DT_NEEDED names of `path` and its RUNPATH (or old-style RPATH) folders."""
    try:
        with path.open("rb") as elf:
            return _read(elf, path)
    except (OSError, struct.error) as exc:
        raise NotElfError(f"{path}: {exc}") from exc


def _read(elf: BinaryIO, path: Path) -> ElfNeeds:
    ident = elf.read(16)
    if len(ident) < 16 or not ident.startswith(ELF_MAGIC) or ident[4] not in (1, 2):
        raise NotElfError(f"{path}: not an ELF file")
    layout = _Layout(endian="<" if ident[5] == 1 else ">", is_64=ident[4] == 2)
    loads, dynamic = _segments(elf, layout)
    if dynamic is None:
        return ElfNeeds(needed=(), search_paths=())
    entries = _dynamic_entries(elf, layout, dynamic)
    strtab = next((value for tag, value in entries if tag == DT_STRTAB), None)
    if strtab is None:
        return ElfNeeds(needed=(), search_paths=())
    strtab_offset = _file_offset(loads, strtab)

    def string(at: int) -> str:
        elf.seek(strtab_offset + at)
        raw = elf.read(4096)
        return raw.split(b"\0", 1)[0].decode("utf-8", "replace")

    needed = tuple(string(value) for tag, value in entries if tag == DT_NEEDED)
    runpath = [string(value) for tag, value in entries if tag == DT_RUNPATH]
    # The loader ignores RPATH when RUNPATH is present.
    paths = runpath or [string(value) for tag, value in entries if tag == DT_RPATH]
    origin = str(path.resolve().parent)
    folders = tuple(
        Path(folder.replace("$ORIGIN", origin).replace("${ORIGIN}", origin))
        for entry in paths
        for folder in entry.split(":")
        if folder
    )
    return ElfNeeds(needed=needed, search_paths=folders)


def _segments(
    elf: BinaryIO, layout: _Layout
) -> tuple[list[tuple[int, int, int]], tuple[int, int] | None]:
    """The loadable segments as (file offset, address, size), and the dynamic one."""
    if layout.is_64:
        elf.seek(0x20)
        (phoff,) = layout.unpack("Q", elf.read(8))
        elf.seek(0x36)
    else:
        elf.seek(0x1C)
        (phoff,) = layout.unpack("I", elf.read(4))
        elf.seek(0x2A)
    phentsize, phnum = layout.unpack("HH", elf.read(4))
    loads: list[tuple[int, int, int]] = []
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        elf.seek(phoff + index * phentsize)
        if layout.is_64:
            p_type, _flags, offset, vaddr, _paddr, filesz = layout.unpack("IIQQQQ", elf.read(40))
        else:
            p_type, offset, vaddr, _paddr, filesz = layout.unpack("IIIII", elf.read(20))
        if p_type == PT_LOAD:
            loads.append((offset, vaddr, filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (offset, filesz)
    return loads, dynamic


def _dynamic_entries(
    elf: BinaryIO, layout: _Layout, dynamic: tuple[int, int]
) -> list[tuple[int, int]]:
    offset, size = dynamic
    elf.seek(offset)
    data = elf.read(size)
    fmt, width = ("qQ", 16) if layout.is_64 else ("iI", 8)
    entries = []
    for start in range(0, len(data) - width + 1, width):
        tag, value = layout.unpack(fmt, data[start : start + width])
        if tag == DT_NULL:
            break
        entries.append((tag, value))
    return entries


def _file_offset(loads: list[tuple[int, int, int]], address: int) -> int:
    """Where in the file the byte loaded at `address` is."""
    for offset, vaddr, filesz in loads:
        if vaddr <= address < vaddr + filesz:
            return offset + address - vaddr
    return address  # unmapped: shared objects linked at 0 use file offsets as addresses

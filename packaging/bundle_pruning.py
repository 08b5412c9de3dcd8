"""What `packaging/netbook.spec` leaves out of the bundle beyond its lists of names.

- Libraries nothing kept needs: PyInstaller collects the dependencies of every plugin and
  extension before the spec drops some of them (the GTK theme plugin's GTK, cairo and pango),
  so the libraries those alone needed stay behind. `needed_binaries` keeps only what the
  Python extensions, the Qt plugins and the interpreter reach through their DT_NEEDED entries.
- ICU data Qt never reads: Qt links ICU for collation, text codecs and normalisation, but the
  32 MB data library also holds break-iterator dictionaries, transliterators, and the names of
  every language, region, currency, unit and time zone in every locale, which Qt takes from
  its own CLDR tables. `trim_icu_data` rebuilds libicudata without those items.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

from netbook.startup.elf_needs import NotElfError, read_needs

# A PyInstaller TOC entry: (name in the bundle, source path, type code).
Entry = tuple[str, str, str]

# ICU data items (inside "icudt73l/") Qt does not use: break iterators and their
# dictionaries, transliteration, spelled-out numbers, character names, spoof checks, and the
# display names of units, currencies, languages, regions and time zones.
UNUSED_ICU_ITEMS = ("brkitr/", "translit/", "rbnf/", "unit/", "curr/", "lang/", "region/", "zone/")
UNUSED_ICU_FILES = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu")


def needed_binaries(binaries: Iterable[Entry]) -> list[Entry]:
    """`binaries` without the shared libraries no extension, plugin or interpreter needs."""
    entries = list(binaries)
    by_soname = {Path(name).name: entry for entry in entries if (name := entry[0])}
    roots = [e for e in entries if _is_root(e)]
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        name, source, _kind = pending.pop()
        if name in reached:
            continue
        reached.add(name)
        try:
            needs = read_needs(Path(source)).needed
        except NotElfError:
            continue
        pending.extend(by_soname[soname] for soname in needs if soname in by_soname)
    return [e for e in entries if e[2] != "BINARY" or e[0] in reached or not _is_library(e)]


def without_dangling_links(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """`datas` without the symbolic links (PyInstaller's top-level aliases of libraries kept
    in subfolders) whose library was left out."""
    kept = {name for name, _source, _kind in binaries}
    return [e for e in datas if e[2] != "SYMLINK" or str(Path(e[0]).parent / e[1]) in kept]


def _is_root(entry: Entry) -> bool:
    name, _source, kind = entry
    return (
        kind == "EXTENSION"
        or "/plugins/" in f"/{name}"
        or Path(name).name.startswith("libpython")
        or not _is_library(entry)
    )


def _is_library(entry: Entry) -> bool:
    return ".so" in Path(entry[0]).name


def trim_icu_data(library: Path, work: Path) -> Path | None:
    """A copy of ICU's data library without the items Qt never reads, or None (and the
    original is bundled) when this machine lacks the assembler and linker it takes."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("objcopy") is None:
        print(f"bundle_pruning: no C compiler or objcopy; {library.name} is bundled whole")
        return None
    blob, symbol = _icu_package(library)
    work.mkdir(parents=True, exist_ok=True)
    data = work / "icudata.dat"
    data.write_bytes(_without_unused_items(blob))
    source = work / "icudata.S"
    source.write_text(
        # The data, aligned as ICU expects, under the symbol libicuuc looks up.
        f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
        f'{symbol}:\n.incbin "{data}"\n.size {symbol}, . - {symbol}\n'
        '.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    trimmed = work / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", trimmed, source],
        check=True,
    )
    return trimmed


def _icu_package(library: Path) -> tuple[bytes, str]:
    """The common data package inside ICU's data library, and the symbol that holds it."""
    symbol = "icudt{}_dat".format(library.name.split(".so.")[1].split(".")[0])
    with_section = subprocess.run(
        ["objcopy", "-O", "binary", "-j", ".rodata", library, "/dev/stdout"],
        check=True,
        capture_output=True,
    ).stdout
    # The section is the package: a 0xDA27 magic after the header size, format "CmnD".
    if with_section[2:4] != b"\xda\x27" or with_section[12:16] != b"CmnD":
        raise ValueError(f"{library}: .rodata is not an ICU common data package")
    return with_section, symbol


def _without_unused_items(package: bytes) -> bytes:
    """The package rebuilt with its table of contents and every item Qt may read.

    Layout (ICU's ucmndata.h): the data header, then the item count, then for each item the
    offsets of its name and of its data from the count, then the names, then the items,
    each starting 16-byte aligned.
    """
    header_size = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, header_size)[0]
    offsets = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data for _name, data in offsets] + [len(package)]
    items = []
    for i, (name_at, _data_at) in enumerate(offsets):
        at = header_size + name_at
        name = package[at : package.index(b"\0", at)]
        item = name.decode("ascii").split("/", 1)[1]
        if item.startswith(UNUSED_ICU_ITEMS) or item in UNUSED_ICU_FILES:
            continue
        items.append((name, package[starts[i] : starts[i + 1]]))
    toc_size = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    data_at = _aligned(toc_size + len(names))
    toc, body, name_at = [struct.pack("<I", len(items))], [], toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_at, data_at + sum(map(len, body))))
        name_at += len(name) + 1
        body.append(item + b"\0" * (_aligned(len(item)) - len(item)))
    table = b"".join(toc) + names
    return package[:header_size] + table.ljust(data_at, b"\0") + b"".join(body)


def _aligned(size: int) -> int:
    return (size + 15) // 16 * 16

"""What the spec leaves out of the bundle (packaging/bundle_pruning.py), on the real Qt
libraries of this checkout's PySide6: nothing a kept library needs goes, and Qt still runs on
the trimmed ICU data.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
QT = Path(PySide6.__file__).parent
QT_LIB = QT / "Qt" / "lib"


def _pruning():
    spec = importlib.util.spec_from_file_location(
        "bundle_pruning", ROOT / "packaging" / "bundle_pruning.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _binary(name: str) -> tuple[str, str, str]:
    return (f"PySide6/Qt/lib/{name}", str(QT_LIB / name), "BINARY")


def test_only_the_libraries_a_kept_extension_reaches_are_kept():
    core_bindings = ("PySide6/QtCore.abi3.so", str(QT / "QtCore.abi3.so"), "EXTENSION")
    entries = [
        core_bindings,
        _binary("libQt6Core.so.6"),
        _binary("libicuuc.so.73"),
        _binary("libicudata.so.73"),
        _binary("libQt6Charts.so.6"),  # only QtCharts' bindings need it, and they are not here
    ]
    kept = [name for name, _source, _kind in _pruning().needed_binaries(entries)]
    assert kept == [e[0] for e in entries[:4]]


def test_links_to_libraries_left_out_are_left_out_too():
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
        ("netbook/resources/help/guide.html", "/src/guide.html", "DATA"),
    ]
    kept = _pruning().without_dangling_links(links, [_binary("libQt6Core.so.6")])
    assert kept == [links[0], links[2]]


@pytest.mark.skipif(
    not (QT_LIB / "libicudata.so.73").exists()
    or shutil.which("cc") is None
    or shutil.which("objcopy") is None,
    reason="needs PySide6's ICU 73, a C compiler and objcopy",
)
def test_qt_collates_and_decodes_on_the_trimmed_icu_data(tmp_path):
    original = QT_LIB / "libicudata.so.73"
    trimmed = _pruning().trim_icu_data(original, tmp_path / "icu")
    assert trimmed.stat().st_size < original.stat().st_size / 2
    probe = (
        "from PySide6.QtCore import QCollator, QLocale, QStringDecoder\n"
        "words = sorted(['Zebra', 'Äpfel', 'apfel'], key=QCollator(QLocale('de_DE')).sortKey)\n"
        "print(words, QStringDecoder('Shift_JIS').isValid(), QLocale('tr_TR').toUpper('i'))\n"
        "print(any('icu/libicudata' in line for line in open('/proc/self/maps')))\n"
    )
    # Preloaded, the trimmed library is the one Qt's libicuuc binds to.
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "LD_PRELOAD": str(trimmed)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines() == ["['apfel', 'Äpfel', 'Zebra'] True İ", "True"]

"""Guard against the PySide6 6.12.0 / Python 3.11 trap (docs/design.md, "Measured traps").

That build dropped a reference to None on every call of a void Qt method until the process
aborted with "Fatal Python error: none_dealloc". The pin in pyproject.toml keeps it away; this
test fails loudly if a PySide6 with the bug is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_methods_do_not_leak_references_to_none():
    obj = QObject()
    for _ in range(1000):  # warm up caches that may legitimately hold None
        obj.setObjectName("warm")
    before = sys.getrefcount(None)
    for i in range(100_000):
        obj.setObjectName(f"n{i % 7}")
        obj.blockSignals(False)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"

"""Edit > Undo and Redo in the window: a view of the book's journal, through pytest-qt.

Replaces the tests of the old QUndoCommand classes: the window's changes are journal
operations (their exactness for every kind: tests/services/test_journal.py); here, what the
window shows and does: the labels, undo and redo through the actions, the labels after a
restart, a refused undo in the status bar, and a long undo on a worker with progress.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QProgressDialog

from netbook.ui.window import undo_actions
from netbook.ui.window.workers import running_tasks
from tests.book_dump import dump_book
from tests.conftest import person
from tests.ui.window_support import open_window


def test_labels_follow_each_change_and_undo_redo_take_it_back(qtbot, book, tmp_path):
    ids = [book.add(person("P", str(n))) for n in range(3)]
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    a = window.commands
    assert a.undo.text() == "&Undo Add “P 2”"  # what was done before the window opened
    before = dump_book(book.database.path)
    assert window.list_view.select_contact(ids[0])
    a.archive.trigger()
    assert a.undo.text() == "&Undo Archive 1 contact"  # plural forms, translated
    assert not a.redo.isEnabled()
    archived = dump_book(book.database.path)
    a.undo.trigger()
    assert dump_book(book.database.path) == before
    assert window.model.rowCount() == 3
    assert a.redo.isEnabled()
    assert a.redo.text() == "&Redo Archive 1 contact"
    a.redo.trigger()
    assert dump_book(book.database.path) == archived
    assert window.counts_label.text().startswith("2 contacts · 1 archived")


def test_the_labels_survive_a_restart(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    first = open_window(qtbot, book, tmp_path / "ui.ini")
    assert first.list_view.select_contact(ada)
    first.commands.favourite.trigger()
    first.close()
    second = open_window(qtbot, book, tmp_path / "ui.ini")
    assert second.commands.undo.text() == "&Undo Mark 1 contact as favourite"
    second.commands.undo.trigger()
    assert not book.get(ada).favourite
    assert second.commands.redo.text() == "&Redo Mark 1 contact as favourite"


def test_a_refused_undo_says_why_in_the_status_bar(qtbot, book, tmp_path):
    ada = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    conn = sqlite3.connect(book.database.path)  # another program writes the same row
    conn.execute("UPDATE contact SET note = 'elsewhere' WHERE id = ?", (ada,))
    conn.commit()
    conn.close()
    before = dump_book(book.database.path)
    window.commands.undo.trigger()
    assert "outside netbook's journal" in window.statusBar().currentMessage()
    assert dump_book(book.database.path) == before


def test_a_long_undo_runs_on_a_worker_with_progress(qtbot, book, tmp_path, monkeypatch):
    before = dump_book(book.database.path)
    book.add_many([person("Many", str(n)) for n in range(300)])
    after = dump_book(book.database.path)
    monkeypatch.setattr(undo_actions, "BACKGROUND_CHANGES", 10)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.model.rowCount() == 300
    window.commands.undo.trigger()
    progress = window.findChild(QProgressDialog, "undoProgress")
    assert progress is not None  # shown while the worker replays
    assert window.undo_redo.is_busy()
    assert not window.commands.undo.isEnabled()  # one replay at a time
    qtbot.waitUntil(lambda: not window.undo_redo.is_busy(), timeout=30_000)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert dump_book(book.database.path) == before
    assert window.model.rowCount() == 0
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: not window.undo_redo.is_busy(), timeout=30_000)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert dump_book(book.database.path) == after
    assert window.model.rowCount() == 300

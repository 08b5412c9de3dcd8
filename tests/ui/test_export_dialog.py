"""The export dialog writes real files from a real book, on a worker thread."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from netbook.services.address_book import AddressBook
from netbook.services.exporting import FILE_SUFFIXES, WRITERS
from netbook.ui.dialogs.export import ExportDialog
from netbook.ui.window.workers import running_tasks
from tests.conftest import person

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def three(book: AddressBook) -> tuple[AddressBook, list[int]]:
    ids = book.add_many(
        [
            person("Ada", "Lovelace", tags=["Pioneers"]),
            person("Grace", "Hopper", tags=["Pioneers"]),
            person("Alan", "Turing"),
        ]
    )
    return book, ids


def _dialog(qtbot, book, scopes) -> ExportDialog:
    dialog = ExportDialog(book, scopes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_writes_a_file_in_each_format(qtbot, three, tmp_path, fmt):
    book, ids = three
    dialog = _dialog(qtbot, book, [("All contacts (3)", ids), ("Selection (1)", ids[:1])])
    target = tmp_path / f"out{FILE_SUFFIXES[fmt]}"
    dialog.set_choice(0, fmt, target)
    assert dialog.export_button.isEnabled()
    _export(qtbot, dialog)
    assert dialog.written == 3
    assert target.stat().st_size > 0
    assert "Wrote 3" in dialog.status.text()
    assert dialog.close_button.isVisible()
    text = target.read_bytes().decode("utf-8-sig")
    for name in ("Ada", "Grace", "Alan"):
        assert name in text


def test_export_selection_as_json(qtbot, three, tmp_path):
    book, ids = three
    dialog = _dialog(qtbot, book, [("All contacts (3)", ids), ("Selection (1)", [ids[1]])])
    target = tmp_path / "one.json"
    dialog.set_choice(1, "json", target)
    assert "1 contact" in dialog.status.text()
    _export(qtbot, dialog)
    data = json.loads(target.read_text("utf-8"))
    assert [c["given_name"] for c in data] == ["Grace"]
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()  # apply pending layout changes before the picture
    assert dialog.grab().save(str(SCREENSHOTS / "export-done.png"))


def test_format_change_changes_the_suffix(qtbot, three, tmp_path):
    book, ids = three
    dialog = _dialog(qtbot, book, [("All", ids)])
    dialog.set_choice(0, "json", tmp_path / "contacts.json")
    if "csv" in WRITERS:
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        assert dialog.path() == tmp_path / "contacts.csv"
    # A name the user chose with another suffix is left alone.
    dialog.path_edit.setText(str(tmp_path / "contacts.txt"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path() == tmp_path / "contacts.txt"


def test_export_refuses_an_empty_scope_or_a_missing_folder(qtbot, three, tmp_path):
    book, ids = three
    dialog = _dialog(qtbot, book, [("Tag “Nobody” (0)", []), ("All", ids)])
    dialog.set_choice(0, "json", tmp_path / "x.json")
    assert not dialog.export_button.isEnabled()
    assert "no contacts" in dialog.status.text()
    dialog.set_choice(1, "json", tmp_path / "missing" / "x.json")
    assert not dialog.export_button.isEnabled()
    dialog.set_choice(1, "json", tmp_path)
    assert not dialog.export_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.set_choice(1, "json", tmp_path / "x.json")
    assert dialog.export_button.isEnabled()
    assert not dialog.close_button.isVisible()
    assert dialog.grab().save(str(SCREENSHOTS / "export-dialog.png"))


class GatedBook(AddressBook):
    """The real book, whose second chunk read waits until the test has pressed Cancel."""

    def __init__(self, database) -> None:
        super().__init__(database)
        self.gate = threading.Event()
        self.reads = 0

    def batches(self, ids, size=500):
        for batch in super().batches(ids, size):
            self.reads += 1
            if self.reads == 2:
                self.gate.wait(timeout=10)
            yield batch


def test_cancel_writes_nothing(qtbot, make_book, tmp_path):
    book = GatedBook(make_book(1200).database)  # three chunks: cancel lands between them
    ids = book.ids()
    dialog = _dialog(qtbot, book, [("All", ids)])
    target = tmp_path / "all.json"
    dialog.set_choice(0, "json", target)
    # Cancel as soon as the first chunk is reported.
    cancelled_at: list[int] = []

    def cancel_once(value: int) -> None:
        if value > 0 and not cancelled_at:
            cancelled_at.append(value)
            dialog.reject()
            book.gate.set()

    dialog.progress.valueChanged.connect(cancel_once)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert not target.exists()
    assert list(tmp_path.glob(".all.json*")) == []
    assert dialog.written is None
    assert cancelled_at == [500]

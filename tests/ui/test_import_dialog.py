"""The import dialog on real files and real books: preview, import, summary, undo, cancel."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from netbook.formats.json_export import contacts_to_json_text
from netbook.services.address_book import AddressBook, ContactFilter
from netbook.services.importer import Importer
from netbook.ui.dialogs.column_mapping import ColumnMappingDialog
from netbook.ui.dialogs.import_preview import ImportDialog, Step
from netbook.ui.importable_files import importable
from netbook.ui.window.workers import running_tasks
from tests.conftest import DATA, person

UI_DATA = DATA / "ui"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
PIONEERS = UI_DATA / "pioneers.vcf"


def _dump(book: AddressBook) -> str:
    """The whole book as JSON without timestamps, to compare before and after."""
    data = json.loads(contacts_to_json_text(book.get_many(book.ids())))
    for item in data:
        item.pop("updated_at")
    return json.dumps(data, sort_keys=True)


def _screenshot(dialog, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()  # apply pending layout changes before the picture
    assert dialog.grab().save(str(SCREENSHOTS / name))


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    return Importer(book)


def _previewed(qtbot, importer, paths) -> ImportDialog:
    dialog = ImportDialog(importer, paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _import(qtbot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(
        dialog.step_changed, timeout=20_000, check_params_cb=lambda step: step is not Step.IMPORTING
    ):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)


def _cells(table, row: int) -> list[str]:
    return [
        table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())
    ]


def test_preview_import_summary_then_close_emits_imported(qtbot, book, importer):
    book.add(person("Ada", "Lovelace", uid="urn:uuid:5e0c1a9e-ui-0001"))
    before_count = book.count()
    dialog = _previewed(qtbot, importer, [PIONEERS, DATA / "import" / "not-a-vcard.vcf"])
    assert book.count() == before_count  # the preview writes nothing
    files = dialog.files_table
    assert _cells(files, 0)[:5] == ["pioneers.vcf", "vCard", "2", "1", "0"]
    assert int(_cells(files, 0)[5]) >= 1
    assert _cells(files, 1)[1] == "unreadable"
    problems = [_cells(dialog.problems_table, r) for r in range(dialog.problems_table.rowCount())]
    assert any(row[0] == "not-a-vcard.vcf" and row[4] == "file not read" for row in problems)
    assert any(row[0] == "pioneers.vcf" and row[1] == "3" for row in problems)
    assert dialog.import_button.isEnabled()
    assert "2 new, 1 to update" in dialog.heading.text()
    _screenshot(dialog, "import-preview.png")

    _import(qtbot, dialog)
    assert dialog.step is Step.IMPORTED
    assert book.count() == 3
    assert "Imported: 2 new, 1 updated" in dialog.heading.text()
    assert dialog.undo_button.isVisible()
    assert dialog.close_button.isVisible()
    assert not dialog.cancel_button.isVisible()
    assert "pioneers.vcf" in dialog.problems_text()
    _screenshot(dialog, "import-summary.png")

    with qtbot.waitSignal(dialog.imported, timeout=1000) as emitted:
        dialog.close_button.click()
    assert emitted.args[0].imported == 2
    assert not dialog.isVisible()


def test_a_file_of_many_batches_is_previewed_as_it_is_then_imported(qtbot, book, tmp_path):
    # Batches of two cards: the dialog's preview is the streamed one (services/streamed_preview).
    book.add(person("Ada", "Lovelace", uid="urn:uuid:5e0c1a9e-ui-0001"))
    many = tmp_path / "many.vcf"
    many.write_bytes(PIONEERS.read_bytes() * 3)  # the same cards again: merged, not repeated
    importer = Importer(book, batch_records=2)
    before = _dump(book)
    dialog = _previewed(qtbot, importer, [many])
    assert _dump(book) == before  # the preview writes nothing
    assert _cells(dialog.files_table, 0)[:5] == ["many.vcf", "vCard", "2", "1", "0"]
    assert "2 new, 1 to update" in dialog.heading.text()
    _import(qtbot, dialog)
    assert dialog.step is Step.IMPORTED
    assert book.count() == 3
    assert "Imported: 2 new, 1 updated" in dialog.heading.text()


def test_undo_import_leaves_the_book_as_before(qtbot, book, importer):
    book.add(person("Ada", "Lovelace", uid="urn:uuid:5e0c1a9e-ui-0001", note="mine"))
    before = _dump(book)
    dialog = _previewed(qtbot, importer, [PIONEERS])
    _import(qtbot, dialog)
    assert _dump(book) != before
    announced = []
    dialog.imported.connect(announced.append)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert dialog.step is Step.UNDONE
    assert _dump(book) == before
    assert announced == []  # the window is told it was undone (`undone`), not kept
    assert book.journal.next_redo() is not None  # Edit > Redo can bring it back


def test_cancel_leaves_the_book_unchanged(qtbot, book, importer):
    """Cancel is pressed after the first progress report; the importer then rolls back."""

    class GatedImporter(Importer):
        """The real importer; its first progress report waits until the test has cancelled."""

        gate = threading.Event()

        def run(self, paths, *, progress=None, is_cancelled=None, mapping=None, **options):
            def gated(done: int, total: int) -> None:
                assert progress is not None
                progress(done, total)
                self.gate.wait(timeout=10)

            return super().run(
                paths, progress=gated, is_cancelled=is_cancelled, mapping=mapping, **options
            )

    book.add(person("Alan", "Turing"))
    before = _dump(book)
    gated = GatedImporter(book)
    dialog = _previewed(qtbot, gated, [PIONEERS])

    def cancel_on_progress(value: int) -> None:
        if dialog.step is Step.IMPORTING and value >= 0 and not gated.gate.is_set():
            dialog.cancel_button.click()
            assert dialog.cancel_button.text() == "Cancelling…"
            gated.gate.set()

    dialog.progress.valueChanged.connect(cancel_on_progress)
    _import(qtbot, dialog)
    assert gated.gate.is_set()
    assert dialog.step is Step.CANCELLED
    assert "unchanged" in dialog.heading.text()
    assert _dump(book) == before
    announced = []
    dialog.imported.connect(announced.append)
    dialog.close_button.click()
    assert announced == []


def test_closing_the_window_while_importing_cancels(qtbot, book, importer):
    class GatedImporter(Importer):
        gate = threading.Event()

        def run(self, paths, *, progress=None, is_cancelled=None, mapping=None, **options):
            def gated(done: int, total: int) -> None:
                assert progress is not None
                progress(done, total)
                self.gate.wait(timeout=10)

            return super().run(
                paths, progress=gated, is_cancelled=is_cancelled, mapping=mapping, **options
            )

    gated = GatedImporter(book)
    dialog = _previewed(qtbot, gated, [PIONEERS])

    def close_on_progress(value: int) -> None:
        if dialog.step is Step.IMPORTING and value >= 0 and not gated.gate.is_set():
            dialog.reject()  # Escape or the window's close button
            assert dialog.isVisible()  # stays until the import has rolled back
            gated.gate.set()

    dialog.progress.valueChanged.connect(close_on_progress)
    with qtbot.waitSignal(dialog.rejected, timeout=20_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert book.count() == 0


def test_same_file_twice_has_nothing_to_import(qtbot, book, importer):
    three = DATA / "import" / "three.vcf"
    importer.run([three])
    dialog = _previewed(qtbot, importer, [three])
    assert not dialog.import_button.isEnabled()
    assert "already in the book" in dialog.heading.text()


def test_unreadable_file_alone_cannot_be_imported(qtbot, importer):
    dialog = _previewed(qtbot, importer, [DATA / "import" / "not-a-vcard.vcf"])
    assert not dialog.import_button.isEnabled()
    assert "cannot be imported" in dialog.heading.text()
    [row] = [_cells(dialog.problems_table, r) for r in range(dialog.problems_table.rowCount())]
    assert row[3]  # the importer's one-line reason
    assert not dialog.map_button.isVisible()


def test_unknown_csv_layout_is_mapped_then_imported(qtbot, book, importer):
    path = UI_DATA / "unknown-layout.csv"
    dialog = _previewed(qtbot, importer, [path])
    assert dialog.unknown_csv == {path: ["Contact person", "Employer", "Reach me at", "Town"]}
    assert dialog.map_button.isVisible()
    assert not dialog.import_button.isEnabled()
    mapping_dialog = dialog.open_mapping()
    assert isinstance(mapping_dialog, ColumnMappingDialog)
    assert mapping_dialog.combos["Employer"].currentData() == "organization"  # guessed
    assert mapping_dialog.combos["Town"].currentData() == "locality"
    mapping_dialog.set_field("Contact person", "display_name")
    mapping_dialog.set_field("Reach me at", "email")
    _screenshot(mapping_dialog, "import-column-mapping.png")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        mapping_dialog.ok_button.click()
    assert dialog.mapping == {
        "Contact person": "display_name",
        "Employer": "organization",
        "Reach me at": "email",
        "Town": "locality",
    }
    assert _cells(dialog.files_table, 0)[2] == "2"
    _import(qtbot, dialog)
    assert book.count() == 2
    [grace] = book.get_many(book.ids(ContactFilter(query="grace")))
    assert (grace.organization, grace.emails[0].value) == ("Navy", "grace@example.org")


def test_a_kept_import_is_undone_and_redone_through_the_journal(qtbot, book, importer):
    dialog = _previewed(qtbot, importer, [PIONEERS])
    _import(qtbot, dialog)
    announced = []
    dialog.imported.connect(announced.append)
    dialog.accept()
    assert len(announced) == 1
    assert book.count() == 3
    assert book.journal.next_undo().label == "Import pioneers.vcf"
    book.journal.undo()
    assert book.count() == 0
    book.journal.redo()
    assert book.count() == 3


def test_importable_keeps_contact_files_only(tmp_path):
    names = ["a.vcf", "b.VCF", "c.csv", "d.txt", "e.vcard"]
    for name in names:
        (tmp_path / name).write_text("x")
    (tmp_path / "folder.vcf").mkdir()
    found = importable([tmp_path / n for n in [*names, "folder.vcf", "missing.vcf"]])
    # A folder is offered too: it may be an unpacked LinkedIn archive (the importer says if not).
    assert [p.name for p in found] == ["a.vcf", "b.VCF", "c.csv", "e.vcard", "folder.vcf"]


def test_import_dialog_inputs_have_accessible_names(qtbot, importer):
    from tests.ui.test_editor_feel import _unnamed_inputs

    dialog = _previewed(qtbot, importer, [PIONEERS])
    assert _unnamed_inputs(dialog) == []
    # Keyboard: Import is the default button once the preview is in.
    assert dialog.import_button.isDefault()
    mapping = ColumnMappingDialog(["Who", "Employer"])
    qtbot.addWidget(mapping)
    assert _unnamed_inputs(mapping) == []

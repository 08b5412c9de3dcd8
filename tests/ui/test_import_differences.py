"""The import preview's per-field choices, on the sample book and the cards of issue 9."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from netbook.services.address_book import AddressBook
from netbook.services.importer import Importer
from netbook.services.incoming_merge import FIELDS
from netbook.ui.dialogs.import_differences import field_label
from netbook.ui.dialogs.import_preview import ImportDialog, Step
from netbook.ui.window.application import dark_palette
from netbook.ui.window.workers import running_tasks
from tests.safety.test_import_rules import (
    EMILY_CARTER_JONES,
    OLIVIA_CHAN,
    SAMPLE,
    TOMAS_WITHOUT_ACCENT,
)
from tests.ui.window_support import ensure_translations

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
TAKE = 3  # the "Take the file's" column


@pytest.fixture
def importer(book: AddressBook) -> Importer:
    importer = Importer(book)
    importer.run([SAMPLE])
    return importer


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "changed.vcf"
    path.write_text(OLIVIA_CHAN + EMILY_CARTER_JONES + TOMAS_WITHOUT_ACCENT, encoding="utf-8")
    return path


def _previewed(qtbot, importer, path: Path) -> ImportDialog:
    dialog = ImportDialog(importer, [path])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: ImportDialog) -> dict[tuple[str, str], object]:
    """(contact, field) -> the field's row in the tree."""
    tree = dialog.differences
    found = {}
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        for child in range(top.childCount()):
            row = top.child(child)
            found[(top.text(0), row.text(0))] = row
    return found


def _by_name(book: AddressBook, name: str):
    return next((r for r in book.get_many(book.ids()) if r.display_name == name), None)


def _import(qtbot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(
        dialog.step_changed, timeout=20_000, check_params_cb=lambda step: step is Step.IMPORTED
    ):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_the_preview_lists_each_field_that_would_change_old_and_new(qtbot, importer, cards):
    dialog = _previewed(qtbot, importer, cards)
    assert dialog.differences.isVisible()
    rows = _rows(dialog)
    olivia_name = rows[("Olivia Chen", "Name")]
    assert (olivia_name.text(1), olivia_name.text(2)) == ("Olivia Chen", "Olivia Chan")
    assert olivia_name.checkState(TAKE) == Qt.CheckState.Unchecked  # keep is the default
    # Matched on name and organisation only: shown, but it cannot be taken.
    tomas = rows[("Tomás Ferreira", "Name")]
    assert not tomas.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.import_button.isEnabled()


def test_choices_per_field_per_contact_and_for_all_reach_the_import(qtbot, book, importer, cards):
    dialog = _previewed(qtbot, importer, cards)
    rows = _rows(dialog)
    # For all, then back to keep for everything but one field.
    dialog.take_all_button.click()
    assert rows[("Olivia Chen", "Birthday")].checkState(TAKE) == Qt.CheckState.Checked
    assert not rows[("Tomás Ferreira", "Name")].data(TAKE, Qt.ItemDataRole.CheckStateRole)
    dialog.keep_all_button.click()
    assert rows[("Olivia Chen", "Birthday")].checkState(TAKE) == Qt.CheckState.Unchecked
    rows[("Olivia Chen", "Birthday")].setCheckState(TAKE, Qt.CheckState.Checked)
    # For one contact: its row checks every field under it.
    emily = dialog.differences.topLevelItem(1)
    assert emily.text(0) == "Emily Carter"
    emily.setCheckState(TAKE, Qt.CheckState.Checked)
    assert rows[("Emily Carter", "Name")].checkState(TAKE) == Qt.CheckState.Checked
    olivia = dialog.differences.topLevelItem(0)
    assert olivia.checkState(TAKE) == Qt.CheckState.PartiallyChecked
    _import(qtbot, dialog)
    olivia_now = _by_name(book, "Olivia Chen")
    assert olivia_now.birthday == "1985-10-21"  # taken
    assert _by_name(book, "Emily Carter") is None
    assert _by_name(book, "Emily Carter-Jones") is not None
    assert _by_name(book, "Tomás Ferreira").given_name == "Tomás"
    # The summary shows what was taken, and the choices can no longer be changed.
    summary = _rows(dialog)
    assert summary[("Olivia Chen", "Birthday")].checkState(TAKE) == Qt.CheckState.Checked
    assert summary[("Olivia Chen", "Name")].checkState(TAKE) == Qt.CheckState.Unchecked
    assert not summary[("Olivia Chen", "Name")].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "1 kept" in dialog.differences_label.text() or "kept" in dialog.differences_label.text()


def test_a_file_whose_only_news_is_a_difference_can_still_be_imported(
    qtbot, book, importer, tmp_path
):
    # Nothing to add, one name the file spells otherwise: Import stays on to take it.
    path = tmp_path / "rename.vcf"
    path.write_text(EMILY_CARTER_JONES.replace("CATEGORIES:Boston\r\n", ""), encoding="utf-8")
    dialog = _previewed(qtbot, importer, path)
    assert dialog.preview_report.updated == 0
    assert dialog.import_button.isEnabled()
    _rows(dialog)[("Emily Carter", "Name")].setCheckState(TAKE, Qt.CheckState.Checked)
    _import(qtbot, dialog)
    assert _by_name(book, "Emily Carter-Jones") is not None


def test_every_field_the_importer_reports_has_a_label_of_its_own(qtbot):
    labels = [field_label(field) for field in FIELDS]
    assert len(set(labels)) == len(FIELDS)
    assert all(label[0].isupper() and "_" not in label for label in labels)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_of_the_differences(qtbot, importer, cards, scheme):
    ensure_translations()  # as the app runs: "3 contacts", not "3 contact(s)"
    dialog = _previewed(qtbot, importer, cards)
    assert "(3 contacts)" in dialog.differences_label.text()
    if scheme == "dark":
        dialog.setPalette(dark_palette())
    dialog.differences.topLevelItem(0).child(1).setCheckState(TAKE, Qt.CheckState.Checked)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()
    name = "import-differences.png" if scheme == "light" else "import-differences-dark.png"
    assert dialog.grab().save(str(SCREENSHOTS / name))

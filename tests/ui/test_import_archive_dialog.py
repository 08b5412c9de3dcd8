"""The import dialog on a LinkedIn archive: per-file preview, "Keep message text", import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from netbook.services.importer import Importer
from netbook.ui.dialogs.import_preview import ImportDialog, Step
from netbook.ui.importable_files import importable
from netbook.ui.window.application import apply_color_scheme
from netbook.ui.window.workers import running_tasks
from tests.book_dump import differences, dump_book
from tests.linkedin_archive_files import basic_files, basic_zip, write_folder

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _previewed(qtbot, importer, paths) -> ImportDialog:
    dialog = ImportDialog(importer, paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _texts(book) -> set[object]:
    with book.database.reading() as conn:
        return set(
            conn.execute(text("SELECT text FROM interaction WHERE kind = 'message'")).scalars()
        )


def test_archive_preview_lists_each_file_and_keeps_no_text_by_default(qtbot, book, tmp_path):
    archive = basic_zip(tmp_path)
    dialog = _previewed(qtbot, Importer(book), [archive])
    rows = {row[0]: row[1:5] for row in _rows(dialog.files_table)}
    name = archive.name
    assert rows[f"{name} / Connections.csv"] == ["LinkedIn CSV", "3", "0", "0"]
    assert rows[f"{name} / Invitations.csv"] == ["LinkedIn invitations: how we met", "0", "2", "0"]
    assert rows[f"{name} / messages.csv"] == ["LinkedIn messages: interactions", "3", "0", "0"]
    problems = _rows(dialog.problems_table)
    assert [f"{name} / Invitations.csv", "3", "5"] == problems[
        next(i for i, r in enumerate(problems) if "Dana Pending" in r[3])
    ][:3]
    box = dialog.keep_text_box
    assert box.isVisible()
    assert box.isEnabled()
    assert not box.isChecked()  # privacy: off unless asked
    with qtbot.waitSignal(
        dialog.step_changed, timeout=30_000, check_params_cb=lambda s: s is Step.IMPORTED
    ):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert book.count() == 3
    assert _texts(book) == {None}


def test_keep_message_text_when_ticked(qtbot, book, tmp_path):
    folder = write_folder(tmp_path / "unpacked", basic_files())
    assert importable([folder]) == [folder]
    dialog = _previewed(qtbot, Importer(book), [folder])
    dialog.keep_text_box.setChecked(True)
    with qtbot.waitSignal(
        dialog.step_changed, timeout=30_000, check_params_cb=lambda s: s is Step.IMPORTED
    ):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert any(t and "are you free for a coffee" in t for t in _texts(book))


def test_undo_import_takes_the_whole_archive_back_in_one_step(qtbot, book, tmp_path):
    archive = basic_zip(tmp_path)
    before = dump_book(book.database.path)
    dialog = _previewed(qtbot, Importer(book), [archive])
    with qtbot.waitSignal(
        dialog.step_changed, timeout=30_000, check_params_cb=lambda s: s is Step.IMPORTED
    ):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert book.journal.next_undo().label == f"Import {archive.name}"
    assert dialog.undo_button.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert dialog.step is Step.UNDONE
    # Contacts, how we met, messages, recommendations and endorsements: all of it, at once.
    assert differences(dump_book(book.database.path), before) == []
    assert book.journal.next_redo().label == f"Import {archive.name}"


def test_plain_vcard_import_shows_no_message_checkbox(qtbot, book, tmp_path):
    vcf = tmp_path / "a.vcf"
    vcf.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n")
    dialog = _previewed(qtbot, Importer(book), [vcf])
    assert not dialog.keep_text_box.isVisible()


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_archive_preview_screenshot(qtbot, book, tmp_path, scheme):
    app = QApplication.instance()
    apply_color_scheme(app, scheme)
    try:
        dialog = _previewed(qtbot, Importer(book), [basic_zip(tmp_path)])
        dialog.resize(980, 560)
        dialog.layout().activate()
        QApplication.processEvents()
        SCREENSHOTS.mkdir(exist_ok=True)
        dark = scheme == Qt.ColorScheme.Dark
        name = "import-linkedin-archive-dark.png" if dark else "import-linkedin-archive.png"
        assert dialog.grab().save(str(SCREENSHOTS / name))
    finally:
        apply_color_scheme(app, Qt.ColorScheme.Light)


def test_the_card_shows_linkedin_messages_and_kept_text_literally(qtbot, book, tmp_path):
    from PySide6.QtWidgets import QLabel, QWidget

    from netbook.ui.contacts.card import ContactCard
    from tests.linkedin_archive_files import ANN_URL, MESSAGES, OWNER_URL, message

    rows = [
        *MESSAGES,
        message(
            "conv-ann",
            "Ann Lee",
            ANN_URL,
            "Sam Owner",
            OWNER_URL,
            "2024-03-03 10:00:00 UTC",
            "<b>bold?</b> no",
        ),
    ]
    Importer(book).run([basic_zip(tmp_path, messages=rows)], keep_message_text=True)
    [ann] = [c for c in book.ids() if book.get(c).display_name == "Ann Lee"]
    card = ContactCard()
    qtbot.addWidget(card)
    card.show()
    card.show_contact(book.get(ann))
    texts = [label.text() for label in card.widget().findChildren(QLabel)]
    assert "Message on LinkedIn: <b>bold?</b> no" in texts
    assert "Recommendation on LinkedIn: recommended you: Sam is a great engineer." in texts
    tips = [w.toolTip() for w in card.widget().findChildren(QWidget) if "bold?" in w.toolTip()]
    assert tips == [
        "<p style='white-space:pre-wrap'>3 Mar 2024\n\nAnn Lee: &lt;b&gt;bold?&lt;/b&gt; no</p>"
    ]

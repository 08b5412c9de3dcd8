"""The editor warns when an email or phone typed is already someone else's, and shows who."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from netbook.model.values import LabelledValue
from netbook.ui.contacts.card import ContactCard
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import person


@pytest.fixture
def editors(qtbot, book):
    """Editors on the book; closed at the end without the unsaved-changes question."""
    opened: list[ContactEditorDialog] = []

    def make(record=None) -> ContactEditorDialog:
        dialog = ContactEditorDialog(book, record)  # closed below, not by qtbot: see the end
        dialog.show()
        dialog.tabs.setCurrentIndex(1)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # past the "save changes?" question
        dialog.deleteLater()


def test_a_new_contact_with_someone_elses_email_is_warned(qtbot, book, editors):
    ada = book.add(person("Ada", "Lovelace", emails=[LabelledValue("ada@example.org", "work")]))
    dialog = editors()
    notice = dialog.reuse_notice
    assert notice.isHidden()
    row = dialog.emails.add_empty_row()
    qtbot.keyClicks(row.value, "ADA@Example.org")
    assert notice.isVisible()
    assert [h.contact_id for h in notice.holders] == [ada]
    assert "Ada Lovelace" in notice.text()
    assert "ADA@Example.org is already on the card of" in notice.text()
    notice.linkActivated.emit(f"contact:{ada}")
    other = dialog.findChild(QDialog, "otherContactCard")
    assert other is not None
    assert other.findChild(ContactCard).record.id == ada
    assert dialog.isVisible()  # the edit goes on
    row.value.clear()
    assert notice.isHidden()
    assert dialog.save_button.isEnabled() is False  # nothing identifies anyone yet


def test_the_same_phone_written_otherwise_is_found(qtbot, book, editors):
    book.add(person("Emily", "Carter", phones=[LabelledValue("+44 20 7946 0412", "cell")]))
    dialog = editors()
    row = dialog.phones.add_empty_row()
    qtbot.keyClicks(row.value, "+44 (0)20 7946-0412")
    assert [h.name for h in dialog.reuse_notice.holders] == ["Emily Carter"]


def test_a_contacts_own_values_and_names_are_not_reported_or_run_as_markup(qtbot, book, editors):
    mark = book.add(
        person("<b>Mark</b>", "Twain", emails=[LabelledValue("mark@example.org", "home")])
    )
    ann = book.add(person("Ann", "Lee", emails=[LabelledValue("ann@example.org", "home")]))
    dialog = editors(book.get(ann))
    assert dialog.reuse_notice.isHidden()  # her own email is hers
    row = dialog.emails.add_empty_row()
    qtbot.keyClicks(row.value, "mark@example.org")
    notice = dialog.reuse_notice
    assert [h.contact_id for h in notice.holders] == [mark]
    assert "&lt;b&gt;Mark&lt;/b&gt;" in notice.text()


def test_an_archived_holder_says_so(qtbot, book, editors):
    old = book.add(person("Old", "Friend", emails=[LabelledValue("old@example.org", "home")]))
    book.archive([old])
    dialog = editors()
    row = dialog.emails.add_empty_row()
    qtbot.keyClicks(row.value, "old@example.org")
    assert "(archived)" in dialog.reuse_notice.text()

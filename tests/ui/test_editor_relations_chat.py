"""Relations (to a contact in the book or a free name) and chat addresses in the editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from netbook.model.values import LabelledValue, RelationValue
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import person


@pytest.fixture
def editors(qtbot, book):
    """Editors on the book; closed at the end without the unsaved-changes question."""
    opened: list[ContactEditorDialog] = []

    def make(record=None) -> ContactEditorDialog:
        dialog = ContactEditorDialog(book, record)
        dialog.show()
        dialog.tabs.setCurrentIndex(1)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def test_untouched_relations_and_chats_come_back_exactly(book, editors):
    record = person(
        "Ada",
        "Lovelace",
        relations=[
            RelationValue("spouse", name="William King", label="X-custom"),
            RelationValue("Godmother", name="Lady Byron"),  # a kind netbook has no word for
        ],
        instant_messages=[LabelledValue("ada@matrix.example", "home", service="matrix")],
    )
    ada = book.add(record)
    stored = book.get(ada)
    dialog = editors(stored)
    assert [r.who.name() for r in dialog.relations.rows] == ["William King", "Lady Byron"]
    assert dialog.relations.rows[1].kind.currentText() == "Godmother"
    assert dialog.chat.rows[0].service.currentText() == "Matrix"
    result = dialog.result_record()
    assert result.relations == stored.relations
    assert result.instant_messages == stored.instant_messages
    assert not dialog.has_unsaved_changes()


def test_a_relation_links_a_contact_in_the_book_or_keeps_a_name(qtbot, book, editors):
    grace = book.add(person("Grace", "Hopper", organization="Navy"))
    grace_uid = book.uids([grace])[grace]
    ada = book.add(person("Ada", "Lovelace"))
    dialog = editors(book.get(ada))
    row = dialog.relations.add_empty_row()
    qtbot.keyClicks(row.who.edit, "hopp")
    assert row.who.search("hopp") == 1
    row.who.pick_row(0)
    row.kind.set_key("colleague")
    free = dialog.relations.add_empty_row()
    qtbot.keyClicks(free.who.edit, "Charles Babbage")
    free.kind.set_key("friend")
    chat = dialog.chat.add_empty_row()
    chat.service.set_key("signal")
    qtbot.keyClicks(chat.value, "+44 20 7946 0412")
    assert dialog.has_unsaved_changes()
    result = dialog.result_record()
    assert [(r.kind, r.name, r.uid) for r in result.relations] == [
        ("colleague", "Grace Hopper", grace_uid),
        ("friend", "Charles Babbage", None),
    ]
    assert [(c.service, c.value) for c in result.instant_messages] == [
        ("signal", "+44 20 7946 0412")
    ]
    book.update(ada, result)
    saved = book.get(ada)
    assert [(r.kind, r.uid) for r in saved.relations] == [
        ("colleague", grace_uid),
        ("friend", None),
    ]
    assert saved.instant_messages[0].service == "signal"


def test_the_contact_itself_is_not_offered_as_its_own_relation(qtbot, book, editors):
    ada = book.add(person("Ada", "Lovelace"))
    dialog = editors(book.get(ada))
    row = dialog.relations.add_empty_row()
    assert row.who.search("lovelace") == 0


def test_an_emptied_row_is_dropped(qtbot, book, editors):
    ada = book.add(person("Ada", "Lovelace", relations=[RelationValue("friend", name="Mary")]))
    dialog = editors(book.get(ada))
    dialog.relations.rows[0].who.edit.clear()
    dialog.relations.rows[0].who.edit.textEdited.emit("")
    assert dialog.result_record().relations == []

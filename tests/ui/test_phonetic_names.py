"""Phonetic names on the card (under the name) and in the editor (after the name parts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from netbook.model.values import ContactRecord
from netbook.ui.contacts.card import ContactCard
from netbook.ui.contacts.phonetic_line import phonetic_name
from tests.ui.test_editor import _editor

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _yamada(**extra: object) -> ContactRecord:
    return ContactRecord(
        family_name="山田",
        given_name="太郎",
        display_name="山田 太郎",
        phonetic_family_name="やまだ",
        phonetic_given_name="たろう",
        **extra,  # type: ignore[arg-type]
    )


def test_the_reading_follows_the_order_of_the_name_shown():
    assert phonetic_name(_yamada()) == "やまだ たろう"
    western = ContactRecord(
        given_name="Siobhan", family_name="Walsh", phonetic_given_name="shi-VAWN"
    )
    assert phonetic_name(western) == "shi-VAWN"
    assert phonetic_name(ContactRecord(given_name="Ann")) is None


def test_the_card_shows_the_reading_under_the_name(qtbot, book):
    contact_id = book.add(_yamada(organization="株式会社サンプル"))
    card = ContactCard()
    qtbot.addWidget(card)
    card.resize(520, 360)
    card.show()
    card.show_contact(book.get(contact_id))
    reading = card.widget().findChild(QLabel, "cardPhoneticName")
    name = card.widget().findChild(QLabel, "cardName")
    assert reading is not None
    assert name is not None
    assert reading.text() == "やまだ たろう"
    assert reading.font().pointSizeF() < name.font().pointSizeF()
    assert (
        reading.mapTo(card, reading.rect().topLeft()).y()
        > name.mapTo(card, name.rect().topLeft()).y()
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    assert card.grab().save(str(SCREENSHOTS / "card-phonetic-name.png"))


def test_no_reading_no_line(qtbot, book):
    contact_id = book.add(ContactRecord(given_name="Ann", family_name="Lee"))
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    assert card.widget().findChild(QLabel, "cardPhoneticName") is None


def test_the_editor_edits_the_reading_after_the_name_parts(qtbot, book):
    contact_id = book.add(_yamada(sort_as="やまだ,たろう"))
    dialog = _editor(qtbot, book, book.get(contact_id))
    given, family = dialog.fields["phonetic_given_name"], dialog.fields["phonetic_family_name"]
    assert (given.text(), family.text()) == ("たろう", "やまだ")
    # Tab goes from the name parts to the reading, then on to the display name.
    chain: list[QWidget] = []
    widget: QWidget = dialog.fields["nickname"]
    while len(chain) < 3:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    assert chain == [given, family, dialog.display_name]
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()
    assert dialog.grab().save(str(SCREENSHOTS / "editor-phonetic-name.png"))

    family.setText(" ヤマダ ")
    record = dialog.result_record()
    assert record.phonetic_family_name == "ヤマダ"
    assert record.sort_as == "やまだ,たろう"  # not shown, kept as it was
    book.update(contact_id, record)
    assert book.get(contact_id).phonetic_family_name == "ヤマダ"
    assert [s.id for s in book.search("ヤマダ")] == [contact_id]

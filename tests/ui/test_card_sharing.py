"""Handing a contact on: a QR code of a slim vCard, a printed card or a PDF, a map link."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from netbook.formats.vcard import read_vcards
from netbook.model.values import Address, LabelledValue, PhotoValue
from netbook.services.address_layout import map_search_url
from netbook.services.sharing import QR_CARD_LIMIT, qr_vcard
from netbook.ui.contacts.card import ContactCard
from netbook.ui.contacts.links import LinkLabel
from netbook.ui.dialogs.share import ShareContactDialog
from netbook.ui.printing import contacts_document, write_pdf
from tests.conftest import DATA, person
from tests.ui.window_support import SCREENSHOTS


def _ada(**extra):
    return person(
        "Ada",
        "Lovelace",
        organization="Analytical Engines",
        emails=[LabelledValue("ada@example.org", "work")],
        phones=[LabelledValue("+44 20 7946 0412", "cell")],
        addresses=[Address(street="12 St James's Square", locality="London", country="UK")],
        **extra,
    )


def test_the_qr_card_is_a_vcard_a_phone_reads_without_the_photo_or_the_story():
    record = _ada(
        photo=PhotoValue(data=(DATA / "photo.jpg").read_bytes(), media_type="image/jpeg"),
        note="Met at the Royal Society.",
    )
    data = qr_vcard(record)
    assert len(data) <= QR_CARD_LIMIT
    (back,) = read_vcards(data).records
    assert (back.given_name, back.family_name, back.organization) == (
        "Ada",
        "Lovelace",
        "Analytical Engines",
    )
    assert [e.value for e in back.emails] == ["ada@example.org"]
    assert [p.value for p in back.phones] == ["+44 20 7946 0412"]
    assert back.photo is None
    assert b"X-NETBOOK" not in data
    assert back.note == "Met at the Royal Society."


def test_a_long_note_is_left_out_before_the_card_outgrows_a_qr_code():
    data = qr_vcard(_ada(note="word " * 2000))
    assert len(data) <= QR_CARD_LIMIT
    (back,) = read_vcards(data).records
    assert back.note is None
    assert [e.value for e in back.emails] == ["ada@example.org"]


def test_the_share_dialog_shows_the_code_and_copies_the_vcard(qtbot):
    dialog = ShareContactDialog(_ada())
    qtbot.addWidget(dialog)
    assert dialog.png.startswith(b"\x89PNG")
    assert not dialog.code.pixmap().isNull()
    dialog.copy_vcard()
    copied = QGuiApplication.clipboard().text()
    assert copied.encode() == dialog.vcard
    assert "FN:Ada Lovelace" in copied
    dialog.grab().save(str(SCREENSHOTS / "share-contact-qr.png"))


def test_a_card_prints_as_plain_text_and_saves_as_pdf(qapp, tmp_path):
    record = _ada(note="<b>not markup</b>")
    text = contacts_document([record]).toPlainText()
    assert text.startswith("Ada Lovelace")
    assert "ada@example.org" in text
    assert "<b>not markup</b>" in text
    pdf = tmp_path / "ada.pdf"
    write_pdf([record, person("Grace", "Hopper")], pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_address_has_a_map_link_and_the_card_has_share_and_print(qtbot):
    card = ContactCard()
    qtbot.addWidget(card)
    record = _ada()
    card.show_contact(record)
    [link] = [w for w in card.widget().findChildren(LinkLabel) if w.objectName() == "mapLink"]
    assert link.url.toString().startswith("https://www.openstreetmap.org/search?query=")
    encoded = link.url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert encoded == map_search_url(record.addresses[0])
    names = {b.objectName() for b in card.widget().findChildren(QToolButton)}
    assert {"shareContact", "printContact"} <= names

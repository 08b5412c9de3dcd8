"""The contact card shows every value as plain text and opens only safe links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel

from netbook.model.values import LabelledValue
from netbook.ui.contacts.card import ContactCard
from netbook.ui.contacts.links import LinkLabel, email_url, is_safe, phone_url, web_url
from netbook.ui.dates import partial_date
from netbook.ui.editor.rows import phone_labels
from tests.conftest import person
from tests.ui.window_support import ensure_translations, storied_person


def _texts(card: ContactCard) -> list[str]:
    return [label.text() for label in card.widget().findChildren(QLabel)]


def test_every_label_on_the_card_is_plain_text(qtbot, book):
    contact_id = book.add(storied_person())
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    labels = card.widget().findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()


def test_markup_in_a_note_is_shown_literally(qtbot, book):
    contact_id = book.add(person("Ada", "Lovelace", note="<b>x</b>"))
    card = ContactCard()
    qtbot.addWidget(card)
    card.show()
    card.show_contact(book.get(contact_id))
    [note] = [label for label in card.widget().findChildren(QLabel) if label.text() == "<b>x</b>"]
    assert note.textFormat() is Qt.TextFormat.PlainText
    # A rich-text label would lay out "x" alone, one character wide.
    assert note.sizeHint().width() > note.fontMetrics().horizontalAdvance("x") * 4


def test_the_card_shows_the_whole_story(qtbot, book):
    ensure_translations()
    contact_id = book.add(storied_person())
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    texts = _texts(card)
    for expected in (
        "Jürgen Österberg",
        "Head of Data at Research, Nordlicht AG",
        "jurgen@nordlicht.example",
        "+49 40 555 0134",
        "Hafenstraße 1\n20457 Hamburg\nGermany",
        "https://nordlicht.example",
        "@jurgen",
        "Data",
        "Hamburg",
        "Event",
        "PyCon DE, Berlin",
        "his talk on search",
        "Maria Österberg",
        "Call: Catch-up about the book",
        "Meeting: Lunch in Hamburg",
        "Every 90 days",
        "Met at <b>PyCon</b>; loves sailing.",
    ):
        assert expected in texts, expected
    assert any(t.startswith("Keynote at Data Days — ") and t.endswith("accepted") for t in texts)
    assert any(t.startswith("Yes (") and "Berlin" in t for t in texts)
    assert partial_date("--04-12") in texts


def test_only_safe_links_are_clickable(qtbot, book):
    contact_id = book.add(storied_person())
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    links = {link.text(): link.url for link in card.widget().findChildren(LinkLabel)}
    assert links["jurgen@nordlicht.example"] == QUrl("mailto:jurgen@nordlicht.example")
    assert links["+49 40 555 0134"] == QUrl("tel:+49405550134")
    assert links["https://nordlicht.example"] == QUrl("https://nordlicht.example")
    assert links["https://www.linkedin.com/in/jurgen"].scheme() == "https"
    assert "javascript:alert(1)" not in links  # shown, as text only
    assert "javascript:alert(1)" in _texts(card)
    assert "@jurgen" not in links


def test_introducer_link_asks_for_that_contact(qtbot, book):
    anke = person("Anke", "Meier", uid="urn:uuid:anke")
    book.add(anke)
    contact_id = book.add(person("Bo", "Berg", introduced_by_uid="urn:uuid:anke"))
    card = ContactCard()
    qtbot.addWidget(card)
    card.show()
    card.show_contact(book.get(contact_id))
    [link] = [w for w in card.widget().findChildren(LinkLabel) if w.objectName() == "personLink"]
    assert link.text() == "Anke Meier"
    with qtbot.waitSignal(card.contact_requested) as requested:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert requested.args == ["urn:uuid:anke"]
    with qtbot.waitSignal(card.contact_requested):
        link.setFocus()
        qtbot.keyClick(link, Qt.Key.Key_Return)


def test_no_contact_shows_a_hint(qtbot):
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(None)
    assert card.objectName() == "contactCard"
    assert card.record is None
    assert _texts(card) == ["Select a contact to see their card."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.com/a?b=c", "https://example.com/a?b=c"),
        ("http://example.com", "http://example.com"),
        ("example.com/blog", "https://example.com/blog"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("smb://server/share", None),
        ("ftp://example.com", None),
        ("@handle", None),
        ("just words", None),
    ],
)
def test_web_urls(value, expected):
    url = web_url(value)
    assert (url.toString() if url is not None else None) == expected


def test_email_and_phone_urls():
    assert email_url("ada@example.com") == QUrl("mailto:ada@example.com")
    assert email_url("not an address") is None
    assert email_url("a@b.c?body=<script>") is None
    assert phone_url("(617) 555-0134") == QUrl("tel:6175550134")
    assert phone_url("+1 617 555 0134") == QUrl("tel:+16175550134")
    assert phone_url("call me") is None
    assert not is_safe(QUrl("file:///etc/passwd"))
    assert is_safe(QUrl("mailto:a@b.example"))


@pytest.mark.parametrize(
    ("days", "expected"), [(182, "Twice a year"), (14, "Every 2 weeks"), (45, "Every 45 days")]
)
def test_keep_in_touch_reads_as_the_editor_names_it(qtbot, book, days, expected):
    ensure_translations()
    contact_id = book.add(person("Ada", "Lovelace", keep_in_touch_days=days))
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    assert expected in _texts(card)


def test_labels_show_as_the_editor_offers_them(qtbot, book):
    chosen = dict(phone_labels())["cell"]  # what the editor's menu calls it
    contact_id = book.add(
        person(
            "Ada",
            "Lovelace",
            phones=[LabelledValue("+44 20 7946 0412", "cell")],
            emails=[LabelledValue("ada@example.org", "Büro")],  # a label of the file's own
        )
    )
    card = ContactCard()
    qtbot.addWidget(card)
    card.show_contact(book.get(contact_id))
    texts = _texts(card)
    assert chosen == "Mobile"
    assert chosen in texts
    assert "cell" not in texts
    assert "Büro" in texts

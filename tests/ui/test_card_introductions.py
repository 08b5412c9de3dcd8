"""Introductions both ways on the card: the chain above a contact, and whom they introduced."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from netbook.ui.contacts.links import LinkLabel
from tests.conftest import person
from tests.ui.window_support import SCREENSHOTS, open_window


def _chain_of_four(book):
    """Maya introduced Jonas, Jonas introduced Hannah, Hannah introduced Kenji and Yui."""
    ids = {}
    previous = None
    for given, family in (("Maya", "Lindqvist"), ("Jonas", "Weber"), ("Hannah", "Becker")):
        extra = {"uid": f"urn:uuid:{given.lower()}"}
        if previous:
            extra["introduced_by_uid"] = f"urn:uuid:{previous.lower()}"
        ids[given] = book.add(person(given, family, **extra))
        previous = given
    for given, family in (("Kenji", "Sato"), ("Yui", "Tanaka")):
        ids[given] = book.add(person(given, family, introduced_by_uid="urn:uuid:hannah"))
    return ids


def _links(window, name: str) -> list[LinkLabel]:
    box = window.card.widget().findChild(QWidget, name)
    return box.findChildren(LinkLabel) if box is not None else []


def test_the_chain_leads_down_to_the_contact(qtbot, book, tmp_path):
    ids = _chain_of_four(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(ids["Kenji"])
    chain = window.card.widget().findChild(QWidget, "introductionChain")
    words = [label.text() for label in chain.findChildren(QLabel)]
    assert words == ["Maya Lindqvist", "→", "Jonas Weber", "→", "Hannah Becker", "→", "Kenji Sato"]
    window.resize(1200, 800)
    window.grab().save(str(SCREENSHOTS / "card-introduction-chain.png"))


def test_an_introducer_lists_whom_they_introduced_and_each_is_a_link(qtbot, book, tmp_path):
    ids = _chain_of_four(book)
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(ids["Hannah"])
    introduced = _links(window, "introducedPeople")
    assert [link.text() for link in introduced] == ["Kenji Sato", "Yui Tanaka"]
    introduced[1].activated.emit()
    assert window.list_view.current_id() == ids["Yui"]
    assert window.card.record.given_name == "Yui"


def test_a_contact_outside_any_introduction_shows_neither(qtbot, book, tmp_path):
    alone = book.add(person("Ada", "Lovelace"))
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    assert window.list_view.select_contact(alone)
    assert window.card.widget().findChild(QWidget, "introductionChain") is None
    assert window.card.widget().findChild(QWidget, "introducedPeople") is None

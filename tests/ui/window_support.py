"""Helpers for the main-window tests: a shown window on a real book, and a contact with a story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from netbook.model.values import (
    Address,
    ContactRecord,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.services.address_book import AddressBook
from netbook.services.application import Application, Origin
from netbook.ui.window.application import install_translations
from netbook.ui.window.main_window import MainWindow
from netbook.ui.window.settings import UiSettings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def ensure_translations() -> None:
    """The English plural forms, as the app loads them ("1 contact", not "1 contact(s)")."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not app.property("netbookTestTranslations"):
        install_translations(app)
        app.setProperty("netbookTestTranslations", True)


def window_services(book: AddressBook) -> Application:
    """The services the composition root would give the window, over the test's book."""
    return Application(book.database, Origin.WINDOW)


def open_window(qtbot, book: AddressBook, settings_path: Path, **kwargs) -> MainWindow:
    ensure_translations()
    window = MainWindow(window_services(book), settings=UiSettings(settings_path), **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):  # shortcuts and focus need the active window
        window.activateWindow()
    return window


def storied_person(**extra: object) -> ContactRecord:
    """A contact with every part of the card filled in, the story included."""
    record = ContactRecord(
        given_name="Jürgen",
        family_name="Österberg",
        organization="Nordlicht AG",
        department="Research",
        title="Head of Data",
        nickname="Jay",
        birthday="--04-12",
        note="Met at <b>PyCon</b>; loves sailing.",
        favourite=True,
        emails=[LabelledValue("jurgen@nordlicht.example", "work")],
        phones=[LabelledValue("+49 40 555 0134", "cell")],
        addresses=[
            Address(
                street="Hafenstraße 1",
                locality="Hamburg",
                postal_code="20457",
                country="Germany",
                label="work",
            )
        ],
        urls=[
            LabelledValue("https://nordlicht.example", "work"),
            LabelledValue("javascript:alert(1)", "evil"),
        ],
        social_profiles=[
            SocialProfileValue("linkedin", "https://www.linkedin.com/in/jurgen"),
            SocialProfileValue("twitter", "@jurgen"),
        ],
        relations=[RelationValue("spouse", name="Maria Österberg")],
        tags=["Data", "Hamburg"],
        how_met=HowMet("event", dt.date(2019, 3, 15), "PyCon DE, Berlin", "his talk on search"),
        met_in_person=True,
        met_in_person_date=dt.date(2019, 3, 15),
        met_in_person_place="Berlin",
        keep_in_touch_days=90,
        interactions=[
            InteractionValue(dt.date(2024, 1, 5), "call", "Catch-up about the book"),
            InteractionValue(dt.date(2023, 6, 1), "meeting", "Lunch in Hamburg"),
        ],
        opportunities=[
            OpportunityValue("speaking", "Keynote at Data Days", dt.date(2024, 5, 1), "accepted")
        ],
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return record

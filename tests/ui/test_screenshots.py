"""Pictures of the main views in the light and the dark palette (tests/screenshots/*.png).

They are looked at by people (the README shows one); the assertions check what a picture can
show wrongly: a dark palette that is not dark, a card without its story, an empty list.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from netbook.model.values import HowMet, LabelledValue, PhotoValue
from netbook.ui.window.application import apply_color_scheme, is_dark
from tests.conftest import DATA, person
from tests.ui.window_support import SCREENSHOTS, open_window, storied_person


@pytest.fixture
def dark_palette():
    app = QApplication.instance()
    apply_color_scheme(app, Qt.ColorScheme.Dark)
    yield
    apply_color_scheme(app, Qt.ColorScheme.Light)
    assert not is_dark(app.palette())


def _fill(book) -> int:
    """A small book that looks like someone's: photos, companies, tags, a story."""
    jpeg = PhotoValue(data=(DATA / "photo.jpg").read_bytes(), media_type="image/jpeg")
    png = PhotoValue(data=(DATA / "photo.png").read_bytes(), media_type="image/png")
    people = [
        person(
            "Amara",
            "Okafor",
            organization="BBC Radio 4",
            title="Producer",
            photo=jpeg,
            tags=["Press"],
            how_met=HowMet("twitter", dt.date(2021, 4, 2)),
        ),
        person(
            "Ana", "García", organization="Acme Corp", title="CTO", favourite=True, tags=["Clients"]
        ),
        person(
            "Björn", "Lindqvist", organization="Nordisk Design", title="Founder", tags=["Investors"]
        ),
        person("Chen", "Wei", organization="Hooli", title="Data Scientist", photo=png),
        person(
            "Élodie",
            "Moreau",
            organization="Université de Lyon",
            title="Professor",
            tags=["Alumni"],
        ),
        person("Hiroshi", "Tanaka", organization="Tyrell Corporation", title="Engineer"),
        person("Ingrid", "Sørensen", organization="Freelance", title="Designer", favourite=True),
        person("Kenji", "Nakamura", organization="Pied Piper", title="Recruiter", tags=["Clients"]),
        person("Lucas", "Silva", organization="Mozilla", title="Senior Engineer"),
        person("Priya", "Raman", organization="City Hospital", title="Doctor", photo=jpeg),
        person(
            "Sofia",
            "Rossi",
            organization="Globex",
            title="Sales Director",
            emails=[LabelledValue("sofia@globex.example", "work")],
        ),
        person("Zoë", "van der Berg", organization="Red Cross", title="Editor"),
    ]
    book.add_many(people)
    book.add(person("Anke", "Meier", uid="urn:uuid:anke", organization="PyCon DE"))
    return book.add(storied_person(introduced_by_uid="urn:uuid:anke", photo=jpeg))


def _save(window, name: str) -> QImage:
    SCREENSHOTS.mkdir(exist_ok=True)
    window.layout().activate()
    QApplication.processEvents()
    image = window.grab().toImage()
    assert image.save(str(SCREENSHOTS / name))
    return image


def _window(qtbot, book, tmp_path):
    window = open_window(qtbot, book, tmp_path / "ui.ini")
    window.resize(1180, 760)
    return window


def test_screenshot_main_window_light(qtbot, book, tmp_path):
    jurgen = _fill(book)
    window = _window(qtbot, book, tmp_path)
    window.list_view.select_contact(jurgen)
    image = _save(window, "main-window-light.png")
    assert QColor(image.pixel(image.width() - 40, image.height() // 2)).lightness() > 200
    assert window.card.record.display_name == "Jürgen Österberg"


def test_screenshot_main_window_dark(qtbot, book, tmp_path, dark_palette):
    jurgen = _fill(book)
    window = _window(qtbot, book, tmp_path)
    window.list_view.select_contact(jurgen)
    image = _save(window, "main-window-dark.png")
    assert QColor(image.pixel(image.width() - 40, image.height() // 2)).lightness() < 80


def test_screenshot_search(qtbot, book, tmp_path, dark_palette):
    _fill(book)
    window = _window(qtbot, book, tmp_path)
    window.search_field.set_search("eng")
    assert window.model.rowCount() >= 2
    window.list_view.select_contact(window.model.contact_id(0))
    _save(window, "search-dark.png")


def test_screenshot_first_run(qtbot, book, tmp_path):
    window = _window(qtbot, book, tmp_path)
    assert window.content.currentWidget() is window.welcome
    _save(window, "first-run.png")


def test_screenshot_dashboard(qtbot, book, tmp_path):
    _fill(book)
    window = _window(qtbot, book, tmp_path)
    window.commands.show_dashboard.trigger()
    assert window.pages.currentWidget().objectName() == "dashboard"
    _save(window, "dashboard-in-window.png")


def test_screenshot_sample_book(qtbot, book, tmp_path):
    window = _window(qtbot, book, tmp_path)
    window.load_sample_book()
    assert window.model.rowCount() >= 20
    # The contact with the longest story makes the best picture of the card.
    richest = max(
        book.get_many(book.ids()),
        key=lambda r: len(r.interactions) + len(r.opportunities) + bool(r.photo),
    )
    window.list_view.select_contact(richest.id)
    _save(window, "sample-book.png")

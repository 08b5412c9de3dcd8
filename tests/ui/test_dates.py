"""One date form on screen, the locale's own: no weekday, month abbreviated, year optional."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from netbook.ui.dates import medium_date, partial_date
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import person


@pytest.fixture
def locale_named():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "full", "yearless"),
    [
        ("en_GB", "1 Dec 2026", "12 Apr"),
        ("en_US", "Dec 1, 2026", "Apr 12"),
        ("de_DE", "1. Dez. 2026", "12. Apr."),
        ("ja_JP", "2026年12月1日", "4月12日"),
    ],
)
def test_dates_follow_the_locale(locale_named, name, full, yearless):
    locale_named(name)
    assert medium_date(dt.date(2026, 12, 1)) == full
    assert partial_date("2026-12-01") == full
    assert partial_date("--04-12") == yearless


def test_a_leap_day_without_a_year_and_a_broken_value(locale_named):
    locale_named("en_GB")
    assert partial_date("--02-29") == "29 Feb"
    assert partial_date("1990-02-29") == "1990-02-29"  # not a date: shown as stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12 March 1992", "1992-03-12"),
        ("March 12, 1992", "1992-03-12"),
        ("12 Mar 1992", "1992-03-12"),
        ("1992-03-12", "1992-03-12"),
        ("12 March", "--03-12"),
        ("--03-12", "--03-12"),
        ("29 Feb", "--02-29"),
    ],
)
def test_the_editor_takes_dates_as_people_write_them(qtbot, book, locale_named, typed, stored):
    locale_named("en_GB")
    dialog = ContactEditorDialog(book, None)
    qtbot.addWidget(dialog)
    dialog.fields["given_name"].setText("Ada")
    dialog.birthday.set_text(typed)
    assert dialog.save_button.isEnabled(), dialog.problems.text()
    assert dialog.result_record().birthday == stored


def test_a_full_date_field_wants_its_year_and_says_how(qtbot, book, locale_named):
    locale_named("en_GB")
    dialog = ContactEditorDialog(book, None)
    qtbot.addWidget(dialog)
    dialog.fields["given_name"].setText("Ada")
    dialog.met_date.set_text("12 March")
    assert not dialog.save_button.isEnabled()
    assert "Write the date like 12 Mar 1992 (with its year)." in dialog.problems.text()
    dialog.met_date.set_text("12 March 2019")
    assert dialog.result_record().how_met.date == dt.date(2019, 3, 12)


def test_the_editor_shows_stored_dates_in_the_locale_form(qtbot, book, locale_named):
    locale_named("en_GB")
    cid = book.add(person("Ada", "Lovelace", birthday="--12-10"))
    dialog = ContactEditorDialog(book, book.get(cid))
    qtbot.addWidget(dialog)
    assert dialog.birthday.text() == "10 Dec"
    assert dialog.result_record().birthday == "--12-10"  # untouched: stored as it was
    assert not dialog.has_unsaved_changes()

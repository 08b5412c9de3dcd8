"""The contact editor on real books: round trips, edits, validation, photo, picker, tags."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from netbook.model.values import (
    Address,
    ExtraPropertyValue,
    HowMet,
    InteractionValue,
    LabelledValue,
    OpportunityValue,
    PhotoValue,
    RelationValue,
    SocialProfileValue,
)
from netbook.services.address_book import AddressBook
from netbook.ui.editor.editor import ContactEditorDialog
from tests.conftest import DATA, person

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _rich_record(book: AddressBook):
    """A contact using every field, including the ones the editor does not show."""
    introducer = book.add(person("Grace", "Hopper", organization="Navy"))
    colleague = book.add(person("Alan", "Turing"))
    uids = book.uids([introducer, colleague])
    record = person(
        "Ada",
        "Lovelace",
        prefix="Countess",
        additional_names="Augusta",
        suffix="FRS",
        nickname="Ada",
        display_name="Ada, Countess of Lovelace",
        phonetic_given_name="AY-da",
        organization="Analytical Engines",
        department="Notes",
        title="Analyst",
        role="Author",
        birthday="--12-10",
        anniversary="1835-07-08",
        gender="F",
        note="Wrote the first program.\n\n  Indented line kept.",
        favourite=True,
        emails=[
            LabelledValue("ada@example.org", "WORK", preferred=True),
            LabelledValue("ada@home.example", None),
        ],
        phones=[LabelledValue("+44 20 7946 0000", "cell"), LabelledValue("ext. 12", "Assistant")],
        addresses=[
            Address(
                street="12 St James's Square\nFlat 2",
                locality="London",
                postal_code="SW1Y 4JH",
                country="United Kingdom",
                po_box="PO 5",
                extended="c/o Babbage",
                label="home",
                preferred=True,
            )
        ],
        urls=[LabelledValue("https://ada.example.org", "homepage")],
        social_profiles=[
            SocialProfileValue("linkedin", "https://www.linkedin.com/in/ada"),
            SocialProfileValue("Myspace", "ada99", label="old"),
        ],
        instant_messages=[LabelledValue("ada@jabber.example", "home", service="xmpp")],
        relations=[RelationValue("colleague", name="Alan Turing", uid=uids[colleague])],
        tags=["Pioneers", "Smith, Jones family"],
        photo=PhotoValue(data=(DATA / "photo.jpg").read_bytes(), media_type="image/jpeg"),
        how_met=HowMet("Meetup", dt.date(1833, 6, 5), "a party", "Babbage's soirée"),
        introduced_by_uid=uids[introducer],
        met_in_person=True,
        met_in_person_date=dt.date(1833, 6, 5),
        met_in_person_place="London",
        keep_in_touch_days=60,
        interactions=[InteractionValue(dt.date(1843, 7, 1), "letter", "Notes")],
        opportunities=[OpportunityValue("partnership", "The Engine", dt.date(1843, 1, 1))],
        extra_properties=[
            ExtraPropertyValue("X-CUSTOM", "kept", group="item1", params=[("TYPE", ["a", "b"])])
        ],
    )
    cid = book.add(record)
    return cid, book.get(cid)


def _editor(qtbot, book, record) -> ContactEditorDialog:
    dialog = ContactEditorDialog(book, record)
    # At the end the dialog goes without its "save the changes?" question (no one to answer).
    qtbot.addWidget(dialog, before_close_func=lambda w: QDialog.done(w, 0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _screenshot(dialog, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.layout().activate()  # apply pending layout changes before the picture
    assert dialog.grab().save(str(SCREENSHOTS / name))


def test_editor_round_trips_a_record_unchanged(qtbot, book: AddressBook):
    _cid, stored = _rich_record(book)
    dialog = _editor(qtbot, book, stored)
    assert dialog.save_button.isEnabled()
    result = dialog.result_record()
    assert result == stored
    # Fields it does not show are the very same values.
    assert result.extra_properties == stored.extra_properties
    assert result.uid == stored.uid
    for index, name in enumerate(("general", "details", "story", "note")):
        dialog.tabs.setCurrentIndex(index)
        _screenshot(dialog, f"editor-{name}.png")


def test_saving_an_untouched_contact_changes_nothing_stored(qtbot, book: AddressBook):
    cid, stored = _rich_record(book)
    dialog = _editor(qtbot, book, stored)
    book.update(cid, dialog.result_record())
    again = book.get(cid)
    assert dataclasses.replace(again, updated_at=None) == dataclasses.replace(
        stored, updated_at=None
    )


def test_edit_field_save_undo_redo(qtbot, book: AddressBook):
    cid, stored = _rich_record(book)
    dialog = _editor(qtbot, book, stored)
    dialog.fields["title"].setText("  Chief Analyst ")
    dialog.emails.rows[1].value.setText("ada@lovelace.example")
    dialog.accept()
    assert dialog.result() == ContactEditorDialog.DialogCode.Accepted
    after = dialog.result_record()
    assert after.title == "Chief Analyst"
    assert [e.value for e in after.emails] == ["ada@example.org", "ada@lovelace.example"]
    assert after.emails[0] is stored.emails[0]  # untouched row: the same value, flags and all

    book.update(cid, after)  # what the window does with the editor's result
    assert book.get(cid).title == "Chief Analyst"
    book.journal.undo()
    assert book.get(cid).title == "Analyst"
    assert book.get(cid).emails[1].value == "ada@home.example"
    book.journal.redo()
    assert book.get(cid).emails[1].value == "ada@lovelace.example"


def test_new_contact_from_the_editor(qtbot, book: AddressBook):
    dialog = _editor(qtbot, book, None)
    assert dialog.windowTitle() == "New contact"
    assert not dialog.save_button.isEnabled()  # nothing identifies anyone yet
    dialog.fields["given_name"].setText("Grace")
    qtbot.keyClicks(dialog.fields["family_name"], "Hopper")
    assert dialog.display_name.text() == "Grace Hopper"  # follows the name parts
    assert dialog.save_button.isEnabled()
    row = dialog.phones.add_empty_row()
    row.value.setText("+1 617 555 0134")
    row.label.set_key("work")
    dialog.channel.set_key("conference")
    dialog.met_date.set_text("1952-05-01")
    dialog.met_place.setText("Arlington")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData(91))
    dialog.tags.setText("Navy, navy, Computing")
    dialog.note.setPlainText("Invented the compiler.")
    record = dialog.result_record()
    assert record.id is None
    assert record.uid is None
    assert (record.given_name, record.family_name, record.display_name) == (
        "Grace",
        "Hopper",
        "Grace Hopper",
    )
    assert record.phones == [LabelledValue("+1 617 555 0134", "work")]
    assert record.how_met == HowMet("conference", dt.date(1952, 5, 1), "Arlington", None)
    assert record.keep_in_touch_days == 91
    assert record.tags == ["Navy", "Computing"]
    assert record.note == "Invented the compiler."

    book.add(record)  # what the window does with a new contact
    [cid] = book.ids()
    assert book.get(cid).how_met.place == "Arlington"


def test_display_name_written_by_hand_stops_following(qtbot, book: AddressBook):
    dialog = _editor(qtbot, book, None)
    qtbot.keyClicks(dialog.fields["given_name"], "Ada")
    qtbot.keyClicks(dialog.display_name, " (the Countess)")
    qtbot.keyClicks(dialog.fields["family_name"], "Lovelace")
    assert dialog.display_name.text() == "Ada (the Countess)"


def test_validation_marks_fields_and_blocks_save_only_for_errors(qtbot, book: AddressBook):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    assert dialog.save_button.isEnabled()

    dialog.birthday.set_text("1815-02-30")
    assert not dialog.save_button.isEnabled()
    assert "no such date" in dialog.problems.text()
    _screenshot(dialog, "editor-validation.png")
    dialog.birthday.set_text("--02-29")  # a leap-day birthday without a year is real
    assert dialog.save_button.isEnabled()
    dialog.met_date.set_text("yesterday")
    assert not dialog.save_button.isEnabled()
    dialog.met_date.set_text("")
    assert dialog.save_button.isEnabled()

    # Warnings show, but do not block: the user's data is theirs.
    dialog.tabs.setCurrentIndex(1)
    email = dialog.emails.add_empty_row()
    email.value.setText("ada at example.org")
    assert email.message.isVisible()
    assert "email" in email.message.text()
    phone = dialog.phones.add_empty_row()
    phone.value.setText("ask her butler")
    assert "phone" in phone.message.text()
    assert dialog.save_button.isEnabled()
    _screenshot(dialog, "editor-warnings.png")

    # No name, no organisation, email or phone: nothing to save.
    for edit in dialog.fields.values():
        edit.clear()
    dialog.display_name.clear()
    email.remove.click()
    phone.remove.click()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # Enter in a field must not get round the disabled button
    assert dialog.isVisible()
    dialog.fields["organization"].setText("Analytical Engines")
    assert dialog.save_button.isEnabled()


def test_rows_add_remove_and_keep_unusual_labels(qtbot, book: AddressBook):
    _cid, stored = _rich_record(book)
    dialog = _editor(qtbot, book, stored)
    assert dialog.phones.rows[1].label.currentText() == "Assistant"
    dialog.phones.rows[0].remove.click()
    new = dialog.urls.add_empty_row()
    new.value.setText("https://blog.example.org")
    new.label.setCurrentIndex(new.label.findData("blog"))
    empty = dialog.emails.add_empty_row()  # left empty: dropped
    assert empty.value.text() == ""
    social = dialog.social.add_empty_row()
    social.service.set_key("github")
    social.value.setText("ada")
    address = dialog.addresses.add_empty_row()
    address.locality.setText("Paris")
    result = dialog.result_record()
    assert result.phones == [LabelledValue("ext. 12", "Assistant")]
    assert result.urls[-1] == LabelledValue("https://blog.example.org", "blog")
    assert len(result.emails) == 2
    assert result.social_profiles[-1] == SocialProfileValue("github", "ada")
    assert result.addresses[0] is stored.addresses[0]
    assert result.addresses[1] == Address(locality="Paris", label="home")
    assert result.instant_messages == stored.instant_messages


def test_photo_choose_crop_and_remove(qtbot, book: AddressBook):
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    assert dialog.photo.load_file(DATA / "photo.jpg")
    crop = dialog.photo.crop_dialog
    assert crop is not None
    assert crop.area.selection() == QRect(15, 0, 90, 90)  # centred square
    crop.area.set_selection(QRect(0, 10, 60, 60))
    assert crop.size_slider.value() == 60
    _screenshot(crop, "editor-crop.png")
    crop.accept()
    photo = dialog.result_record().photo
    assert photo.media_type == "image/jpeg"
    assert photo.thumbnail is None  # made again from the new picture when saved
    image = QImage.fromData(photo.data)
    assert (image.width(), image.height()) == (60, 60)
    book.update(cid, dialog.result_record())
    assert book.thumbnail(cid)

    dialog.photo.remove_photo()
    assert dialog.result_record().photo is None


def test_photo_rejects_a_file_that_is_not_a_picture(qtbot, book: AddressBook, tmp_path):
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    dialog = _editor(qtbot, book, None)
    assert not dialog.photo.load_file(fake)
    assert "photo.jpg" in dialog.photo.message.text()
    assert dialog.photo.crop_dialog is None
    assert not dialog.photo.load_file(tmp_path / "missing.png")
    assert dialog.result_record().photo is None


def test_introduced_by_picks_a_contact_or_keeps_a_name(qtbot, book: AddressBook):
    grace = book.add(person("Grace", "Hopper", organization="Navy"))
    cid = book.add(person("Ada", "Lovelace"))
    dialog = _editor(qtbot, book, book.get(cid))
    picker = dialog.introduced_by
    qtbot.keyClicks(picker.edit, "Gra")
    assert picker.model.rowCount() == 1
    assert "Navy" in picker.model.item(0).text()
    picker.pick_row(0)
    assert picker.edit.text() == "Grace Hopper"
    record = dialog.result_record()
    assert record.introduced_by_uid == book.uids([grace])[grace]
    book.update(cid, record)
    assert book.get(cid).introduced_by_name == "Grace Hopper"

    # The editor excludes the contact itself, and typing unlinks.
    qtbot.keyClicks(picker.edit, "x")
    assert picker.uid() is None
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "Ada")
    assert picker.model.rowCount() == 0
    picker.edit.setText("Charles Babbage")
    record = dialog.result_record()
    assert (record.introduced_by_uid, record.introduced_by_name) == (None, "Charles Babbage")


def test_tags_complete_the_word_being_typed(qtbot, book: AddressBook):
    book.add(person("Ada", "Lovelace", tags=["Clients", "Conference 2025"]))
    dialog = _editor(qtbot, book, None)
    tags = dialog.tags
    qtbot.keyClicks(tags, "Friends, conf")
    assert tags.current_word() == "conf"
    assert tags.tag_completer.completionCount() == 1
    tags.insert_completion("Conference 2025")
    assert tags.text() == "Friends, Conference 2025, "
    assert tags.tags() == ["Friends", "Conference 2025"]


def test_cadence_set_elsewhere_is_kept(qtbot, book: AddressBook):
    cid = book.add(person("Ada", "Lovelace", keep_in_touch_days=45))
    dialog = _editor(qtbot, book, book.get(cid))
    assert dialog.cadence.currentData() == 45
    dialog.cadence.setCurrentIndex(0)
    assert dialog.result_record().keep_in_touch_days is None


@pytest.mark.parametrize("field", ["birthday", "anniversary"])
def test_yearless_dates_are_stored_as_typed(qtbot, book: AddressBook, field):
    dialog = _editor(qtbot, book, None)
    dialog.fields["given_name"].setText("Ada")
    getattr(dialog, field).set_text("--12-10")
    assert getattr(dialog.result_record(), field) == "--12-10"


def test_photo_taken_sideways_is_turned_upright(qtbot, book: AddressBook, tmp_path):
    """Phones store pictures sideways with an EXIF orientation; the crop shows them upright."""
    from PIL import Image

    picture = Image.new("RGB", (120, 90), "navy")
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    path = tmp_path / "sideways.jpg"
    picture.save(path, format="JPEG", exif=exif)
    dialog = _editor(qtbot, book, None)
    assert dialog.photo.load_file(path)
    crop = dialog.photo.crop_dialog
    assert (crop.area.image.width(), crop.area.image.height()) == (90, 120)
    assert crop.area.selection() == QRect(0, 15, 90, 90)
    crop.reject()
    assert dialog.result_record().photo is None  # cancelling the crop keeps no photo


def test_photo_picker_refuses_a_tiff_and_reduces_a_huge_jpeg(qtbot, book: AddressBook, tmp_path):
    """A 3 KB TIFF of 40 megapixels (which crashed Qt's decoder) is refused in words; a 48 MP
    phone picture is decoded already reduced, so the crop works on at most 2048 pixels a side."""
    from PIL import Image

    tiff = tmp_path / "scan.tiff"
    Image.new("1", (6320, 6320), 1).save(tiff, format="TIFF", compression="group4")
    dialog = _editor(qtbot, book, None)
    assert not dialog.photo.load_file(tiff)
    assert "scan.tiff" in dialog.photo.message.text()
    assert "TIFF image" in dialog.photo.message.text()
    assert dialog.photo.crop_dialog is None

    big = tmp_path / "phone.jpg"
    Image.new("RGB", (8000, 6000), "teal").save(big, format="JPEG")
    assert dialog.photo.load_file(big)
    crop = dialog.photo.crop_dialog
    assert (crop.area.image.width(), crop.area.image.height()) == (2048, 1536)
    crop.accept()
    photo = dialog.result_record().photo
    assert photo.media_type == "image/jpeg"
    assert QImage.fromData(photo.data).width() == 1024  # stored at most MAX_SIDE a side

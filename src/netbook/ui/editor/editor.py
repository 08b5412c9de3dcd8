"""The contact editor: a dialog for a new contact or a change to one.

The dialog only edits values: `result_record()` gives the edited ContactRecord and the main
window saves it as one journal operation (one transaction, undoable). Every field keeps
the value it was filled from until the user changes what it shows, so fields the editor does
not show (extra vCard properties, interactions, opportunities, the UID, the sort
strings...) and unusual spellings come back exactly: opening and saving a contact
without touching it changes nothing. Leaving with changes (Cancel, Escape, closing the window)
asks first: Save, Discard or go on editing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netbook.model.values import ContactRecord, HowMet
from netbook.model.vocabulary import CHANNELS
from netbook.services.address_book import AddressBook
from netbook.ui.cadence_names import cadence_name, cadences
from netbook.ui.dates import editable_date, read_typed_date
from netbook.ui.editor.checks import (
    Check,
    Severity,
    check_date,
    check_email,
    check_partial_date,
    check_phone,
    parse_date,
)
from netbook.ui.editor.fields import (
    DateField,
    FieldMessage,
    KeyedCombo,
    stripped_or_none,
)
from netbook.ui.editor.photo import PhotoField
from netbook.ui.editor.picker import ContactPicker
from netbook.ui.editor.reuse_notice import ReuseNotice
from netbook.ui.editor.rows import (
    RowsEditor,
    addresses_editor,
    email_labels,
    instant_messages_editor,
    labelled_values_editor,
    phone_labels,
    relations_editor,
    social_profiles_editor,
    url_labels,
)
from netbook.ui.editor.tags import TagsEdit
from netbook.ui.labels import channel_label

# The contact table's plain text columns the General tab edits, in tab order.
_NAME_FIELDS = ("prefix", "given_name", "additional_names", "family_name", "suffix", "nickname")
# How the name is read (Japanese names sort by it), after the name parts in tab order.
_PHONETIC_FIELDS = ("phonetic_given_name", "phonetic_family_name")
_WORK_FIELDS = ("organization", "department", "title")


def how_met_channels() -> list[tuple[str, str]]:
    return [("", ""), *((key, channel_label(key)) for key in CHANNELS)]


def compose_name(parts: Sequence[str | None]) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


class ContactEditorDialog(QDialog):
    """New contact (record None) or edit of `record`; read the result with result_record()."""

    def __init__(
        self,
        book: AddressBook,
        record: ContactRecord | None,
        parent: QWidget | None = None,
        *,
        start: ContactRecord | None = None,
    ) -> None:
        """`record` None: a new contact, starting from `start` (Settings' defaults)."""
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.book = book
        self.is_new = record is None
        if record is not None:
            self.original = record
        else:
            self.original = start if start is not None else ContactRecord()
        # Text each input was filled with: an input still showing it gives back the original.
        self._initial: dict[QWidget, str] = {}
        self._date_checks: list[
            tuple[DateField, FieldMessage, Callable[[str], Check | None], str]
        ] = []
        self.fields: dict[str, QLineEdit] = {}
        self.setWindowTitle(
            self.tr("New contact")
            if self.is_new
            else self.tr("Edit “%1”").replace("%1", self.original.best_display_name())
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._details_tab(), self.tr("&Contact details"))
        self.tabs.addTab(self._story_tab(), self.tr("&Story"))
        self.tabs.addTab(self._note_tab(), self.tr("&Note"))
        # What stops Save, whichever tab it is on.
        self.problems = FieldMessage(self)
        self.problems.setObjectName("editorProblems")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self._connect_validation()
        self.validate()
        self.fields["given_name"].setFocus()
        # What Save would give if nothing were touched: leaving asks only when it differs.
        self._untouched = self.result_record()

    # -- building ----------------------------------------------------------------------------
    def _line(self, attr: str, label: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(self)
        value = getattr(self.original, attr)
        edit.setText(value or "")
        edit.setAccessibleName(label.replace("&", ""))
        self._initial[edit] = edit.text()
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        form.addRow(caption, edit)
        self.fields[attr] = edit
        return edit

    def _date(
        self, label: str, value: str | dt.date | None, form: QFormLayout, *, yearless: bool
    ) -> DateField:
        field = DateField(label.replace("&", ""), yearless=yearless, parent=self)
        field.set_text(editable_date(value))
        self._initial[field.edit] = field.text()
        message = FieldMessage(self)
        caption = QLabel(label, self)
        caption.setBuddy(field.edit)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(message)
        form.addRow(caption, box)
        check = check_partial_date if yearless else check_date
        self._date_checks.append((field, message, check, label.replace("&", "")))
        return field

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.photo = PhotoField(self.original.photo, page)
        names = QFormLayout()
        labels = {
            "prefix": self.tr("Prefi&x:"),
            "given_name": self.tr("Gi&ven name:"),
            "additional_names": self.tr("&Middle names:"),
            "family_name": self.tr("&Family name:"),
            "suffix": self.tr("S&uffix:"),
            "nickname": self.tr("Nic&kname:"),
        }
        for attr in _NAME_FIELDS:
            self._line(attr, labels[attr], names)
        phonetic = {
            "phonetic_given_name": self.tr("&Phonetic given name:"),
            "phonetic_family_name": self.tr("P&honetic family name:"),
        }
        for attr in _PHONETIC_FIELDS:
            self._line(attr, phonetic[attr], names).setPlaceholderText(
                self.tr("How the name is read, if it is not obvious")
            )
        self.display_name = QLineEdit(self)
        self.display_name.setText(self.original.display_name)
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.display_name.setPlaceholderText(self.tr("Made from the name"))
        self._initial[self.display_name] = self.display_name.text()
        display_caption = QLabel(self.tr("&Display name:"), self)
        display_caption.setBuddy(self.display_name)
        names.addRow(display_caption, self.display_name)
        # The display name follows the name parts until the user writes their own.
        original_parts = compose_name([getattr(self.original, a) for a in _NAME_FIELDS[:5]])
        self._display_follows = self.original.display_name.strip() in ("", original_parts)
        self.display_name.textEdited.connect(self._display_edited)
        for attr in _NAME_FIELDS[:5]:
            self.fields[attr].textEdited.connect(self._name_part_edited)

        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)

        more = QFormLayout()
        work = {
            "organization": self.tr("&Organisation:"),
            "department": self.tr("Depar&tment:"),
            "title": self.tr("&Job title:"),
        }
        for attr in _WORK_FIELDS:
            self._line(attr, work[attr], more)
        self.birthday = self._date(
            self.tr("&Birthday:"), self.original.birthday, more, yearless=True
        )
        self.anniversary = self._date(
            self.tr("Anniv&ersary:"), self.original.anniversary, more, yearless=True
        )
        self.tags = TagsEdit([t.name for t in self.book.tags()], self)
        self.tags.set_tags(self.original.tags)
        self.tags.setAccessibleName(self.tr("Tags"))
        self._initial[self.tags] = self.tags.text()
        tags_caption = QLabel(self.tr("T&ags:"), self)
        tags_caption.setBuddy(self.tags)
        more.addRow(tags_caption, self.tags)
        self.favourite = QCheckBox(self.tr("Favou&rite"), self)
        self.favourite.setChecked(self.original.favourite)
        more.addRow("", self.favourite)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(more)
        layout.addStretch(1)
        return page

    def _details_tab(self) -> QWidget:
        inner = QWidget(self)
        self.emails = labelled_values_editor(
            self.tr("Email"), self.tr("Add &email"), email_labels(), check_email, inner
        )
        self.emails.set_values(self.original.emails)
        self.phones = labelled_values_editor(
            self.tr("Phone"), self.tr("Add &phone"), phone_labels(), check_phone, inner
        )
        self.phones.set_values(self.original.phones)
        self.addresses = addresses_editor(self.tr("Address"), self.tr("Add add&ress"), inner)
        self.addresses.set_values(self.original.addresses)
        self.urls = labelled_values_editor(
            self.tr("Link"), self.tr("Add &link"), url_labels(), None, inner
        )
        self.urls.set_values(self.original.urls)
        self.social = social_profiles_editor(
            self.tr("Social profile"), self.tr("Add social pro&file"), inner
        )
        self.social.set_values(self.original.social_profiles)
        self.chat = instant_messages_editor(self.tr("Chat"), self.tr("Add &chat"), inner)
        self.chat.set_values(self.original.instant_messages)
        self.relations = relations_editor(
            self.tr("Relation"), self.tr("Add rela&tion"), self.book, self.original.id, inner
        )
        self.relations.set_values(self.original.relations)
        self.reuse_notice = ReuseNotice(
            self.book,
            self.original.id,
            lambda: (
                [e.value for e in self.emails.values()],
                [p.value for p in self.phones.values()],
            ),
            inner,
        )
        self.reuse_notice.refresh()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.reuse_notice)
        sections: list[tuple[str, RowsEditor[Any]]] = [
            (self.tr("Emails"), self.emails),
            (self.tr("Phones"), self.phones),
            (self.tr("Addresses"), self.addresses),
            (self.tr("Links"), self.urls),
            (self.tr("Social profiles"), self.social),
            (self.tr("Chat"), self.chat),
            (self.tr("Relations"), self.relations),
        ]
        for title, editor in sections:
            box = QGroupBox(title, inner)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(editor)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The rows stretch to the width; scrolling sideways would only hide the Remove buttons.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        return scroll

    def _story_tab(self) -> QWidget:
        page = QWidget(self)
        how = QGroupBox(self.tr("How we met"), page)
        form = QFormLayout(how)
        met = self.original.how_met
        self.channel = KeyedCombo(how_met_channels(), self)
        self.channel.set_key(met.channel)
        self.channel.setAccessibleName(self.tr("Channel"))
        channel_edit = self.channel.lineEdit()
        if channel_edit is not None:
            channel_edit.setPlaceholderText(self.tr("LinkedIn, a conference, a blog…"))
        self._initial[self.channel] = self.channel.currentText()
        channel_caption = QLabel(self.tr("C&hannel:"), self)
        channel_caption.setBuddy(self.channel)
        form.addRow(channel_caption, self.channel)
        self.met_date = self._date(self.tr("Da&te:"), met.date, form, yearless=False)
        self.met_place = self._plain_line(met.place, self.tr("Pl&ace:"), form)
        self.met_context = QPlainTextEdit(self)
        self.met_context.setTabChangesFocus(True)
        self.met_context.setPlainText(met.context or "")
        self.met_context.setAccessibleName(self.tr("Context"))
        self.met_context.setPlaceholderText(self.tr("What brought you together"))
        self.met_context.setFixedHeight(self.met_context.fontMetrics().lineSpacing() * 4 + 12)
        self._initial[self.met_context] = self.met_context.toPlainText()
        context_caption = QLabel(self.tr("Conte&xt:"), self)
        context_caption.setBuddy(self.met_context)
        form.addRow(context_caption, self.met_context)

        self.introduced_by = ContactPicker(
            self.book, self.tr("Introduced by"), exclude_id=self.original.id, parent=self
        )
        self.introduced_by.set_value(
            self.original.introduced_by_uid, self.original.introduced_by_name
        )
        self._initial[self.introduced_by.edit] = self.introduced_by.edit.text()
        intro_caption = QLabel(self.tr("&Introduced by:"), self)
        intro_caption.setBuddy(self.introduced_by.edit)
        form.addRow(intro_caption, self.introduced_by)

        person = QGroupBox(self.tr("In person"), page)
        person_form = QFormLayout(person)
        self.met_in_person = QCheckBox(self.tr("We have &met in person"), self)
        self.met_in_person.setChecked(self.original.met_in_person)
        person_form.addRow(self.met_in_person)
        self.first_met_date = self._date(
            self.tr("&First met on:"),
            self.original.met_in_person_date,
            person_form,
            yearless=False,
        )
        self.first_met_place = self._plain_line(
            self.original.met_in_person_place, self.tr("Whe&re:"), person_form
        )
        self.met_in_person.toggled.connect(self._met_in_person_toggled)
        self._met_in_person_toggled(self.met_in_person.isChecked())

        keep = QGroupBox(self.tr("Keep in touch"), page)
        keep_form = QFormLayout(keep)
        self.cadence = QComboBox(self)
        self.cadence.setAccessibleName(self.tr("Keep-in-touch reminder"))
        for days, shown in cadences():
            self.cadence.addItem(shown, days)
        days = self.original.keep_in_touch_days
        if days is not None and self.cadence.findData(days) < 0:
            # A cadence set elsewhere (a CLI, another version) stays selectable as it is.
            self.cadence.addItem(cadence_name(days), days)
        self.cadence.setCurrentIndex(self.cadence.findData(days) if days is not None else 0)
        cadence_caption = QLabel(self.tr("&Reminder:"), self)
        cadence_caption.setBuddy(self.cadence)
        keep_form.addRow(cadence_caption, self.cadence)

        layout = QVBoxLayout(page)
        layout.addWidget(how)
        layout.addWidget(person)
        layout.addWidget(keep)
        layout.addStretch(1)
        return page

    def _plain_line(self, value: str | None, label: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self._initial[edit] = edit.text()
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        form.addRow(caption, edit)
        return edit

    def _note_tab(self) -> QWidget:
        page = QWidget(self)
        self.note = QPlainTextEdit(page)
        self.note.setPlainText(self.original.note or "")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self._initial[self.note] = self.note.toPlainText()
        layout = QVBoxLayout(page)
        layout.addWidget(self.note)
        return page

    # -- behaviour ---------------------------------------------------------------------------
    def _display_edited(self, _text: str) -> None:
        self._display_follows = not self.display_name.text().strip()

    def _name_part_edited(self, _text: str) -> None:
        if self._display_follows:
            self.display_name.setText(
                compose_name([self.fields[a].text() for a in _NAME_FIELDS[:5]])
            )

    def _met_in_person_toggled(self, checked: bool) -> None:
        self.first_met_date.setEnabled(checked)
        self.first_met_place.setEnabled(checked)

    def _connect_validation(self) -> None:
        for edit in self.fields.values():
            edit.textChanged.connect(self.validate)
        self.display_name.textChanged.connect(self.validate)
        for field, _message, _check, _name in self._date_checks:
            field.text_changed.connect(self.validate)
        for rows in (self.emails, self.phones):
            rows.changed.connect(self.validate)
            rows.changed.connect(self.reuse_notice.refresh)

    def validate(self) -> list[str]:
        """Check every field; show problems inline; Save only while no error stands."""
        errors: list[str] = []
        for field, message, check, name in self._date_checks:
            result = check(field.text())
            message.show_check(result)
            if result is not None and result.severity is Severity.ERROR:
                errors.append(f"{name.rstrip(':')}: {result.message}")
        if not self._identifies_someone():
            errors.append(self.tr("Give at least a name, an organisation, an email or a phone."))
        self.problems.show_check(
            Check(Severity.ERROR, "\n".join(errors)) if errors else None, prefix=False
        )
        self.save_button.setEnabled(not errors)
        return errors

    def _identifies_someone(self) -> bool:
        texts = [self.fields[a].text() for a in (*_NAME_FIELDS, "organization")]
        texts.append(self.display_name.text())
        if any(t.strip() for t in texts):
            return True
        return bool(self.emails.values() or self.phones.values())

    @override
    def accept(self) -> None:
        if self.validate():
            return  # Save is disabled, but Enter in a field must not get round it
        super().accept()

    def has_unsaved_changes(self) -> bool:
        try:
            return self.result_record() != self._untouched
        except ValueError:
            return True  # a date being typed that is not one yet: certainly an edit

    @override
    def reject(self) -> None:
        """Cancel, Escape and closing the window: changes are never thrown away unasked."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        choice = self._ask_about_changes()
        if choice == QMessageBox.StandardButton.Discard:
            super().reject()
        elif choice == QMessageBox.StandardButton.Save:
            self.accept()  # stays open, showing why, while a field is invalid

    def _ask_about_changes(self) -> QMessageBox.StandardButton:
        box = QMessageBox(self)
        box.setObjectName("unsavedChanges")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        name = (
            self.display_name.text().strip()
            or compose_name([self.fields[a].text() for a in ("given_name", "family_name")])
            or self.fields["organization"].text().strip()
        )
        box.setText(
            self.tr("Save the changes to “%1”?").replace("%1", name)
            if name
            else self.tr("Save the changes to this contact?")
        )
        box.setInformativeText(self.tr("If you don't save, your changes are lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        savable = not self.validate()
        box.button(QMessageBox.StandardButton.Save).setEnabled(savable)
        box.setDefaultButton(
            QMessageBox.StandardButton.Save if savable else QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.StandardButton(box.exec())

    # -- the result --------------------------------------------------------------------------
    def _text(self, edit: QLineEdit | QPlainTextEdit, original: str | None) -> str | None:
        shown = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if shown == self._initial[edit]:
            return original
        if isinstance(edit, QPlainTextEdit):
            # Notes keep their inner layout; only blank ones become "no note".
            return shown.rstrip() or None
        return stripped_or_none(shown)

    def _date_value(self, field: DateField, original: dt.date | None) -> dt.date | None:
        if field.text() == self._initial[field.edit]:
            return original
        return parse_date(field.text())

    def _partial_date(self, field: DateField, original: str | None) -> str | None:
        if field.text() == self._initial[field.edit]:
            return original
        typed = read_typed_date(field.text())
        return typed.iso() if typed is not None else None

    def result_record(self) -> ContactRecord:
        """The edited contact; everything the editor does not show is as it was."""
        o = self.original
        changes: dict[str, object] = {}
        for attr, edit in self.fields.items():
            changes[attr] = self._text(edit, getattr(o, attr))
        display = self._text(self.display_name, o.display_name)
        changes["display_name"] = display or ""
        changes["birthday"] = self._partial_date(self.birthday, o.birthday)
        changes["anniversary"] = self._partial_date(self.anniversary, o.anniversary)
        tags_unchanged = self.tags.text() == self._initial[self.tags]
        changes["tags"] = o.tags if tags_unchanged else self.tags.tags()
        changes["favourite"] = self.favourite.isChecked()
        changes["photo"] = self.photo.photo()
        changes["emails"] = self.emails.values()
        changes["phones"] = self.phones.values()
        changes["addresses"] = self.addresses.values()
        changes["urls"] = self.urls.values()
        changes["social_profiles"] = self.social.values()
        changes["instant_messages"] = self.chat.values()
        changes["relations"] = self.relations.values()
        changes["note"] = self._text(self.note, o.note)
        changes["how_met"] = self._how_met()
        if (
            self.introduced_by.edit.text() == self._initial[self.introduced_by.edit]
            and self.introduced_by.uid() == o.introduced_by_uid
        ):
            changes["introduced_by_uid"] = o.introduced_by_uid
            changes["introduced_by_name"] = o.introduced_by_name
        else:
            changes["introduced_by_uid"] = self.introduced_by.uid()
            changes["introduced_by_name"] = self.introduced_by.name() or None
        changes["met_in_person"] = self.met_in_person.isChecked()
        changes["met_in_person_date"] = self._date_value(self.first_met_date, o.met_in_person_date)
        changes["met_in_person_place"] = self._text(self.first_met_place, o.met_in_person_place)
        days = self.cadence.currentData()
        changes["keep_in_touch_days"] = int(days) if days else None
        return dataclasses.replace(o, **changes)  # type: ignore[arg-type]

    def _how_met(self) -> HowMet:
        o = self.original.how_met
        channel = (
            o.channel
            if self.channel.currentText() == self._initial[self.channel]
            else self.channel.key()
        )
        value = HowMet(
            channel=channel,
            date=self._date_value(self.met_date, o.date),
            place=self._text(self.met_place, o.place),
            context=self._text(self.met_context, o.context),
        )
        return o if value == o else value

"""The editor's multi-value sections: emails, phones, links, social profiles, addresses.

Each section is a list of rows (label + value(s) + Remove) with an Add button. A row keeps the
value it was filled from, and gives it back untouched when the user did not change what the
row shows, so parts the editor does not show (the preferred flag, an IM service, a PO box)
and unusual spellings of labels survive an edit exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netbook.model.values import Address, LabelledValue, RelationValue, SocialProfileValue
from netbook.model.vocabulary import (
    ADDRESS_LABELS,
    EMAIL_LABELS,
    IM_SERVICES,
    PHONE_LABELS,
    RELATION_KINDS,
    SOCIAL_SERVICES,
    URL_LABELS,
)
from netbook.services.address_book import AddressBook
from netbook.ui.editor.checks import Check
from netbook.ui.editor.fields import FieldMessage, KeyedCombo, stripped_or_none
from netbook.ui.editor.picker import ContactPicker
from netbook.ui.labels import im_service_label, relation_label, service_label, value_label

T = TypeVar("T")
# By this name for pyside6-lupdate; for texts needed before a row's QObject exists.
translate = QCoreApplication.translate


def email_labels() -> list[tuple[str, str]]:
    return [(key, value_label(key)) for key in EMAIL_LABELS]


def phone_labels() -> list[tuple[str, str]]:
    return [(key, value_label(key)) for key in PHONE_LABELS]


def url_labels() -> list[tuple[str, str]]:
    return [(key, value_label(key)) for key in URL_LABELS]


def address_labels() -> list[tuple[str, str]]:
    return [(key, value_label(key)) for key in ADDRESS_LABELS]


def social_services() -> list[tuple[str, str]]:
    return [(key, service_label(key)) for key in SOCIAL_SERVICES]


class _Row(QWidget):
    """One row: the widgets that show a value, a Remove button, and a message line."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.remove = QToolButton(self)
        self.remove.setText(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.message = FieldMessage(self)

    def _lay_out(self, kind: QWidget, value: QWidget) -> None:
        """The usual row: what kind of value, the value, Remove; the message below the value."""
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kind, 0, 0)
        layout.addWidget(value, 0, 1)
        layout.addWidget(self.remove, 0, 2)
        layout.addWidget(self.message, 1, 1, 1, 2)
        layout.setColumnStretch(1, 1)

    def first_input(self) -> QWidget:
        raise NotImplementedError

    def tab_chain(self) -> list[QWidget]:
        """The row's inputs in reading order, its Remove button last."""
        raise NotImplementedError

    def set_number(self, n: int) -> None:
        """Accessible names say which row ("Email 2"), for screen readers."""
        self.remove.setAccessibleName(
            self.tr("Remove %1 %2").replace("%1", self.what).replace("%2", str(n))
        )


class _LabelledRow(_Row):
    def __init__(
        self,
        what: str,
        labels: Sequence[tuple[str, str]],
        value: LabelledValue | None,
        check: Callable[[str], Check | None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(what, parent)
        self.original = value
        self.label = KeyedCombo(labels, self)
        self.label.set_key(value.label if value else labels[0][0])
        self.value = QLineEdit(self)
        self.value.setText(value.value if value else "")
        self._check = check
        self._initial = (self.label.currentText(), self.value.text())
        self._lay_out(self.label, self.value)
        self.label.setMinimumContentsLength(8)
        self.value.textChanged.connect(self._value_changed)
        self.label.currentTextChanged.connect(self.changed)
        self._value_changed()

    def first_input(self) -> QWidget:
        return self.value

    def tab_chain(self) -> list[QWidget]:
        return [self.label, self.value, self.remove]

    def set_number(self, n: int) -> None:
        super().set_number(n)
        self.value.setAccessibleName(f"{self.what} {n}")
        self.label.setAccessibleName(
            self.tr("Label of %1 %2").replace("%1", self.what).replace("%2", str(n))
        )

    def _value_changed(self) -> None:
        if self._check is not None:
            self.message.show_check(self._check(self.value.text()))
        self.changed.emit()

    def result(self) -> LabelledValue | None:
        shown = (self.label.currentText(), self.value.text())
        if self.original is not None and shown == self._initial:
            return self.original
        value = self.value.text().strip()
        if not value:
            return None
        if self.original is not None:
            return dataclasses.replace(self.original, value=value, label=self.label.key())
        return LabelledValue(value=value, label=self.label.key())


class _ServiceRow(_Row):
    """A value on a service: a social profile (LinkedIn…) or a chat address (Signal…)."""

    def __init__(
        self,
        what: str,
        services: Sequence[tuple[str, str]],
        service: str,
        value: str,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(what, parent)
        self.service = KeyedCombo(services, self)
        self.service.set_key(service)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(placeholder)
        self.value.setText(value)
        self._initial = (self.service.currentText(), self.value.text())
        self._lay_out(self.service, self.value)
        self.value.textChanged.connect(self.changed)
        self.service.currentTextChanged.connect(self.changed)

    def first_input(self) -> QWidget:
        return self.value

    def tab_chain(self) -> list[QWidget]:
        return [self.service, self.value, self.remove]

    def set_number(self, n: int) -> None:
        super().set_number(n)
        self.value.setAccessibleName(f"{self.what} {n}")
        self.service.setAccessibleName(
            self.tr("Service of %1 %2").replace("%1", self.what).replace("%2", str(n))
        )

    def untouched(self) -> bool:
        return (self.service.currentText(), self.value.text()) == self._initial


class _SocialRow(_ServiceRow):
    def __init__(
        self, what: str, value: SocialProfileValue | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            what,
            social_services(),
            value.service if value else "linkedin",
            value.value if value else "",
            translate("_SocialRow", "Profile address or @handle"),
            parent,
        )
        self.original = value

    def result(self) -> SocialProfileValue | None:
        if self.original is not None and self.untouched():
            return self.original
        value = self.value.text().strip()
        if not value:
            return None
        service = self.service.key() or "other"
        if self.original is not None:
            return dataclasses.replace(self.original, service=service, value=value)
        return SocialProfileValue(service=service, value=value)


class _ImRow(_ServiceRow):
    """An instant-messaging address: the service (Signal, Matrix…) and the handle."""

    def __init__(
        self, what: str, value: LabelledValue | None, parent: QWidget | None = None
    ) -> None:
        services = [("", translate("_ImRow", "Service"))]
        services += [(k, im_service_label(k)) for k in IM_SERVICES]
        super().__init__(
            what,
            services,
            (value.service or "") if value else "",
            value.value if value else "",
            translate("_ImRow", "Handle, number or address"),
            parent,
        )
        self.original = value
        self.service.setMinimumContentsLength(8)

    def result(self) -> LabelledValue | None:
        if self.original is not None and self.untouched():
            return self.original
        value = self.value.text().strip()
        if not value:
            return None
        service = self.service.key()
        if self.original is not None:
            return dataclasses.replace(self.original, value=value, service=service)
        return LabelledValue(value=value, service=service)


class _RelationRow(_Row):
    """A relation: what they are to this contact, and who (a contact in the book, or a name)."""

    def __init__(
        self,
        what: str,
        book: AddressBook,
        exclude_id: int | None,
        value: RelationValue | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(what, parent)
        self.original = value
        self.kind = KeyedCombo([(k, relation_label(k)) for k in RELATION_KINDS], self)
        self.kind.set_key(value.kind if value else "colleague")
        self.who = ContactPicker(book, what, exclude_id=exclude_id, parent=self)
        self.who.set_value(value.uid if value else None, value.name if value else None)
        self._initial = (self.kind.currentText(), self.who.name(), self.who.uid())
        self._lay_out(self.kind, self.who)
        self.kind.setMinimumContentsLength(8)
        self.who.changed.connect(self.changed)
        self.kind.currentTextChanged.connect(self.changed)

    def first_input(self) -> QWidget:
        return self.who.edit

    def tab_chain(self) -> list[QWidget]:
        return [self.kind, self.who.edit, self.remove]

    def set_number(self, n: int) -> None:
        super().set_number(n)
        self.who.edit.setAccessibleName(f"{self.what} {n}")
        self.kind.setAccessibleName(
            self.tr("Kind of %1 %2").replace("%1", self.what).replace("%2", str(n))
        )

    def result(self) -> RelationValue | None:
        shown = (self.kind.currentText(), self.who.name(), self.who.uid())
        if self.original is not None and shown == self._initial:
            return self.original
        name, uid = self.who.name(), self.who.uid()
        if not name and uid is None:
            return None
        kind = self.kind.key() or "other"
        base = self.original or RelationValue(kind=kind)
        return dataclasses.replace(base, kind=kind, name=name or None, uid=uid)


class _AddressRow(_Row):
    def __init__(self, what: str, value: Address | None, parent: QWidget | None = None) -> None:
        super().__init__(what, parent)
        self.original = value
        self.label = KeyedCombo(address_labels(), self)
        self.label.set_key(value.label if value else "home")
        # Streets can have several lines; Tab still moves on (setTabChangesFocus).
        self.street = QPlainTextEdit(self)
        self.street.setTabChangesFocus(True)
        self.street.setPlaceholderText(self.tr("Street"))
        margins = 2 * (self.street.document().documentMargin() + self.street.frameWidth())
        self.street.setFixedHeight(round(self.street.fontMetrics().lineSpacing() * 3 + margins))
        self.street.setPlainText(value.street or "" if value else "")
        self.postal_code = QLineEdit(value.postal_code or "" if value else "", self)
        self.postal_code.setPlaceholderText(self.tr("Postal code"))
        self.locality = QLineEdit(value.locality or "" if value else "", self)
        self.locality.setPlaceholderText(self.tr("City"))
        self.region = QLineEdit(value.region or "" if value else "", self)
        self.region.setPlaceholderText(self.tr("Region or state"))
        self.country = QLineEdit(value.country or "" if value else "", self)
        self.country.setPlaceholderText(self.tr("Country"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.street, 0, 1, 1, 2)
        layout.addWidget(self.remove, 0, 3)
        layout.addWidget(self.postal_code, 1, 1)
        layout.addWidget(self.locality, 1, 2)
        layout.addWidget(self.region, 2, 1)
        layout.addWidget(self.country, 2, 2)
        layout.setColumnStretch(2, 1)
        self._initial = self._shown()
        for edit in (self.postal_code, self.locality, self.region, self.country):
            edit.textChanged.connect(self.changed)
        self.street.textChanged.connect(self.changed)
        self.label.currentTextChanged.connect(self.changed)

    def _shown(self) -> tuple[str, ...]:
        return (
            self.label.currentText(),
            self.street.toPlainText(),
            self.postal_code.text(),
            self.locality.text(),
            self.region.text(),
            self.country.text(),
        )

    def first_input(self) -> QWidget:
        return self.street

    def tab_chain(self) -> list[QWidget]:
        return [
            self.label,
            self.street,
            self.postal_code,
            self.locality,
            self.region,
            self.country,
            self.remove,
        ]

    def set_number(self, n: int) -> None:
        super().set_number(n)
        name = f"{self.what} {n}"
        self.label.setAccessibleName(self.tr("Label of %1").replace("%1", name))
        for edit, part in (
            (self.street, self.tr("street")),
            (self.postal_code, self.tr("postal code")),
            (self.locality, self.tr("city")),
            (self.region, self.tr("region")),
            (self.country, self.tr("country")),
        ):
            edit.setAccessibleName(f"{name}: {part}")

    def result(self) -> Address | None:
        if self.original is not None and self._shown() == self._initial:
            return self.original
        base = self.original or Address()
        address = dataclasses.replace(
            base,
            label=self.label.key(),
            street=stripped_or_none(self.street.toPlainText()),
            postal_code=stripped_or_none(self.postal_code.text()),
            locality=stripped_or_none(self.locality.text()),
            region=stripped_or_none(self.region.text()),
            country=stripped_or_none(self.country.text()),
        )
        return None if address.is_empty() else address


class RowsEditor(QWidget, Generic[T]):
    """A section of rows with "Add …"; `values()` gives the non-empty ones in order."""

    changed = Signal()

    def __init__(
        self,
        what: str,
        add_text: str,
        make_row: Callable[[T | None], _Row],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.what = what
        self._make_row = make_row
        self.rows: list[_Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_empty_row)
        self.empty_label = QLabel(self.tr("None yet."), self)
        self.empty_label.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(bottom)

    def set_values(self, values: Sequence[T]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for value in values:
            self._append(self._make_row(value))
        self._renumber()

    def add_empty_row(self) -> _Row:
        row = self._append(self._make_row(None))
        self._renumber()
        row.first_input().setFocus()
        self.changed.emit()
        return row

    def _append(self, row: _Row) -> _Row:
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # now, not at the next event loop turn: add_empty_row focuses it at once
        return row

    def _remove(self, row: QWidget) -> None:
        assert isinstance(row, _Row)
        index = self.rows.index(row)
        self._drop(row)
        self._renumber()
        # Keep the keyboard user where they were: the next row, or the Add button.
        if index < len(self.rows):
            self.rows[index].first_input().setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, row: _Row) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.set_number(n)
        self.empty_label.setVisible(not self.rows)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab runs through the rows in reading order, then Add, then on to what follows.

        Qt puts a new widget at the end of the window's focus chain, so Tab from a row added
        after the dialog opened would leave the page for the tab bar. The chain is laid out
        again after the last focusable widget before this section."""
        widgets = [w for row in self.rows for w in row.tab_chain()] + [self.add_button]
        window = self.window()
        before = self.previousInFocusChain()
        while (
            before is not None
            and before is not window
            and (self.isAncestorOf(before) or not before.focusPolicy() & Qt.FocusPolicy.TabFocus)
        ):
            before = before.previousInFocusChain()
        previous = before if before is not window else None
        for widget in widgets:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    def values(self) -> list[T]:
        found = []
        for row in self.rows:
            value = row.result()  # type: ignore[attr-defined]
            if value is not None:
                found.append(value)
        return found

    def messages(self) -> list[FieldMessage]:
        return [row.message for row in self.rows]


def labelled_values_editor(
    what: str,
    add_text: str,
    labels: Sequence[tuple[str, str]],
    check: Callable[[str], Check | None] | None = None,
    parent: QWidget | None = None,
) -> RowsEditor[LabelledValue]:
    return RowsEditor(what, add_text, lambda v: _LabelledRow(what, labels, v, check), parent)


def social_profiles_editor(
    what: str, add_text: str, parent: QWidget | None = None
) -> RowsEditor[SocialProfileValue]:
    return RowsEditor(what, add_text, lambda v: _SocialRow(what, v), parent)


def instant_messages_editor(
    what: str, add_text: str, parent: QWidget | None = None
) -> RowsEditor[LabelledValue]:
    return RowsEditor(what, add_text, lambda v: _ImRow(what, v), parent)


def relations_editor(
    what: str,
    add_text: str,
    book: AddressBook,
    exclude_id: int | None,
    parent: QWidget | None = None,
) -> RowsEditor[RelationValue]:
    return RowsEditor(what, add_text, lambda v: _RelationRow(what, book, exclude_id, v), parent)


def addresses_editor(
    what: str, add_text: str, parent: QWidget | None = None
) -> RowsEditor[Address]:
    return RowsEditor(what, add_text, lambda v: _AddressRow(what, v), parent)

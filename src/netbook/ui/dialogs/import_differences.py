"""The values a file would change, per contact, and the user's choice for each.

A tree: one row per contact of the book the file matched, and under it one row per field the
file spells otherwise (old → new). A check box says "take the file's value": per field, per
contact (its row checks all its fields) or for all (the buttons beside the tree). Unchecked,
the book keeps its value, which is the default. A contact matched on its name alone can only
gain values, so its rows cannot be checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from netbook.services.incoming_merge import ContactDifferences, MergeChoices

_FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # on a field row: (contact id, field)
_TAKE_COLUMN = 3


def field_label(field: str) -> str:
    """The translated name of a field the importer reports a difference on."""
    labels = {
        "kind": QCoreApplication.translate("ImportDifferences", "Kind"),
        "name": QCoreApplication.translate("ImportDifferences", "Name"),
        "phonetic_name": QCoreApplication.translate("ImportDifferences", "Phonetic name"),
        "nickname": QCoreApplication.translate("ImportDifferences", "Nickname"),
        "organization": QCoreApplication.translate("ImportDifferences", "Organisation"),
        "department": QCoreApplication.translate("ImportDifferences", "Department"),
        "title": QCoreApplication.translate("ImportDifferences", "Title"),
        "role": QCoreApplication.translate("ImportDifferences", "Role"),
        "birthday": QCoreApplication.translate("ImportDifferences", "Birthday"),
        "anniversary": QCoreApplication.translate("ImportDifferences", "Anniversary"),
        "gender": QCoreApplication.translate("ImportDifferences", "Gender"),
        "how_met": QCoreApplication.translate("ImportDifferences", "How we met"),
        "introduced_by": QCoreApplication.translate("ImportDifferences", "Introduced by"),
        "met_in_person": QCoreApplication.translate("ImportDifferences", "Met in person"),
        "keep_in_touch_days": QCoreApplication.translate(
            "ImportDifferences", "Keep in touch (days)"
        ),
        "photo": QCoreApplication.translate("ImportDifferences", "Photo"),
    }
    return labels.get(field, field.replace("_", " "))


def _matched_by(key: str) -> str:
    texts = {
        "uid": QCoreApplication.translate("ImportDifferences", "same UID"),
        "social": QCoreApplication.translate("ImportDifferences", "same profile link"),
        "email": QCoreApplication.translate("ImportDifferences", "same email"),
        "phone": QCoreApplication.translate("ImportDifferences", "same phone"),
        "name_org": QCoreApplication.translate("ImportDifferences", "same name and organisation"),
        "name": QCoreApplication.translate("ImportDifferences", "same name"),
    }
    text = texts.get(key, key)
    return QCoreApplication.translate("ImportDifferences", "matched by %1").replace("%1", text)


class DifferencesView(QTreeWidget):
    """Per contact, each field the file would change, with a "take the file's" check box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDifferences")
        self.setAccessibleName(self.tr("Values the files would change"))
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("Contact / field"), self.tr("In the book"), self.tr("In the file"), ""]
        )
        self.headerItem().setText(_TAKE_COLUMN, self.tr("Take the file's"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_TAKE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

    def show_differences(self, found: Sequence[ContactDifferences]) -> None:
        """List what the preview found; every choice starts at "keep the book's value"."""
        self.clear()
        for contact in found:
            top = QTreeWidgetItem(self, [contact.display_name, _matched_by(contact.matched_by)])
            if not contact.may_take:
                why = self.tr(
                    "Only the name matched, which may be another person: the book keeps its values."
                )
                top.setText(_TAKE_COLUMN, self.tr("book's kept"))
                for column in range(4):
                    top.setToolTip(column, why)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if contact.may_take:
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            top.setFlags(flags)
            if contact.may_take:
                top.setCheckState(_TAKE_COLUMN, Qt.CheckState.Unchecked)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            # Italic, not a grey of our own: it reads in light and dark palettes alike.
            aside = top.font(1)
            aside.setItalic(True)
            top.setFont(1, aside)
            top.setFont(_TAKE_COLUMN, aside)
            for difference in contact.fields:
                row = QTreeWidgetItem(
                    top, [field_label(difference.field), difference.book, difference.incoming]
                )
                row.setData(0, _FIELD_ROLE, (contact.contact_id, difference.field))
                row.setToolTip(1, difference.book)
                row.setToolTip(2, difference.incoming)
                if contact.may_take:
                    row.setFlags(flags & ~Qt.ItemFlag.ItemIsAutoTristate)
                    state = Qt.CheckState.Checked if difference.taken else Qt.CheckState.Unchecked
                    row.setCheckState(_TAKE_COLUMN, state)
                else:
                    row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            top.setExpanded(True)
        for column in range(3):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 260))

    def field_rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            assert top is not None
            rows += [top.child(i) for i in range(top.childCount()) if top.child(i) is not None]
        return rows  # type: ignore[return-value]

    def take_all(self, take: bool) -> None:
        """Check (take the file's) or uncheck (keep mine) every field that may be taken."""
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for row in self.field_rows():
            if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                row.setCheckState(_TAKE_COLUMN, state)

    def choices(self) -> MergeChoices:
        """What the user chose, field by field; anything not listed keeps the book's value."""
        fields: dict[tuple[int, str], bool] = {}
        for row in self.field_rows():
            key = row.data(0, _FIELD_ROLE)
            if key is not None and row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                fields[(int(key[0]), str(key[1]))] = (
                    row.checkState(_TAKE_COLUMN) == Qt.CheckState.Checked
                )
        return MergeChoices(fields=fields)

    def set_locked(self, locked: bool) -> None:
        """Show the choices as they were made (after the import) without letting them change."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            assert top is not None
            for item in [top, *(top.child(i) for i in range(top.childCount()))]:
                if item is None:
                    continue
                flags = item.flags()
                if locked:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)

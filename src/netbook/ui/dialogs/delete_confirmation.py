"""The question before a delete: it names who goes, and says that Undo brings them back.

("Delete 1 contact for good?" was both vague and untrue: a delete is one journal operation,
and Edit > Undo restores the contacts with their whole story.)
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # in the window's context, for pyside6-lupdate


def delete_question(names: Sequence[str], count: int) -> str:
    """ "Delete “Ada Lovelace”?", or the first `names` of `count` and how many more."""
    if count == 1 and names:
        return translate("MainWindow", "Delete “%1”?").replace("%1", names[0])
    shown = ", ".join(f"“{n}”" for n in names)
    if count > len(names):
        shown += translate("MainWindow", " and %n more", "", count - len(names))
    return translate("MainWindow", "Delete %Ln contact(s): %1?", "", count).replace("%1", shown)


def confirm_delete(parent: QWidget, names: Sequence[str], count: int) -> bool:
    """Ask before deleting `count` contacts (the first `names` shown); True to delete."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "Delete contacts"),
        delete_question(names, count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        translate(
            "MainWindow",
            "Edit > Undo brings them back with their story. Archive keeps contacts out "
            "of sight without deleting them.",
        )
    )
    box.setObjectName("deleteConfirmation")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    delete = box.button(QMessageBox.StandardButton.Yes)
    delete.setText(translate("MainWindow", "Delete"))
    box.exec()
    confirmed = box.clickedButton() is delete
    box.deleteLater()
    return confirmed

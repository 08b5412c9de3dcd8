"""The translated label of each change the window makes, as Edit > Undo shows it.

The window hands the label to the service, which stores it with the operation in the
journal: after a restart, Undo still says "Undo Archive 2 contacts" in the user's language.
Kept under the contexts the old undo commands used, so existing translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`;
# a wrapper such as `_tr(...)` hides them and leaves them out of the translations). A plain
# name as the count: lupdate skips a translate() whose arguments call a function.
translate = QCoreApplication.translate


def archive(count: int, archiving: bool) -> str:
    if archiving:
        return translate("UndoCommands", "Archive %n contact(s)", "", count)
    return translate("UndoCommands", "Unarchive %n contact(s)", "", count)


def favourite(count: int, marking: bool) -> str:
    if marking:
        return translate("UndoCommands", "Mark %n contact(s) as favourite", "", count)
    return translate("UndoCommands", "Unmark %n favourite(s)", "", count)


def delete(count: int) -> str:
    return translate("UndoCommands", "Delete %n contact(s)", "", count)


def add_contact(name: str) -> str:
    return translate("UndoCommands", "Add “%1”").replace("%1", name)


def edit_contact(name: str) -> str:
    return translate("UndoCommands", "Edit “%1”").replace("%1", name)


def import_files(names: str) -> str:
    return translate("UndoCommands", "Import %1").replace("%1", names)


def log_interaction(count: int) -> str:
    return translate("UndoCommands", "Log an interaction with %n contact(s)", "", count)


def edit_interaction(name: str) -> str:
    return translate("InteractionCommands", "Edit interaction “%1”").replace("%1", name)


def remove_interaction(name: str) -> str:
    return translate("InteractionCommands", "Remove interaction “%1”").replace("%1", name)


def merge(count: int) -> str:
    return translate("MergeCommand", "Merge %n duplicate(s)", "", count)


def add_opportunity(name: str) -> str:
    return translate("OpportunityCommands", "Add opportunity “%1”").replace("%1", name)


def mark_opportunity(name: str, outcome: str) -> str:
    return (
        translate("OpportunityCommands", "Mark “%1” as %2")
        .replace("%2", outcome)
        .replace("%1", name)
    )


def edit_opportunity(name: str) -> str:
    return translate("OpportunityCommands", "Edit opportunity “%1”").replace("%1", name)


def remove_opportunity(name: str) -> str:
    return translate("OpportunityCommands", "Remove opportunity “%1”").replace("%1", name)

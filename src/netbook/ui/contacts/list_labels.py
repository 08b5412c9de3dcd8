"""What the list's columns and orders are called, in its header and in its menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netbook.services.list_order import ListColumn, SortKey

# Called by this name so that pyside6-lupdate finds the strings (it reads `translate(...)`).
translate = QCoreApplication.translate


def column_title(column: ListColumn) -> str:
    """A column's header (and its entry in the Columns menu)."""
    titles = {
        ListColumn.COMPANY: translate("ContactList", "Company"),
        ListColumn.EMAIL: translate("ContactList", "Email"),
        ListColumn.PHONE: translate("ContactList", "Phone"),
        ListColumn.LAST_CONTACT: translate("ContactList", "Last contact"),
        ListColumn.ADDED: translate("ContactList", "Date added"),
        ListColumn.NEXT_REACH_OUT: translate("ContactList", "Next reach-out"),
        ListColumn.TAGS: translate("ContactList", "Tags"),
    }
    return titles[column]


def sort_key_title(key: SortKey) -> str:
    """An order's entry in the Sort by menu (with its keyboard accelerator)."""
    titles = {
        SortKey.NAME: translate("ContactList", "&Name"),
        SortKey.COMPANY: translate("ContactList", "&Company"),
        SortKey.LAST_CONTACT: translate("ContactList", "&Last contact"),
        SortKey.ADDED: translate("ContactList", "Date &added"),
        SortKey.NEXT_REACH_OUT: translate("ContactList", "Next &reach-out"),
    }
    return titles[key]


# The column that shows each order's value (the name is column 0, always there).
SORT_COLUMNS = {
    SortKey.COMPANY: ListColumn.COMPANY,
    SortKey.LAST_CONTACT: ListColumn.LAST_CONTACT,
    SortKey.ADDED: ListColumn.ADDED,
    SortKey.NEXT_REACH_OUT: ListColumn.NEXT_REACH_OUT,
}

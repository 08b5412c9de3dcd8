"""What the window says about the list's filter: its chips, why the list is empty, and the
name of "the list as filtered" in the export dialog. Words only; the window keeps the state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netbook.services.contact_filter import RECENT_DAYS, ContactFilter, View
from netbook.ui.contacts.filter_chips import Chip, FilterPart

# Called by this name (and in the window's context) so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _view_names() -> dict[View, str]:
    return {
        View.FAVOURITES: translate("MainWindow", "Favourites"),
        View.REACH_OUT: translate("MainWindow", "Reach out"),
        View.RECENT: translate("MainWindow", "Recently added"),
        View.ARCHIVED: translate("MainWindow", "Archived"),
    }


def chips_for(where: ContactFilter, tag_name: str | None, picked: str) -> list[Chip]:
    """One chip per part of the filter in force, in the order they narrow the list;
    `picked` is the dashboard's words for the contacts it chose."""
    chips = []
    views = _view_names()
    if where.view in views:
        chips.append(Chip(FilterPart.VIEW, views[where.view]))
    if where.tag_id is not None:
        chips.append(
            Chip(FilterPart.TAG, translate("MainWindow", "Tag: %1").replace("%1", tag_name or ""))
        )
    if where.ids is not None:
        caption = picked or translate("MainWindow", "Picked on the dashboard")
        chips.append(Chip(FilterPart.PICKED, f"{caption} ({len(where.ids)})"))
    if where.query:
        words = translate("MainWindow", "Search: “%1”").replace("%1", where.query)
        chips.append(Chip(FilterPart.SEARCH, words))
    return chips


def empty_list_text(where: ContactFilter, parts: int) -> str:
    """What the list says when `where` (with `parts` chips) selects nobody: why, and what
    to do about it."""
    if parts > 1:
        return translate(
            "MainWindow",
            "Nobody matches all the filters above.\nRemove one, or press Esc to show "
            "every contact.",
        )
    if where.query:
        return translate(
            "MainWindow",
            "No contact matches “%1”.\nSearch looks in names, companies, titles, emails, "
            "phone digits, places, tags and notes. Esc clears the search.",
        ).replace("%1", where.query)
    if where.ids is not None:
        return translate("MainWindow", "Nobody here: the dashboard picked no contacts.")
    if where.tag_id is not None:
        return translate("MainWindow", "Nobody has this tag any more.")
    texts = {
        View.FAVOURITES: translate(
            "MainWindow", "No favourites yet.\nSelect a contact and press Ctrl+D to keep them here."
        ),
        View.REACH_OUT: translate(
            "MainWindow",
            "Nobody is overdue.\nGive a contact a keep-in-touch reminder in the editor's "
            "Story tab; they appear here when it runs out.",
        ),
        View.RECENT: translate(
            "MainWindow", "Nobody was added in the last %n day(s).", "", RECENT_DAYS
        ),
        View.ARCHIVED: translate(
            "MainWindow",
            "Nothing is archived.\nArchived contacts (Ctrl+Shift+A) wait here, out of "
            "sight, until you bring them back.",
        ),
    }
    return texts.get(
        where.view, translate("MainWindow", "No active contacts: the others are under Archived.")
    )


def scope_label(where: ContactFilter, count: int, tag_name: str | None) -> str:
    """The export dialog's name for the list as filtered, with how many it holds."""
    if where.query:
        return translate("MainWindow", "Search “%1” (%Ln)", "", count).replace("%1", where.query)
    if where.tag_id is not None:
        return translate("MainWindow", "Tag “%1” (%Ln)", "", count).replace("%1", tag_name or "")
    names = {
        View.FAVOURITES: translate("MainWindow", "Favourites (%Ln)", "", count),
        View.RECENT: translate("MainWindow", "Recently added (%Ln)", "", count),
        View.ARCHIVED: translate("MainWindow", "Archived (%Ln)", "", count),
    }
    return names.get(where.view, translate("MainWindow", "Contacts shown (%Ln)", "", count))

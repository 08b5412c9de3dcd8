"""The card's line saying where a contact syncs to: "Syncs with home · Contacts".

Shown at the card's foot, in the secondary colour, only for contacts with a card on an
account's address book (the window asks `Application.sync_places`); unsynced contacts get
no line. Several address books (one card on each) are listed in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:  # the services load after the window's first paint
    from netbook.services.sync.places import SyncPlace

translate = QCoreApplication.translate


def sync_text(places: Sequence[SyncPlace]) -> str:
    """ "Syncs with home · Contacts" (several joined by commas); "" for none."""
    if not places:
        return ""
    where = ", ".join(
        translate("ContactCard", "%1 · %2")
        .replace("%1", place.account)
        .replace("%2", place.address_book)
        for place in places
    )
    return translate("ContactCard", "Syncs with %1").replace("%1", where)


def sync_line(places: Sequence[SyncPlace]) -> QLabel:
    """objectName "cardSyncPlace": plain text (account names are the user's own)."""
    label = QLabel(sync_text(places))
    label.setObjectName("cardSyncPlace")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label

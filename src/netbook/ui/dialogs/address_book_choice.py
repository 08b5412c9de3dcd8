"""The address books of one account, ticked when they sync into this book (Accounts dialog).

One check box each, not a list of checkable rows: Fusion draws a row's box in the list's own
base colour, which leaves an unticked box all but invisible in the dark palette.

Filled from what the account syncs now, or from discovery (on a worker: after adding the
account, or when Find Address Books is clicked), which lists every address book the server
has for the user with the vCard versions it takes and whether it answers sync-collection.
The choice is saved when Save Choice is clicked; at least one stays ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netbook.services.sync.accounts import AccountSummary, SyncService
from netbook.services.sync.discovery import AddressBookInfo
from netbook.ui.window.workers import IsCancelled, Progress, Task

HREF_PROPERTY = "href"


class AddressBookChoice(QWidget):
    """objectName "addressBookChoice"; `boxes` are the address books, in the server's order."""

    saved = Signal()  # the account syncs other address books now

    def __init__(
        self,
        service: SyncService,
        is_syncing: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addressBookChoice")
        self.service = service
        self._is_syncing = is_syncing
        self.account: str | None = None
        self._found: dict[str, AddressBookInfo] = {}
        self._chosen: list[str] = []  # what the account syncs now, as saved
        self._task: Task | None = None
        self.boxes: list[QCheckBox] = []
        self.caption = QLabel(self)
        self._rows = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._rows)
        inner_layout.addStretch(1)
        self.books = QScrollArea(self)
        self.books.setObjectName("addressBookList")
        self.books.setAccessibleName(self.tr("Address books"))
        self.books.setFrameShape(QFrame.Shape.StyledPanel)
        self.books.setWidgetResizable(True)
        self.books.setWidget(inner)
        hint = QLabel(
            self.tr(
                "Ticked address books sync into this book; new contacts go to the first one. "
                "The contacts of one you untick stay here. To make a new address book, use "
                "the server's web page."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.find_button = QPushButton(self.tr("&Find Address Books"), self)
        self.find_button.setObjectName("findAddressBooks")
        self.find_button.clicked.connect(self.find_address_books)
        self.save_button = QPushButton(self.tr("Sa&ve Choice"), self)
        self.save_button.setObjectName("saveAddressBooks")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("addressBookMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server messages are not markup
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.books)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.show_account(None)

    # -- filling ---------------------------------------------------------------------------
    def show_account(self, account: AccountSummary | None) -> None:
        """What `account` syncs now (discovery not run yet); None: no account chosen."""
        self.account = account.name if account is not None else None
        self.caption.setText(
            self.tr("Address &books of %1:").replace("%1", account.name)
            if account is not None
            else self.tr("Address &books:")
        )
        books = [
            AddressBookInfo(
                str(b["href"]),
                str(b["display_name"]),
                (str(b["vcard_version"]),),
                bool(b["sync_collection"]),
            )
            for b in (account.address_books if account is not None else [])
        ]
        self.message.setText("")
        self._fill(books, [b.href for b in books])

    def show_found(
        self, name: str, found: Sequence[AddressBookInfo], chosen: Sequence[str]
    ) -> None:
        """Every address book discovery found for account `name`, the chosen ones ticked."""
        self.account = name
        self.caption.setText(self.tr("Address &books of %1:").replace("%1", name))
        self._fill(found, chosen)

    def _fill(self, books: Sequence[AddressBookInfo], chosen: Sequence[str]) -> None:
        for box in self.boxes:
            self._rows.removeWidget(box)
            box.hide()  # deleteLater leaves it on screen until the event loop runs
            box.deleteLater()
        self.boxes = []
        self._found = {b.href: b for b in books}
        self._chosen = list(chosen)
        for book in books:
            box = QCheckBox(self._describe(book))
            box.setProperty(HREF_PROPERTY, book.href)
            box.setToolTip(book.href)
            box.setChecked(book.href in chosen)
            box.toggled.connect(lambda _: self._enable())
            self._rows.addWidget(box)
            self.boxes.append(box)
        self.caption.setBuddy(self.boxes[0] if self.boxes else self.books)
        self._enable()

    def _describe(self, book: AddressBookInfo) -> str:
        versions = ", ".join(book.vcard_versions) or "3.0"
        speed = (
            self.tr("changes listed by the server")
            if book.supports_sync
            else self.tr("compared card by card")
        )
        return (
            self.tr("%1 — vCard %2; %3")
            .replace("%1", book.display_name or book.href)
            .replace("%2", versions)
            .replace("%3", speed)
        )

    def ticked(self) -> list[str]:
        return [str(box.property(HREF_PROPERTY)) for box in self.boxes if box.isChecked()]

    def _enable(self) -> None:
        working = self._task is not None
        self.find_button.setEnabled(self.account is not None and not working)
        ticked = self.ticked()
        self.save_button.setEnabled(
            not working and bool(ticked) and ticked != [h for h in self._found if h in self._chosen]
        )

    # -- discovery and saving ----------------------------------------------------------------
    def find_address_books(self) -> None:
        """Ask the server for every address book of the account (on a worker)."""
        name = self.account
        if name is None or self._task is not None:
            return

        def job(
            progress: Progress, is_cancelled: IsCancelled
        ) -> tuple[list[AddressBookInfo], list[str]]:
            return self.service.find_address_books(name)

        self.message.setText(self.tr("Looking for address books on the server…"))
        task = Task(job)
        task.succeeded.connect(lambda found: self._found_books(name, found))
        task.failed.connect(
            lambda message: self.message.setText(self.tr("Not found: %1").replace("%1", message))
        )
        task.done.connect(self._task_done)
        self._task = task
        self._enable()
        task.start()

    def _found_books(self, name: str, found: object) -> None:
        assert isinstance(found, tuple)
        books, chosen = found
        if name != self.account:
            return  # another account was chosen meanwhile
        self.message.setText(self.tr("%n address book(s) on the server.", "", len(books)))
        self.show_found(name, books, chosen)

    def _task_done(self) -> None:
        self._task = None
        self._enable()

    def save(self) -> None:
        ticked = self.ticked()
        if self.account is None or not ticked:
            return
        if self._is_syncing():
            self.message.setText(self.tr("A sync is running: save the choice when it is done."))
            return
        self.service.choose_address_books(self.account, [self._found[h] for h in ticked])
        self._chosen = ticked
        self.message.setText(
            self.tr("Saved: the next sync uses %n address book(s).", "", len(ticked))
        )
        self._enable()
        self.saved.emit()
